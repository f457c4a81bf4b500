"""The printable cheat sheet: the notes laid out for reading on paper.

sheet (content from the Pack) -> html (galley and frame from templates/) ->
parts (laid out by WeasyPrint on the machine's cores) -> plan (packing the
measured units into pages) -> merge (one PDF, outline, links).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.model import Pack
from pipeline.cheatsheet.geometry import Geometry
from pipeline.cheatsheet.sheet import Sheet, build_sheet

if TYPE_CHECKING:
    from pipeline.cheatsheet.plan import Layout


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    sheet: Sheet
    geometry: Geometry
    layout: Layout
    parts: int


def render(pack: Pack, workers: int | None = None) -> Rendered:
    """The sheet and where everything went. `workers`: processes to use
    (default: the cores); the bytes do not depend on it."""
    from pipeline.cheatsheet import layout  # noqa: F401  (imports WeasyPrint once, before the workers fork)
    from pipeline.cheatsheet import parts
    from pipeline.cheatsheet.html import galley_html
    from pipeline.cheatsheet.merge import merge
    from pipeline.cheatsheet.plan import Planner

    sheet = build_sheet(pack)
    geometry = Geometry.of(pack.config.cheatsheet)
    ranges = parts.split([section_weight(sheet, s) for s in range(len(sheet.sections))])
    galleys = [galley_html(sheet, r, geometry, front=index == 0) for index, r in enumerate(ranges)]
    planner = Planner(sheet, geometry, ranges, galleys)
    with _fixed_font_clock(pack.build_time):
        media = {m.name: m.content for m in pack.media.values()}
        pdfs = parts.run([parts.PartJob(html, media) for html in galleys], planner, workers)
    if planner.layout is None:
        raise RuntimeError("the cheat sheet's parts finished without a layout")
    return Rendered(merge(pdfs, planner.layout), sheet, geometry, planner.layout, len(ranges))


def render_pdf(pack: Pack, workers: int | None = None) -> bytes:
    return render(pack, workers).pdf


@contextmanager
def _fixed_font_clock(epoch: int) -> Iterator[None]:
    # fontTools stamps each subset font with the current time unless
    # SOURCE_DATE_EPOCH is set; worker processes inherit it.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def section_weight(sheet: Sheet, index: int) -> int:
    """About what a section costs to lay out: its characters, and a little per line."""
    section = sheet.sections[index]
    return sum(len(t.title) + sum(len(line.html) + 30 for line in t.lines) for t in section.topics) + 30


__all__ = ["Geometry", "Rendered", "Sheet", "build_sheet", "render", "render_pdf", "section_weight"]
