"""A cloze on a line's key term that leaves the front without a subject.

"cross-account [backup] (using AWS organizations)" under *AWS Backup* hides a
plain word of the thing's own name, and the name is nowhere on the front: what
has cross-account backup? "[CloudFormation] creates those for us" hides the
subject and points back at the line before for its object: creates what?
Neither says what is asked; the line is asked another way (with the thing's
name, or with its definition).
"""

from __future__ import annotations

import re

from pipeline.cards.deletions import HIDDEN, words_shown
from pipeline.cards.entries import Fact, Group
from pipeline.model import inline as inl

_LEAD = re.compile(r"^<b>.*?</b>: ")  # the thing's name shown in front of its line
# "creates those for us": a pronoun for what the line before names, no noun after it
_BARE_POINTER = re.compile(r"\b(?:those|these|them)\b(?=\s+(?:for|to|in|on|at|with|from|into|by)\b|\s*[,.;:]|\s*$)", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Za-z0-9]+")
_PLAIN_WORD = re.compile(r"[a-z0-9]+")
_CAPITAL = re.compile(r"[A-Z]")


def subjectless(cloze: str, group: Group, fact: Fact, common: frozenset[str]) -> bool:
    """Whether the cloze on `fact`'s key term leaves its front without a subject."""
    return _points_back(cloze, group, fact) or _hides_its_own_name(cloze, inl.to_plain(group.label), common)


def _points_back(cloze: str, group: Group, fact: Fact) -> bool:
    """A blank over the line's subject, its object a pronoun for the line before."""
    return cloze.startswith("{{c") and group.line != fact.line and _BARE_POINTER.search(inl.ASIDE.sub(" ", inl.to_plain(fact.inline))) is not None


def _hides_its_own_name(cloze: str, label: str, common: frozenset[str]) -> bool:
    """A blank over plain words of the thing's own name, the name not shown in front.
    (A blank over the name as written, "[Root User]", "[SSM] agent", asks the name.)"""
    hidden = HIDDEN.findall(cloze)
    if _LEAD.match(cloze) is not None or len(hidden) != 1 or _CAPITAL.search(words_shown(hidden[0])):
        return False
    ordinary = {c.lower() for c in common}
    own = {w.lower() for w in _NAME_WORD.findall(label)} - ordinary
    words = _PLAIN_WORD.findall(words_shown(hidden[0]))
    return bool(words) and all(w in own for w in words)
