"""A "What is Site to Site VPN?" card answered by several lines is a list to
recite. The lines after its first that a recognition or comparison card
already shows as a clue (of the same thing, or of a part it lists: "Glacier
Deep Archive: ..." under Glacier) are asked there, in the exam's direction:
the definition card keeps its first line and the lines no such card shows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from pipeline.curate.twins import asked_lines
from pipeline.model import Card
from pipeline.model.cardtext import card_text

_ASKS_WHAT = re.compile(r"^What (?:is|are) (.+)\?$")  # the front `prompts.definition_question` writes
_ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)


def _trimmed(card: Card, said: frozenset[tuple[str, int]]) -> Card:
    if card.kind != "detail" or card.note_type != "basic" or not card.answer.startswith("<ul><li>"):
        return card
    asks = _ASKS_WHAT.match(card_text(card.prompt))
    items = _ITEM.findall(card.answer)
    if asks is None or len(card.sources) < len(items) + 1 or "<ul>" in "".join(items):
        return card
    first = card.sources[0].line
    lines = card.sources[1 : len(items) + 1]
    if any(s.line <= first for s in lines):
        return card  # the items are not the label's own lines in order: leave it whole
    kept = [0, *(i for i in range(1, len(items)) if (lines[i].path, lines[i].line) not in said)]
    if len(kept) == len(items):
        return card
    answer = f"<div>{items[0]}</div>" if len(kept) == 1 else "<ul>" + "".join(f"<li>{items[i]}</li>" for i in kept) + "</ul>"
    dropped = {lines[i] for i in range(len(items)) if i not in kept}
    return replace(card, answer=answer, sources=tuple(s for s in card.sources if s not in dropped))


def with_said_backs(cards: list[Card], asked: Iterable[Card]) -> list[Card]:
    """The cards, each definition card without the lines after its first that a
    recognition or comparison card shows."""
    said = frozenset(line for found in asked_lines(asked).values() for lines, _ in found for line in lines)
    return [_trimmed(card, said) for card in cards] if said else cards
