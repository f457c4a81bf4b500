"""A small pack written on the fly, and cards tagged by exam domain by hand
(the way the domain tagger will tag them)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.commands.build import load
from pipeline.model import Pack

from .conftest import SEED_PACK

NOTES = """\
# Test notes

## Storage

Intro line about storage.

**S3:**
- object storage
- Bucket: a container

**IAM:**
- Users: people
- Policy: a JSON document
- MFA: a second factor

## Billing

**Budgets:**
- alerts when costs go over a threshold
"""

PACK = """\
title = "Domains"
slug = "domains"
version = "1.0.0"
exams = ["CLF-C02", "CLF-C01"]
domains = "domains.toml"

[anki]
deck_id = 2001
basic_model_id = 2002
cloze_model_id = 2003
"""

SECURITY = "CLF-C02::2-security-and-compliance"
TECHNOLOGY = "CLF-C02::3-cloud-technology-and-services"
BILLING = "CLF-C02::4-billing-pricing-and-support"


def small_pack(tmp_path: Path, toml: str = PACK, notes: str = NOTES) -> Pack:
    """The pack, with the seed's exam definitions and no rule that places its cards."""
    (tmp_path / "notes.md").write_text(notes, encoding="utf-8")
    (tmp_path / "pack.toml").write_text(toml, encoding="utf-8")
    exams = (SEED_PACK / "domains.toml").read_text(encoding="utf-8").split("\n[[", 1)[0]
    (tmp_path / "domains.toml").write_text(exams + "\n", encoding="utf-8")
    return load(tmp_path).pack


def topic_of_line(line: int) -> str:
    """The topic a notes line belongs to, read off the notes text."""
    current = ""
    for number, text in enumerate(NOTES.splitlines(), 1):
        if text.startswith("**"):
            current = text.strip("*:")
        if number == line:
            return current
    return current


def tag(pack: Pack, by_topic: dict[str, list[str]]) -> Pack:
    """Tag each topic's cards, in order, with the given domains; cards past the list stay untagged."""
    seen: dict[str, int] = {}
    cards = []
    for card in pack.cards:
        topic = topic_of_line(card.source.line)
        index = seen.get(topic, 0)
        seen[topic] = index + 1
        domains = by_topic.get(topic, [])
        if index < len(domains):
            card = replace(card, tags=(*card.tags, domains[index], f"{domains[index]}::2.1-task", "CLF-C01::x-other"))
        cards.append(card)
    return replace(pack, cards=tuple(cards))
