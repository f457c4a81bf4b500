"""The sheet's HTML from the jinja2 templates in templates/cheatsheet/: the
galley (the notes to measure) and the frame (the printed pages around them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import jinja2

from pipeline.templates import TEMPLATES
from pipeline.cheatsheet.geometry import MARGIN_MM, Geometry
from pipeline.cheatsheet.packing import Rule
from pipeline.cheatsheet.practice import LETTERS, PracticeTest
from pipeline.cheatsheet.sheet import Sheet

FOLDER = TEMPLATES / "cheatsheet"
BASE_URL = FOLDER.as_uri() + "/"
# The galley is one page, tall enough for any part of any notes.
GALLEY_HEIGHT = 10**8


@dataclass(frozen=True)
class Bar:
    """The bar beside a topic's lines in one column, in its domain's style."""

    x: float
    top: float
    bottom: float
    css: str  # the domain's class, empty for a neutral topic


@dataclass(frozen=True)
class FramePage:
    number: int  # 1-based, in the whole sheet
    header: str  # the sections on the page
    rules: tuple[Rule, ...]
    bars: tuple[Bar, ...] = ()
    overlay: bool = False  # another part prints this page: only this part's boxes go on it


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(FOLDER),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["zip"] = zip
    return environment


def galley_html(sheet: Sheet, sections: range, geometry: Geometry, front: bool) -> str:
    return _environment().get_template("galley.html.j2").render(
        sheet=sheet,
        sections=[sheet.sections[i] for i in sections],
        geometry=geometry,
        front=front,
        # Page numbers sit in fixed-width slots: any digits measure the same.
        placeholders=["0"] * len(sheet.sections),
        galley_height=GALLEY_HEIGHT,
    )


def frame_html(
    sheet: Sheet, geometry: Geometry, pages: Sequence[FramePage], total: int, section_pages: Sequence[int]
) -> str:
    return _environment().get_template("frame.html.j2").render(
        sheet=sheet,
        geometry=geometry,
        margins=MARGIN_MM,
        pages=pages,
        total=total,
        section_pages=section_pages,
    )


def practice_html(test: PracticeTest, paper: str, build_date: str, build_iso: str) -> str:
    about = {
        "title": test.title,
        "author": test.author,
        "description": test.description,
        "keywords": ", ".join(g.name for g in test.groups),
        "build_date": build_date,
        "build_iso": build_iso,
        "cram": None,
    }
    return _environment().get_template("practice.html.j2").render(
        test=test, sheet=about, paper=paper, letters=LETTERS, grid=answer_grid(test)
    )


GRID_LINE = 90  # characters of the grid's font on a line of the practice test's page


def answer_grid(test: PracticeTest) -> str:
    """`  1 (A) (B) (C) (D)    2 (A) ...`: a row of bubbles per question, as
    many to a line as fit."""
    width = len(str(len(test.questions)))
    bubbles = " ".join(f"({letter})" for letter in LETTERS[: test.letters])
    cells = [f"{q.number:>{width}} {bubbles}" for q in test.questions]
    gap = "    "
    per_row = max(1, (GRID_LINE + len(gap)) // (width + 1 + len(bubbles) + len(gap)))
    return "\n".join(gap.join(cells[i : i + per_row]) for i in range(0, len(cells), per_row))
