"""From measured heights to pages: where every unit goes, which part renders
which page, what each page's header says, and where the outline and the
contents' links point."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from pipeline.cheatsheet import packing
from pipeline.cheatsheet.geometry import Geometry
from pipeline.cheatsheet.html import Bar, FramePage, frame_html
from pipeline.cheatsheet.parts import PartPages
from pipeline.cheatsheet.sheet import Sheet


@dataclass(frozen=True)
class Target:
    page: int  # 0-based
    x: float  # CSS pixels from the page's top-left corner
    y: float


@dataclass(frozen=True)
class OutlineEntry:
    title: str
    target: Target
    children: tuple[OutlineEntry, ...] = ()


@dataclass(frozen=True)
class Layout:
    sections: tuple[packing.Section, ...]  # what was packed: measured heights
    front: float  # height of the front matter on the first page
    pages: tuple[packing.Page, ...]
    owners: tuple[tuple[int, ...], ...]  # the parts with units on each page; the first renders the page
    section_pages: tuple[int, ...]  # 1-based page of each section's band
    anchors: dict[str, Target]  # each section's anchor -> its band
    outline: tuple[OutlineEntry, ...]


class Planner:
    """Packs the sheet once every part has reported its heights; keeps the result."""

    def __init__(self, sheet: Sheet, geometry: Geometry, ranges: Sequence[range], galleys: Sequence[str]) -> None:
        self.sheet = sheet
        self.geometry = geometry
        self.ranges = ranges
        self.galleys = galleys
        self.layout: Layout | None = None

    def __call__(self, heights: list[list[float]]) -> list[PartPages]:
        sheet, geometry = self.sheet, self.geometry
        front, sections, headings = self._sections(heights)
        area = packing.Area(
            width=geometry.width,
            height=geometry.height,
            columns=geometry.columns,
            gap=geometry.gap,
            topic_gap=geometry.topic_gap,
            section_gap=geometry.section_gap,
            min_run=geometry.min_run,
            first_top=front + geometry.section_gap,
        )
        pages = self.pack(sections, area)
        self.area = area
        part_of = {s: p for p, r in enumerate(self.ranges) for s in r}
        owners = tuple(tuple(sorted({part_of[s] for s in page.sections})) or (0,) for page in pages)
        section_pages = self._section_pages(pages)
        frames = [
            FramePage(
                number,
                " · ".join(sheet.sections[s].plain_title for s in page.sections),
                page.rules,
                self._bars(page, sections),
            )
            for number, page in enumerate(pages, 1)
        ]
        htmls = []
        placed = []
        base = self._galley_offsets()
        for p in range(len(self.ranges)):
            mine = [i for i, o in enumerate(owners) if p in o]
            # A page an earlier part prints gets only this part's boxes, merged on later.
            own_frames = [replace(frames[i], overlay=owners[i][0] != p) for i in mine]
            htmls.append(frame_html(sheet, geometry, own_frames, len(pages), section_pages))
            placed.append(
                tuple(
                    tuple((base[pl.section] + _galley_index(pl.unit), pl.x, pl.y) for pl in pages[i].places if part_of[pl.section] == p)
                    for i in mine
                )
            )
        identifier = _identifier([*self.galleys, *htmls])
        self.layout = self._layout(sections, front, pages, owners, section_pages, headings)
        return [PartPages(html, boxes, identifier) for html, boxes in zip(htmls, placed)]

    def pack(self, sections: list[packing.Section], area: packing.Area) -> tuple[packing.Page, ...]:
        """Every unit of every section; a planner that chooses what fits overrides this."""
        return packing.pack(sections, area)

    def _sections(self, heights: list[list[float]]) -> tuple[float, list[packing.Section], list[list[int]]]:
        """Packing input from the parts' heights, and each topic's heading unit (-1: none)."""
        front = 0.0
        sections: list[packing.Section] = []
        headings: list[list[int]] = []
        for p, (part_range, part_heights) in enumerate(zip(self.ranges, heights)):
            expected = sum(self.sheet.sections[s].unit_count for s in part_range) + (p == 0)
            if len(part_heights) != expected:
                raise RuntimeError(f"cheat sheet part {p} measured {len(part_heights)} units instead of {expected}")
            stream = iter(part_heights)
            if p == 0:
                front = next(stream)
            for s in part_range:
                section, topic_headings = _section(self.sheet, s, stream)
                sections.append(section)
                headings.append(topic_headings)
        return front, sections, headings

    def _galley_offsets(self) -> dict[int, int]:
        """Index of each section's band among its part's galley units."""
        offsets = {}
        for p, part_range in enumerate(self.ranges):
            index = 1 if p == 0 else 0  # part 0 starts with the front matter
            for s in part_range:
                offsets[s] = index
                index += self.sheet.sections[s].unit_count
        return offsets

    def _bars(self, page: packing.Page, sections: list[packing.Section]) -> tuple[Bar, ...]:
        """One bar per run of a topic's lines in a column (headings have their own)."""
        bars: list[Bar] = []
        run: tuple[int, int, float] | None = None  # section, topic, x
        for place in page.places:
            unit = sections[place.section].units[place.unit] if place.unit >= 0 else None
            if unit is None or unit.heading:
                run = None
                continue
            bottom = place.y + unit.height
            if run == (place.section, unit.topic, place.x) and abs(bars[-1].bottom - place.y) < 0.01:
                bars[-1] = Bar(place.x, bars[-1].top, bottom, bars[-1].css)
                continue
            run = (place.section, unit.topic, place.x)
            domain = self.sheet.sections[place.section].topics[unit.topic].domain
            bars.append(Bar(place.x, place.y, bottom, domain.css if domain else ""))
        return tuple(bars)

    @staticmethod
    def _section_pages(pages: Sequence[packing.Page]) -> tuple[int, ...]:
        found = {}
        for number, page in enumerate(pages, 1):
            for place in page.places:
                if place.unit in (packing.BAND, packing.NARROW_BAND):
                    found[place.section] = number
        return tuple(found[s] for s in sorted(found))

    def _layout(
        self,
        sections: list[packing.Section],
        front: float,
        pages: tuple[packing.Page, ...],
        owners: tuple[tuple[int, ...], ...],
        section_pages: tuple[int, ...],
        headings: list[list[int]],
    ) -> Layout:
        where: dict[tuple[int, int], Target] = {}
        left, top = self.geometry.margin("left"), self.geometry.margin("top")
        for index, page in enumerate(pages):
            for place in page.places:
                unit = packing.BAND if place.unit == packing.NARROW_BAND else place.unit
                where[place.section, unit] = Target(index, left + place.x, top + place.y)
        outline = []
        anchors = {}
        for s, section in enumerate(self.sheet.sections):
            band = where.get((s, packing.BAND))
            if band is None:  # left out: it did not fit
                continue
            anchors[section.anchor] = band
            topics = tuple(
                OutlineEntry(topic.plain_title, where[s, unit])
                for topic, unit in zip(section.topics, headings[s])
                if unit >= 0 and (s, unit) in where
            )
            outline.append(OutlineEntry(section.plain_title, band, topics))
        return Layout(tuple(sections), front, pages, owners, section_pages, anchors, tuple(outline))


def _section(sheet: Sheet, s: int, heights: Iterator[float]) -> tuple[packing.Section, list[int]]:
    view = sheet.sections[s]
    band = next(heights)
    narrow_band = next(heights)
    units: list[packing.Unit] = []
    headings = []
    for t, topic in enumerate(view.topics):
        headings.append(-1 if topic.intro else len(units))
        if not topic.intro:
            units.append(packing.Unit(next(heights), t, heading=True))
        units.extend(packing.Unit(next(heights), t, leads=line.leads) for line in topic.lines)
    return packing.Section(band, tuple(units), narrow_band), headings


def _galley_index(unit: int) -> int:
    """A unit's place among its section's galley boxes: the band, the narrow band, then the units."""
    return {packing.BAND: 0, packing.NARROW_BAND: 1}.get(unit, unit + 2)


def _identifier(texts: Sequence[str]) -> bytes:
    """The PDF's /ID: from everything that went into it, so equal inputs give equal files."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(hashlib.sha256(text.encode()).digest())
    return digest.hexdigest()[:32].encode()
