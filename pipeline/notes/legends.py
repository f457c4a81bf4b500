"""The author's legend: short codes of their own, defined once and then used as tags.

"*g* = graduated when I last checked" over a glossary of "Cilium *g* — eBPF CNI",
"etcd *g*, Rook *g*": the code is the author's shorthand, no word of the subject.
Left in, a card hides it ("Cilium {{c1::g}}") or counts by it ("which 4 kinds of
g?"). The codes are cut from the lines that use them, and the legend line, which
explains nothing once they are gone, is left out, blank so the lines keep their
numbers. A code is an emphasised lowercase letter or two, or one symbol, defined
at the start of a line and used as a tag at least twice; `**CI** = ...` or
`` `on` = static `` define terms of the subject, never cut.
"""

from __future__ import annotations

import re

from pipeline.notes.delimiters import fenced

_MARK = r"(?:\*{1,2}|_{1,2})"
_CODE = r"(?:[a-z]{1,2}|[^\w\s*_`\\])"
# "*g* = graduated ...", "- _i_: incubating", "**x** → exam-only"
_DEFINED = re.compile(rf"^\s*(?:[-*+]\s+)?(?P<mark>{_MARK})(?P<code>{_CODE})(?P=mark)\s*(?:=|:|→|->|—|–)\s*\w")
MIN_USES = 2  # a code used once is an emphasised word, not a tag


def without_legends(text: str) -> tuple[str, list[int]]:
    """The text with each legend's codes cut from the lines using them and the
    legend lines blanked; and the line (1-based) of each legend left out."""
    lines = text.split("\n")
    prose = _prose_lines(lines)
    defined = {i: m for i in prose if (m := _DEFINED.match(lines[i]))}
    if not defined:
        return text, []
    legends: list[int] = []
    for index, found in defined.items():
        tag = _tag(found.group("mark"), found.group("code"))
        uses = [i for i in prose if i != index and tag.search(lines[i])]
        if sum(len(tag.findall(lines[i])) for i in uses) < MIN_USES:
            continue
        for i in uses:
            lines[i] = tag.sub("", lines[i])
        lines[index] = ""
        legends.append(index + 1)
    return "\n".join(lines), legends


def _tag(mark: str, code: str) -> re.Pattern[str]:
    """The code as written after a name: `Cilium *g*`, `etcd *g*,` (the space before it goes too)."""
    mark = re.escape(mark)
    return re.compile(rf"[ \t]*(?<![\w*_\\]){mark}{re.escape(code)}{mark}(?![\w*_])")


def _prose_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines outside fenced code."""
    return [index for index, code in enumerate(fenced(lines)) if not code]
