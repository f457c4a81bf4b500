"""Headings written without markup: a plain `Topic: IAM`, `Section: Storage` or
`Chapter 3: Networking` line opens a topic as a bold label alone would (read as
a line, "Topic" became a term defined as the topic's name, and the lines under
it were asked of the notes' file); and notes with no markdown heading that
open on a short line with no sentence end over a blank line are titled by it
(without it, the file's name stood as the label of every front)."""

from __future__ import annotations

import re

from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.model.course_parts import COURSE_PART

# "Topic: IAM", "Section - Storage", "Chapter 3: Networking", "Module 2 — Compute"
_PLAIN_HEAD = re.compile(
    rf"^\s*(?:topic|section|{COURSE_PART})\s*(?::|\s[-–—])\s*(?=\S)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?;:,]$")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•]\s|\d{1,3}[.)]\s)")
_ARROW = re.compile(r"->|=>|→|⇒")
HEAD_WORDS = 10  # a longer name is a sentence about the topic, not its name
TITLE_WORDS = 12


def plain_head(spans: Inline) -> Inline | None:
    """The name a plain `Topic: name` line gives its topic, or None for any other line."""
    spans = inl.strip(spans)
    if not spans or spans[0].kind != "text":
        return None
    found = _PLAIN_HEAD.match(spans[0].text)
    if found is None:
        return None
    name = inl.strip((Span("text", spans[0].text[found.end() :]), *spans[1:]))
    plain = inl.to_plain(name).strip()
    if not plain or _SENTENCE_END.search(plain) or _ARROW.search(plain) or inl.word_count(plain) > HEAD_WORDS:
        return None
    return name


def reads_as_title(line: str) -> bool:
    """A first line that names the notes: short, no list marker, no sentence end, no fact."""
    line = line.strip()
    return (
        bool(line)
        and not _LIST_MARKER.match(line)
        and not _SENTENCE_END.search(line)
        and not _ARROW.search(line)
        and inl.word_count(line) <= TITLE_WORDS
        and plain_head(((Span("text", line)),)) is None
    )
