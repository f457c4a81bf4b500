"""Emphasis and bracket delimiters cut to a bound before mistune sees them.

mistune matches emphasis by looking ahead for closers: a paragraph of
thousands of nested `**` takes time that grows with the square of their
number (16 KB: half a second; 420 KB: minutes). Real notes have a few
dozen in a paragraph. Past MAX_DELIMITERS in one block of text (a paragraph,
a list item's lines, a table row), the rest are escaped, so they read as the
characters they are, and the author is told where.
"""

from __future__ import annotations

import re

MAX_DELIMITERS = 500  # emphasis runs (`*`, `_`, `~`) and `[` in one block of text

# A run of `*` or `~`, a `_` run that is not inside a word (snake_case stays), or `[`.
_DELIMITER = re.compile(r"(?<!\\)(?:\*+|~+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|\[)")
# Lines that start a block of their own: mistune reads each one's text apart.
_BLOCK_START = re.compile(r"^\s*(?:[*+-]\s|\d{1,9}[.)]\s|#{1,6}\s|>|\|)")
_LIST_MARKER = re.compile(r"^\s*[*+-](?=\s)")
_BREAK_LINE = re.compile(r"^\s*(?:[*_-]\s*)+$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def fenced(lines: list[str]) -> list[bool]:
    """For each line, whether it is a code fence or inside one: its text is no markup."""
    found = []
    fence: str | None = None
    for line in lines:
        opened = _FENCE.match(line)
        found.append(fence is not None or opened is not None)
        if opened and (fence is None or opened.group(1) == fence):
            fence = None if fence else opened.group(1)
    return found


def cut_delimiters(text: str) -> tuple[str, list[int]]:
    """The text with the delimiters past the bound escaped, and the line
    (1-based) of each block where that happened."""
    if text.count("*") + text.count("_") + text.count("~") + text.count("[") <= MAX_DELIMITERS:
        return text, []  # the common case: nothing to count
    lines = text.split("\n")
    cut: list[int] = []
    seen = 0
    for index, (line, code) in enumerate(zip(lines, fenced(lines))):
        if code:
            seen = 0
            continue
        if not line.strip() or _BLOCK_START.match(line):
            seen = 0
        if _BREAK_LINE.match(line):
            continue
        marker = _LIST_MARKER.match(line)
        start = marker.end() if marker else 0
        runs = list(_DELIMITER.finditer(line, start))
        if seen + len(runs) > MAX_DELIMITERS:
            if seen <= MAX_DELIMITERS:  # the block's first cut
                cut.append(index + 1)
            lines[index] = _escaped(line, runs[max(0, MAX_DELIMITERS - seen) :])
        seen += len(runs)
    return "\n".join(lines), cut


def _escaped(line: str, runs: list[re.Match[str]]) -> str:
    out = []
    last = 0
    for run in runs:
        out.append(line[last : run.start()])
        out.append("".join("\\" + char for char in run.group()))
        last = run.end()
    out.append(line[last:])
    return "".join(out)
