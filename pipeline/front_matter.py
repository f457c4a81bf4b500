"""YAML front matter: blanked out of the text, its simple pairs read."""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def strip_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """YAML front matter blanked out (lines keep their numbers), and its
    simple `key: value` pairs."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    meta = {}
    for line in (match.group(1) or "").splitlines():
        found = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$", line)
        if found:
            meta[found.group(1).lower()] = found.group(2).strip("'\"")
    return "\n" * match.group(0).count("\n") + text[match.end() :], meta
