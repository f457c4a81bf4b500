"""A "What is Site to Site VPN?" card answered by several lines is a list to
recite. The lines after its first that a recognition or comparison card
already shows as a clue (of the same thing, or of a part it lists: "Glacier
Deep Archive: ..." under Glacier) are asked there, in the exam's direction:
the definition card keeps its first line and the lines no such card shows.
One whose answer says its name's words again ("What is Compute
Optimized?" -> "compute-intensive tasks") asks nothing a learner does not
read off the front: where those cards show its lines, it is left out."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.curate.twins import Shown
from pipeline.model import Card
from pipeline.model import inline as inl
from pipeline.model.cardtext import card_text

_ASKS_WHAT = re.compile(r"^What (?:is|are) (.+)\?$")  # the front `prompts.definition_question` writes
_ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)


def _trimmed(card: Card, said: frozenset[tuple[str, int]]) -> Card | None:
    if card.kind != "detail" or card.note_type != "basic":
        return card
    asks = _ASKS_WHAT.match(card_text(card.prompt))
    items = _ITEM.findall(card.answer) if card.answer.startswith("<ul><li>") else [card.answer]
    if asks is None or len(card.sources) < len(items) + 1 or "<ul>" in "".join(items):
        return card
    first = card.sources[0].line
    lines = card.sources[1 : len(items) + 1]
    if any(s.line <= first for s in lines):
        return card  # the items are not the label's own lines in order: leave it whole
    kept = [0, *(i for i in range(1, len(items)) if (lines[i].path, lines[i].line) not in said)]
    if all((lines[i].path, lines[i].line) in said for i in kept) and _restates(asks.group(1), [items[i] for i in kept]):
        return None
    if len(kept) == len(items):
        return card
    answer = f"<div>{items[0]}</div>" if len(kept) == 1 else "<ul>" + "".join(f"<li>{items[i]}</li>" for i in kept) + "</ul>"
    dropped = {lines[i] for i in range(len(items)) if i not in kept}
    return replace(card, answer=answer, sources=tuple(s for s in card.sources if s not in dropped))


_PLAIN_WORDS = frozenset("aws amazon azure google microsoft managed service services".split())  # in many names: no restating
RESTATED = 4  # letters of a word of the name that says something ("compute", not "for")


def _restates(name: str, items: list[str]) -> bool:
    """Whether every line of the answer says a word of the name again, as a word
    of its own ("compute-intensive" of *Compute Optimized*). (A recognition card
    shows such a word as a blank, its answer the name: the line stays said.)"""
    parts = {w for w in re.findall(r"[a-z]+", inl.ASIDE.sub(" ", name.lower())) if len(w) >= RESTATED and w not in _PLAIN_WORDS}
    return bool(parts) and all(parts & set(re.findall(r"[a-z]+", card_text(item).lower())) for item in items)


def with_said_backs(cards: list[Card], asked: dict[str, list[Shown]]) -> list[Card]:
    """The cards, each definition card without the lines after its first that a
    recognition or comparison card shows (`asked`: their `twins.asked_lines`)."""
    said = frozenset(line for found in asked.values() for lines, _, _ in found for line in lines)
    return [found for card in cards if (found := _trimmed(card, said)) is not None] if said else cards
