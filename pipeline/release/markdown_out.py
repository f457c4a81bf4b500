"""Writing markdown from untrusted text (prompts, titles from notes): every
character markdown or HTML could act on is escaped."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable

# Characters that act anywhere in a line (emphasis, code, links, tables,
# strikethrough, GitHub's math); `<`, `>` and `&` become entities instead.
_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# What acts at the start of a line: headings, lists, setext underlines.
_BLOCK = re.compile(r"^(?:([#+=-])|(\d+)([.)]))")


def _unblock(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def text(value: str) -> str:
    """Text that renders as itself inside a line: no markup, no HTML.
    Plain punctuation stays readable in the raw file."""
    flat = " ".join(value.split())
    return _INLINE.sub(r"\\\1", html.escape(flat, quote=False))


def line(value: str) -> str:
    """The same, for text that starts a line or follows a list marker."""
    return _BLOCK.sub(_unblock, text(value))


def kind_counts(kinds: Iterable[str]) -> str:
    """`223 overview, 194 term, ...`: the most common kind first."""
    counts = Counter(kinds)
    return ", ".join(f"{n} {text(kind)}" for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def code(value: str) -> str:
    """An inline code span that holds any text, backticks included."""
    flat = " ".join(value.split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def shorten(value: str, limit: int) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
