"""A table column whose cells take two or three values, repeated down its rows
(`| Scope |` with regional and global, `| Archive bit |` with cleared and NOT
cleared, a responsibility matrix's Customer, Shared or Microsoft): each cell
is one of a few answers, and a front that names only the row and the column
("Front Door — Scope") leaves the learner guessing what kind of answer is
wanted. The front offers the column's values: *Front Door — Scope: regional
or global?*"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.compare import option_list

MIN_ROWS = 3  # fewer rows set two things side by side, no column of kinds
MOST_CHOICES = 3
CHOICE_WORDS = 3  # a longer value is a fact of its row, no choice among a few
CHOICE_CHARACTERS = 25
_LEADING_NUMBER = re.compile(r"^[^\d]{0,4}(\d+(?:\.\d+)?)")  # "30 days", "≤ 1 h", "99.9%", "up to ~72%"


def column_choices(values: Sequence[str]) -> str | None:
    """"regional or global": the column's values in the order the rows give them (figures
    from the least), when the column takes a few short ones, one of them on two rows or more."""
    said = [" ".join(value.split()) for value in values]
    distinct = list({value.casefold(): value for value in reversed(said)}.values())[::-1]
    if len(said) < MIN_ROWS or not 2 <= len(distinct) <= MOST_CHOICES or len(distinct) == len(said):
        return None
    if any(not value or len(value.split()) > CHOICE_WORDS or len(value) > CHOICE_CHARACTERS or "," in value or " or " in value for value in distinct):
        return None  # ("indexers, in parallel": the value's own comma would read as two choices)
    figures = [float(found.group(1)) if (found := _LEADING_NUMBER.match(value)) else None for value in distinct]
    if None not in figures:
        distinct = [value for _, value in sorted(zip(figures, distinct), key=lambda pair: pair[0])]
    return option_list(distinct)
