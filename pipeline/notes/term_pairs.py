"""Two terms defined on one line (`**Zero-shot** — task only · **Few-shot** — a
few examples`, `**Burndown chart**: work remaining. **Burnup chart**: work
completed`): read as one line, the second term rode on the first one's
definition ("CloudTrail -> who called which API · CloudWatch — metrics"), or
became a label over the first. Each bold term with its definition is a line
of its own, on the same source line."""

from __future__ import annotations

import re

from pipeline.model import Inline, Span
from pipeline.model import inline as inl

# what follows a bold term that it defines: " — task only", ": adding extra features"
_DEFINES = re.compile(r"^\s*(?:—|–|:)\s+\S")
# what ends a definition before the next term: " · " or a sentence's end
_ENDS = re.compile(r"(?:\s·|[.;])\s*$")
_DOT = re.compile(r"\s*·\s*$")


def defined_terms(spans: Inline) -> list[Inline]:
    """The line's term-and-definition pairs, each a line; the line itself when it holds one or none."""
    starts = [
        index
        for index, span in enumerate(spans)
        if span.kind == "strong"
        and index + 1 < len(spans)
        and spans[index + 1].kind == "text"
        and _DEFINES.match(spans[index + 1].text)
        and (index == 0 or (spans[index - 1].kind == "text" and _ENDS.search(spans[index - 1].text)))
    ]
    if len(starts) < 2 or starts[0] != 0:
        return [spans]
    pieces: list[Inline] = []
    for start, end in zip(starts, [*starts[1:], len(spans)]):
        piece = list(spans[start:end])
        if end < len(spans):  # the dot between two pairs is no part of either
            piece[-1] = Span("text", _DOT.sub("", piece[-1].text).rstrip())
        pieces.append(inl.strip(tuple(piece)))
    return pieces
