"""The names of things as the notes write them: with the initials the notes
use for a thing (`CT` for `CloudTrail`), and without the giveaway of a word
many other names share (`Service` of `Simple Queue Service`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from pipeline.model import Document
from pipeline.model import inline as inl
from pipeline.model.definitions import Described, flatten
from pipeline.model.naming import name_key, same_word, short_forms

_ALNUM = re.compile(r"[A-Za-z0-9]+")


class _Named(Protocol):
    """A thing of the notes (`things.Thing`), as far as its names are concerned."""

    described: Described
    group: str
    item: bool


Thing = TypeVar("Thing", bound=_Named)

SHORT_NAME = (3, 4)  # letters of a word that abbreviates another thing's name (`Org`)
SHARED_NAME_WORD = 2  # other names a word of a name is in, for it to tell nothing apart
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")


def written_words(document: Document) -> frozenset[str]:
    words: set[str] = set()
    for section in document.sections:
        for topic in section.topics:
            texts = [inl.to_plain(topic.title), *(line.text for line in flatten(topic.body))]
            words.update(w for text in texts for w in _ALNUM.findall(text))
    return frozenset(words)


def as_written(things: list[Thing], written: frozenset[str]) -> list[Thing]:
    """Each thing's names with the initials the notes write for it (`CT` for
    `CloudTrail`), and without the giveaway of words many other names share."""
    keys = [name_key(t.described.names.full) for t in things]
    words = [{w.lower() for w in t.described.names.words} for t in things]
    holders: dict[str, set[str]] = {}  # a word of a name, or the start of a long one -> the names
    for key, found in zip(keys, words):
        for word in found:
            for start in {word, *(word[:n] + "…" for n in range(SHORT_NAME[0], SHORT_NAME[1] + 1) if len(word) >= 2 * n)}:
                holders.setdefault(start, set()).add(key)
    by_group: dict[str, list[int]] = {}  # each thing's siblings, looked up rather than searched for among all things
    for n, thing in enumerate(things):
        by_group.setdefault(thing.group, []).append(n)
    named: list[Thing] = []
    for n, thing in enumerate(things):
        names = thing.described.names

        def others(start: str, enough: int) -> bool:
            # other names, not this one's parts or wholes (`EC2 Savings Plan` under `Savings Plan`);
            # counted only until there are enough: a common word's holders grow with the notes
            found = 0
            for key in holders.get(start, ()):
                found += key not in keys[n] and keys[n] not in key
                if found >= enough:
                    return True
            return False

        # a word no sibling's name has tells the thing apart among them (`Storage` of `Storage Optimized`)
        plain = {w for w in words[n] if others(w, SHARED_NAME_WORD)} - _own_among_siblings(n, things, words, by_group)
        # `Org` of `Org Consolidated Billing` abbreviates the thing it belongs to (`Organizations`)
        if len(words[n]) > 1:
            plain |= {w for w in words[n] if SHORT_NAME[0] <= len(w) <= SHORT_NAME[1] and others(w + "…", 1)}
        plain |= _said_by_every_sibling(n, things, words, by_group)
        names = names.with_aliases(sorted(f for f in short_forms(names) if f in written)).sharing(plain)
        named.append(replace(thing, described=replace(thing.described, names=names)))
    return named


def _own_among_siblings(n: int, things: list[Thing], words: list[set[str]], by_group: dict[str, list[int]]) -> set[str]:
    """The words of an item's name, or of a numbered series' member (the pillars), that none of its siblings' names has."""
    thing = things[n]
    if not thing.item and not thing.group.startswith("series:"):
        return set()
    siblings = [words[m] for m in by_group[thing.group] if m != n]
    return {w for w in words[n] if siblings and not any(w in s for s in siblings)}


def _said_by_every_sibling(n: int, things: list[Thing], words: list[set[str]], by_group: dict[str, list[int]]) -> set[str]:
    """The words of an item's name that each of its siblings' own lines say as well (`connection`
    of `Direct Connect` beside `Site to Site VPN`): telling it from none of them, they give nothing away."""
    thing = things[n]
    if not thing.item:
        return set()
    names = thing.described.names
    said = []
    for m in by_group[thing.group]:
        if m != n:  # a sibling's line that names the thing says the name, not a plain word
            lines = [line.text for line in things[m].described.lines if not names.shows(line.text)]
            said.append({w.lower() for text in lines for w in _WORD.findall(text)})
    return {w for w in words[n] if said and all(any(same_word(w, other) for other in theirs) for theirs in said)}
