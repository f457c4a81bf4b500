"""Plain text of card fields, for comparisons and messages."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from pipeline.model import Card

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"</?(?:li|ul|ol|div|p|br)\b[^>]*>", re.I)
# "<div><b>X-Ray</b></div>...": the name a recognition or comparison card answers, first on its back
ANSWERED_NAME = re.compile(r"^<div><b>([^<]*)</b></div>")
CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


def cloze_safe(html: str) -> str:
    """Inside a deletion, `::` would start a hint and `}}` would end it."""
    return html.replace("::", ":&#58;").replace("}}", "&#125;&#125;")


def _deletion(match: re.Match[str]) -> str:
    return match.group(1)


@lru_cache(maxsize=1 << 16)  # dedupe, the release record and the writers read each field again
def card_text(markup: str) -> str:
    """Plain text of a card field: no tags, no cloze markers, entities decoded."""
    return markup_text(CLOZE.sub(_deletion, markup))


def markup_text(markup: str) -> str:
    """Plain text of markup as a reader sees it: no tags, entities decoded, white
    space folded; cloze markers stay (a rule that reads a front keeps its blanks)."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def describe(card: Card) -> str:
    """`Context › first words of the prompt…`, to name a card in a message."""
    words = card_text(card.prompt).split()
    prompt = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    return f"{card.context_text} › {prompt}" if card.context else prompt


def readable_text(markup: str) -> str:
    """A field as one line to read (in a changelog): cloze deletions shown,
    a space only where a line or item broke, so `<b>Term</b>: x` stays `Term: x`."""
    text = _TAG.sub("", _BREAK.sub(" ", CLOZE.sub(_deletion, markup)))
    return " ".join(html.unescape(text).split())


_ITEM = re.compile(r"<(li|div)\b[^>]*>(.*?)</\1>", re.I | re.S)


def cloze_pieces(markup: str) -> list[tuple[str, bool]]:
    """A cloze field as plain text pieces, each marked whether it is a
    deletion; the spaces between pieces are kept, the field's own edges trimmed."""
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in CLOZE.finditer(markup):
        pieces.append((_spaced_text(markup[last : match.start()]), False))
        pieces.append((card_text(match.group(1)), True))
        last = match.end()
    pieces.append((_spaced_text(markup[last:]), False))
    pieces = [(text, deleted) for text, deleted in pieces if text.strip()]
    if pieces:
        pieces[0] = (pieces[0][0].lstrip(), pieces[0][1])
        pieces[-1] = (pieces[-1][0].rstrip(), pieces[-1][1])
    return pieces


def _spaced_text(markup: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub("", _BREAK.sub(" ", markup))))


def deletions(markup: str) -> list[str]:
    """The plain text of each cloze deletion, in order."""
    return [text for text, deleted in cloze_pieces(markup) if deleted]


def field_items(markup: str) -> list[str]:
    """A field's items (list items, blocks) as plain text lines; the whole
    field when it has none. Nested lists stay with their item."""
    if not _ITEM.search(markup):
        text = card_text(markup)
        return [text] if text else []
    items = []
    for match in _ITEM.finditer(markup):
        text = card_text(match.group(2))
        if text:
            items.append(text)
    return items

