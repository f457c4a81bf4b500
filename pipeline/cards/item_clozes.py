"""A short list written in one line, each note hiding its own items.

Under a label that closes no set ("db of objects: user accounts, computers,
printers, ..."), a blank over one item fits any member the notes left out:
the blank shows the item's first letter and length (`p… (8 letters)`), or
the first letters of its first three words, enough to tell which one is asked.
A label that counts its list or names a closed set ("Pod phases", "AP
modes", "4 risk responses") needs no hint: its members are all there is."""

from __future__ import annotations

import re

from pipeline.cards.entries import counted_label
from pipeline.cards.enumerations import balanced, deletion_limit, spelled_out_text
from pipeline.cards.item_remarks import without_remark
from pipeline.cards.paired_items import inside_a_word, numbered, paired_units
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe

# a label that counts its list or names a closed set: its members are all there is (`5-tuple`, `NIST SP
# 800-37`); a word alone (`pod-level` names no levels)
_CLOSED = re.compile(
    r"\b\d+\b|(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|phases?|states?|layers?|types?|kinds?|levels?|tiers?|modes?"
    r"|components?|pillars?|principles?|steps?|stages?|classes|categories|models?|values?|roles?|parts|elements|properties"
    r"|options|methods|versions|editions|plans|sizes|formats|protocols)(?![\w-])",
    re.IGNORECASE,
)
HINT_WORDS = 3  # words of an item whose first letters the hint shows
_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*")


def closes_no_set(label: Inline) -> bool:
    """Whether a list's label leaves its list open: no count, no word that names a closed set."""
    return not counted_label(label) and not _CLOSED.search(inl.to_plain(label))


def item_clozes(items: list[str], limit: int | None = None, label: Inline | None = None) -> list[str]:
    """A short list shown whole once per note, each note hiding its own part of
    the items (at most `limit`, else as `deletion_limit` says): the `<ul>` of each
    note; each blank hinted where the `label` over the list leaves it open."""
    hint = label is not None and closes_no_set(label)
    shown: list[str] = []
    keys = [inl.plain_key(item) for item in items]
    asked = [i for i in range(len(items)) if not inside_a_word(i, keys)]  # "GLUE" beside "SuperGLUE" stays shown
    units = paired_units(items, asked if len(asked) >= 2 else list(range(len(items))))
    for part in balanced(units, limit or deletion_limit(False, len(units))):
        numbers = numbered(part)
        listed = "".join(_item_cloze(numbers[i], text, hint) if i in numbers else f"<li>{inl.escape(text)}</li>" for i, text in enumerate(items))
        shown.append(f'<ul class="sp-enum">{listed}</ul>')
    return shown


def _item_cloze(number: int, text: str, hint: bool) -> str:
    """An item's blank, a long remark at its end left beside it; a remark that spells
    the item out (`EDR (endpoint detection and response)`) is the blank instead."""
    if (spelled := spelled_out_text(text)) is not None:
        start, end = spelled
        return f"<li>{inl.escape(text[:start])}{{{{c{number}::{cloze_safe(inl.escape(text[start:end]))}}}}}{inl.escape(text[end:])}</li>"
    hidden = without_remark(text)
    hinted = _hint(hidden) if hint else ""
    shown = f"::{cloze_safe(inl.escape(hinted))}" if hinted else ""
    return f"<li>{{{{c{number}::{cloze_safe(inl.escape(hidden))}{shown}}}}}{inl.escape(text[len(hidden):])}</li>"


def _hint(text: str) -> str:
    """`b… (8 letters)` of `bollards`; `d… d…` of `driver drowsiness`: each word's first letter."""
    words = _WORD.findall(text)
    if len(words) == 1:
        return f"{words[0][0]}… ({len(words[0])} letters)"
    return " ".join(f"{word[0]}…" for word in words[:HINT_WORDS])
