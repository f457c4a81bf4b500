"""A few side facts asked together by a thing's name leave out a line that the
thing's recognition card already shows as a clue, when the lines left still
point to the name alone (`side_facts.side_fact_parts`)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.cards import side_facts
from pipeline.cards.entries import Fact, Group
from pipeline.model import Span

_LINES = {
    2: "look if replies meet the time SLA",  # the recognition card shows it
    3: "find errors and exceptions",
    4: "where it's throttled",
    5: "pinpoint service issues",
}
_GROUP = Group((), (Span("text", "Tracer"),), 1, Fact((), 1), True)


def _parts(monkeypatch: pytest.MonkeyPatch, shown: frozenset[int], pointing: int) -> list[list[int]]:
    """The lines of each part asked by the name; a part points when it has `pointing` lines or more."""

    def cloze(sink: object, group: Group, facts: list[Fact]) -> tuple[str, tuple[str, ...]]:
        return "{{c1::Tracer}}: " + " / ".join(f.inline[0].text for f in facts), ()

    monkeypatch.setattr(side_facts, "name_cloze", cloze)
    monkeypatch.setattr(side_facts, "named_text", lambda sink, group, facts: cloze(sink, group, facts) if len(facts) >= pointing else None)
    sink = SimpleNamespace(tiered=False, shared_words=frozenset(), common=frozenset(), recognised_lines=lambda key: shown if key == "tracer" else frozenset())
    facts = [Fact((Span("text", text),), line) for line, text in _LINES.items()]
    found = side_facts.side_fact_parts(sink, _GROUP, facts, frozenset(_LINES))  # type: ignore[arg-type]
    return [[f.line for f in part] for part, cloze_found in found if cloze_found is not None]


def test_a_side_fact_the_recognition_card_shows_is_left_out_of_the_names_cloze(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _parts(monkeypatch, frozenset(), 2) == [[2, 3, 4, 5]]  # without a recognition card: asked as it was
    assert _parts(monkeypatch, frozenset({2}), 2) == [[3, 4, 5]]  # every line still asked once by the name


def test_shown_lines_leave_even_when_the_lines_left_would_point_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    # two lines left, too few to point: they go on unasked (`last_resort`), and no cloze
    # shows the recognition card's two clues again beside them (a near copy of it)
    assert _parts(monkeypatch, frozenset({2, 3}), 3) == []
    assert _parts(monkeypatch, frozenset(_LINES), 1) == [[2, 3, 4, 5]]  # none left: the card stays


def test_a_sentence_cut_from_a_paragraph_is_not_the_line_the_recognition_card_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(side_facts, "name_cloze", lambda sink, group, facts: ("{{c1::Tracer}}: x", ()))
    monkeypatch.setattr(side_facts, "named_text", lambda sink, group, facts: ("{{c1::Tracer}}: x", ()))
    sink = SimpleNamespace(tiered=False, shared_words=frozenset(), common=frozenset(), recognised_lines=lambda key: frozenset({2}))
    facts = [Fact((Span("text", text),), line) for line, text in _LINES.items()]
    found = side_facts.side_fact_parts(sink, _GROUP, facts, frozenset({3, 4, 5}))  # type: ignore[arg-type]
    assert [[f.line for f in part] for part, _ in found] == [[2, 3, 4, 5]]


def test_with_recognition_cards_turned_off_no_line_is_left_to_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from textwrap import dedent

    from pipeline.cards import maker
    from pipeline.notes.parse import parse_document

    def unasked(document: object) -> object:
        raise AssertionError("no recognition card is made: a detail card keeps its lines")

    monkeypatch.setattr(maker, "recognised_lines", unasked)
    document = parse_document(dedent("## Storage\n\n**Backups:**\n- a copy of a volume\n- kept in object storage\n"), "n.md")
    assert maker.make_cards(document, "p", recognition=False)[0]
