"""Obsidian's callouts: `> [!tip] Exam tip` over the lines of a quote. The
`[!tip]` is markup, shown on no card; a title that only flags the lines ("Exam
tip", "remember") says nothing of its own, while one that states a fact
("CLI workspace ≠ HCP Terraform workspace") is a line like the others. A
`[!todo]` callout is the author's to-do, no knowledge."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import Node, Span
from pipeline.model import inline as inl
from pipeline.model.remark_flags import is_remark_flag
from pipeline.notes.skipped import skip

_MARKER = re.compile(r"^\s*\[!(?P<kind>[A-Za-z-]+)\][+-]?\s*")
_TODO = frozenset({"todo"})
# "when to use which", "memorize": a title that flags what follows, no fact
_FLAG_TITLE = re.compile(r"^(?:when\s+to\s+use\s+which|memori[sz]e|know\s+this|exam\s+tips?|remember\s+this)\W*$", re.IGNORECASE)


_PICTOGRAPHS = re.compile(r"^[^\w'\"“(]+")  # "⚠️ ", "👉 ": a warning sign before the flag


def callout_nodes(nodes: list[Node]) -> list[Node]:
    """A quote's lines, a callout's marker and flag title left off; none of a to-do callout."""
    if not nodes or not nodes[0].inline:
        return nodes
    if nodes[0].inline[0].kind != "text":
        return _flagged_quote(nodes)
    first = nodes[0]
    found = _MARKER.match(first.inline[0].text)
    if found is None:
        return _flagged_quote(nodes)
    if found.group("kind").lower() in _TODO:
        for node in nodes:
            skip(node.line, "the author's own to-do")
        return []
    title = (Span("text", first.inline[0].text[found.end() :]), *first.inline[1:])
    plain = inl.to_plain(title).strip()
    if not plain or is_remark_flag(plain) or _FLAG_TITLE.match(plain):
        return [*first.children, *nodes[1:]] if first.children else nodes[1:]
    return [replace(first, inline=inl.strip(title)), *nodes[1:]]


def _flagged_quote(nodes: list[Node]) -> list[Node]:
    """`> ⚠️ **DON'T MIX UP**` over the quote's lines: a plain quote whose first line only flags
    the others, left off as a callout's flag title is."""
    first = nodes[0]
    flag = _PICTOGRAPHS.sub("", inl.to_plain(first.inline)).strip()
    if len(nodes) + len(first.children) < 2 or not flag or not (is_remark_flag(flag) or _FLAG_TITLE.match(flag)):
        return nodes
    return [*first.children, *nodes[1:]]
