"""The printable cheat sheet: the notes laid out for reading on paper.

sheet (content from the Pack) -> html (galley and frame from templates/) ->
parts (laid out by WeasyPrint on the machine's cores) -> plan (packing the
measured units into pages) -> merge (one PDF, outline, links).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.model import Pack
from pipeline.cheatsheet.geometry import Geometry
from pipeline.cheatsheet.sheet import Sheet, build_sheet

if TYPE_CHECKING:
    from pipeline.cheatsheet.cram import Cram
    from pipeline.cheatsheet.cram_plan import LeftOut
    from pipeline.cheatsheet.plan import Layout

MIN_CRAM_POINTS = 6.5  # nothing on the cram sheet is printed smaller
CRAM_LINE_HEIGHT = 1.1  # em, as templates/cheatsheet/cram.css sets it
CAPACITY_SHARE = 0.85  # of a page's lines, what holds text (estimated; the rest is headings, bands, gaps)


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
    # Notes too long for their parts to be held are laid out with memory kept
    # bounded (parts.HELD_CHARACTERS): there cycles are collected as often as ever.
    held = sum(len(g) for g in galleys) <= parts.HELD_CHARACTERS
    with _fixed_font_clock(pack.build_time), _few_collections(held):
        media = media_contents(pack)
        pdfs = parts.run([parts.PartJob(html, media) for html in galleys], planner, workers)
    if planner.layout is None:
        raise RuntimeError("the cheat sheet's parts finished without a layout")
    return Rendered(merge(pdfs, planner.layout), sheet, geometry, planner.layout, len(ranges))


def render_pdf(pack: Pack, workers: int | None = None) -> bytes:
    return render(pack, workers).pdf


@dataclass(frozen=True)
class CramRendered:
    pdf: bytes
    sheet: Sheet
    geometry: Geometry
    layout: Layout
    fills: tuple[float, ...]  # how full each page is, 0-1
    left_out: tuple[LeftOut, ...]  # what did not fit the page budget, by tier
    estimates: tuple[int, ...]  # per way of printing it (cram_geometries): the lines estimated not to fit


def render_cram(pack: Pack) -> CramRendered:
    """The cram sheet, landscape in three columns or portrait in two, as more
    of it is estimated to fit (landscape when alike); only that one is laid
    out, once, and composed. One part: it is a page or two."""
    from pipeline.cheatsheet import layout  # noqa: F401
    from pipeline.cheatsheet import parts
    from pipeline.cheatsheet.cram_plan import CramPlanner
    from pipeline.cheatsheet.html import galley_html
    from pipeline.cheatsheet.merge import merge

    geometry, cram, estimates = plan_cram(pack)
    # One part: a second would halve the layout's time on two cores, but
    # overlaying its boxes onto the first part's pages costs more than that.
    whole = range(len(cram.sheet.sections))
    galleys = [galley_html(cram.sheet, whole, geometry, front=True)]
    planner = CramPlanner(cram.sheet, geometry, [whole], galleys, cram.tiers, cram.ranks, pack.config.cram.pages)
    with _fixed_font_clock(pack.build_time), _few_collections():
        pdfs = parts.run([parts.PartJob(galleys[0], media_contents(pack))], planner, workers=1)
    if planner.layout is None:
        raise RuntimeError("the cram sheet finished without a layout")
    left_out = _by_tier((*planner.left_out, *cram.unmeasured))
    return CramRendered(merge(pdfs, planner.layout), planner.sheet, geometry, planner.layout, planner.fills, left_out, estimates)


def plan_cram(pack: Pack) -> tuple[Geometry, Cram, tuple[int, ...]]:
    """The way of printing the cram sheet that is estimated to hold most of
    it, its content cut to about what the pages hold (more is never laid
    out), and per way the lines estimated not to fit. No layout: cheap."""
    from pipeline.cheatsheet.cram import TIGHT_PHRASES, build_cram, within

    geometries = cram_geometries(pack)
    # Phrases are cut to the narrower column, so the content is built once
    # (twice when it does not fit: again with shorter one-liners).
    chars = min(_line_chars(g) for g in geometries)
    whole = build_cram(pack, line_chars=chars)
    cut = [within(whole, _capacity(pack, g), _line_chars(g)) for g in geometries]
    if all(c.unmeasured for c in cut):
        whole = build_cram(pack, line_chars=chars, phrase_share=TIGHT_PHRASES)
        cut = [within(whole, _capacity(pack, g), _line_chars(g)) for g in geometries]
    estimates = tuple(sum(lo.count for lo in c.unmeasured) for c in cut)
    chosen = min(range(len(geometries)), key=lambda i: (estimates[i], i))
    return geometries[chosen], cut[chosen], estimates


def estimate_cram(pack: Pack) -> tuple[tuple[float, ...], tuple[LeftOut, ...]]:
    """About how full each page of the cram sheet will be and what will not
    fit, from the estimate `plan_cram` makes: no layout (what `check` says)."""
    from pipeline.cheatsheet.cram import topic_lines

    geometry, cram, _ = plan_cram(pack)
    chars = _line_chars(geometry)
    sections = cram.sheet.sections
    used = float(sum(topic_lines(t, chars) for s in sections for t in s.topics) + 2 * len(sections))
    page = _capacity(pack, geometry) / max(pack.config.cram.pages, 1)
    fills = []
    while used > 0 and len(fills) < pack.config.cram.pages:
        fills.append(min(1.0, used / page))
        used -= page
    return tuple(fills) or (0.0,), _by_tier(cram.unmeasured)


def _line_chars(geometry: Geometry) -> int:
    """About how many characters a column's line holds."""
    return int(geometry.column_width / (0.5 * geometry.em))


def _capacity(pack: Pack, geometry: Geometry) -> int:
    """About how many lines the page budget holds: its lines of text, less
    what headings, bands and gaps take (about a sixth on the seed's cram
    sheet); the planner cuts to what the measured heights fit."""
    lines = pack.config.cram.pages * geometry.columns * geometry.height / (CRAM_LINE_HEIGHT * geometry.em)
    return int(lines * CAPACITY_SHARE)


def _by_tier(left_out: tuple[LeftOut, ...]) -> tuple[LeftOut, ...]:
    """One entry per tier: what the planner left out and what was never laid out."""
    from pipeline.cheatsheet.cram_plan import LeftOut

    tiers: dict[int, list[LeftOut]] = {}
    for left in left_out:
        tiers.setdefault(left.tier, []).append(left)
    return tuple(
        LeftOut(tier, tuple(n for lo in group for n in lo.names), sum(lo.count for lo in group))
        for tier, group in sorted(tiers.items())
    )


def render_practice(pack: Pack) -> bytes | None:
    """The practice test, or None when the deck has no questions."""
    import hashlib

    from pipeline.cheatsheet.fetch import SheetFetcher
    from pipeline.cheatsheet.html import practice_html
    from pipeline.cheatsheet.layout import SheetHTML
    from pipeline.cheatsheet.practice import build_practice
    from pipeline.clock import date, iso

    test = build_practice(pack)
    if not test.questions:
        return None
    html = practice_html(test, pack.config.cheatsheet.paper, date(pack.build_time), iso(pack.build_time))
    identifier = hashlib.sha256(html.encode()).hexdigest()[:32].encode()
    with _fixed_font_clock(pack.build_time), _few_collections():
        document = SheetHTML(html, SheetFetcher(media_contents(pack)))
        return document.write_pdf(pdf_identifier=identifier)  # type: ignore[no-any-return]


def media_contents(pack: Pack) -> dict[str, bytes]:
    """The pack's checked pictures by name: all WeasyPrint may load besides the sheet's stylesheet."""
    return {m.name: m.content for m in pack.media.values()}


def cram_geometries(pack: Pack) -> tuple[Geometry, Geometry]:
    """The sheet's paper, landscape in three columns and portrait in two, in
    the smallest type the sheet allows."""
    paper = pack.config.cheatsheet.paper
    return Geometry(paper, 3, MIN_CRAM_POINTS), Geometry(paper, 2, MIN_CRAM_POINTS, portrait=True)


# Objects made before the cycle collector runs (Python's default: 700).
COLLECT_EVERY = 10_000


@contextmanager
def _few_collections(wanted: bool = True) -> Iterator[None]:
    """WeasyPrint makes boxes, styles and text layouts by the hundred
    thousand: at Python's default threshold the cycle collector ran over
    them every 700 and took an eighth of the render's time. The few of
    them in cycles are still collected, later, so a process holds a little
    more memory; worker processes inherit it."""
    previous = gc.get_threshold()
    if wanted:
        gc.set_threshold(COLLECT_EVERY, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


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


__all__ = [
    "CramRendered",
    "Geometry",
    "Rendered",
    "Sheet",
    "build_sheet",
    "cram_geometries",
    "estimate_cram",
    "plan_cram",
    "render",
    "render_cram",
    "render_pdf",
    "render_practice",
    "section_weight",
]
