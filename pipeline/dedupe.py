"""Cards -> (cards, report): one card per fact.

Cards that ask the same prompt in the same context, or say the same thing
(equal after normalising case, spacing, punctuation and markup), are merged:
the first keeps its guid and gains the other's distinct facts and source
lines. Every merge is reported with both places.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from .diagnostics import Diagnostic, warning
from .inline import plain_key
from .model import Card

_TAG = re.compile(r"<[^>]+>")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


def card_text(markup: str) -> str:
    """Plain text of a card field: no tags, no cloze markers, entities decoded."""
    return " ".join(html.unescape(_TAG.sub(" ", _CLOZE.sub(r"\1", markup))).split())


def dedupe(cards: list[Card]) -> tuple[list[Card], list[Diagnostic]]:
    kept: list[Card] = []
    index: dict[tuple[str, ...], int] = {}
    report: list[Diagnostic] = []
    for card in cards:
        keys = _keys(card)
        found = next((index[k] for k in keys if k in index), None)
        if found is None:
            for key in keys:
                index[key] = len(kept)
            kept.append(card)
            continue
        first = kept[found]
        kept[found] = _merge(first, card)
        report.append(
            warning(
                card.source.path,
                card.source.line,
                f"duplicate of the card at {first.source} ({_describe(first)}): merged into it",
            )
        )
    return kept, report


def _keys(card: Card) -> list[tuple[str, ...]]:
    context = tuple(plain_key(c) for c in (card.section, *card.context))
    prompt = plain_key(card_text(card.prompt))
    keys = [("guid", card.guid), ("prompt", card.note_type, *context, prompt)]
    if card.note_type == "basic":
        keys.append(("same", prompt, plain_key(card_text(card.answer))))
    return keys


def _merge(first: Card, other: Card) -> Card:
    sources = first.sources + tuple(s for s in other.sources if s not in first.sources)
    answer = first.answer
    if first.note_type == "basic" and plain_key(card_text(other.answer)) not in plain_key(card_text(first.answer)):
        answer = f"<div>{first.answer}</div><div>{other.answer}</div>"
    return replace(first, answer=answer, sources=sources)


def _describe(card: Card) -> str:
    words = card_text(card.prompt).split()
    prompt = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    return f"{card.context_text} › {prompt}" if card.context else prompt
