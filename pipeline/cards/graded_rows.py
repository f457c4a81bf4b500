"""A table whose things are told apart by grades (`| Overfitting | great |
poor |`, `| Underfitting | poor | poor |` under Train and Test): the exam
gives the grades and asks the thing ("good on training data, poor on test
data: which?"). Cell by cell, "Underfitting — Train" -> "poor" leaves the
reader guessing what is poor; one card per thing asks it from all its grades,
the other things offered."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from pipeline.cards.compare import option_list
from pipeline.cards.sink import CardSink
from pipeline.model import Inline
from pipeline.model import inline as inl

MIN_GRADES = 2  # one grade alone rarely tells a thing apart
MAX_THINGS = 4  # the options the front offers


class GradedCell(NamedTuple):
    thing: Inline
    attribute: str
    value: Inline
    line: int


def graded_row_cards(sink: CardSink, context: tuple[str, ...], table_line: int, cells: Sequence[GradedCell]) -> bool:
    """One card per thing, asked from its grades; False when the grades do not tell the things apart."""
    attributes = list(dict.fromkeys(cell.attribute for cell in cells))
    things: dict[str, list[GradedCell]] = {}
    for cell in cells:
        things.setdefault(inl.plain_key(inl.to_plain(cell.thing)), []).append(cell)
    if len(attributes) < MIN_GRADES or not 2 <= len(things) <= MAX_THINGS:
        return False
    if any([c.attribute for c in own] != attributes for own in things.values()):
        return False  # a thing without one of the grades
    grades = {key: tuple(inl.plain_key(inl.to_plain(c.value)) for c in own) for key, own in things.items()}
    if len(set(grades.values())) < len(grades):
        return False  # two things graded alike: the grades answer neither
    names = [inl.to_plain(own[0].thing).strip() for own in things.values()]
    offered = f"{option_list(names)}?"
    for key, own in things.items():
        said = "; ".join(f"{inl.escape(c.attribute)}: {sink.html(c.value)}" for c in own)
        prompt = f'<div class="sp-label">{inl.escape(offered)}</div><div>{said}</div>'
        lines = (table_line, *dict.fromkeys(c.line for c in own))
        sink.add("compare", "basic", prompt, f"<div><b>{sink.html(own[0].thing)}</b></div>", context, lines, ("table", "graded", key))
    return True


# Cells that only grade the thing ("great" / "poor" on train data, "high" sophistication): alone,
# "Underfitting — Test: poor" leaves the reader to guess what is poor; asked across the things they compare
_GRADE = re.compile(
    r"^(?:very |quite |fairly )?(?:great|good|poor|bad|ok|okay|fair|excellent|high|low|medium|med|moderate|varies|"
    r"fast|slow|small|large|big|strong|weak)(?:[-/](?:med|medium|high|low))?$",
    re.IGNORECASE,
)
GRADE_SHARE = 0.5  # of a column's cells that grade the things: the column is a grading


def graded_attributes(cells: Sequence[tuple[str, str]]) -> set[str]:
    """Attributes most of whose cells, (attribute, plain value), only grade the things ("great", "poor", "high (new ASG)")."""
    graded: dict[str, list[bool]] = {}
    for attribute, value in cells:
        graded.setdefault(attribute, []).append(bool(_GRADE.match(inl.ASIDE.sub(" ", value).strip())))
    return {a for a, marks in graded.items() if len(marks) >= 2 and sum(marks) >= GRADE_SHARE * len(marks)}
