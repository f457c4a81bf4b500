"""How often the notes call a thing by a name: a heading they never say again
is where lines are filed, not a name a learner is asked to recall."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache


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
