"""What the site is given: plain values the command gathers from the build
and the release records (the site never runs another stage itself)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.model import Pack
from pipeline.model.records import Changes, Record


@dataclass(frozen=True)
class DomainBar:
    number: str
    name: str
    tag: str  # the domain's tag under its exam, `2-security-and-compliance`
    cards: int
    share: float  # fraction of the pack's cards
    weight: float | None  # fraction of the exam


@dataclass(frozen=True)
class ReleaseNote:
    record: Record
    changes: Changes  # since the release before it


@dataclass(frozen=True)
class SitePack:
    pack: Pack
    exam: str | None  # the exam the chart and the domain filter use (the pack's current one)
    domains: tuple[DomainBar, ...]
    downloads: tuple[Path, ...]  # files to publish beside the page
    releases: tuple[ReleaseNote, ...]  # newest first
    # The notes in the repository at the release's tag; a card's `file#Lline` is appended.
    source_base: str | None = None
