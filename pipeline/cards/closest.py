"""How much of a cue the thing closest to it says (`closest_share`), without
reading every thing that says each of its words.

A word every part of the notes says (`region`, `user`) is said by a number of
things that grows with the notes; asked of each cue, reading them all grows
with the square. Such a word weighs little: the things saying the cue's rarer
words are read first, and a thing saying none of them cannot outweigh the
closest of those once the words left weigh less. Which things are no other
(the thing itself, a form of its name, a thing holding all its lines) is looked
up in an index of names and lines, so a word's weight counts its other
holders by reading only those few.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from pipeline.cards.confusable import PROPERTIES, _own_lines, _said, _stems
from pipeline.cards.per_document import per_document
from pipeline.cards.things import Thing
from pipeline.model import Document
from pipeline.model.naming import MASK

SLACK = 1e-9  # the words left, summed apart from a share, may differ from it in their last bits


class _Places:
    """The things of the notes by each key and initials of their names, and by each of their own lines."""

    def __init__(self, things: Iterable[Thing]) -> None:
        self.by_key: dict[str, list[int]] = {}
        self.by_initials: dict[str, list[int]] = {}
        self.by_line: dict[int, list[int]] = {}
        for n, thing in enumerate(things):
            names = thing.described.names
            for key in names.keys():
                self.by_key.setdefault(key, []).append(n)
            for key in names.initials():
                self.by_initials.setdefault(key, []).append(n)
            for line in _own_lines(thing):
                self.by_line.setdefault(line, []).append(n)

    def same_named(self, thing: Thing) -> set[int]:
        """The things whose names are a form of the thing's (`Names.same_thing`, either way round)."""
        names = thing.described.names
        found: set[int] = set()
        for key in names.keys():
            found.update(self.by_key.get(key, ()))
            found.update(self.by_initials.get(key, ()))
        for key in names.initials():
            found.update(self.by_key.get(key, ()))
        return found


@per_document
def _places(document: Document) -> _Places:
    return _Places(_said(document).things)


def closest_share(document: Document, thing: Thing, text: str) -> float:
    """The largest share of the cue's telling words one other thing of the notes says (see `closest`)."""
    return closest(document, thing, text)[0]


def closest(document: Document, thing: Thing, text: str) -> tuple[float, Thing | None]:
    """The other thing of the notes saying the largest share of the cue's telling words, and
    that share, each word weighed by how few things say it: `against attacks` of a shield is no half of a line
    whose `cryptocurrency` no other thing says."""
    said = _said(document)
    me = said.index.get(id(thing))
    own = _own_lines(thing)
    if not own:
        return 0.0, None  # every thing holds all its lines (none): no other thing

    def holds(n: int, word: str) -> bool:
        return any(word in said.lines[k][3] for k in said.of_thing.get(n, ()))

    places = _places(document)
    first = min(own)
    # the things that are no other: itself, a form of its name, one whose lines hold all of its own
    not_others = places.same_named(thing) | {n for n in places.by_line.get(first, ()) if _own_lines(said.things[n]) >= own}
    if me is not None:
        not_others.add(me)

    # sums go through fsum, exact whatever order a set of words is walked in (the hash seed's):
    # a share a bit larger than an equal one would win a tie by it (`further_cues`)
    words = sorted({w for w in _stems(text.replace(MASK, " ")) if w not in PROPERTIES})
    weights: dict[str, float] = {}
    for w in words:
        holders = said.holders.get(w, ())
        others = len(holders) - sum(1 for n in not_others if holds(n, w))
        weights[w] = math.log((len(said.things) + 1) / (1 + others))
    total = math.fsum(weights.values()) or 1.0

    def weighed(n: int) -> float:
        return math.fsum(weights[word] for word in words if holds(n, word))

    order = sorted(words, key=lambda w: (len(said.holders.get(w, ())), w))
    left = [sum(weights[w] for w in order[at:]) for at in range(len(order))]
    best: float | None = None
    nearest: int | None = None  # the first read of the closest, should two weigh the same
    read: set[int] = set()
    for at, word in enumerate(order):
        if best is not None and best > left[at] * (1 + SLACK):
            break  # a thing saying only the words left weighs less than the closest read
        for n in said.holders.get(word, ()):
            if n in read:
                continue
            read.add(n)
            if n not in not_others:
                share = weighed(n)
                if best is None or share > best:
                    best, nearest = share, n
    return (0.0, None) if best is None or nearest is None else (best / total, said.things[nearest])
