"""Lookups across the whole notes that read only the things saying a cue's rarer
words give what reading every thing gave (`closest.closest_share`, the things
saying forms of a fact's words in `contrast`)."""

from __future__ import annotations

import math
import random

import pytest

from pipeline.cards import contrast
from pipeline.cards.closest import closest_share
from pipeline.cards.confusable import PROPERTIES, _own_lines, _said, _stems
from pipeline.cards.things import things_of
from pipeline.model import Document
from pipeline.model.naming import MASK
from pipeline.notes.parse import parse_document

from .conftest import seed_notes_text


@pytest.fixture(scope="module")
def seed_document() -> Document:
    return parse_document(seed_notes_text(), "aws-cloud-practitioner.md")


def _every_thing_read(document: Document, thing, text: str) -> float:  # type: ignore[no-untyped-def]
    """The share as it was found by reading every holder of every word."""
    said = _said(document)
    me = said.index.get(id(thing))
    own = _own_lines(thing)

    def other(n: int) -> bool:
        return n != me and not said.things[n].described.names.same_thing(thing.described.names) and not _own_lines(said.things[n]) >= own

    words = {w for w in _stems(text.replace(MASK, " ")) if w not in PROPERTIES}
    weights = {w: math.log((len(said.things) + 1) / (1 + sum(map(other, said.holders.get(w, ()))))) for w in words}
    total = math.fsum(weights.values()) or 1.0  # exact sums: a set's order (the hash seed's) moves no last bit
    counts: dict[int, list[float]] = {}
    for word in words:
        for n in said.holders.get(word, ()):
            counts.setdefault(n, []).append(weights[word])
    return max((math.fsum(weight) / total for n, weight in counts.items() if other(n)), default=0.0)


def test_closest_share_is_the_share_every_thing_read_gives(seed_document: Document) -> None:
    things = things_of(seed_document)
    rng = random.Random(17)
    texts = [line.text for t in things for line in t.described.lines]
    asked = 0
    for thing in things:
        for text in [line.text for line in thing.described.lines] + rng.sample(texts, 2):
            assert closest_share(seed_document, thing, text) == _every_thing_read(seed_document, thing, text)
            asked += 1
    assert asked > 1000


def test_things_saying_all_or_most_words_are_those_counted_word_by_word(seed_document: Document) -> None:
    said = contrast._things_saying(seed_document)
    rng = random.Random(17)
    texts = [line.text for t in things_of(seed_document) for line in t.described.lines]
    for text in rng.sample(texts, 120):
        words = set(contrast._telling(text))
        if not words:
            continue
        every = [said.saying(w) for w in words]
        assert said.saying_all(words) == frozenset.intersection(*every)
        for least in range(1, len(words) + 1):
            counted = [n for n in range(len(said.things)) if sum(n in found for found in every) >= least]
            assert said.saying_most(words, least) == counted
        for word in words:
            assert [said.says(n, word) for n in range(len(said.things))] == [n in said.saying(word) for n in range(len(said.things))]
