"""mistune's inline tokens -> spans, one list per line of the notes.

Raw HTML in a line is never interpreted: `<br>` breaks the line, harmless
formatting tags are dropped (their text stays), `<img src>` and `<a href>`
with harmless attributes are a picture and a link (`html_tags`), and
anything else (`<script>`, `<img onerror=...>`) is kept as literal text,
which the renderers escape.
"""

from __future__ import annotations

import re

from pipeline.model import inline as inl
from pipeline.notes.html_tags import fold_links, image_span, is_closing_link, tag_attributes
from pipeline.notes.markdown_lines import Token
from pipeline.model import Inline, Span

# GitHub-style shortcodes that notes use as markers; unknown ones stay text.
SHORTCODES = {
    "warning": "⚠️",
    "bulb": "💡",
    "memo": "📝",
    "pushpin": "📌",
    "exclamation": "❗",
    "heavy_exclamation_mark": "❗",
    "question": "❓",
    "information_source": "ℹ️",
    "white_check_mark": "✅",
    "heavy_check_mark": "✔️",
    "x": "❌",
    "star": "⭐",
    "point_right": "👉",
    "rocket": "🚀",
    "fire": "🔥",
    "key": "🔑",
    "lock": "🔒",
    "moneybag": "💰",
    "dollar": "💵",
    "stop_sign": "🛑",
    "no_entry": "⛔",
}
_SHORTCODE = re.compile(r":([a-z][a-z0-9_+-]*):")
_BREAK_TAG = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
# Tags that only format or lay out text: dropped, their text kept.
_FORMAT_TAG = re.compile(
    r"^</?(b|strong|i|em|u|s|del|ins|mark|small|big|sub|sup|kbd|span|abbr|cite|q|var|tt|code|samp|dfn|font|center"
    r"|p|div|section|article|aside|header|footer|nav|main|figure|figcaption|picture|source|details|summary"
    r"|h[1-6]|hr|wbr|time|data|bdi|bdo)(\s[^<>]*)?/?>$",
    re.I,
)
_LETTERED_LINE = re.compile(r"^[a-j][.)]\s")
_PIN = re.compile(r"\s*\{#([A-Za-z0-9][\w.:-]{0,63})\}\s*$")


def lines(children: list[Token]) -> list[tuple[int, Inline]]:
    """Split inline tokens at line breaks: [(line offset, spans), ...].

    A soft break before a lowercase word continues the sentence of a
    hard-wrapped paragraph instead of starting a line of its own."""
    children = fold_links(children)
    result: list[tuple[int, Inline]] = []
    current: list[Span] = []
    start = offset = 0
    for index, token in enumerate(children):
        kind = token["type"]
        if kind == "linebreak" or (kind == "softbreak" and not _continues(current, children[index + 1 :])):
            result.append((start, tuple(current)))
            current = []
            offset += 1
            start = offset
            continue
        if kind == "softbreak":
            current.append(Span("text", " "))
            offset += 1
            continue
        current.extend(spans(token))
        # A code span or raw HTML may itself cross a line.
        offset += str(token.get("raw", "")).count("\n") if kind in ("codespan", "inline_html") else 0
    result.append((start, tuple(current)))
    return [(o, inl.strip(s)) for o, s in result if inl.strip(s)]


def _continues(current: list[Span], rest: list[Token]) -> bool:
    if not rest or rest[0]["type"] != "text":
        return False
    following = rest[0]["raw"]
    before = inl.to_plain(tuple(current)).rstrip()
    if _LETTERED_LINE.match(following):
        return False  # `b) tail`: the next option of a question, not the sentence going on
    return bool(following[:1].islower()) and not before.endswith((":", ".", "?", "!"))


def spans(token: Token) -> list[Span]:
    kind = token["type"]
    if kind == "text":
        return text_spans(token["raw"])
    if kind == "codespan":
        return [Span("code", token["raw"])]
    if kind == "strong":
        return [Span("strong", children=children(token))]
    if kind == "emphasis":
        return [Span("em", children=children(token))]
    if kind == "link":
        attrs = token.get("attrs", {})
        return [Span("link", children=children(token), url=attrs.get("url", ""), title=attrs.get("title") or "")]
    if kind == "image":
        attrs = token.get("attrs", {})
        alt = inl.to_plain(children(token))
        return [Span("image", alt, url=attrs.get("url", ""), title=attrs.get("title") or "")]
    if kind in ("softbreak", "linebreak"):
        return [Span("br")]
    if kind == "inline_html":
        raw = token["raw"].strip()
        if _BREAK_TAG.match(raw):
            return [Span("br")]
        if _FORMAT_TAG.match(raw) or is_closing_link(raw):
            return []
        tag = tag_attributes(raw)
        if tag:  # a picture, or a link whose closing tag is missing (its text stays)
            return [image_span(tag[1])] if tag[0] == "img" else []
        return [Span("text", token["raw"])]  # shown as written, never interpreted
    # Anything else (strikethrough, plugins): keep its text.
    if "children" in token:
        return list(children(token))
    return text_spans(str(token.get("raw", "")))


def children(token: Token) -> Inline:
    out: list[Span] = []
    for child in fold_links(token.get("children", [])):
        out.extend(spans(child))
    return tuple(out)


def text_spans(raw: str) -> list[Span]:
    text = _SHORTCODE.sub(lambda m: SHORTCODES.get(m.group(1), m.group(0)), raw)
    return [Span("text", text)] if text else []


def take_pin(line: Inline) -> tuple[Inline, str | None]:
    """Split a trailing `{#id}` off a line: the id the author pins the card to."""
    if not line or line[-1].kind != "text":
        return line, None
    match = _PIN.search(line[-1].text)
    if not match:
        return line, None
    rest = line[-1].text[: match.start()]
    trimmed = line[:-1] + ((Span("text", rest),) if rest else ())
    return inl.strip(trimmed), match.group(1)


# What may sit between the links of a navigation line: symbols, arrows and a few words of its own.
_NAVIGATION = re.compile(
    r"^(?:[\W_]|\b(?:back|next|previous|prev|home|top|up|contents|index|go|to|return|see|also|page|chapter)\b)*$",
    re.IGNORECASE,
)


def is_navigation(line: Inline) -> bool:
    """A line of nothing but links, and pictures among them (a navigation
    footer, "back to top", a row of badges)."""
    line = inl.strip(line)
    while len(line) == 1 and line[0].kind in ("strong", "em"):
        line = inl.strip(line[0].children)  # **[⬆ Back to top](#top)**
    links = [s for s in line if s.kind == "link"]
    if not links:
        return False
    rest = "".join(s.text for s in line if s.kind == "text")
    return all(s.kind in ("link", "image", "text", "br") for s in line) and bool(_NAVIGATION.match(rest))


_PROMOTION = re.compile(
    r"⭐|\bstar (?:this|the|my|our) (?:repo|repository|project)\b|\bbuy me a coffee\b|\bsponsor (?:me|us|this)\b"
    r"|\bdonat(?:e|ions?)\b|\bfollow (?:me|us)\b|\bsubscribe to (?:my|our)\b|\bpatreon\b|\bko-fi\b"
    r"|\bjoin (?:my|our) (?:discord|slack|telegram|community|newsletter)\b",
    re.IGNORECASE,
)


def is_promotion(line: Inline) -> bool:
    """A request to star, follow, sponsor or join: about the notes' author, not the subject."""
    return bool(_PROMOTION.search(inl.to_plain(line)))


def is_picture(line: Inline) -> bool:
    """A line that is only pictures."""
    line = inl.strip(line)
    return bool(line) and all(s.kind == "image" or (s.kind in ("text", "br") and not s.text.strip()) for s in line)
