"""A side fact card on a thing's name leaves off the definition the thing's
recognition card already shows when it has two side facts of its own that
point to the name: shown again, the same line asks the same name on two cards
(one a freebie). One side fact alone keeps the definition: it may fit a rival."""

from __future__ import annotations

import pytest

from pipeline.cards import side_facts
from pipeline.cards.entries import Fact, Group
from pipeline.cards.sink import CardSink
from pipeline.model import Span

DEFINING = Fact((Span("text", "for natural language processing of documents and chats"),), 3)
SIDE = [
    Fact((Span("text", "finds key phrases and entities in text"),), 4),
    Fact((Span("text", "detects the dominant language of each document"),), 5),
]


def _asked(facts: list[Fact], monkeypatch: pytest.MonkeyPatch) -> tuple[str, tuple[str, ...]] | None:
    monkeypatch.setattr(side_facts, "points_to_name", lambda *args, **kwargs: True)
    sink = CardSink("n.md", "p", None)
    sink.recognised_lines = lambda key: frozenset({DEFINING.line})  # the recognition card leads with the definition
    label = (Span("text", "Textlens"),)
    group = Group(("Machine Learning",), label, 2, DEFINING, True)
    cloze = "{{c1::Textlens}}: " + "; ".join(str(f.inline[0].text) for f in facts)
    return side_facts.with_definition(sink, group, DEFINING, facts, cloze)


def test_two_side_facts_of_its_own_leave_off_the_recognised_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _asked(SIDE, monkeypatch) is None  # asked without the definition


def test_one_side_fact_keeps_the_definition(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _asked(SIDE[:1], monkeypatch)
    assert found is not None and "natural language processing" in found[0], found
