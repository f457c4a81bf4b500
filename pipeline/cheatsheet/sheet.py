"""The sheet's content: every section, topic and line of the notes, flattened
into the units the layout places (a section band, topic headings, lines), and
the front matter. Plain values built from the Pack; no layout here.

Text reaches HTML only through `inline.to_html`, which escapes everything:
notes are untrusted.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from pipeline.model import inline as inl
from pipeline.clock import date, iso
from pipeline.model import Inline, Node, NodeRole, Pack, Span, Table
from pipeline.cheatsheet.domains import Domain, Domains, Neutral, topic_domains

# Bullets by depth; DejaVu Sans Condensed has all three.
BULLETS = ("•", "◦", "▪")


@dataclass(frozen=True)
class Line:
    html: Markup
    depth: int
    role: NodeRole
    marker: str  # bullet or step number, empty for plain lines
    leads: bool  # keep with the next line: a label, or a line its nested lines follow


@dataclass(frozen=True)
class TopicView:
    title: Markup
    plain_title: str
    intro: bool  # the text before a section's first topic: no heading
    domain: Domain | None
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class SectionView:
    anchor: str
    title: Markup
    plain_title: str
    topics: tuple[TopicView, ...]

    @property
    def unit_count(self) -> int:
        """Band (across the page and a column wide), headings and lines: the
        boxes the layout measures for this section."""
        return 2 + sum((0 if t.intro else 1) + len(t.lines) for t in self.topics)


@dataclass(frozen=True)
class DomainWeight:
    domain: Domain | None  # its style on the sheet, when a topic of it is there
    number: str
    name: str
    weight: float | None


@dataclass(frozen=True)
class CramHeader:
    exam: str
    exam_title: str
    domains: tuple[DomainWeight, ...]


@dataclass(frozen=True)
class Sheet:
    title: str
    version: str
    author: str
    description: str
    build_date: str
    build_iso: str
    keywords: str
    exam: str | None
    legend: tuple[Domain, ...]
    neutral: Neutral
    sections: tuple[SectionView, ...]
    cram: CramHeader | None = None  # the cram sheet's header (exam, domains, weights) instead of the contents


def build_sheet(pack: Pack, domains: Domains | None = None) -> Sheet:
    domains = domains if domains is not None else topic_domains(pack)
    config = pack.config
    sections = []
    for d_index, document in enumerate(pack.documents):
        render = _Renderer(pack, document.path)
        for s_index, section in enumerate(document.sections):
            topics = tuple(
                TopicView(
                    title=render.html(topic.title),
                    plain_title=inl.to_plain(topic.title),
                    intro=topic.intro,
                    domain=domains.by_topic.get((d_index, s_index, t_index)),
                    lines=tuple(render.lines(topic.body, 0)),
                )
                for t_index, topic in enumerate(section.topics)
            )
            if s_index == 0 and document.description:
                # The text under the document's title, before its first section.
                line = Line(Markup(inl.escape(document.description)), 0, "line", "", leads=False)
                topics = (TopicView(Markup(""), "", True, None, (line,)), *topics)
            anchor = f"s{len(sections)}"
            sections.append(SectionView(anchor, render.html(section.title), inl.to_plain(section.title), topics))
    return Sheet(
        title=config.title,
        version=config.version,
        author=config.author,
        description=config.description,
        build_date=date(pack.build_time),
        build_iso=iso(pack.build_time),
        keywords=", ".join(dict.fromkeys(s.plain_title for s in sections)),
        exam=domains.exam,
        legend=domains.legend,
        neutral=domains.neutral,
        sections=tuple(sections),
    )


# The pack's pictures, as the sheet names them: served from memory by fetch.py.
MEDIA_SCHEME = "media"


def media_url(name: str) -> str:
    return f"{MEDIA_SCHEME}:{name}"


class _Renderer:
    """Lines of one notes file as the sheet prints them; its images from the pack's media."""

    def __init__(self, pack: Pack, path: str) -> None:
        self.media = {url: media.name for (source, url), media in pack.media.items() if source == path}

    def image_src(self, span: Span) -> str | None:
        found = self.media.get(span.url)
        return media_url(found) if found else None

    def html(self, spans: Inline) -> Markup:
        # Escaped by the inline renderer. Emoji variation selectors go: the text
        # form of ⚠ is in the sheet's font, the emoji form would pull in another.
        return Markup(inl.to_html(spans, self.image_src).replace("\ufe0f", ""))

    def lines(self, nodes: tuple[Node, ...], depth: int) -> list[Line]:
        lines: list[Line] = []
        step = 0
        for node in nodes:
            step = step + 1 if node.role == "step" else 0
            if node.table is not None:
                lines.extend(self._table_lines(node.table, depth))
                continue
            lines.append(
                Line(
                    html=self._node_html(node),
                    depth=depth,
                    role=node.role,
                    marker=_marker(node.role, depth, step),
                    leads=node.role == "label" or bool(node.children),
                )
            )
            lines.extend(self.lines(node.children, depth + 1))
        return lines

    def _table_lines(self, table: Table, depth: int) -> list[Line]:
        """A table as one line per row: `first cell — column: cell · column: cell`."""
        header = [self.html(h) for h in table.header]
        lines = []
        for row in table.rows:
            if not row:
                continue
            rest = [
                Markup("{}: {}").format(header[i], self.html(cell)) if i < len(header) and len(row) > 2 else self.html(cell)
                for i, cell in enumerate(row[1:], 1)
                if inl.to_plain(cell).strip()
            ]
            html = Markup('<b class="term">{}</b>').format(self.html(row[0]))
            if rest:
                html += Markup(" — ") + Markup(" · ").join(rest)
            lines.append(Line(html=html, depth=depth, role="item", marker=_marker("item", depth, 0), leads=False))
        return lines

    def _node_html(self, node: Node) -> Markup:
        split = inl.split_term(node.inline) if node.role != "code" else None
        if split and split[1]:
            return Markup('<b class="term">{}</b> — {}').format(self.html(split[0]), self.html(split[1]))
        return self.html(node.inline)


def _marker(role: NodeRole, depth: int, step: int) -> str:
    if role == "item":
        return BULLETS[depth % len(BULLETS)]
    if role == "step":
        return f"{step}."
    return ""
