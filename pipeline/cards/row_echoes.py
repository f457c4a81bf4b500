"""A table cell that only says its row's name again (`| Premium page blobs |
Page blobs only |`): asked "Premium page blobs — Services", the answer is on
the front. So is a column of identifiers spelled from the rows' names
(`| Storage Admin | roles/storage.admin |`): asked "Storage Admin — ID", the
name spells the answer. Such cells make no card; the cheat sheet keeps them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pipeline.model.name_patterns import CAMEL
from pipeline.model.word_forms import LETTER_WORD, MIN_WORD_LETTERS, same_word

_SAYS_NOTHING = frozenset("only all the and for with of just any per".split())


def echoes_its_row(thing: str, value: str) -> bool:
    """Whether every word of the value (but filler) is a word of the row's name."""
    own = [w.lower() for w in LETTER_WORD.findall(thing)]
    said = [w.lower() for w in LETTER_WORD.findall(value) if len(w) >= MIN_WORD_LETTERS and w.lower() not in _SAYS_NOTHING]
    return bool(said) and all(any(same_word(word, name) for name in own) for word in said)


SPELLED_SHARE = 2 / 3  # of a column's cells spelled from their rows, for the column to be identifiers
MIN_ROWS = 3  # fewer rows share words by chance


def _parts(text: str) -> list[str]:
    """The words of a name or an identifier (`securityAdmin` -> security, admin), its numbers left out."""
    return [p.lower() for p in CAMEL.findall(text) if not p.isdigit()]


def spelled_columns(cells: Iterable[tuple[str, str, str]]) -> set[str]:
    """The columns (of `(column, row name, value)` cells) whose values are identifiers
    made of their rows' names: every part of the value but those all the column
    shares (`roles`) is a word of the row's name."""
    by_column: dict[str, list[tuple[str, str]]] = {}
    for column, thing, value in cells:
        by_column.setdefault(column, []).append((thing, value))
    spelled = set()
    for column, pairs in by_column.items():
        counts = Counter(part for _, value in pairs for part in set(_parts(value)))
        shared = {part for part, count in counts.items() if count == len(pairs)}
        hits = 0
        for thing, value in pairs:
            own, said = _parts(thing), [p for p in _parts(value) if p not in shared]
            hits += bool(said) and all(any(same_word(p, name) for name in own) for p in said)
        if len(pairs) >= MIN_ROWS and hits >= SPELLED_SHARE * len(pairs):
            spelled.add(column)
    return spelled
