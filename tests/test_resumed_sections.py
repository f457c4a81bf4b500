"""A section's text resumed after its terms (`**Error budget**: ...`, then prose
on other points) is asked by its own key terms: the section's title is no thing
those lines say what it is, and an unasked line rides on no list's card."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.model import cardtext
from pipeline.notes.parse import parse_document

NOTES = """
## Data and analytics

**BigQuery**: serverless data warehouse that queries petabytes with SQL.

**Dataflow**: batch and streaming processing based on Apache Beam.

Deployment choices on the exam:

- **Managed** — the provider runs it
- **Self-managed** — you run it

The move is less about servers and more about how fast teams try things.

**Dataplex** provides a data fabric for governing data across lakes and warehouses.
"""


def _cards():  # type: ignore[no-untyped-def]
    cards, _ = make_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p")
    return cards


def test_no_card_asks_the_section_title_for_its_resumed_text() -> None:
    fronts = [cardtext.card_text(c.prompt).strip() for c in _cards()]
    assert "Data and analytics" not in fronts, fronts


def test_a_list_of_the_resumed_text_is_no_overview_of_the_section() -> None:
    assert not [c.prompt for c in _cards() if c.kind == "overview" and "Deployment choices" in c.prompt]


def test_the_resumed_lines_are_no_terms_lines() -> None:
    for card in _cards():
        if "Dataplex" in card.prompt + card.answer or "Deployment choices" in card.prompt:
            assert card.context[-1:] != ("Dataflow",), (card.context, card.prompt)


def test_an_unasked_line_rides_on_no_list_card() -> None:
    listing = [c for c in _cards() if "Deployment choices" in c.prompt]
    assert listing, "the list is asked"
    assert not any("how fast teams try things" in c.answer for c in listing), [c.answer for c in listing]


def test_a_later_sentence_on_a_subject_of_its_own_is_no_fact_of_the_term() -> None:
    notes = """
    ## Teams

    - Virtual teams: save cost and use talent anywhere, but suffer from time zones. Co-location (war room) is preferred in agile when possible.
    - Hybrid = predictive for stable parts and agile for uncertain ones. Tailoring the approach to the project is expected.
    """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\\n"), "n.md"), "p")
    prompts = [c.prompt for c in cards]
    assert not any("{{c1::Virtual teams}}" in p and "Co-location" in p for p in prompts), prompts
    assert not any("{{c1::Hybrid}}" in p and "Tailoring" in p for p in prompts), prompts


UNDER_A_HEADING = """
## 6. Monitoring

### 6.1 Audit logging
**what**: apiserver records requests according to a Policy. OFF by default.

levels: None < Metadata < Request < RequestResponse (+ response body)

- backends: log file, or webhook (`--audit-webhook-config-file`).

### 6.2 Falco
**Falco**: runtime threat detection via syscalls.

files: `/etc/falco/falco.yaml` is the main config.

- priorities: EMERGENCY, ALERT, CRITICAL, ERROR, WARNING, NOTICE, INFORMATIONAL, DEBUG.
"""


def test_the_lines_after_a_bold_label_opening_a_heading_are_that_headings_own() -> None:
    """`### 6.1 Audit logging` over `**what**: ...` and its lines: the lines are on audit logging,
    and their cards say so, not only the section over it ("Monitoring — backends")."""
    from .test_cards import cards_of

    lines = cards_of(UNDER_A_HEADING)
    backends = [line for line in lines if "log file, or webhook" in line]
    assert backends and all("Audit logging" in line for line in backends), lines
    priorities = [line for line in lines if "EMERGENCY" in line]
    assert priorities and all("Falco" in line.split("|")[0] + line.split("|")[1][:40] for line in priorities), lines


def test_a_table_after_a_defined_bold_term_is_the_sections_not_the_terms() -> None:
    """`**Optical**: CD 650 MB ...`, a blank line, then `| RAID | ... |`: the RAID rows are
    not Optical's ("Optical › 0, 1, 5 or 6?" pointed the learner at the wrong subject)."""
    document = parse_document(
        dedent(
            """
            ## Storage devices

            **HDD**: 5,400 (laptop), 7,200 (desktop), 15k rpm (servers).

            **Optical**: CD 650–700 MB, DVD 4.7 GB, Blu-ray 25 GB.

            | RAID | Min disks | Fault tolerance |
            |---|---|---|
            | 0 | 2 | none |
            | 1 | 2 | 1 disk |
            | 5 | 3 | 1 disk |
            """
        ).lstrip("\n"),
        "n.md",
    )
    holding = [t for s in document.sections for t in s.topics if any(n.table for n in t.body)]
    assert len(holding) == 1 and "Optical" not in inl_text(holding[0].title), [inl_text(t.title) for t in holding]


def inl_text(spans) -> str:  # type: ignore[no-untyped-def]
    from pipeline.model import inline

    return inline.to_plain(spans)
