"""Inline text rendered to escaped HTML: nothing in a note is ever passed through as HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from pipeline.model import Span

_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def escape(text: str) -> str:
    """Escape text for an HTML field. Braces too: Anki reads `{{...}}` in a
    cloze field as template syntax, so a note's own braces must not reach it."""
    return html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")


def to_html(inline: Iterable[Span], image_src: Callable[[Span], str | None] | None = None) -> str:
    return "".join(_span_html(span, image_src) for span in inline)


def _span_html(span: Span, image_src: Callable[[Span], str | None] | None) -> str:
    kind = span.kind
    if kind == "text":
        return _arrows(escape(span.text))
    if kind == "strong":
        return f"<b>{to_html(span.children, image_src)}</b>"
    if kind == "em":
        return f"<i>{to_html(span.children, image_src)}</i>"
    if kind == "code":
        return f"<code>{escape(span.text)}</code>"
    if kind == "br":
        return "<br>"
    if kind == "link":
        label = to_html(span.children, image_src) or escape(span.url)
        if span.url.lower().startswith(_SAFE_SCHEMES):
            return f'<a href="{html.escape(span.url, quote=True)}">{label}</a>'
        return label
    if kind == "image":
        src = image_src(span) if image_src else None
        alt = html.escape(span.text, quote=True)
        if src:
            return f'<img src="{html.escape(src, quote=True)}" alt="{alt}">'
        if span.url.lower().startswith(("http://", "https://")):
            # Remote images are never fetched: they stay links, marked as pictures (REMOTE_PICTURE reads it).
            return f'<a class="sp-remote-picture" href="{html.escape(span.url, quote=True)}">{escape(span.text or span.url)}</a>'
        return f"[image: {escape(span.text or span.url)}]"  # MISSING_PICTURE reads it
    raise ValueError(f"unknown span kind {kind!r}")


# how `to_html` shows a picture it has no file for, and one it leaves where it is on the web
MISSING_PICTURE = re.compile(r"\[image: [^\]]*\]")
REMOTE_PICTURE = re.compile(r'<a class="sp-remote-picture"[^>]*>.*?</a>', re.DOTALL)

_ARROWS = ((re.compile(r"&lt;-{1,2}&gt;"), "↔"), (re.compile(r"-{1,2}&gt;"), "→"), (re.compile(r"={1,2}&gt;"), "⇒"))


def _arrows(escaped: str) -> str:
    """`->`, `-->` and `=>` as written in plain-text notes, shown as one arrow."""
    if "&gt;" not in escaped:
        return escaped  # every arrow ends so
    for pattern, arrow in _ARROWS:
        escaped = pattern.sub(arrow, escaped)
    return escaped
