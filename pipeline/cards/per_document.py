"""Results kept per document (or per line or thing of one): the card kinds made one after another (recognition,
comparison, classification, practice) ask the same questions of a document,
and each answer is a pure function of it."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from pipeline.collector import collect_everything
from pipeline.model import Document
from pipeline.model.cardtext import card_text
from pipeline.model.inline import forget_splits, plain_key
from pipeline.model.naming import forget_names

T = TypeVar("T")
V = TypeVar("V")
DOCUMENTS = 4  # documents: a build asks about one at a time
VALUES = 1 << 18  # lines or things: more than a large document holds (fifty times the seed's lines are ~90,000)
TEXTS = 1 << 18  # texts: more than a large document's lines and cues


_CACHES: list[dict[Any, Any]] = []  # every function's results, for `forget`


# the model's own caches of texts, lines and names, and any registered with `also_forget`
_CLEARS: list[Callable[[], None]] = [plain_key.cache_clear, card_text.cache_clear, forget_splits, forget_names]


def forget() -> None:
    """Let go of every result kept: the cards are made (a build's memory)."""
    for kept in _CACHES:
        kept.clear()
    for clear in _CLEARS:
        clear()
    # a thing's rivals point back at the index they read: that cycle (and what it
    # holds) goes only with a collection, which a build otherwise never runs this deep
    collect_everything()


def also_forget(clear: Callable[[], None]) -> None:
    """`clear` to be called by `forget` (a cache kept some other way)."""
    _CLEARS.append(clear)


def per_document(function: Callable[[Document], T]) -> Callable[[Document], T]:
    """`function`, computed once per document (by identity: documents are
    frozen, and the one kept is held, so its id is not reused meanwhile)."""
    return per_value(function, DOCUMENTS)


def per_value(function: Callable[[V], T], limit: int = VALUES) -> Callable[[V], T]:
    """`function` of one frozen value (a line, a thing), computed once per
    value by identity, as `per_document` does; at most `limit` kept at once."""
    kept: dict[int, tuple[V, T]] = {}
    _CACHES.append(kept)

    @functools.wraps(function)
    def cached(value: V) -> T:
        hit = kept.get(id(value))
        if hit is None or hit[0] is not value:
            if len(kept) >= limit:
                kept.clear()
            hit = kept[id(value)] = (value, function(value))
        return hit[1]

    return cached


def per_values(function: Callable[[tuple[V, ...]], T], limit: int = VALUES) -> Callable[[tuple[V, ...]], T]:
    """`function` of a sequence of frozen values (a group's lines), computed
    once per sequence of the same values by identity: the sequences kept are
    held, so no id in a key is reused meanwhile."""
    kept: dict[tuple[int, ...], tuple[tuple[V, ...], T]] = {}
    _CACHES.append(kept)

    @functools.wraps(function)
    def cached(values: tuple[V, ...]) -> T:
        key = tuple(map(id, values))
        hit = kept.get(key)
        if hit is None:
            if len(kept) >= limit:
                kept.clear()
            hit = kept[key] = (values, function(values))
        return hit[1]

    return cached


def per_value_and_text(function: Callable[[V, str], T]) -> Callable[[V, str], T]:
    """`function` of a frozen value (by identity, as `per_value`) and a text,
    computed once per pair: the card kinds ask it of one thing's lines again."""
    known_of = per_value(lambda value: {})

    @functools.wraps(function)
    def cached(value: V, text: str) -> T:
        known: dict[str, T] = known_of(value)
        found = known.get(text, _MISSING)
        if found is _MISSING:
            found = known[text] = function(value, text)
        return found  # type: ignore[return-value]

    return cached


def per_text(function: Callable[[str], T]) -> Callable[[str], T]:
    """`function` of a text, computed once per text (by value) until `forget`:
    unlike a bounded LRU cache, a large document's texts all stay, so each
    costs the same at any size of notes."""
    kept: dict[str, T] = {}
    _CACHES.append(kept)

    @functools.wraps(function)
    def cached(text: str) -> T:
        hit = kept.get(text, _MISSING)
        if hit is _MISSING:
            if len(kept) >= TEXTS:
                kept.clear()
            hit = kept[text] = function(text)
        return hit  # type: ignore[return-value]

    return cached


_MISSING = object()
