"""Numbered series of topics (`1. Operational Excellence`, `2. Security`, ...)
and the line that introduces one (`There are 6 pillars in the Well-Architected
Tool:`): it says what kind of thing each member is, which its own heading,
often a plain word, does not. And tiers: siblings whose lines say what each
adds to the one before (`(+ prod system down)`), so that what one tier has,
the tiers above it have too."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipeline.model import Topic
from pipeline.model import inline as inl

NUMBERED = re.compile(r"^\s*\d+[.)]\s+")  # "2. Security": a numbered title
LEAD_WORDS = 15  # a longer line is a paragraph, not the series' introduction
TIER_STEPS = 2  # siblings that say what they add to the one before, for them to be tiers
_ADDS = re.compile(r"\(\s*\+|^\+\s")  # `(+ prod system down)`, `+ phone support`
TIERS_ASKED = "Lowest tier that includes"


def series_leads(topics: Sequence[Topic], series: set[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """For each named series (by its parents), the line ending with a colon that closes
    the topic right before its first member, when there is one."""
    leads: dict[tuple[str, ...], str] = {}
    seen: set[tuple[str, ...]] = set()
    for before, topic in zip(topics, topics[1:]):
        if topic.parents not in series or topic.parents in seen or not NUMBERED.match(inl.to_plain(topic.title)):
            continue
        seen.add(topic.parents)
        last = before.body[-1] if before.body else None
        text = inl.to_plain(last.inline).strip() if last is not None and not last.children else ""
        if text.endswith(":") and len(text.split()) <= LEAD_WORDS:
            leads[topic.parents] = text.rstrip(":").strip()
    return leads


def are_tiers(members: Iterable[Sequence[str]]) -> bool:
    """Whether siblings, each given by its lines, are tiers: enough of them say what they add."""
    return sum(any(_ADDS.search(text) for text in lines) for lines in members) >= TIER_STEPS


# A name's last word that says its tier: the base one and the ones sold above it (`Shield Standard`, `Shield Advanced`)
_BASE_TIERS = frozenset("free basic standard lite".split())
_HIGHER_TIERS = frozenset("advanced premium pro plus enterprise business".split())


TIER_WORDS = _BASE_TIERS | _HIGHER_TIERS


def below_by_name(name: str, others: Iterable[str]) -> bool:
    """The name is the base tier of another's (`Shield Standard` of `Shield Advanced`):
    what the base has, the tier above has too, so a fact of it asks for the lowest that has it."""
    words = name.lower().split()
    if len(words) < 2 or words[-1] not in _BASE_TIERS:
        return False
    return any((o := other.lower().split())[:-1] == words[:-1] and o[-1] in _HIGHER_TIERS for other in others)
