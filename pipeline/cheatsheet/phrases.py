"""Short phrases for the cram sheet: a topic's definition in about a dozen
words, cut where the sentence pauses, never inside a word."""

from __future__ import annotations

import re

from pipeline.model import Card
from pipeline.model.cardtext import card_text, field_items
from pipeline.model.definitions import NAME_LINES, only_names
from pipeline.model.naming import names_of

WORDS = 12  # at most about this many words in a one-liner
# Where a phrase may end: after a comma, semicolon, colon, dash or arrow, or
# before an opening parenthesis or a linking word.
_PAUSE_AFTER = re.compile(r"[,;:]$|^[-–—→=]$")
_PAUSE_BEFORE = re.compile(r"^\(|^(?:and|or|but|which|that|where|when|while|so|because|with|without|for|to|by|using|via|e\.g\.|eg|i\.e\.)$", re.I)


def one_line(text: str, words: int = WORDS, chars: int | None = None) -> str:
    """`text` cut to at most `words` words (and `chars` characters) at the
    last pause that keeps at least three words; at a word boundary with an
    ellipsis otherwise."""
    parts = text.split()
    if chars is not None:
        while len(parts) > 3 and len(" ".join(parts[: min(words, len(parts))])) > chars:
            words = min(words, len(parts)) - 1
    if len(parts) <= words:
        return " ".join(parts).rstrip(",;:")
    least = 3
    cut = 0
    for index in range(least, words + 1):
        if _PAUSE_AFTER.search(parts[index - 1]):
            cut = index
        elif index < len(parts) and _PAUSE_BEFORE.match(parts[index]):
            cut = index
    if cut:
        kept = parts[:cut]
        if re.fullmatch(r"[-–—→=]", kept[-1]):
            kept = kept[:-1]
        return _closed(" ".join(kept)).rstrip(",;:")
    return _closed(" ".join(parts[:words])).rstrip(",;:") + "…"


def _closed(text: str) -> str:
    """Without an aside the cut left open (`a region (eu-west-3`), when enough is left."""
    if text.count("(") > text.count(")"):
        head = text[: text.rindex("(")].rstrip()
        if len(head.split()) >= 3:
            return head
    return text


def defining(candidates: list[str], name: str, chars: int | None = None) -> str:
    """The first candidate that says what the thing is: some words, and not
    only the thing's names (`Relational Database Service` under `RDS`, which
    the name already says)."""
    plain = [c for c in candidates if c.strip()]
    names = names_of(name, plain[:NAME_LINES])
    for text in plain:
        if len(re.findall(r"\w+", text)) < 3 or only_names(names, text):
            continue
        return one_line(text, chars=chars)
    return one_line(plain[0], chars=chars) if plain else ""


def defining_lines(cards: list[Card], topic: str) -> list[str]:
    """Lines that may define a topic: its overview's items first, then its
    terms' definitions; never the definition of some other term."""
    found: list[str] = []
    for kind in ("overview", "term", "detail"):
        for card in cards:
            if card.kind != kind:
                continue
            if card.note_type == "cloze" or not card.answer.strip():
                continue
            if defines_another(card, topic):
                continue
            found.extend(field_items(card.answer))
    return found


def defines_another(card: Card, topic: str) -> bool:
    """`*on premises* refers to local hardware` opening the S3 section: a term
    defined in passing, unless it is the topic itself, is some other thing."""
    return card.defined_in_passing and topic.casefold() not in card_text(card.prompt).casefold()
