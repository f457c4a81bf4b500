"""Which exam domain each topic belongs to, and how the sheet shows it.

A topic takes the domain most of its cards are tagged with: the cards whose
first source line falls between the topic's line and the next topic's line in
the same notes file. Cards without domain tags leave their topic neutral, so
the sheet works before the notes are tagged and colours itself once they are.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from pipeline.model import Card, Pack
from pipeline.templates import template_path

STYLE_FILE = "cheatsheet/domain-styles.toml"

TopicKey = tuple[int, int, int]  # document, section, topic


@dataclass(frozen=True)
class Domain:
    tag: str  # the full tag, e.g. CLF-C02::2-security-and-compliance
    name: str
    mark: str  # printed on the topic heading: the legend's key in black and white
    colour: str
    tint: str
    rule: str  # border style of the bar beside the topic's lines
    css: str  # class name, stable for one sheet


@dataclass(frozen=True)
class Neutral:
    colour: str
    tint: str


@dataclass(frozen=True)
class Domains:
    exam: str | None
    by_topic: dict[TopicKey, Domain]
    legend: tuple[Domain, ...]  # the domains that occur, in tag order
    neutral: Neutral


def domain_of(card: Card, exam: str) -> str | None:
    """The card's domain tag for `exam` (`exam::domain`), without a task child."""
    for tag in card.tags:
        parts = tag.split("::")
        if len(parts) >= 2 and parts[0] == exam and parts[1]:
            return f"{parts[0]}::{parts[1]}"
    return None


def topic_tags(pack: Pack, exam: str) -> dict[TopicKey, str]:
    """The most common domain tag among each topic's cards (ties: the first tag in order)."""
    counts: dict[TopicKey, Counter[str]] = defaultdict(Counter)
    starts_by_path: dict[str, tuple[list[int], list[TopicKey]]] = {}
    for d_index, document in enumerate(pack.documents):
        keyed = sorted(
            (topic.line, (d_index, s_index, t_index))
            for s_index, section in enumerate(document.sections)
            for t_index, topic in enumerate(section.topics)
        )
        starts_by_path[document.path] = ([line for line, _ in keyed], [key for _, key in keyed])
    for card in pack.cards:
        tag = domain_of(card, exam)
        found = starts_by_path.get(card.source.path)
        if tag is None or found is None:
            continue
        starts, keys = found
        index = bisect_right(starts, card.source.line) - 1
        if index >= 0:
            counts[keys[index]][tag] += 1
    return {key: min(c, key=lambda tag: (-c[tag], _tag_order(tag))) for key, c in counts.items()}


def load_styles() -> dict[str, Any]:
    with template_path(STYLE_FILE).open("rb") as handle:
        return tomllib.load(handle)


def topic_domains(pack: Pack, styles: dict[str, Any] | None = None) -> Domains:
    styles = styles if styles is not None else load_styles()
    neutral = Neutral(**styles["neutral"])
    exam = pack.config.exams[0] if pack.config.exams else None
    if exam is None:
        return Domains(None, {}, (), neutral)
    tags = topic_tags(pack, exam)
    known = styles.get("exam", {}).get(exam, {})
    # Names and numbers come from the pack's domain file; the style file only styles.
    defined = {d.tag: d for e in pack.exams if e.code == exam for d in e.domains.values()}
    fallback = styles["fallback"]
    legend = []
    by_tag: dict[str, Domain] = {}
    for index, tag in enumerate(sorted(set(tags.values()), key=_tag_order)):
        name = tag.split("::", 1)[1]
        style = known.get(name, {})
        exam_domain = defined.get(name)
        domain = Domain(
            tag=tag,
            name=exam_domain.name if exam_domain else _name_from_tag(name),
            mark=exam_domain.number if exam_domain else _mark_from_tag(name, index),
            colour=style.get("colour") or _pick(fallback["colours"], index),
            tint=style.get("tint") or _pick(fallback["tints"], index),
            rule=style.get("rule") or _pick(fallback["rules"], index),
            css=f"dom{index + 1}",
        )
        by_tag[tag] = domain
        legend.append(domain)
    return Domains(exam, {key: by_tag[tag] for key, tag in tags.items()}, tuple(legend), neutral)


def _tag_order(tag: str) -> tuple[int, str]:
    # `…::10-x` after `…::9-y`: domains are numbered in the exam guide.
    match = re.match(r"(\d+)", tag.split("::", 1)[1])
    return (int(match.group(1)) if match else 1 << 30, tag)


def _name_from_tag(name: str) -> str:
    words = re.sub(r"^\d+[-_.]*", "", name).replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() or name


def _mark_from_tag(name: str, index: int) -> str:
    match = re.match(r"(\d+)", name)
    return match.group(1) if match else str(index + 1)


def _pick(values: list[str], index: int) -> str:
    return values[index % len(values)]
