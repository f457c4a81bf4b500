"""How the notes call things by name: a heading they never say again is where
lines are filed, not a name a learner is asked to recall; a described thing's
name, or the acronym it opens with, is a product of the notes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from pipeline.cards.defining import DEFINING_WORDS
from pipeline.cards.things import things_of
from pipeline.model import Document

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,4}")
_DEFINING = re.compile(rf"^\s*(?:{DEFINING_WORDS})", re.IGNORECASE)


def phrase_lines(lines: Iterable[str]) -> Callable[[str], int]:
    """How many of the notes' lines (titles too) say a phrase, in any case, as whole words."""
    folded = [" ".join(line.split()).lower() for line in lines]

    @lru_cache(maxsize=None)
    def count(phrase: str) -> int:
        words = " ".join(phrase.split()).lower()
        if not words:
            return 0
        pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
        return sum(1 for line in folded if words in line and pattern.search(line))

    return count


def files_lines(hidden: str, label: str, facts: Sequence[str], lines_naming: Callable[[str], int]) -> bool:
    """Whether a blank over a label hides only where its lines are filed: a heading of a
    few words ("Token Type", "VPC Sizing") no other line of the notes says, over lines
    that do not define it ("Laggards are ...")."""
    label = label.strip().rstrip(":").strip()
    if hidden.strip().lower() != label.lower() or len(label.split()) < 2:
        return False  # another name hidden (the parent's), or one word that is a thing's ("Objects")
    return lines_naming(hidden) <= 1 and not any(_DEFINING.match(fact) for fact in facts)


def products(document: Document, describes: Callable[[str], bool]) -> Callable[[str], bool]:
    """Whether a name is a product of the notes: a thing they describe, or the
    acronym a described thing's name opens with (`EBS` of *EBS Volume*)."""
    acronyms = {name.split()[0] for t in things_of(document) if len((name := t.name).split()) > 1 and _ACRONYM.fullmatch(name.split()[0])}
    return lambda name: describes(name) or name in acronyms
