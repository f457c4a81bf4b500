"""Pages from measured heights: sections as bands across the page, their
topics flowed into columns below, the columns of a section that ends on a page
balanced. A section too short to fill every column of a band of its own
shares the columns of the section before it, under a band a column wide. Pure arithmetic on heights (CSS pixels), so it is cheap and tested
on its own.

What stays together: a topic heading with its first two lines (no heading
alone at a column's foot), the last two lines of a topic, a short topic as a
whole, a label or a line with the nested lines that follow it. A run that
cannot fit in a column even on an empty page is split line by line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

SHORT_TOPIC = 6  # lines: a topic this short is kept whole (unless a page would stay under FULL)
FULL = 0.9  # the least fill of a page before the last
RELAXED_RUNS = (0.8, 0.6, 0.4)  # shares of `min_run` tried when a page stays under FULL
BAND = -1  # Place.unit of a section's band across the page
NARROW_BAND = -2  # Place.unit of its band a column wide, when it shares columns


@dataclass(frozen=True)
class Unit:
    height: float
    topic: int  # units of one topic share it
    heading: bool = False
    leads: bool = False  # keep with the next unit


@dataclass(frozen=True)
class Section:
    band: float
    units: tuple[Unit, ...]
    narrow_band: float = 0.0  # the band at a column's width; 0: the section never shares

    @property
    def content(self) -> float:
        return sum(u.height for u in self.units)


@dataclass(frozen=True)
class Area:
    width: float
    height: float
    columns: int
    gap: float
    topic_gap: float  # above a topic heading, unless it opens a column
    section_gap: float  # below a section's columns
    # The least of a section worth a column of its own, or worth its band at a
    # page's foot: shorter, it looks stranded.
    min_run: float = 0.0
    first_top: float = 0.0  # where the first page's content starts (below the front matter)

    @property
    def column_width(self) -> float:
        return (self.width - (self.columns - 1) * self.gap) / self.columns


@dataclass(frozen=True)
class Place:
    section: int
    unit: int  # BAND or NARROW_BAND for the section's band
    x: float
    y: float


@dataclass(frozen=True)
class Rule:
    """A column rule: a vertical line in the gap between two used columns."""

    x: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Page:
    places: tuple[Place, ...]
    rules: tuple[Rule, ...]

    @property
    def sections(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(p.section for p in self.places))


def fill(page: Page, sections: list[Section] | tuple[Section, ...], area: Area) -> float:
    """How full a page is: the share of its columns' height down to the last
    thing in each column (a band across the page reaches into every column)."""
    bottoms = [0.0] * area.columns
    pitch, last = area.column_width + area.gap, area.columns - 1
    for place in page.places:
        section = sections[place.section]
        if place.unit == BAND:
            for column in range(area.columns):
                bottoms[column] = max(bottoms[column], place.y + section.band)
            continue
        height = section.narrow_band if place.unit == NARROW_BAND else section.units[place.unit].height
        column = min(last, round(place.x / pitch))
        bottoms[column] = max(bottoms[column], place.y + height)
    return min(1.0, sum(bottoms) / (area.columns * area.height))


@dataclass(frozen=True)
class _Block:
    start: int
    end: int  # units [start, end) that must stay in one column
    height: float
    gap: float  # space above it, dropped at the top of a column


@dataclass
class _Builder:
    area: Area
    pages: list[Page] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.area.first_top

    @property
    def empty(self) -> bool:
        return not self.places

    def new_page(self) -> None:
        self.pages.append(Page(tuple(self.places), tuple(self.rules)))
        self.places, self.rules, self.y = [], [], 0.0

    def finish(self) -> tuple[Page, ...]:
        if self.places or not self.pages:
            self.new_page()
        return tuple(self.pages)


def pack(sections: list[Section] | tuple[Section, ...], area: Area) -> tuple[Page, ...]:
    """Pages whose short topics stay whole; but when that leaves a page
    before the last under FULL, short topics part like long ones (their
    first and last two lines together), and then a section may start at a
    page's foot or take a column with fewer lines (`min_run` a share of
    itself, RELAXED_RUNS in turn), whichever fills the pages best first."""
    blocks: _BlockCache = {}  # the tries share their runs' blocks: only `min_run` and `short` change
    best = _pack(sections, area, SHORT_TOPIC, blocks)
    best_fill = least_fill(best, sections, area)
    tries = [(area, 0)] + [(replace(area, min_run=area.min_run * share), short) for share in RELAXED_RUNS for short in (SHORT_TOPIC, 0)]
    for relaxed, short in tries:
        if best_fill >= FULL:
            break
        pages = _pack(sections, relaxed, short, blocks)
        pages_fill = least_fill(pages, sections, area)
        if pages_fill > best_fill:
            best, best_fill = pages, pages_fill
    return best


def least_fill(pages: tuple[Page, ...], sections: list[Section] | tuple[Section, ...], area: Area) -> float:
    """The fill of the emptiest page but the last (1 for a single page)."""
    return min((fill(page, sections, area) for page in pages[:-1]), default=1.0)


_BlockCache = dict[tuple[tuple[int, ...], int], tuple[Section, list[tuple[int, int]], list["_Block"]]]


def _pack(sections: list[Section] | tuple[Section, ...], area: Area, short: int, cache: _BlockCache | None = None) -> tuple[Page, ...]:
    """`cache`: each run's merged units, where each came from, and its blocks, by (run, short)."""
    builder = _Builder(area)
    cache = {} if cache is None else cache
    for run in _runs(sections, area):
        lead = sections[run[0]]
        key = (tuple(run), short)
        if key not in cache:
            merged, refs = _merged(sections, run)
            cache[key] = merged, refs, _blocks(merged.units, area, short)
        merged, refs, blocks = cache[key]
        if (not builder.empty or builder.y > 0) and not _band_fits(blocks, area.height - builder.y - lead.band, area):
            builder.new_page()
        builder.places.append(Place(run[0], BAND, 0.0, builder.y))
        builder.y += lead.band
        _flow(builder, merged, refs, blocks)
        builder.y += area.section_gap
    return builder.finish()


def shares(section: Section, area: Area) -> bool:
    """Whether a band of its own would leave columns empty: less than
    `min_run` for each column."""
    if section.narrow_band <= 0 or not section.units:
        return False
    return math.ceil(section.content / max(area.min_run, 1.0)) < area.columns


def _runs(sections: list[Section] | tuple[Section, ...], area: Area) -> list[list[int]]:
    """Sections that flow in the same columns: one with a band across the
    page, and the short ones after it."""
    runs: list[list[int]] = []
    for index, section in enumerate(sections):
        if runs and shares(section, area):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _merged(sections: list[Section] | tuple[Section, ...], run: list[int]) -> tuple[Section, list[tuple[int, int]]]:
    """One run as one section's units, and where each came from (section, unit).
    A shared section's narrow band leads its first topic, so it is kept with it."""
    lead = sections[run[0]]
    units = list(lead.units)
    refs = [(run[0], u) for u in range(len(lead.units))]
    topic = max((u.topic for u in units), default=0) + 1
    for index in run[1:]:
        section = sections[index]
        first = section.units[0].topic
        units.append(Unit(section.narrow_band, topic + first, heading=True, leads=True))
        refs.append((index, NARROW_BAND))
        units.extend(Unit(u.height, topic + u.topic, u.heading, u.leads) for u in section.units)
        refs.extend((index, u) for u in range(len(section.units)))
        topic += max(u.topic for u in section.units) + 1
    return Section(lead.band, tuple(units)), refs


def _band_fits(blocks: list[_Block], limit: float, area: Area) -> bool:
    """Whether enough of the section fits below its band: its first block,
    and `min_run` of it (or all of it) in the first column."""
    if limit < 0:
        return False
    wanted = min(area.min_run, sum(b.height for b in blocks))
    y = 0.0
    for index, block in enumerate(blocks):
        y += block.height + (block.gap if index else 0.0)
        if y > limit:
            return False
        if y >= wanted:
            return True
    return True


def _flow(builder: _Builder, section: Section, refs: list[tuple[int, int]], blocks: list[_Block]) -> None:
    area = builder.area
    start = 0
    while start < len(blocks):
        limit = area.height - builder.y
        columns, end = _fill(blocks, start, limit, area.columns)
        if end == len(blocks):  # the rest fits: balance it over as many columns as it fills
            rest = blocks[start:]
            count = min(area.columns, max(1, math.ceil(sum(b.height for b in rest) / max(area.min_run, 1.0))))
            columns = _balanced_columns(rest, limit, count) or columns
        if end == start:  # not even one block fits below what is on this page
            if builder.y > section.band:  # something else above it: try a fresh page
                builder.new_page()
                continue
            columns, end = [[blocks[start]]], start + 1  # too tall for any page: let it overflow
        used = _place(builder, section, refs, columns)
        start = end
        if start < len(blocks):
            builder.new_page()
        else:
            builder.y += used


def _place(builder: _Builder, section: Section, refs: list[tuple[int, int]], columns: list[list[_Block]]) -> float:
    area = builder.area
    top = builder.y
    used = 0.0
    for c_index, column in enumerate(columns):
        x = c_index * (area.column_width + area.gap)
        y = top
        for b_index, block in enumerate(column):
            if b_index:
                y += block.gap
            for u_index in range(block.start, block.end):
                builder.places.append(Place(*refs[u_index], x, y))
                y += section.units[u_index].height
        used = max(used, y - top)
    for c_index in range(1, len(columns)):
        x = c_index * (area.column_width + area.gap) - area.gap / 2
        builder.rules.append(Rule(x, top, top + used))
    return used


def _fill(blocks: list[_Block], start: int, limit: float, count: int) -> tuple[list[list[_Block]], int]:
    """Greedily fill up to `count` columns of height `limit` from blocks[start:]."""
    columns: list[list[_Block]] = [[]]
    y = 0.0
    index = start
    while index < len(blocks):
        block = blocks[index]
        column = columns[-1]
        needed = block.height + (block.gap if column else 0.0)
        if y + needed > limit and (column or block.height > limit):
            if not column:  # too tall even for an empty column here
                break
            if len(columns) == count:
                break
            columns.append([])
            y = 0.0
            continue
        column.append(block)
        y += needed
        index += 1
    return [c for c in columns if c], index


def _balanced_columns(blocks: list[_Block], limit: float, count: int) -> list[list[_Block]] | None:
    """Even columns at the lowest height that takes them all: `_even` aims at
    even shares and may need a little more than the least height."""
    height = _balanced(blocks, limit, count)
    step = max(1.0, limit / 100)
    while height <= limit:
        columns = _even(blocks, height, count)
        if columns is not None:
            return columns
        height += step
    return _even(blocks, limit, count)


def _even(blocks: list[_Block], height: float, count: int) -> list[list[_Block]] | None:
    """Blocks in columns of at most `height`, each column's end as close as
    it gets to an even share of what is left; None when they do not all fit."""
    columns: list[list[_Block]] = []
    index = 0
    for left in range(count, 0, -1):
        rest = blocks[index:]
        target = (sum(b.height for b in rest) + sum(b.gap for b in rest[1:])) / left
        column: list[_Block] = []
        y = 0.0
        while index < len(blocks):
            block = blocks[index]
            after = y + block.height + (block.gap if column else 0.0)
            if after > height or (column and left > 1 and abs(after - target) > abs(y - target)):
                break
            column.append(block)
            y = after
            index += 1
        if column:
            columns.append(column)
    return columns if index == len(blocks) else None


def _balanced(blocks: list[_Block], limit: float, count: int) -> float:
    """The lowest column height at which the blocks still fit in `count` columns."""
    low = max(max(b.height for b in blocks), sum(b.height for b in blocks) / count)
    high = limit
    if low >= high:
        return high
    if _fill(blocks, 0, low, count)[1] == len(blocks):
        return low
    while high - low > 0.5:
        middle = (low + high) / 2
        if _fill(blocks, 0, middle, count)[1] == len(blocks):
            high = middle
        else:
            low = middle
    return high


def _blocks(units: tuple[Unit, ...], area: Area, short: int = SHORT_TOPIC) -> list[_Block]:
    keep = _keeps(units, short)
    blocks: list[_Block] = []
    start = 0
    for index in range(len(units)):
        if index == len(units) - 1 or not keep[index]:
            blocks.extend(_block_or_lines(units, start, index + 1, area))
            start = index + 1
    return blocks


def _block_or_lines(units: tuple[Unit, ...], start: int, end: int, area: Area) -> list[_Block]:
    height = sum(u.height for u in units[start:end])
    if height <= area.height or end - start == 1:
        return [_Block(start, end, height, area.topic_gap if units[start].heading else 0.0)]
    # Taller than a page's column: better split than overflow.
    return [_Block(i, i + 1, units[i].height, area.topic_gap if units[i].heading else 0.0) for i in range(start, end)]


def _keeps(units: tuple[Unit, ...], short: int) -> list[bool]:
    """keep[i]: unit i must stay in the same column as unit i + 1."""
    keep = [u.heading or u.leads for u in units]
    index = 0
    while index < len(units):
        end = index
        while end < len(units) and units[end].topic == units[index].topic:
            end += 1
        first_line = index
        while first_line < end and units[first_line].heading:  # a shared section's band, then the topic's heading
            first_line += 1
        lines = end - first_line
        if lines <= short:
            for i in range(index, end - 1):
                keep[i] = True
        else:
            keep[first_line] = True  # the first two lines together (with the heading)
            keep[end - 2] = True  # and the last two
        if end < len(units):
            keep[end - 1] = False  # a new topic may always open a column
        index = end
    return keep
