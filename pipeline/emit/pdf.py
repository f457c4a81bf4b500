"""The printable cheat sheet: the notes laid out for reading, rendered from
jinja2 templates by WeasyPrint."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import inline as inl
from ..clock import date, iso
from ..model import Inline, Node, Pack
from ..templates import TEMPLATES


@dataclass(frozen=True)
class ItemView:
    term: Markup  # empty when the line is not `term: definition`
    text: Markup
    role: str
    children: tuple[ItemView, ...]


@dataclass(frozen=True)
class TopicView:
    anchor: str
    title: Markup
    plain_title: str
    intro: bool
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class SectionView:
    anchor: str
    title: Markup
    plain_title: str
    topics: tuple[TopicView, ...]


def _item(node: Node) -> ItemView:
    children = tuple(_item(c) for c in node.children)
    split = inl.split_term(node.inline) if node.role != "code" else None
    if split and split[1]:
        return ItemView(_html(split[0]), _html(split[1]), node.role, children)
    return ItemView(Markup(""), _html(node.inline), node.role, children)


def _html(spans: Inline) -> Markup:
    return Markup(inl.to_html(spans))  # escaped by the inline renderer


def sections(pack: Pack) -> list[SectionView]:
    views = []
    for d_index, document in enumerate(pack.documents):
        for s_index, section in enumerate(document.sections):
            anchor = f"s{d_index}-{s_index}"
            topics = tuple(
                TopicView(
                    anchor=f"{anchor}-t{t_index}",
                    title=_html(topic.title),
                    plain_title=inl.to_plain(topic.title),
                    intro=topic.intro,
                    items=tuple(_item(n) for n in topic.body),
                )
                for t_index, topic in enumerate(section.topics)
            )
            views.append(SectionView(anchor, _html(section.title), inl.to_plain(section.title), topics))
    return views


def render_html(pack: Pack) -> str:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "cheatsheet"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    config = pack.config
    views = sections(pack)
    return environment.get_template("sheet.html.j2").render(
        keywords=", ".join(dict.fromkeys(view.plain_title for view in views)),
        title=config.title,
        version=config.version,
        author=config.author,
        description=config.description,
        build_date=date(pack.build_time),
        build_iso=iso(pack.build_time),
        paper=config.cheatsheet.paper,
        columns=config.cheatsheet.columns,
        font_size=config.cheatsheet.font_size,
        sections=views,
    )


@contextmanager
def _fixed_font_clock(epoch: int) -> Iterator[None]:
    # fontTools stamps each subset font with the current time unless
    # SOURCE_DATE_EPOCH is set.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    import weasyprint  # slow to import; only when a PDF is asked for

    target = out_dir / f"{pack.config.slug}.pdf"
    document = weasyprint.HTML(string=render_html(pack), base_url=str(TEMPLATES / "cheatsheet"))
    with _fixed_font_clock(pack.build_time):
        document.write_pdf(target, uncompressed_pdf=False)
    return [target]
