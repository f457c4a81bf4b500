"""The sheet's content: every section, topic and line of the notes, flattened
into the units the layout places (a section band, topic headings, lines), and
the front matter. Plain values built from the Pack; no layout here.

Text reaches HTML only through `inline.to_html`, which escapes everything:
notes are untrusted.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from .. import inline as inl
from ..clock import date, iso
from ..model import Inline, Node, NodeRole, Pack
from .domains import Domain, Domains, Neutral, topic_domains

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
        """Band, headings and lines: the boxes the layout places for this section."""
        return 1 + sum((0 if t.intro else 1) + len(t.lines) for t in self.topics)


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


def build_sheet(pack: Pack, domains: Domains | None = None) -> Sheet:
    domains = domains if domains is not None else topic_domains(pack)
    config = pack.config
    sections = []
    for d_index, document in enumerate(pack.documents):
        for s_index, section in enumerate(document.sections):
            topics = tuple(
                TopicView(
                    title=_html(topic.title),
                    plain_title=inl.to_plain(topic.title),
                    intro=topic.intro,
                    domain=domains.by_topic.get((d_index, s_index, t_index)),
                    lines=tuple(_lines(topic.body, 0)),
                )
                for t_index, topic in enumerate(section.topics)
            )
            anchor = f"s{len(sections)}"
            sections.append(SectionView(anchor, _html(section.title), inl.to_plain(section.title), topics))
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


def _lines(nodes: tuple[Node, ...], depth: int) -> list[Line]:
    lines: list[Line] = []
    step = 0
    for node in nodes:
        step = step + 1 if node.role == "step" else 0
        lines.append(
            Line(
                html=_node_html(node),
                depth=depth,
                role=node.role,
                marker=_marker(node.role, depth, step),
                leads=node.role == "label" or bool(node.children),
            )
        )
        lines.extend(_lines(node.children, depth + 1))
    return lines


def _marker(role: NodeRole, depth: int, step: int) -> str:
    if role == "item":
        return BULLETS[depth % len(BULLETS)]
    if role == "step":
        return f"{step}."
    return ""


def _node_html(node: Node) -> Markup:
    split = inl.split_term(node.inline) if node.role != "code" else None
    if split and split[1]:
        return Markup('<b class="term">{}</b> — {}').format(_html(split[0]), _html(split[1]))
    return _html(node.inline)


def _html(spans: Inline) -> Markup:
    # Escaped by the inline renderer. Emoji variation selectors go: the text
    # form of ⚠ is in the sheet's font, the emoji form would pull in another.
    return Markup(inl.to_html(spans).replace("\ufe0f", ""))
