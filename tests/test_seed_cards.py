"""The card figures the seed notes must reach (issue: notes to cards)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from pipeline.commands.build import load
from pipeline.model.cardtext import card_text
from pipeline.model import Document, Node
from pipeline.model.inline import plain_key
from pipeline.model.lead_words import without_lead
from pipeline.model.records import is_retired
from pipeline.notes.parse import SHORTCODES

from .conftest import SEED_NOTES, SEED_PACK, seed_notes_text


@pytest.fixture(scope="module")
def cards():  # type: ignore[no-untyped-def]
    return load(SEED_PACK).pack.cards


def _answer_words(card) -> int:  # type: ignore[no-untyped-def]
    words = len(card_text(card.answer).split())
    if card.note_type == "cloze":  # a cloze card's answer is its whole text
        words += len(card_text(card.prompt).split())
    return words


def _note_lines() -> list[tuple[int, str]]:
    """The lines cards must say: the headings and the topics the pack puts outside its exams are not."""
    lines = seed_notes_text().split("\n")
    off = _lines_off(load(SEED_PACK).pack.documents[0])
    return [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#") and n not in off]


def _lines_off(document: Document) -> set[int]:
    def lines(nodes: tuple[Node, ...]) -> set[int]:
        return {n for node in nodes for n in ({node.line} if not node.cards else set()) | lines(node.children)}

    off = {topic.line for section in document.sections for topic in section.topics if not topic.cards}
    return off | {n for section in document.sections for topic in section.topics for n in lines(topic.body)}


def _words_of_markdown(line: str) -> set[str]:
    line = re.sub(r":([a-z_]+):", lambda m: SHORTCODES.get(m.group(1), m.group(0)), line)
    line = re.sub(r"^\s*(?:\d+[.)]|[-*])\s+", "", line)  # a list's marker is syntax
    line = re.sub(r"^(\s*(?:\*\*|__)?)\d{1,2}[.)]\s+", r"\1", line)  # so is a bold label's numbering ("**1. Security**")
    # a card shows a line without the word that tied it to the one before (`For ex:`, `Also`)
    return set(plain_key(without_lead(line)).split())


def test_at_least_99_percent_of_the_non_heading_lines_are_said_by_a_card_sourced_there(cards):  # type: ignore[no-untyped-def]
    said: dict[int, set[str]] = defaultdict(set)
    for card in cards:
        if is_retired(card.tags):
            continue  # shipped once more only to be deleted: it says no line to a learner
        words = set(plain_key(" ".join([card_text(card.prompt), card_text(card.answer), *card.context])).split())
        for source in card.sources:
            said[source.line] |= words
    lines = _note_lines()
    missing = [(n, line) for n, line in lines if not _words_of_markdown(line) <= said.get(n, set())]
    assert len(missing) <= len(lines) // 100, missing[:20]


def test_answers_are_short(cards):  # type: ignore[no-untyped-def]
    sizes = sorted(_answer_words(c) for c in cards)
    assert sizes[-1] <= 150
    assert sum(1 for s in sizes if s <= 80) >= 0.9 * len(sizes)


def test_no_two_cards_ask_the_same_prompt_in_the_same_context(cards):  # type: ignore[no-untyped-def]
    def front(card) -> str:  # type: ignore[no-untyped-def]
        # A cloze note's cards ask its deletions: notes of one long list hide different items.
        hidden = re.findall(r"\{\{c\d+::(.*?)\}\}", card.prompt) if card.note_type == "cloze" else []
        return " | ".join([plain_key(card_text(card.prompt)), *hidden])

    asked = Counter((c.section, c.context, front(c)) for c in cards)
    assert [key for key, n in asked.items() if n > 1] == []
    assert len({c.guid for c in cards}) == len(cards)


def test_no_card_has_an_empty_side(cards):  # type: ignore[no-untyped-def]
    for card in cards:
        assert card_text(card.prompt), card
        if card.note_type == "basic":
            assert card_text(card.answer), card
        else:
            assert "{{c1::" in card.prompt, card


def test_every_source_line_is_a_non_blank_line_of_the_notes(cards):  # type: ignore[no-untyped-def]
    lines = seed_notes_text().split("\n")
    for card in cards:
        for source in card.sources:
            assert source.path == SEED_NOTES.name
            assert lines[source.line - 1].strip(), (card, source)


def test_every_topic_has_an_overview_card(cards):  # type: ignore[no-untyped-def]
    document = load(SEED_PACK).pack.documents[0]
    overview_lines = {s.line for c in cards if c.kind == "overview" for s in c.sources}
    for section in document.sections:
        for topic in section.topics:
            assert topic.line in overview_lines or not topic.cards, topic.title


def test_the_seed_makes_cards_of_every_kind(cards):  # type: ignore[no-untyped-def]
    kinds = Counter(c.kind for c in cards)
    assert set(kinds) == {
        "overview", "detail", "term", "number", "enumeration", "recognition", "compare", "classify", "practice"
    }
    assert len(cards) > 500
