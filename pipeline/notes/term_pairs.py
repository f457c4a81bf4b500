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
# where one quoted need's sentence ends and the next one's quote opens
_NEXT_NEED = re.compile(r"(?<=[.;])\s+(?=[\"“])")
# `"existing Hadoop/Spark" ⇒ Dataproc.`: a need quoted as the exam puts it, pointed at its answer
# and nothing after the answer's name but an aside in brackets and the sentence's end
_QUOTED_NEED = re.compile(
    r"^[\"“][^\"“”]+[\"”]\s*(?:-{1,2}>|={1,2}>|→|⇒)\s*[^\s.;!?()][^.;!?()]*(?:\([^()]*\)[^.;!?()]*)*[.;]?$"
)


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


def needs_apart(spans: Inline) -> list[Inline]:
    """`"existing Hadoop/Spark" ⇒ Dataproc. "new pipeline" ⇒ Dataflow.`: each quoted need
    pointed at its answer is a line of its own, as when written one to a line (read as
    one line, the first need was asked and the others rode on its back); the line itself
    when it holds one or none, or anything besides such needs."""
    lines = pieces_at(spans, _NEXT_NEED)
    if len(lines) < 2:
        return [spans]
    if not all(_QUOTED_NEED.match(inl.to_plain(line)) for line in lines):
        return [spans]
    return lines


def pieces_at(spans: Inline, boundary: re.Pattern[str]) -> list[Inline]:
    """The spans cut where `boundary` matches inside a text span; markup is never cut."""
    pieces: list[list[Span]] = [[]]
    for span in spans:
        if span.kind != "text":
            pieces[-1].append(span)
            continue
        parts = boundary.split(span.text)
        pieces[-1].append(Span("text", parts[0]))
        pieces.extend([Span("text", part)] for part in parts[1:])
    return [inl.strip(tuple(piece)) for piece in pieces]
