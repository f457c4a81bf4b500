"""Results kept per document: the card kinds made one after another (recognition,
comparison, classification, practice) ask the same questions of a document,
and each answer is a pure function of it."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from pipeline.model import Document, naming

T = TypeVar("T")
DOCUMENTS = 4  # documents: a build asks about one at a time


_CACHES: list[dict[int, Any]] = []  # every function's results, for `forget`


def forget() -> None:
    """Let go of every result kept: the cards are made (a build's memory)."""
    for kept in _CACHES:
        kept.clear()
    naming.forget()


def forgotten(kept: dict[int, Any]) -> None:
    """`kept` (a cache by id) is emptied by `forget` too."""
    _CACHES.append(kept)


def per_document(function: Callable[[Document], T]) -> Callable[[Document], T]:
    """`function`, computed once per document (by identity: documents are
    frozen, and the one kept is held, so its id is not reused meanwhile)."""
    kept: dict[int, tuple[Document, T]] = {}
    _CACHES.append(kept)

    @functools.wraps(function)
    def cached(document: Document) -> T:
        hit = kept.get(id(document))
        if hit is None or hit[0] is not document:
            if len(kept) >= DOCUMENTS:
                kept.clear()
            hit = kept[id(document)] = (document, function(document))
        return hit[1]

    return cached
