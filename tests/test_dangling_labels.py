"""A line's short label that leads what the notes show next ("Route:" before a code
block, "Event types:" over a list) says nothing on a card that does not show it; and a
paragraph that opens on two bold names joined by "and" defines neither alone."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.answer_keys import as_asked
from pipeline.cards.asking import definition_text
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document

from .test_cards import cards_of


def test_a_label_before_a_code_block_does_not_end_the_back() -> None:
    lines = cards_of(
        """
        ## Services & networking

        Gateway = `gatewayClassName` + `listeners` (name/protocol/port, hostname, tls). Route:
        ```yaml
        kind: HTTPRoute
        ```

        PV yaml = same shape + `capacity.storage`, `hostPath.path`. PVC + SC:
        ```yaml
        kind: PersistentVolumeClaim
        ```
        """
    )
    said = [line for line in lines if line.startswith("[term]")]
    assert any("Gateway => gatewayClassName + listeners" in line for line in said), lines
    assert not any("Route:" in line or "PVC + SC:" in line for line in lines), lines


def test_a_things_label_over_its_list_is_no_definition_on_its_back() -> None:
    notes = """
        ## Logging

        - **CloudTrail**
          - event types:
            - management events, on by default in event history
            - data events, object-level, not on by default
          - log file integrity validation: digest file every hour, SHA-256 hash + RSA signing

        - **Config**
          - records the configuration history of resources
        """
    things = things_of(as_asked(parse_document(dedent(notes).lstrip("\n"), "n.md")))
    trail = next(t for t in things if t.name == "CloudTrail")
    assert "event types" not in definition_text(trail, things).lower()


def test_two_bold_names_joined_by_and_open_a_sentence_no_term() -> None:
    lines = cards_of(
        """
        ## Scope

        **Scope management plan** and **requirements management plan** first. Then Collect Requirements (interviews, focus groups, prototypes). The **requirements traceability matrix** links each requirement to its origin.
        """
    )
    assert not any("=> and requirements" in line for line in lines), lines

