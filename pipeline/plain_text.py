"""Markdown text as plain text: entities decoded once, markup dropped.

Used where notes give a name rather than content (a pack's title taken from
a heading), and for the entities of every text span.
"""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Any

import mistune

# CommonMark's entity and numeric references: a semicolon is required.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """`&copy;` -> ©, `&#35;` -> #; unknown names and `&copy` without its semicolon stay as typed."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


@cache
def _inline() -> mistune.InlineParser:
    return mistune.InlineParser(hard_wrap=False, max_nested_level=8)


def plain(markdown: str) -> str:
    """One line of markdown as the words a reader sees: `**AWS** &amp; _more_` -> `AWS & more`."""
    tokens = _inline()(markdown, {"ref_links": {}})
    return " ".join(_words(tokens).split())


def _words(tokens: Any) -> str:
    out = []
    for token in tokens:
        if "children" in token:
            out.append(_words(token["children"]))
        elif token["type"] == "text":
            out.append(decode_entities(token["raw"]))
        elif token["type"] in ("softbreak", "linebreak"):
            out.append(" ")
        else:
            out.append(str(token.get("raw", "")))
    return "".join(out)
