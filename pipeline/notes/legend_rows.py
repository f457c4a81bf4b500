"""A line that names its own shape, then gives rows of it: `scenario → answer:
"detect but not block" → IDS | "Asia users slow on US site" → CDN`. The legend
("scenario → answer") says how to read the rows and nothing else; each row is a
need and its answer, as a list of such lines would be. Read as one line, the
legend was asked as a term over the rows, all of them on one back."""

from __future__ import annotations

import re

from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.notes.term_pairs import pieces_at

_SIDE = r"(?:scenarios?|needs?|use\s+cases?|keywords?|requirements?|questions?|problems?|symptoms?|situations?|clues?)"
_ANSWER = r"(?:answers?|services?|solutions?|tools?|fix(?:es)?|causes?|choices?|products?|picks?)"
_LEGEND = re.compile(rf"^\s*{_SIDE}\s*(?:->|→|=>)\s*{_ANSWER}\s*:\s*", re.IGNORECASE)
_ROW_BREAK = re.compile(r"\s+\|\s+")
MIN_ROWS = 1


def legend_rows(spans: Inline) -> list[Inline] | None:
    """The rows after a line's legend, each a need and its answer; None for any other line."""
    if not spans or spans[0].kind != "text" or (found := _LEGEND.match(spans[0].text)) is None:
        return None
    found_rows = pieces_at(inl.strip((Span("text", spans[0].text[found.end() :]), *spans[1:])), _ROW_BREAK)
    if len(found_rows) < MIN_ROWS or not all(row and inl.SPACED_ARROW.search(inl.to_plain(row)) for row in found_rows):
        return None  # a row with no arrow is no need and its answer: the line is read as written
    return found_rows
