"""The flaws a script finds (see card_flaws.py): at most 5% of the seed's
cards, at most 10% of the cards made from notes in other authors' shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.commands.build import load
from pipeline.model import Card, Node
from pipeline.model.records import RETIRED

from .card_flaws import flawed_share, flaws_of
from .conftest import FIXTURES, SEED_PACK

SHAPES = sorted((FIXTURES / "shapes").iterdir())


def _made(cards: tuple[Card, ...]) -> list[Card]:
    """The cards the rules make: retired cards are an old release's, shipped once more."""
    return [c for c in cards if not any(t.startswith(RETIRED) for t in c.tags)]


def test_the_seed_deck_has_at_most_5_percent_flawed_cards() -> None:
    share, counts = flawed_share(_made(load(SEED_PACK).pack.cards))
    assert share <= 0.05, counts


@pytest.mark.parametrize("folder", SHAPES, ids=[p.name for p in SHAPES])
def test_notes_in_other_shapes_have_at_most_10_percent_flawed_cards(folder: Path) -> None:
    cards = _made(load(folder).pack.cards)
    assert len(cards) >= 15
    share, counts = flawed_share(cards)
    assert share <= 0.10, counts


@pytest.mark.parametrize("folder", SHAPES, ids=[p.name for p in SHAPES])
def test_every_line_of_other_shapes_is_said_by_a_card(folder: Path) -> None:
    loaded = load(folder).pack
    said = {s.line for c in loaded.cards for s in c.sources}

    def lines(nodes: tuple[Node, ...]) -> list[int]:
        return [line for n in nodes if n.role != "code" for line in (n.line, *lines(n.children))]

    body = [line for d in loaded.documents for s in d.sections for t in s.topics for line in lines(t.body)]
    missing = [line for line in body if line not in said]
    assert len(missing) <= len(body) // 100, missing


def _card(prompt: str, answer: str = "", note_type: str = "basic") -> Card:
    return Card("g", "detail", note_type, prompt, answer, "S", "T", ("S",), ())  # type: ignore[arg-type]


def test_the_script_names_each_flaw() -> None:
    assert flaws_of(_card("Redshift (1/2)", "x")) == ["split"]
    assert flaws_of(_card("Business Support Plan (24/7)", "x")) == []
    assert flaws_of(_card("supports", "x")) == ["generic"]
    assert flaws_of(_card("DMS — supports", "x")) == []
    assert flaws_of(_card("SQS", "<ul>" + "<li>a</li>" * 5 + "</ul>")) == ["dump"]
    six = "".join(f"<li>{{{{c{n}::x{n}}}}}</li>" for n in range(1, 7))
    assert flaws_of(_card(f'<div class="sp-label">Kinds</div><ul>{six}</ul>', note_type="cloze")) == ["deletions"]
    assert flaws_of(_card(f'<div class="sp-label">Six kinds</div><ul>{six}</ul>', note_type="cloze")) == []


def test_twins_are_cards_alike_that_ask_the_same() -> None:
    from .card_flaws import flaws

    twin = _card("Shared responsibility: {{c1::AWS}} and the customer", note_type="cloze")
    first = _card("<ul><li>{{c1::alpha}}</li><li>beta</li></ul>", note_type="cloze")
    second = _card("<ul><li>alpha</li><li>{{c1::beta}}</li></ul>", note_type="cloze")
    assert [c.prompt for c in flaws([twin, first, second, twin]).get("twin", [])] == [twin.prompt]
