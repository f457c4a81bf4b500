"""The author's legend: short codes of their own, defined once and then used as tags.

"*g* = graduated when I last checked" over a glossary of "Cilium *g* — eBPF CNI",
"etcd *g*, Rook *g*": the code is the author's shorthand, no word of the subject.
Left in, a card hides it ("Cilium {{c1::g}}") or counts by it ("which 4 kinds of
g?"). The codes are cut from the lines that use them, and the legend line, which
explains nothing once they are gone, is left out, blank so the lines keep their
numbers. A code is an emphasised lowercase letter or two, or one symbol, defined
at the start of a line and used as a tag at least twice: after a name and
before a dash, a comma, a semicolon, a bracket or the line's end. `**CI** = ...`
or `` `on` = static `` define terms of the subject, never cut; nor does a
variable: "*n* = number of replicas" over "a majority of *n* votes" or
"*n*/2 + 1" is a formula's letter, which the lines need.
"""

from __future__ import annotations

import re

from pipeline.notes.delimiters import fenced

_MARK = r"(?:\*{1,2}|_{1,2})"
_CODE = r"(?:[a-z]{1,2}|[^\w\s*_`\\])"
# "*g* = graduated ...", "- _i_: incubating", "**x** → exam-only"
_DEFINED = re.compile(rf"^\s*(?:[-*+]\s+)?(?P<mark>{_MARK})(?P<code>{_CODE})(?P=mark)\s*(?:=|:|→|->|—|–)\s*(?P<meaning>\w.*)")
# "*n* = number of replicas", "*k* = the count of ...": a variable's meaning, not a tag's
_QUANTITY = re.compile(r"^(?:the\s+|a\s+)?(?:number|count|amount|size|total|sum|length|quantity|value|ratio|rate)\b", re.IGNORECASE)
_OPERATOR = r"[=+×*/^<>≤≥%]"  # "*n*/2 + 1", "2*f* + 1": a code in a formula
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
        if _QUANTITY.match(found.group("meaning")):
            continue
        tag = _tag(found.group("mark"), found.group("code"))
        uses = [i for i in prose if i != index and tag.search(lines[i])]
        if sum(len(tag.findall(lines[i])) for i in uses) < MIN_USES:
            continue
        in_formula = _in_formula(found.group("mark"), found.group("code"))
        if any(in_formula.search(lines[i]) for i in prose if i != index):
            continue
        for i in uses:
            lines[i] = tag.sub("", lines[i])
        lines[index] = ""
        legends.append(index + 1)
    return "\n".join(lines), legends


def _tag(mark: str, code: str) -> re.Pattern[str]:
    """The code as written after a name and before a dash, comma, semicolon, bracket or
    the line's end: `Cilium *g* —`, `etcd *g*,` (the space before it goes too);
    never "a majority of *n* votes", where a word follows."""
    mark = re.escape(mark)
    return re.compile(rf"(?<=[\w)\]`'\"])[ \t]+{mark}{re.escape(code)}{mark}(?![\w*_])(?=[ \t]*(?:[—–,;:.()\[\]]|-\s|$))", re.MULTILINE)


def _in_formula(mark: str, code: str) -> re.Pattern[str]:
    """The code beside an operator: `*n*/2 + 1`, `2*f* + 1`."""
    mark = re.escape(mark)
    written = rf"{mark}{re.escape(code)}{mark}"
    return re.compile(rf"(?:{_OPERATOR}\s*|\d){written}(?![\w*_])|(?<![\w*_\\]){written}\s*{_OPERATOR}")


def _prose_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines outside fenced code."""
    return [index for index, code in enumerate(fenced(lines)) if not code]
