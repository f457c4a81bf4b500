"""A fact of the notes from plain text, for tests of the rules that read one line."""

from __future__ import annotations

from pipeline.cards.entries import Fact
from pipeline.model import Span


def fact_of(text: str, line: int = 1) -> Fact:
    return Fact((Span("text", text),), line)
