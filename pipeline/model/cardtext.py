"""Plain text of card fields, for comparisons and messages."""

from __future__ import annotations

import html
import re

from pipeline.model import Card

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"</?(?:li|ul|ol|div|p|br)\b[^>]*>", re.I)
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


def _deletion(match: re.Match[str]) -> str:
    return match.group(1)


def card_text(markup: str) -> str:
    """Plain text of a card field: no tags, no cloze markers, entities decoded."""
    return " ".join(html.unescape(_TAG.sub(" ", _CLOZE.sub(_deletion, markup))).split())


def describe(card: Card) -> str:
    """`Context › first words of the prompt…`, to name a card in a message."""
    words = card_text(card.prompt).split()
    prompt = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    return f"{card.context_text} › {prompt}" if card.context else prompt


def readable_text(markup: str) -> str:
    """A field as one line to read (in a changelog): cloze deletions shown,
    a space only where a line or item broke, so `<b>Term</b>: x` stays `Term: x`."""
    text = _TAG.sub("", _BREAK.sub(" ", _CLOZE.sub(_deletion, markup)))
    return " ".join(html.unescape(text).split())
