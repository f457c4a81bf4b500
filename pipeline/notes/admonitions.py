"""Docusaurus-style admonitions: `:::tip Exam tip` over lines closed by `:::`.

They are read as the callout Obsidian writes for the same thing (`> [!tip] Exam
tip` over quoted lines), so the fences are markup shown on no card and the
lines inside are lines of the notes. Every line keeps its number."""

from __future__ import annotations

import re

_OPEN = re.compile(r"^[ \t]{0,3}:::+[ \t]*(?P<kind>[A-Za-z][\w-]*)[ \t]*(?P<title>.*?)[ \t]*$")
_CLOSE = re.compile(r"^[ \t]{0,3}:::+[ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")


def as_callouts(text: str) -> str:
    """The text with each closed admonition written as a callout, line for line."""
    if ":::" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    fence: str | None = None  # the code fence open, where `:::` is code
    index = 0
    while index < len(lines):
        line = lines[index]
        fence = _fence_after(line, fence)
        opened = _OPEN.match(line) if fence is None else None
        close = _closing(lines, index + 1) if opened else None
        if opened is None or close is None:
            out.append(line)
            index += 1
            continue
        title = f" {opened.group('title')}" if opened.group("title") else ""
        out.append(f"> [!{opened.group('kind').lower()}]{title}")
        out += [f"> {inner}" if inner.strip() else ">" for inner in lines[index + 1 : close]]
        out.append("")  # the closing fence: the quote ends there
        index = close + 1
    return "\n".join(out)


def _closing(lines: list[str], start: int) -> int | None:
    """The line that closes an admonition opened just before `start`, outside code."""
    fence: str | None = None
    for index in range(start, len(lines)):
        line = lines[index]
        inside = fence is not None
        fence = _fence_after(line, fence)
        if inside or fence is not None:
            continue  # a fence's own line, or code
        if _OPEN.match(line):
            return None  # another opens before this one closes: not read as one
        if _CLOSE.match(line):
            return index
    return None


def _fence_after(line: str, fence: str | None) -> str | None:
    """The code fence open after the line: one it opens, or the one open before unless it closes it."""
    if fence is None:
        found = _FENCE.match(line)
        return found.group(1) if found else None
    return None if line.strip().startswith(fence) else fence
