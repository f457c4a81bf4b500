"""A heading in plain words over lines that name things of their own or list
members files an area of the notes: no "What is this?" card answers with it."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.area_headings import area_heading, lists_members
from pipeline.cards.recognition import recognition_cards
from pipeline.model.definitions import Line
from pipeline.notes.parse import parse_document

NOTES = """
## Account security

**Network security**
- network policies — allowed or blocked IP lists, set per account or per user
- private connectivity between the warehouse and the customer network

**Physical controls**
- Bollards, fencing, video surveillance, guards, access badges

**Cost control**
- resource monitors
  - created by the account admin, with a credit quota per interval
  - suspend the warehouse at a threshold

**Snowpipe**
- continuous loading of files as they arrive in a stage, on serverless compute

**Init containers**
- Run to completion, in order, before app containers start
- a failed one is restarted by the kubelet according to the restart policy
"""


def _answers() -> str:
    cards = recognition_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p")
    return " ".join(c.answer for c in cards)


def test_an_area_is_no_answer_of_a_what_is_this_card() -> None:
    answers = _answers()
    assert "Network security" not in answers and "Physical controls" not in answers, answers
    assert "Cost control" not in answers, answers


def test_things_in_plain_words_are_still_recognised() -> None:
    answers = _answers()
    assert "Snowpipe" in answers and "Init containers" in answers, answers


def test_members_are_short_names_not_phrases_or_values() -> None:
    assert lists_members("Spyware (watches user), keylogger, bloatware")
    assert not lists_members("Run to completion, in order, before app containers start")
    assert not lists_members("name globally unique, 3–24 chars, lowercase + numbers")
    assert not lists_members("Find objects, people, text, scenes and videos using ML")


def test_a_first_line_that_spells_an_abbreviation_defines_its_heading() -> None:
    assert not area_heading("Lambda", (Line("FaaS: Function as a Service", 2, 0),))
    assert area_heading("Cost control", (Line("Resource monitors: credit quota per interval, set by admins", 2, 0),))

