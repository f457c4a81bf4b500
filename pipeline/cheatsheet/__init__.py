"""The printable cheat sheet: the notes laid out for reading on paper.

sheet (content from the Pack) -> html (galley and frame from templates/) ->
parts (laid out by WeasyPrint on the machine's cores) -> plan (packing the
measured units into pages) -> merge (one PDF, outline, links).
"""

from __future__ import annotations

from ..model import Pack
from .geometry import Geometry
from .sheet import Sheet, build_sheet


def render_pdf(pack: Pack, workers: int | None = None) -> bytes:
    """The sheet as PDF bytes. `workers`: processes to use (default: the cores);
    the bytes do not depend on it."""
    from . import parts
    from .html import galley_html
    from .merge import merge
    from .plan import Planner

    sheet = build_sheet(pack)
    geometry = Geometry.of(pack.config.cheatsheet)
    ranges = parts.split([section_weight(sheet, s) for s in range(len(sheet.sections))])
    galleys = [galley_html(sheet, r, geometry, front=index == 0) for index, r in enumerate(ranges)]
    planner = Planner(sheet, geometry, ranges, galleys)
    pdfs = parts.run([parts.PartJob(html) for html in galleys], planner, workers)
    assert planner.layout is not None
    return merge(pdfs, planner.layout)


def section_weight(sheet: Sheet, index: int) -> int:
    """About what a section costs to lay out: its characters, and a little per line."""
    section = sheet.sections[index]
    return sum(len(t.title) + sum(len(line.html) + 30 for line in t.lines) for t in section.topics) + 30


__all__ = ["Geometry", "Sheet", "build_sheet", "render_pdf", "section_weight"]
