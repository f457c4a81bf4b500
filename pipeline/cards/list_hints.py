"""Whether a list is open, and the hint a blank over one of its items shows.

Under a label that closes no set ("db of objects: user accounts, computers,
printers, ..."), a blank over one item fits any member the notes left out:
the blank shows the item's first letter and length (`p… (8 letters)`), or the
first letters of its first three words, enough to tell which one is asked. A
label that counts its list or names a closed set ("Pod phases", "AP modes",
"4 risk responses") needs no hint: its members are all there is."""

from __future__ import annotations

import re

from pipeline.cards.entries import counted_label
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
SHORTEST = 3  # letters of the shortest word a hint leaves something of
_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*")


def closes_no_set(label: Inline) -> bool:
    """Whether a list's label leaves its list open: no count, no word that names a closed set."""
    return not counted_label(label) and not _CLOSED.search(inl.to_plain(label))


def hint(text: str) -> str:
    """`b… (8 letters)` of `bollards`; `d… d…` of `driver drowsiness`: each word's
    first letter, never a number's first digit (`AD 5` → `A… …`), which is half of it."""
    words = _WORD.findall(text)
    if not words or len(words) == 1 and (words[0][0].isdigit() or len(words[0]) < SHORTEST):
        return ""  # `C`, `S3`: its first letter would be most of it
    if len(words) == 1:
        return f"{words[0][0]}… ({len(words[0])} letters)"
    return " ".join(f"{'' if word[0].isdigit() else word[0]}…" for word in words[:HINT_WORDS])


def hint_suffix(hidden: str) -> str:
    """What follows a blank's text in its cloze: `::` and the hint, escaped."""
    shown = hint(hidden)
    return f"::{cloze_safe(inl.escape(shown))}" if shown else ""
