"""The cram sheet's content, from the card model: what the deck asks, said
in the fewest words, in priority tiers.

1. numbers and limits: every `kind::number` card's numbers, by topic;
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
from pipeline.model.cardtext import card_text, cloze_pieces, field_items
from pipeline.cheatsheet.domains import Domain, domain_of, topic_domains
from pipeline.cheatsheet.phrases import defining, one_line
from pipeline.cheatsheet.cram_plan import LeftOut
from pipeline.cheatsheet.sheet import CramHeader, DomainWeight, Line, SectionView, Sheet, TopicView

TIER_NAMES = {1: "number facts", 2: "one-line topics", 3: "side-by-side tables", 4: "trigger phrases"}
SMALL_GROUP = 3  # a domain's section with fewer one-liners shares a heading with its small neighbours
COMPARE_COLUMNS = 3  # at most this many things side by side in one table


@dataclass(frozen=True)
class Cram:
    sheet: Sheet
    tiers: tuple[int, ...]  # each section's tier
    ranks: tuple[tuple[int, ...], ...]  # each topic's rank in its tier: lower is taken first
    unmeasured: tuple[LeftOut, ...] = ()  # topics past what the pages could hold: never laid out


def build_cram(pack: Pack, line_chars: int = 80, capacity: int | None = None) -> Cram:
    """`line_chars`: about how many characters a column's line holds;
    `capacity`: about how many lines the page budget holds (an estimate on
    the generous side: it counts every wrap). Topics past it, in tier and
    rank order, are left out before any layout: they could not fit, and
    laying them out would cost time."""
    styles = topic_domains(pack)
    exam = styles.exam
    legend = {d.tag: d for d in styles.legend}
    groups = _topics(pack.cards)
    domain_of_topic = {key: _domain(cards, exam) for key, cards in groups.items()}
    sections: list[tuple[int, SectionView]] = []

    numbers = _number_topics(groups, domain_of_topic, legend)
    if numbers:
        sections.append((1, _section("Numbers and limits", numbers)))
    for title, topics in _one_liners(groups, domain_of_topic, legend, line_chars):
        sections.append((2, _section(title, topics)))
    compare = [c for c in pack.cards if c.kind == "compare"]
    if compare:
        sections.append((3, _section("Side by side", _compare_tables(compare, domain_of_topic, legend))))
    recognition = [c for c in pack.cards if c.kind == "recognition"]
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
    ranks = _ranks([s for _, s in sections])
    if capacity is None:
        return Cram(sheet, tiers, ranks)
    return _within(Cram(sheet, tiers, ranks), int(capacity), line_chars)


def _within(cram: Cram, lines: int, line_chars: int) -> Cram:
    """The cram sheet without the topics past about `lines` lines, in tier and rank order."""
    sections = cram.sheet.sections
    order = sorted(
        ((cram.tiers[s], cram.ranks[s][t], s, t) for s, section in enumerate(sections) for t in range(len(section.topics)))
    )
    used = 0
    dropped: dict[int, list[TopicView]] = {}
    keep: set[tuple[int, int]] = set()
    for tier, _, s, t in order:
        topic = sections[s].topics[t]
        used += 1 + sum(-(-len(line.html.striptags()) // max(line_chars, 1)) for line in topic.lines)
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
        LeftOut(tier, tuple(t.plain_title for t in topics), tuple(line.html.striptags() for t in topics for line in t.lines))
        for tier, topics in sorted(dropped.items())
    )
    sheet = replace(cram.sheet, sections=tuple(kept_sections))
    return Cram(sheet, tuple(kept_tiers), _ranks(kept_sections), unmeasured)


def _ranks(sections: list[SectionView]) -> tuple[tuple[int, ...], ...]:
    """Topics with more lines first (what the notes say most about); ties in page order."""
    order = sorted(
        ((s, t) for s, section in enumerate(sections) for t in range(len(section.topics))),
        key=lambda st: (-len(sections[st[0]].topics[st[1]].lines), st),
    )
    rank = {st: index for index, st in enumerate(order)}
    return tuple(tuple(rank[s, t] for t in range(len(section.topics))) for s, section in enumerate(sections))


def _header(pack: Pack, exam: str | None, legend: dict[str, Domain]) -> CramHeader | None:
    found = next((e for e in pack.exams if e.code == exam), None)
    if found is None:
        return None
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
    groups: dict[TopicKey, list[Card]], domains: dict[TopicKey, str | None], legend: dict[str, Domain]
) -> list[TopicView]:
    """Each topic's number facts, the numbers in bold where the card deletes them."""
    topics = []
    for key, cards in groups.items():
        lines = []
        for card in cards:
            if card.kind != "number":
                continue
            pieces = _number_sentences(cloze_pieces(card.prompt))
            html = Markup("").join(Markup("<b>{}</b>").format(t) if deleted else escape(t) for t, deleted in pieces)
            lines.append(_line(html))
        if lines:
            topics.append(_topic(key[1], legend.get(domains[key] or ""), lines))
    return topics


def _number_sentences(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Only the sentences of a fact that hold its numbers (its label kept):
    the cram sheet reminds, the deck explains."""
    sentences: list[list[tuple[str, bool]]] = [[]]
    for text, deleted in pieces:
        if deleted:
            sentences[-1].append((text, True))
            continue
        parts = re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text)
        for index, part in enumerate(parts):
            if index:
                sentences.append([])
            if part:
                sentences[-1].append((part if index == len(parts) - 1 else part.rstrip(), False))
    kept = [s for s in sentences if any(deleted for _, deleted in s)]
    if len(kept) == len(sentences) or not kept:
        return pieces
    if kept[0] is not sentences[0]:
        label = "".join(t for t, _ in sentences[0]).split(":", 1)
        if len(label) == 2 and len(label[0].split()) <= 4:
            kept.insert(0, [(label[0] + ": ", False)])
    out: list[tuple[str, bool]] = []
    for index, sentence in enumerate(kept):
        if index and out and not out[-1][0].endswith(" "):
            out.append((" ", False))
        out.extend(sentence)
    return out


def _one_liners(
    groups: dict[TopicKey, list[Card]], domains: dict[TopicKey, str | None], legend: dict[str, Domain], line_chars: int
) -> list[tuple[str, list[TopicView]]]:
    """Per exam domain (in the exam's order; untagged last), its sections, each
    topic as `name — shortest defining phrase`."""
    by_domain: dict[str | None, dict[str, list[Line]]] = defaultdict(dict)
    for key, cards in groups.items():
        section, topic = key
        # Bold names are wider: what is left of the line for the phrase.
        phrase = defining(_candidates(cards), topic, chars=max(24, line_chars - int(len(topic) * 1.15) - 3))
        html = Markup('<b class="term">{}</b>').format(topic)
        if phrase:
            html += Markup(" — {}").format(phrase)
        by_domain[domains[key]].setdefault(section, []).append(_line(html))
    out = []
    for tag in sorted(by_domain, key=lambda t: (t is None, _domain_order(t))):
        domain = legend.get(tag or "")
        title = f"{domain.mark} {domain.name}" if domain else "Other topics"
        out.append((title, [_topic(name, domain, lines) for name, lines in _gathered(by_domain[tag])]))
    return out


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


def _candidates(cards: list[Card]) -> list[str]:
    """Lines that may define a topic: its overview's items first, then its terms' definitions."""
    found: list[str] = []
    for kind in ("overview", "term", "detail"):
        for card in cards:
            if card.kind != kind:
                continue
            if card.note_type == "cloze" or not card.answer.strip():
                continue
            found.extend(field_items(card.answer))
    return found


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


_LABEL = re.compile(r'^\s*<div class="sp-label">(.*?)</div>', re.S)
_BOLD = re.compile(r"<b\b[^>]*>(.*?)</b>", re.S)


def _asked(prompt: str) -> tuple[str, str]:
    """A card's question (its label, `A or B?`) and the first thing it shows."""
    found = _LABEL.match(prompt)
    label = card_text(found.group(1)) if found else ""
    items = field_items(prompt[found.end() :] if found else prompt)
    return label, items[0] if items else ""


def _name(answer: str) -> str:
    """The name an answer gives: its first bold text, else its first item."""
    found = _BOLD.search(answer)
    if found:
        return card_text(found.group(1))
    items = field_items(answer)
    return items[0] if items else ""


def _triggers(cards: list[Card], domains: dict[TopicKey, str | None], legend: dict[str, Domain]) -> list[TopicView]:
    """`cue → name`, one line per recognition card, by exam domain."""
    by_domain: dict[str | None, list[Line]] = defaultdict(list)
    for card in cards:
        cue = one_line(_asked(card.prompt)[1].rstrip("?"), 10)
        name = _name(card.answer)
        if cue and name:
            by_domain[domains.get((card.section, card.topic))].append(
                _line(Markup('{} → <b class="term">{}</b>').format(cue, one_line(name, 6)))
            )
    out = []
    for tag in sorted(by_domain, key=lambda t: (t is None, _domain_order(t))):
        domain = legend.get(tag or "")
        out.append(_topic(f"{domain.mark} {domain.name}" if domain else "Other", domain, by_domain[tag]))
    return out
