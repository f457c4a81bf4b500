"""A generic label among a list's items ("Purpose" beside "Workaround" and "Known
error") is no recognition answer nor an option; a term of its list is."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.recognition import recognition_cards
from pipeline.notes.parse import parse_document

from .test_cards import cards_of


LABELS = """
## Practices

**Incident handling**
- **Purpose**: to restore normal service operation as quickly as possible after an outage
- **Workaround**: a way to reduce the impact of an incident that has no full fix yet
- **Known error**: a problem with a documented root cause and a workaround

## Access verbs

- **inspect** — list resources, without reading their metadata or contents
- **read** — inspect plus get the resource metadata and details of each
- **use** — read plus work with existing resources, but generally not create or delete
- **manage** — every permission on the resources, creation and deletion included
"""


def test_a_generic_label_is_no_answer_nor_an_option_but_a_listed_term_is() -> None:
    cards = recognition_cards(parse_document(dedent(LABELS).lstrip("\n"), "n.md"), "p")
    answers = [c.answer for c in cards]
    assert not any("<b>Purpose</b>" in a for a in answers), answers
    assert not any("Purpose" in c.prompt for c in cards), [c.prompt for c in cards]
    assert any("<b>Workaround</b>" in a for a in answers), answers
    assert any("<b>use</b>" in a for a in answers), answers  # a term of its list, in lowercase


def test_an_exam_task_is_no_member_of_its_topics_set() -> None:
    # "Immutability — which 2?" over "Container shouldn't change after start" and "Task" asked a heap of labels
    lines = cards_of(
        """
        ## Runtime

        **Immutability**

        - Container shouldn't change after start → readOnlyRootFilesystem: true, not privileged, no shell in the image and nothing else to install later
        - Task: "find pods that aren't immutable" → check for privileged or a missing readOnlyRootFilesystem, then delete those pods
        """
    )
    assert not any("which 2?" in line for line in lines), lines
    assert any("| Immutability — Task =>" in line for line in lines), lines


def test_the_authors_highlights_are_an_aspect_of_the_thing_above_them() -> None:
    # "[Highlights]: actions are taken ..." asked for the author's word for the list, no thing
    lines = cards_of(
        """
        ## Architecture Evolution

        ### Event Driven Architecture

        - producers generate events when something happens
        - consumers wait for events and act on them

        #### Highlights

        - No constant running or waiting for things
        - Producer generate events when something happens
        - Events are delivered to consumers of events
        - Actions are taken and the system returns to waiting
        """
    )
    assert not any("{{c1::Highlights" in line for line in lines), lines
    assert any("Event Driven Architecture — Highlights" in line for line in lines), lines
