"""The few HTML tags notes use for content, read as what they mean:
`<img src=...>` is a picture and `<a href=...>...</a>` a link. Only tags whose
every attribute is harmless are read; any other (`<img src=x onerror=...>`)
stays text, which the renderers escape.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from pipeline.model import Span

_SAFE_ATTRIBUTES = {
    "img": {"src", "alt", "title", "width", "height", "align", "style", "class", "id", "loading", "border"},
    "a": {"href", "title", "target", "rel", "class", "id", "style", "name"},
}
_OPENING = re.compile(r"^<(img|a)\b", re.IGNORECASE)
_CLOSING_A = re.compile(r"^</a\s*>$", re.IGNORECASE)


class _OneTag(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tag: tuple[str, dict[str, str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.tag is None:
            self.tag = (tag, {name: value or "" for name, value in attrs})

    handle_startendtag = handle_starttag


def tag_attributes(raw: str) -> tuple[str, dict[str, str]] | None:
    """(`img` or `a`, attributes) of one harmless opening tag, else None."""
    raw = raw.strip()
    if not _OPENING.match(raw) or raw.count("<") != 1:
        return None
    parser = _OneTag()
    parser.feed(raw)
    parser.close()
    if parser.tag is None:
        return None
    tag, attrs = parser.tag
    if tag not in _SAFE_ATTRIBUTES or not set(attrs) <= _SAFE_ATTRIBUTES[tag]:
        return None
    if tag == "img" and not attrs.get("src", "").strip():
        return None
    return tag, attrs


def image_span(attrs: dict[str, str]) -> Span:
    return Span("image", attrs.get("alt", "").strip(), url=attrs["src"].strip(), title=attrs.get("title", ""))


def is_closing_link(raw: str) -> bool:
    return bool(_CLOSING_A.match(raw.strip()))


def fold_links(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Inline tokens with each `<a href>`...`</a>` pair made one link token."""
    out: list[dict[str, Any]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        found = tag_attributes(token.get("raw", "")) if token["type"] == "inline_html" else None
        if found and found[0] == "a":
            end = next(
                (j for j in range(index + 1, len(tokens)) if tokens[j]["type"] == "inline_html" and is_closing_link(tokens[j]["raw"])),
                None,
            )
            if end is not None:
                inner = fold_links(tokens[index + 1 : end])
                if "href" in found[1]:
                    out.append({"type": "link", "attrs": {"url": found[1]["href"]}, "children": inner})
                else:
                    out.extend(inner)  # an anchor (`<a name="s3">`): only a place to link to
                index = end + 1
                continue
        out.append(token)
        index += 1
    return out
