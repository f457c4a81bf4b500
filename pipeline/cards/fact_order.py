"""A card's place among its topic's lines."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.cards.entries import Fact


def in_order(split: list[Fact]) -> Callable[[tuple[list[Fact], object]], int]:
    """The sort key of (facts, card) pairs: the place of the first fact among
    `split`, as `split.index` would find it, looked up at once (a long list
    searched fact by fact was quadratic)."""
    first: dict[Fact, int] = {}
    for index, fact in enumerate(split):
        first.setdefault(fact, index)
    return lambda single: first[single[0][0]]
