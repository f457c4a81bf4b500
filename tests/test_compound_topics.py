"""A topic titled by two names whose lines each open on one of them is two
topics; a line of no name's keeps it one."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.model import cardtext
from pipeline.notes.parse import parse_document


def _fronts(notes: str) -> list[str]:
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p")
    return [cardtext.card_text(c.prompt).strip() for c in cards]


def test_each_name_of_the_title_is_a_topic_of_its_own_lines() -> None:
    fronts = _fronts(
        """
        ## CLI

        **validate / fmt**
        - `validate` checks syntax and internal consistency, no cloud API calls
        - `fmt` rewrites files to the canonical style, only the current directory unless `-recursive`
        """
    )
    assert not any("validate / fmt" in front for front in fronts), fronts
    assert any(front.endswith("validate") for front in fronts) and any(front.endswith("fmt") for front in fronts), fronts


def test_a_line_of_no_names_keeps_the_topic_whole() -> None:
    fronts = _fronts(
        """
        ## CLI

        **plan / apply**
        - plan = compare config with state and show proposed changes
        - apply makes the changes
        - `-parallelism=n` defaults to 10 concurrent operations
        """
    )
    assert "plan / apply" in fronts, fronts
