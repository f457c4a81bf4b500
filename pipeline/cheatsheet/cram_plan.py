"""What of the cram sheet fits its page budget: topics are taken pass by
pass (tier 1, then the later tiers side by side), in the order of their rank;
the first pass that does not fit whole gets as many of its topics as fit (the
longest run in rank order, then any later one that still fits), and the
passes after it none. Packing is arithmetic on the
measured heights, so trying many subsets costs next to nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.cheatsheet import packing
from pipeline.cheatsheet.geometry import Geometry
from pipeline.cheatsheet.plan import Planner
from pipeline.cheatsheet.sheet import Sheet

TopicRef = tuple[int, int]  # section, topic


@dataclass(frozen=True)
class LeftOut:
    tier: int
    names: tuple[str, ...]  # the topics (headings) left out
    count: int  # their lines


def pass_of(tier: int) -> int:
    """Tier 1 is taken whole first, then every topic's line (tier 2); the
    later tiers share what is left."""
    return min(tier, 3)


class CramPlanner(Planner):
    def __init__(
        self,
        sheet: Sheet,
        geometry: Geometry,
        ranges: Sequence[range],
        galleys: Sequence[str],
        tiers: Sequence[int],
        ranks: Sequence[Sequence[int]],
        budget: int,
    ) -> None:
        super().__init__(sheet, geometry, ranges, galleys)
        self.tiers = tiers
        self.ranks = ranks
        self.budget = budget
        self.left_out: tuple[LeftOut, ...] = ()
        self.fills: tuple[float, ...] = ()

    def pack(self, sections: list[packing.Section], area: packing.Area) -> tuple[packing.Page, ...]:
        chosen: list[TopicRef] = []
        best = _pack_topics(sections, chosen, area)
        left_out: list[LeftOut] = []
        for step in sorted({pass_of(t) for t in self.tiers}):
            group = sorted(
                (
                    (s, t)
                    for s, section in enumerate(sections)
                    if pass_of(self.tiers[s]) == step
                    for t in dict.fromkeys(u.topic for u in section.units)
                ),
                key=lambda st: self.ranks[st[0]][st[1]],
            )
            if left_out:  # an earlier pass did not fit: nothing of this one does
                left_out.extend(self._left_out(group))
                continue
            pages = _pack_topics(sections, chosen + group, area)
            if len(pages) <= self.budget:
                chosen += group
                best = pages
                continue
            low, high = 0, len(group)  # a prefix of `low` topics fits, of `high` does not
            while high - low > 1:
                middle = (low + high) // 2
                if len(_pack_topics(sections, chosen + group[:middle], area)) <= self.budget:
                    low = middle
                else:
                    high = middle
            chosen += group[:low]
            missing = []
            failed = _height(sections, group[low])
            for topic in group[low + 1 :]:  # a smaller topic further down may still fit
                # One as tall as a topic that did not fit is not tried: it would not fit either.
                if _height(sections, topic) < failed and len(_pack_topics(sections, [*chosen, topic], area)) <= self.budget:
                    chosen.append(topic)
                else:
                    failed = min(failed, _height(sections, topic))
                    missing.append(topic)
            best = _pack_topics(sections, chosen, area)
            left_out.extend(self._left_out([group[low], *missing]))
        self.left_out = tuple(lo for lo in left_out if lo.names)
        self.fills = tuple(packing.fill(page, sections, area) for page in best)
        return best

    def _left_out(self, topics: list[TopicRef]) -> list[LeftOut]:
        """One entry per tier, in tier order."""
        out = []
        for tier in sorted({self.tiers[s] for s, _ in topics}):
            views = [self.sheet.sections[s].topics[t] for s, t in topics if self.tiers[s] == tier]
            out.append(LeftOut(tier, tuple(v.plain_title for v in views), sum(len(v.lines) for v in views)))
        return out


def _height(sections: list[packing.Section], topic: TopicRef) -> float:
    return sum(u.height for u in sections[topic[0]].units if u.topic == topic[1])


def _pack_topics(sections: list[packing.Section], chosen: list[TopicRef], area: packing.Area) -> tuple[packing.Page, ...]:
    """Pack only the chosen topics (and the bands of their sections); places
    name the units as the full sections number them."""
    wanted = set(chosen)
    kept: list[int] = []
    unit_maps: list[list[int]] = []
    reduced: list[packing.Section] = []
    for s, section in enumerate(sections):
        units = [u for u, unit in enumerate(section.units) if (s, unit.topic) in wanted]
        if not units:
            continue
        kept.append(s)
        unit_maps.append(units)
        reduced.append(replace(section, units=tuple(section.units[u] for u in units)))
    pages = packing.pack(reduced, area)
    return tuple(
        packing.Page(
            tuple(
                replace(p, section=kept[p.section], unit=p.unit if p.unit < 0 else unit_maps[p.section][p.unit])
                for p in page.places
            ),
            page.rules,
        )
        for page in pages
    )
