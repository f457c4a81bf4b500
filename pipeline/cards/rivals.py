"""What a thing's confusables say, asked word by word.

Whether a cue singles its thing out (see `confusable`) asks whether any
confusable's lines say each of its few words. The confusables are often a
whole section: gathering all their words for every thing of the section grows
with the square of its size, while the notes' index of which things say each
word answers a word by looking at the few that do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence, Set
from functools import cached_property
from typing import Protocol

from pipeline.cards.cue_words import content_words
from pipeline.cards.others import may_mention_in, mentions
from pipeline.cards.per_document import per_document
from pipeline.cards.things import Thing, things_of
from pipeline.model import Document

Entry = tuple[int, int, str, tuple[str, ...]]  # a line: its thing's place, its number, its text, its stems
VERB_LETTERS = 5  # letters of a verb that say which it is, whatever its ending (`manage`, `manages`, `managed`)
# who does it: the provider (`AWS manages the keys`) or the customer (`we manage keys ourselves`)
_PROVIDER = r"AWS|Amazon|Azure|Microsoft|Google|GCP|the\s+provider"
_CUSTOMER = r"we|you|customers?|users?|the\s+customer"
_AGENT = re.compile(rf"\b(?:({_PROVIDER})|({_CUSTOMER}))\s+(?:(?:also|only|just|fully|still|can|must|will)\s+)?([a-z]{{3,}})\b", re.IGNORECASE)
PARTIES = ("provider", "customer")


def agents_of(text: str) -> frozenset[tuple[str, str]]:
    """Who does what in a line: (`provider` or `customer`, the verb's first letters)."""
    # `AWS managed key`, `AWS owned key`: a name's adjective, nobody doing anything
    found = [m for m in _AGENT.finditer(text) if not m.group(3).lower().endswith(("ed", "ing"))]
    return frozenset((PARTIES[0] if m.group(1) else PARTIES[1], m.group(3).lower()[:VERB_LETTERS]) for m in found)


class Said(Protocol):
    """The notes' things and their lines, indexed (confusable._Said)."""

    things: Sequence[Thing]
    lines: list[Entry]
    of_thing: dict[int, list[int]]
    holders: dict[str, tuple[int, ...]]
    pair_holders: dict[tuple[str, str], tuple[int, ...]]


def unordered(pair: tuple[str, str]) -> tuple[str, str]:
    """Two neighbouring words either way round, as one key (a tuple: a fraction of a set's size)."""
    return (pair[0], pair[1]) if pair[0] <= pair[1] else (pair[1], pair[0])


class Rivals:
    """What the lines of some of the notes' things (those `near`, by place) say, past
    the thing's own lines listed under one of them (unless it is named under
    the thing, `child`) and their lines that name the thing."""

    def __init__(self, said: Said, thing: Thing, near: Set[int], own: frozenset[int], child: Callable[[int], bool]) -> None:
        self.said = said
        self.thing = thing
        self.near = near
        self.own = own
        self.child = child
        self.words: dict[str, bool] = {}
        self.pairs: dict[tuple[str, str], bool] = {}
        self.agents: dict[tuple[str, str], bool] = {}
        self.rival: dict[int, bool] = {}  # a thing's place -> whether it is near and another thing (no form of this one)
        self.named: dict[int, bool] = {}  # ... -> whether its lines may name the thing

    def says(self, word: str) -> bool:
        """Whether a line of a rival says the stem."""
        found = self.words.get(word)
        if found is None:
            lines, of_thing = self.said.lines, self.said.of_thing
            found = self.words[word] = any(
                word in lines[k][3] and self._kept(n, k)
                for n in self._fewer(self.said.holders.get(word, ()))
                if self._rival(n)
                for k in of_thing.get(n, ())
            )
        return found

    def says_pair(self, pair: tuple[str, str]) -> bool:
        """Whether a line of a rival says the two stems side by side, in this order."""
        found = self.pairs.get(pair)
        if found is None:
            lines, of_thing = self.said.lines, self.said.of_thing
            found = self.pairs[pair] = any(
                pair in zip(lines[k][3], lines[k][3][1:]) and self._kept(n, k)
                for n in self._fewer(self.said.pair_holders.get(unordered(pair), ()))
                if self._rival(n)
                for k in of_thing.get(n, ())
            )
        return found

    def says_agent(self, agent: tuple[str, str]) -> bool:
        """Whether a line of a rival says that party does that (see `agents_of`): read line by line, asked seldom."""
        found = self.agents.get(agent)
        if found is None:
            lines, of_thing = self.said.lines, self.said.of_thing
            found = self.agents[agent] = any(
                agent in agents_of(lines[k][2]) and self._kept(n, k) for n in self._near_in_order if self._rival(n) for k in of_thing.get(n, ())
            )
        return found

    def _fewer(self, holders: Sequence[int]) -> Iterable[int]:
        """The places to read for a word: its holders, or the near things when fewer. A near thing
        that holds no such line reads as none, so either gives the same answer; a word of
        every topic (`regions`) is held all over large notes, but a thing has few rivals."""
        return holders if len(holders) <= len(self.near) else self._near_in_order

    @cached_property
    def _near_in_order(self) -> tuple[int, ...]:
        """The near things in document order, sorted once for every lookup that reads them."""
        return tuple(sorted(self.near))

    def _rival(self, n: int) -> bool:
        found = self.rival.get(n)
        if found is None:
            other = self.said.things[n]
            found = self.rival[n] = n in self.near and other is not self.thing and not other.described.names.same_thing(self.thing.described.names)
        return found

    def _kept(self, n: int, k: int) -> bool:
        """Line `k` of thing `n` speaks for it: not the thing's own line listed under it, nor one naming the thing."""
        _, number, text, _ = self.said.lines[k]
        if number in self.own and not self.child(n):
            return False
        named = self.named.get(n)
        if named is None:
            named = self.named[n] = may_mention_in(self.thing.described.names, self.said.things[n])
        return not (named and mentions(self.thing.described.names, text))


class Listed:
    """What a card's options say when one is no thing of the document: their lines' words and pairs, gathered."""

    def __init__(self, words: frozenset[str], pairs: frozenset[tuple[str, str]], agents: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.words = words
        self.pairs = pairs
        self.agents = agents

    def says(self, word: str) -> bool:
        return word in self.words

    def says_pair(self, pair: tuple[str, str]) -> bool:
        return pair in self.pairs

    def says_agent(self, agent: tuple[str, str]) -> bool:
        return agent in self.agents


def holders_of(vocabulary: list[set[str]]) -> dict[str, list[int]]:
    """Which things' lines hold each word."""
    holders: dict[str, list[int]] = {}
    for n, words in enumerate(vocabulary):
        for word in words:
            holders.setdefault(word, []).append(n)
    return holders


@per_document  # recognition and the name clozes weigh clues against the same words
def said_words(document: Document) -> tuple[list[set[str]], dict[str, list[int]]]:
    """Each of the document's things' (`things_of`) content words, read line by line, and which things hold each word."""
    vocabulary = [{w for line in t.described.lines for w in content_words(line.text)} for t in things_of(document)]
    return vocabulary, holders_of(vocabulary)
