"""Numbered series of topics (`1. Operational Excellence`, `2. Security`, ...)
and the line that introduces one (`There are 6 pillars in the Well-Architected
Tool:`): it says what kind of thing each member is, which its own heading,
often a plain word, does not."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.model import Topic
from pipeline.model import inline as inl

NUMBERED = re.compile(r"^\s*\d+[.)]\s+")  # "2. Security": a numbered title
LEAD_WORDS = 15  # a longer line is a paragraph, not the series' introduction


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
