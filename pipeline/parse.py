"""Markdown notes -> sections, topics and their body lines, each with its line.

The shapes understood: `## Section`; a topic as a bold paragraph
(`**EFS:**`, `**How the web works ?**`, `**Service Quotas:** text...`) or a
heading below the section level; an italic line or a line ending with a colon
that leads a list (a sub-topic); nested and numbered lists; paragraphs, one
node per source line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from . import inline as inl
from .markdown_lines import Token, parse_tokens
from .model import Document, Inline, Node, Section, Span, Topic

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
    "clock1": "🕐",
    "stop_sign": "🛑",
    "no_entry": "⛔",
}
_SHORTCODE = re.compile(r":([a-z][a-z0-9_+-]*):")


def parse_document(text: str, path: str) -> Document:
    tokens = parse_tokens(text)
    builder = _DocumentBuilder(path)
    builder.read(tokens)
    return builder.finish(text.count("\n") + (0 if text.endswith("\n") else 1))


# ---- inline tokens -> spans, one list per source line ----------------------------


def _lines(children: list[Token]) -> list[tuple[int, Inline]]:
    """Split inline tokens at line breaks: [(line offset, spans), ...]."""
    lines: list[tuple[int, Inline]] = []
    current: list[Span] = []
    offset = 0
    for token in children:
        kind = token["type"]
        if kind in ("softbreak", "linebreak"):
            lines.append((offset, tuple(current)))
            current = []
            offset += 1
            continue
        current.extend(_spans(token))
        # A code span or raw HTML may itself cross a line.
        offset += str(token.get("raw", "")).count("\n") if kind in ("codespan", "inline_html") else 0
    lines.append((offset, tuple(current)))
    return [(o, inl.strip(spans)) for o, spans in lines if inl.strip(spans)]


def _spans(token: Token) -> list[Span]:
    kind = token["type"]
    if kind == "text":
        return _text_spans(token["raw"])
    if kind == "codespan":
        return [Span("code", token["raw"])]
    if kind == "strong":
        return [Span("strong", children=_children(token))]
    if kind == "emphasis":
        return [Span("em", children=_children(token))]
    if kind == "link":
        attrs = token.get("attrs", {})
        return [Span("link", children=_children(token), url=attrs.get("url", ""), title=attrs.get("title") or "")]
    if kind == "image":
        attrs = token.get("attrs", {})
        alt = inl.to_plain(_children(token))
        return [Span("image", alt, url=attrs.get("url", ""), title=attrs.get("title") or "")]
    if kind in ("softbreak", "linebreak"):
        return [Span("br")]
    if kind == "inline_html":
        return [Span("text", token["raw"])]  # shown as written, never interpreted
    # Anything else (strikethrough, plugins): keep its text.
    if "children" in token:
        return list(_children(token))
    return _text_spans(str(token.get("raw", "")))


def _children(token: Token) -> Inline:
    spans: list[Span] = []
    for child in token.get("children", []):
        spans.extend(_spans(child))
    return tuple(spans)


def _text_spans(raw: str) -> list[Span]:
    text = _SHORTCODE.sub(lambda m: SHORTCODES.get(m.group(1), m.group(0)), raw)
    return [Span("text", text)] if text else []


# ---- blocks -> nodes -------------------------------------------------------------------


def _is_label(spans: Inline) -> bool:
    """A line that introduces what follows: `*Sub-topic*` or `Text:`."""
    spans = inl.strip(spans)
    if len(spans) == 1 and spans[0].kind in ("em", "strong"):
        return True
    return inl.ends_with_colon(spans)


def _paragraph_nodes(token: Token) -> list[Node]:
    base = token["line"]
    return [Node(spans, base + offset, "line") for offset, spans in _lines(token.get("children", []))]


def _block_nodes(tokens: list[Token]) -> list[Node]:
    """Nodes of a run of blocks; a label line adopts the list right after it."""
    nodes: list[Node] = []
    pending_label = False
    for token in tokens:
        kind = token["type"]
        if kind == "blank_line":
            continue
        if kind == "list":
            items = _list_nodes(token)
            if pending_label and nodes:
                label = nodes[-1]
                nodes[-1] = Node(label.inline, label.line, "label", label.children + tuple(items))
            else:
                nodes.extend(items)
            pending_label = False
            continue
        new = _other_block_nodes(token)
        nodes.extend(new)
        pending_label = bool(new) and new[-1].role == "line" and _is_label(new[-1].inline)
    return nodes


def _other_block_nodes(token: Token) -> list[Node]:
    kind = token["type"]
    if kind in ("paragraph", "block_text"):
        return _paragraph_nodes(token)
    if kind == "nodes":  # lines already read, e.g. the text after a topic's title
        return list(token["nodes"])
    if kind == "block_code":
        code = token.get("raw", "").rstrip("\n")
        if not code.strip():
            return []
        first = token["line"] + (1 if token.get("style") == "fenced" else 0)
        return [Node((Span("code", code),), first, "code")]
    if kind == "block_quote":
        return _block_nodes(token.get("children", []))
    if kind == "heading":
        spans = _lines(token.get("children", []))
        return [Node(spans[0][1], token["line"], "label")] if spans else []
    return []  # thematic breaks, raw HTML


def _list_nodes(token: Token) -> list[Node]:
    ordered = bool(token.get("attrs", {}).get("ordered"))
    nodes: list[Node] = []
    for item in token.get("children", []):
        nodes.extend(_item_nodes(item.get("children", []), ordered))
    return nodes


def _item_nodes(blocks: list[Token], ordered: bool) -> list[Node]:
    """A list item: its first text block gives one node per line; nested
    blocks hang under the last of those lines."""
    heads: list[Node] = []
    rest = list(blocks)
    while rest and rest[0]["type"] == "blank_line":
        rest.pop(0)
    if rest and rest[0]["type"] in ("paragraph", "block_text"):
        # The item is its first line; lines continuing it are lines of their own.
        lines = _paragraph_nodes(rest.pop(0))
        heads = [Node(n.inline, n.line, ("step" if ordered else "item") if i == 0 else "line") for i, n in enumerate(lines)]
    children = _block_nodes(rest)
    if not heads:
        return children
    if children:
        last = heads[-1]
        heads[-1] = Node(last.inline, last.line, last.role, tuple(children))
    return heads


# ---- the document: sections and topics ---------------------------------------------------


def _topic_title(spans: Inline) -> tuple[Inline, Inline] | None:
    """`**Title:** rest`, `**Title?**`, `**Title**:` or a bold line alone."""
    spans = inl.strip(spans)
    if not spans or spans[0].kind != "strong":
        return None
    title = inl.strip(spans[0].children)
    rest = inl.strip(spans[1:])
    title_plain = inl.to_plain(title).rstrip()
    rest_plain = inl.to_plain(rest)
    if not title_plain:
        return None
    if title_plain.endswith((":", "?")) or not rest_plain.strip() or rest_plain.lstrip().startswith(":"):
        return inl.strip_label(title), inl.strip(inl.strip(rest, " \t:"))
    return None


@dataclass
class _TopicDraft:
    title: Inline
    line: int
    intro: bool
    blocks: list[Token] = field(default_factory=list)


@dataclass
class _SectionDraft:
    title: Inline
    line: int
    topics: list[_TopicDraft] = field(default_factory=list)


class _DocumentBuilder:
    """Reads top-level tokens in order, opening sections and topics."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.title: str | None = None
        self.description: list[str] = []
        self.sections: list[_SectionDraft] = []
        self.title_level = 0
        self.section_level = 2

    def read(self, tokens: list[Token]) -> None:
        levels = [t["attrs"]["level"] for t in tokens if t["type"] == "heading"]
        # One leading `#` is the document's title; the next level down holds sections.
        self.title_level = 1 if levels[:1] == [1] and levels.count(1) == 1 else 0
        rest = [lv for lv in levels if lv != self.title_level]
        self.section_level = min(rest) if rest else 2
        for token in tokens:
            self._read(token)

    def _read(self, token: Token) -> None:
        kind = token["type"]
        if kind == "heading":
            level = token["attrs"]["level"]
            spans = _lines(token.get("children", []))
            title = spans[0][1] if spans else ()
            if level == self.title_level:
                self.title = inl.to_plain(title).strip() or None
            elif level <= self.section_level:
                self.sections.append(_SectionDraft(title, token["line"]))
            elif title:
                self._open_topic(title, token["line"], intro=False)
            return
        if kind == "paragraph":
            lines = _lines(token.get("children", []))
            if lines:
                found = _topic_title(lines[0][1])
                if found:
                    title, rest = found
                    topic = self._open_topic(title, token["line"], intro=False)
                    nodes = [Node(rest, token["line"], "line")] if rest else []
                    nodes += [Node(s, token["line"] + o, "line") for o, s in lines[1:]]
                    if nodes:
                        topic.blocks.append({"type": "nodes", "nodes": nodes})
                    return
        if not self.sections and not self._has_topic():
            if kind == "paragraph":
                self.description.extend(inl.to_plain(s) for _, s in _lines(token.get("children", [])))
                return
            if kind == "blank_line":
                return
        self._current_topic().blocks.append(token)

    def _has_topic(self) -> bool:
        return bool(self.sections and self.sections[-1].topics)

    def _section(self) -> _SectionDraft:
        if not self.sections:
            title = self.title or self.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            self.sections.append(_SectionDraft((Span("text", title),), 1))
        return self.sections[-1]

    def _open_topic(self, title: Inline, line: int, intro: bool) -> _TopicDraft:
        topic = _TopicDraft(title, line, intro)
        self._section().topics.append(topic)
        return topic

    def _current_topic(self) -> _TopicDraft:
        section = self._section()
        if not section.topics:
            section.topics.append(_TopicDraft(section.title, section.line, intro=True))
        return section.topics[-1]

    def finish(self, line_count: int) -> Document:
        sections = []
        for draft in self.sections:
            topics = []
            for topic in draft.topics:
                body = tuple(_block_nodes(topic.blocks))
                if body or not topic.intro:
                    topics.append(Topic(topic.title, topic.line, body, topic.intro))
            sections.append(Section(draft.title, draft.line, tuple(topics)))
        return Document(
            path=self.path,
            title=self.title,
            description=" ".join(d.strip() for d in self.description if d.strip()),
            sections=tuple(s for s in sections if s.topics),
            line_count=line_count,
        )
