"""A line no card of its own can ask is still said by the card beside it: an
overview takes the leftover lines that fit, a list shows an item that only
restates its term in full where it is not hidden, and a list's own cards say
its label. Otherwise such lines leave the deck unsaid."""

from __future__ import annotations

from pipeline.cards.chunking import RIDING_WORDS
from pipeline.commands.build import load
from pipeline.model.cardtext import card_text
from pipeline.model.records import is_retired

from .conftest import SEED_PACK, seed_notes_text
from .test_cards import cards_of


def test_an_item_that_restates_its_term_is_shown_whole_where_it_is_not_hidden() -> None:
    lines = cards_of(
        """
        ## Identity

        **Role Definition:**
        - JSON document
        - actions:
          - scope: list of scopes this role applies to
          - role: a name to identify the role
          - dataActions: list of data actions this role allows
          - notActions: list of actions this role excludes
          - assignableScopes: where the role can be assigned
        """
    )
    listed = [line for line in lines if line.startswith("[enumeration]")]
    assert listed and any("role: a name to identify the role" in line for line in listed)
    # hidden, its term alone is blanked: the restating words would answer it
    assert not any("{{c1::scope}}: list of scopes" in line for line in listed)


def _live_cards_at(line: int) -> list[str]:
    cards = load(SEED_PACK).pack.cards
    return [
        f"{card_text(c.prompt)} => {card_text(c.answer)}"
        for c in cards
        if not is_retired(c.tags) and any(s.line == line for s in c.sources)
    ]


def _line_of(text: str) -> int:
    return next(n for n, line in enumerate(seed_notes_text().split("\n"), 1) if text in line)


def test_an_overview_takes_the_leftover_lines_that_fit_when_not_all_do() -> None:
    # The topic's three lines after its definition are too long to ride together
    # (more than RIDING_WORDS words with it) and none can be asked alone.
    line = _line_of("we'll assign permissions to AWS services with IAM roles")
    said = _live_cards_at(line)
    assert any(text.startswith("IAM Roles for Services =>") for text in said), said
    overview = next(text for text in said if text.startswith("IAM Roles for Services =>"))
    assert len(overview.split("=>", 1)[1].split()) <= RIDING_WORDS


def test_a_lists_own_cards_say_its_label() -> None:
    label = _line_of("**Use cases:**")
    assert any("Use cases" in text for text in _live_cards_at(label))
