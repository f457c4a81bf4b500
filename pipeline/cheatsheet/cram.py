"""The cram sheet's content, from the card model: what the deck asks, said
in the fewest words, in priority tiers.

1. numbers and limits: every `kind::number` card's numbers, a table by service;
2. every topic in one line (its name and shortest defining phrase), by exam
   domain, then section;
3. side by side: the confusable sets the `kind::compare` cards come from;
4. trigger phrases -> name, from the `kind::recognition` cards.

It is a `Sheet` like the full one (sections of topics of lines), so the same
layout places it; each section carries its tier and each topic its rank in
the tier (the topics the deck says most about first), and the planner takes
topics tier by tier until the page budget is full. A part whose kind has no
cards is left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from markupsafe import Markup, escape

from pipeline.clock import date, iso
from pipeline.model import Card, Pack
from pipeline.model.records import is_retired
from pipeline.model.cardtext import card_text, field_items
from pipeline.cheatsheet.domains import Domain, domain_of, topic_domains
from pipeline.cheatsheet.fronts import label_and_items
from pipeline.cheatsheet.phrases import defining, defining_lines, one_line
from pipeline.cheatsheet.cram_numbers import number_groups, row_line
from pipeline.cheatsheet.cram_plan import LeftOut, pass_of
from pipeline.cheatsheet.sheet import CramHeader, DomainWeight, Line, SectionView, Sheet, TopicView

TIER_NAMES = {1: "number facts", 2: "one-line topics", 3: "side-by-side tables", 4: "trigger phrases"}
SMALL_GROUP = 3  # a domain's section with fewer one-liners shares a heading with its small neighbours
COMPARE_COLUMNS = 3  # at most this many things side by side in one table
# The share of the room left after the numbers that each later tier is given, as long as it has lines for it.
SHARES = {2: 0.86, 3: 0.07, 4: 0.07}
TIGHT_PHRASES = 0.55  # of a line, what a one-liner takes when the pages are tight: short ones share lines


@dataclass(frozen=True)
class Cram:
    sheet: Sheet
    tiers: tuple[int, ...]  # each section's tier
    ranks: tuple[tuple[int, ...], ...]  # each topic's rank in its tier: lower is taken first
    unmeasured: tuple[LeftOut, ...] = ()  # topics past what the pages could hold: never laid out


def build_cram(pack: Pack, line_chars: int = 80, phrase_share: float = 1.0) -> Cram:
    """All of the cram sheet's content (`within` cuts it to the pages).
    `line_chars`: about how many characters a column's line holds;
    `phrase_share`: of a line, what a one-liner takes at most (short ones
    share a line: denser, when the pages are tight)."""
    styles = topic_domains(pack)
    exam = styles.exam
    legend = {d.tag: d for d in styles.legend}
    # A card shipped once more after its notes were removed is no longer in the notes.
    cards = [c for c in pack.cards if not is_retired(c.tags)]
    groups = _topics(cards)
    domain_of_topic = {key: _domain(cards, exam) for key, cards in groups.items()}
    sections: list[tuple[int, SectionView]] = []

    numbers = _number_topics(cards, domain_of_topic, legend)
    if numbers:
        sections.append((1, _section("Numbers and limits", numbers)))
    for title, topics in _one_liners(groups, domain_of_topic, legend, line_chars, phrase_share):
        sections.append((2, _section(title, topics)))
    compare = [c for c in cards if c.kind == "compare"]
    if compare:
        sections.append((3, _section("Side by side", _compare_tables(compare, domain_of_topic, legend))))
    recognition = [c for c in cards if c.kind == "recognition"]
    if recognition:
        sections.append((4, _section("Trigger phrases", _triggers(recognition, domain_of_topic, legend))))

    config = pack.config
    sheet = Sheet(
        title=f"{config.title}: cram sheet",
        version=config.version,
        author=config.author,
        description=config.description,
        build_date=date(pack.build_time),
        build_iso=iso(pack.build_time),
        keywords=", ".join(s.plain_title for _, s in sections),
        exam=exam,
        legend=styles.legend,
        neutral=styles.neutral,
        sections=tuple(replace(s, anchor=f"s{i}") for i, (_, s) in enumerate(sections)),
        cram=_header(pack, exam, legend),
    )
    tiers = tuple(t for t, _ in sections)
    ranks = _ranks([s for _, s in sections], list(tiers))
    return Cram(sheet, tiers, ranks)


def within(cram: Cram, lines: int, line_chars: int) -> Cram:
    """The cram sheet without the topics past about `lines` lines (what the
    page budget holds, estimated on the generous side: every wrap counts),
    in tier and rank order: they could not fit, and laying them out would
    cost time."""
    sections = cram.sheet.sections
    order = sorted(
        (
            (pass_of(cram.tiers[s]), cram.ranks[s][t], cram.tiers[s], s, t)
            for s, section in enumerate(sections)
            for t in range(len(section.topics))
        )
    )
    used = 0
    dropped: dict[int, list[TopicView]] = {}
    keep: set[tuple[int, int]] = set()
    for _, _, tier, s, t in order:
        topic = sections[s].topics[t]
        used += topic_lines(topic, line_chars)
        if used <= lines:
            keep.add((s, t))
        else:
            dropped.setdefault(tier, []).append(topic)
    if not dropped:
        return cram
    kept_sections = []
    kept_tiers = []
    for s, section in enumerate(sections):
        topics = tuple(topic for t, topic in enumerate(section.topics) if (s, t) in keep)
        if topics:
            kept_sections.append(replace(section, topics=topics, anchor=f"s{len(kept_sections)}"))
            kept_tiers.append(cram.tiers[s])
    unmeasured = tuple(
        LeftOut(tier, tuple(t.plain_title for t in topics), sum(len(t.lines) for t in topics))
        for tier, topics in sorted(dropped.items())
    )
    sheet = replace(cram.sheet, sections=tuple(kept_sections))
    return Cram(sheet, tuple(kept_tiers), _ranks(kept_sections, kept_tiers), unmeasured)


def topic_lines(topic: TopicView, line_chars: int) -> int:
    """About how many lines a topic takes: its heading and its lines, each wrapped."""
    return 1 + sum(-(-len(line.html.striptags()) // max(line_chars, 1)) for line in topic.lines)


def _ranks(sections: list[SectionView], tiers: list[int]) -> tuple[tuple[int, ...], ...]:
    """The order topics are taken in: tier 1 first, then tier 2 (every topic
    has its line, whatever the later tiers hold); tiers 3 and 4 side by
    side, each by its share of the lines (so each gets some room however
    long the other is); within a tier the exam domains take turns (so
    a part cut short still has some of each), each domain's topics with more
    lines first (what the notes say most about), ties in page order."""
    by_tier: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for s, section in enumerate(sections):
        by_tier[tiers[s]].extend((s, t) for t in range(len(section.topics)))
    keys: dict[tuple[int, int], tuple[int, float, tuple[int, int]]] = {}
    for tier, topics in by_tier.items():
        topics.sort(key=lambda st: (-len(sections[st[0]].topics[st[1]].lines), st))
        turn: dict[tuple[int, int], int] = {}
        taken: Counter[str] = Counter()
        for st in topics:
            domain = sections[st[0]].topics[st[1]].domain
            turn[st] = taken[domain.tag if domain else ""]
            taken[domain.tag if domain else ""] += 1
        topics.sort(key=lambda st: (turn[st], -len(sections[st[0]].topics[st[1]].lines), st))
        before = 0
        for st in topics:
            lines = 1 + len(sections[st[0]].topics[st[1]].lines)
            # Where the topic's middle falls in its tier's share of the room.
            keys[st] = (pass_of(tier), (before + lines / 2) / SHARES.get(tier, 1.0), st)
            before += lines
    rank = {st: index for index, st in enumerate(sorted(keys, key=keys.__getitem__))}
    return tuple(tuple(rank[s, t] for t in range(len(section.topics))) for s, section in enumerate(sections))


def _header(pack: Pack, exam: str | None, legend: dict[str, Domain]) -> CramHeader:
    """The exam and its domains; without an exam, only the title and version
    (never the full sheet's contents)."""
    found = next((e for e in pack.exams if e.code == exam), None)
    if found is None:
        return CramHeader("", "", ())
    domains = tuple(
        DomainWeight(legend.get(f"{found.code}::{d.tag}"), d.number, d.name, d.weight)
        for d in sorted(found.domains.values(), key=lambda d: (len(d.number), d.number))
    )
    return CramHeader(found.code, found.title, domains)


TopicKey = tuple[str, str]  # section, topic


def _topics(cards: tuple[Card, ...]) -> dict[TopicKey, list[Card]]:
    groups: dict[TopicKey, list[Card]] = {}
    for card in cards:
        groups.setdefault((card.section, card.topic), []).append(card)
    return groups


def _domain(cards: list[Card], exam: str | None) -> str | None:
    if exam is None:
        return None
    counts = Counter(tag for tag in (domain_of(c, exam) for c in cards) if tag)
    return min(counts, key=lambda tag: (-counts[tag], tag)) if counts else None


def _section(title: str, topics: list[TopicView]) -> SectionView:
    return SectionView("", escape(title), title, tuple(topics))


def _topic(title: str, domain: Domain | None, lines: list[Line]) -> TopicView:
    return TopicView(escape(title), title, False, domain, tuple(lines))


def _line(html: Markup) -> Line:
    return Line(html=html, depth=0, role="line", marker="", leads=False)


def _number_topics(
    cards: list[Card], domains: dict[TopicKey, str | None], legend: dict[str, Domain]
) -> list[TopicView]:
    """The table, by section (small ones together): each service's rows, its
    name in bold on the first (a heading per service would cost a line each)."""
    sections: dict[str, list[Line]] = {}
    domain_of_section: dict[str, str | None] = {}
    for group in number_groups(cards):
        section = group.card.section
        named = "" if group.service in (section, group.card.topic) and len(group.rows) > 1 else group.service
        lines = sections.setdefault(section, [])
        if not named and lines:
            named = group.service
        lines.extend(row_line(row, named if index == 0 else "") for index, row in enumerate(group.rows))
        domain_of_section.setdefault(section, domains.get((section, group.card.topic)))
    return [
        _topic(title, legend.get(domain_of_section[title.split(" · ")[0]] or ""), lines)
        for title, lines in _gathered(sections)
    ]


def _one_liners(
    groups: dict[TopicKey, list[Card]],
    domains: dict[TopicKey, str | None],
    legend: dict[str, Domain],
    line_chars: int,
    phrase_share: float,
) -> list[tuple[str, list[TopicView]]]:
    """Per exam domain (in the exam's order; untagged last), its sections, each
    topic as `name — shortest defining phrase`."""
    by_domain: dict[str | None, dict[str, list[tuple[Markup, int]]]] = defaultdict(dict)
    for key, cards in groups.items():
        section, topic = key
        # Bold names are wider: what is left of the room for the phrase.
        name = int(len(topic) * 1.15) + 3
        phrase = defining(defining_lines(cards, topic), topic, chars=max(24, int(line_chars * phrase_share) - name))
        html = Markup('<b class="term">{}</b>').format(topic)
        if phrase:
            html += Markup(" — {}").format(phrase)
        by_domain[domains[key]].setdefault(section, []).append((html, name + len(phrase)))
    out = []
    for tag in sorted(by_domain, key=lambda t: (t is None, _domain_order(t))):
        domain = legend.get(tag or "")
        title = f"{domain.mark} {domain.name}" if domain else "Other topics"
        sections = {section: _joined(items, line_chars) for section, items in by_domain[tag].items()}
        out.append((title, [_topic(name, domain, lines) for name, lines in _gathered(sections)]))
    return out


def _joined(items: list[tuple[Markup, int]], line_chars: int) -> list[Line]:
    """One-liners that fit a line together share it (`A — x · B — y`): a
    line each would leave most lines half empty."""
    lines: list[tuple[Markup, int]] = []
    for html, width in items:
        if lines and lines[-1][1] + 3 + width <= line_chars:
            lines[-1] = (lines[-1][0] + Markup(" · ") + html, lines[-1][1] + 3 + width)
        else:
            lines.append((html, width))
    return [_line(html) for html, _ in lines]


def _gathered(sections: dict[str, list[Line]]) -> list[tuple[str, list[Line]]]:
    """Sections of a domain, one with only a line or two under one heading
    with the section before it (`IAM · AWS CLI`): a heading per line costs room."""
    out: list[tuple[list[str], list[Line]]] = []
    for name, lines in sections.items():
        if out and (len(lines) < SMALL_GROUP or len(out[-1][1]) < SMALL_GROUP):
            out[-1][0].append(name)
            out[-1][1].extend(lines)
        else:
            out.append(([name], list(lines)))
    return [(" · ".join(names), lines) for names, lines in out]


def _domain_order(tag: str | None) -> tuple[int, str]:
    if not tag:
        return (1 << 30, "")
    head = tag.split("::", 1)[-1].split("-", 1)[0]
    return (int(head) if head.isdigit() else 1 << 29, tag)


def _compare_tables(cards: list[Card], domains: dict[TopicKey, str | None], legend: dict[str, Domain]) -> list[TopicView]:
    """One small table per confusable set (the things a compare card asks
    between): two or three things side by side, a column each with its facts
    below; a larger set one row per thing, its facts beside it."""
    sets: dict[str, dict[str, list[str]]] = {}
    about: dict[str, Card] = {}
    for card in cards:
        asked, fact = _asked(card.prompt)
        name = _name(card.answer)
        if not name or not fact:
            continue
        sets.setdefault(asked or card.topic, {}).setdefault(name, []).append(one_line(fact, 10))
        about.setdefault(asked or card.topic, card)
    tables = []
    for key, columns in sets.items():
        if len(columns) < 2:
            continue
        card = about[key]
        domain = legend.get(domains.get((card.section, card.topic)) or "")
        if len(columns) <= COMPARE_COLUMNS:
            tables.append(_topic(" vs ".join(columns), domain, _side_by_side(columns)))
        else:
            rows = [
                Line(Markup('<span class="cell w3"><b>{}</b></span><span class="cell w3x2">{}</span>').format(n, "; ".join(f)), 0, "table", "", False)
                for n, f in columns.items()
            ]
            tables.append(_topic(card.topic, domain, rows))
    return tables


def _side_by_side(columns: dict[str, list[str]]) -> list[Line]:
    width = len(columns)
    head = Markup("").join(Markup('<span class="cell w{}"><b>{}</b></span>').format(width, n) for n in columns)
    lines = [Line(head, 0, "table", "", leads=True)]
    for row in range(max(len(facts) for facts in columns.values())):
        cells = [facts[row] if row < len(facts) else "" for facts in columns.values()]
        lines.append(Line(Markup("").join(Markup('<span class="cell w{}">{}</span>').format(width, c) for c in cells), 0, "table", "", False))
    return lines


_BOLD = re.compile(r"<b\b[^>]*>(.*?)</b>", re.S)


def _asked(prompt: str) -> tuple[str, str]:
    """A card's question (its label, `A or B?`) and the first thing it shows."""
    label, items = label_and_items(prompt)
    return label, items[0] if items else ""


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z0-9]{3,}", text.lower())}


def _name(answer: str) -> str:
    """The name an answer gives: its first bold text, else its first item."""
    found = _BOLD.search(answer)
    if found:
        return card_text(found.group(1))
    items = field_items(answer)
    return items[0] if items else ""


def _triggers(cards: list[Card], domains: dict[TopicKey, str | None], legend: dict[str, Domain]) -> list[TopicView]:
    """`cue → name`, one line per name, by exam domain, then section. Of a
    name's cues the most telling one is printed: the one whose words the
    other cues use least ("fully managed service" points nowhere)."""
    cues: dict[str, list[tuple[str, Card]]] = {}
    for card in cards:
        name = _name(card.answer)
        if not name:
            continue
        for item in label_and_items(card.prompt)[1]:
            cue = one_line(item.rstrip("?"), 10)
            if cue:
                cues.setdefault(name, []).append((cue, card))
    spread = Counter(word for found in cues.values() for cue in {c for c, _ in found} for word in _words(cue))
    by_domain: dict[str | None, dict[str, list[Line]]] = defaultdict(dict)
    for name, found in cues.items():
        cue, card = max(found, key=lambda pair: sum(1 / spread[word] for word in _words(pair[0])))
        lines = by_domain[domains.get((card.section, card.topic))].setdefault(card.section, [])
        lines.append(_line(Markup('{} → <b class="term">{}</b>').format(cue, one_line(name, 6))))
    out = []
    for tag in sorted(by_domain, key=lambda t: (t is None, _domain_order(t))):
        domain = legend.get(tag or "")
        out.extend(_topic(name, domain, lines) for name, lines in _gathered(by_domain[tag]))
    return out
