"""A paragraph of several sentences over a list (`**Cloud Storage** is object
storage ... The storage classes differ by minimum duration:` over the classes):
only its last sentence leads the list. As a whole, the paragraph became the
list's label, a passage on the front of every blank; its earlier sentences are
a line of their own."""

from __future__ import annotations

import re

from pipeline.model import Inline, Span
from pipeline.model import inline as inl

_BOUNDARY = re.compile(r"[.!?]\s+(?=\S)")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|vs|cf|approx|ex|[A-Z])\.$", re.IGNORECASE)


# "**Q5.** You rotated a transit key to v3 ... Use:" over its options: a numbered question's stem is one
_NUMBERED_QUESTION = re.compile(r"^\s*(?:q|question)\s*#?\s*\d+\s*[.:)]", re.IGNORECASE)


def last_sentence_apart(spans: Inline) -> tuple[Inline, Inline] | None:
    """The sentences before the last one, and the last one, where there are several
    (none for a numbered question, whose sentences all lead its options)."""
    if _NUMBERED_QUESTION.match(inl.to_plain(spans)):
        return None
    for index in range(len(spans) - 1, -1, -1):
        span = spans[index]
        if span.kind != "text":
            continue
        cuts = [m for m in _BOUNDARY.finditer(span.text) if not _ABBREVIATION.search(span.text[: m.start() + 1])]
        if cuts:
            cut = cuts[-1]
            before = inl.strip((*spans[:index], Span("text", span.text[: cut.start() + 1])))
            after = inl.strip((Span("text", span.text[cut.end() :]), *spans[index + 1 :]))
            return (before, after) if before and after and inl.to_plain(before).strip() else None
    return None
