"""WeasyPrint, used to lay the notes out once and put the laid-out boxes on
pages ourselves.

WeasyPrint's own multi-column layout lays the content out again for every
column-balancing attempt and every `break-inside: avoid` retry: on these notes
it costs several times a plain render. Here the galley (every unit in one
column on one tall page) is laid out once, the boxes are measured, `packing`
decides the pages, and the boxes are moved onto the pages of the frame
document, which prints the running header, footer and front matter.

This leans on WeasyPrint's box tree (checked against 70.x, pinned in
pyproject.toml): `Page._page_box`, `box.children`, `box.translate()`,
`box.margin_height()`, `layout_box_backgrounds()`, `HTML._ua_stylesheets()` and
the attributes `HTML.__init__` sets; `weasyprint.Page` and
`Document.copy()` are public.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache
from typing import Any

import cssselect2
import weasyprint
from weasyprint.layout.background import layout_box_backgrounds
from weasyprint.text.fonts import FontConfiguration

from pipeline.cheatsheet import ffi_types, kept_text, tree
from pipeline.cheatsheet.fetch import SheetFetcher
from pipeline.cheatsheet.html import BASE_URL, FOLDER

UNIT_ATTRIBUTE = "data-u"
# How a part's PDF is written: uncompressed, as `merge` compresses every stream once.
PART_OPTIONS = {"uncompressed_pdf": True}
Box = Any  # weasyprint.formatting_structure.boxes.Box

# fontTools is used when libharfbuzz-subset0 is missing: WeasyPrint says so
# once per font, which is noise in a build's output; a picture it cannot load
# was already reported as a warning naming its line. Library messages never
# reach the terminal raw.
logging.getLogger("weasyprint").setLevel(logging.CRITICAL + 1)
kept_text.install()
ffi_types.install()


class SheetHTML(weasyprint.HTML):
    """A sheet's document, read by `tree` (tinyhtml5 when it cannot) and laid
    out with the sheets' own user-agent stylesheet (templates/cheatsheet/ua.css):
    WeasyPrint's matches every element against rules for elements the
    sheets never make."""

    def __init__(self, html: str, fetcher: SheetFetcher) -> None:
        try:
            root = tree.read(html)
        except tree.Unreadable:
            super().__init__(string=html, base_url=BASE_URL, url_fetcher=fetcher)
            return
        # What weasyprint.HTML.__init__ sets, from the tree read here.
        self.base_url = BASE_URL
        self.url_fetcher = fetcher
        self.media_type = "print"
        self.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
        self.etree_element = self.wrapper_element.etree_element

    def _ua_stylesheets(self, forms: bool = False) -> list[weasyprint.CSS]:
        return [_user_agent_css()]


@cache
def _user_agent_css() -> weasyprint.CSS:
    return weasyprint.CSS(filename=str(FOLDER / "ua.css"))


class Galley:
    """The laid-out units of one part of the sheet, in document order."""

    def __init__(self, html: str, font_config: FontConfiguration, fetcher: SheetFetcher) -> None:
        self.font_config = font_config
        document = SheetHTML(html, fetcher).render(font_config=font_config)
        if len(document.pages) != 1:
            raise RuntimeError(f"the cheat sheet's galley took {len(document.pages)} pages instead of one")
        self.boxes: list[Box] = []
        _collect_units(document.pages[0]._page_box, self.boxes)

    @property
    def heights(self) -> list[float]:
        return [box.margin_height() for box in self.boxes]


def _collect_units(box: Box, found: list[Box]) -> None:
    for child in getattr(box, "children", ()):
        element = child.element
        if element is not None and child.element_tag == element.tag and element.get(UNIT_ATTRIBUTE) is not None:
            found.append(child)
        else:
            _collect_units(child, found)


def compose(
    frame_html: str,
    placed: Sequence[Sequence[tuple[Box, float, float]]],
    font_config: FontConfiguration,
    identifier: bytes,
    fetcher: SheetFetcher,
) -> bytes:
    """The frame's pages with each page's boxes moved to (x, y) in its content area."""
    frame = SheetHTML(frame_html, fetcher).render(font_config=font_config)
    if len(frame.pages) != len(placed):
        raise RuntimeError(f"the cheat sheet's frame has {len(frame.pages)} pages instead of {len(placed)}")
    pages = []
    for page, boxes in zip(frame.pages, placed):
        page_box = page._page_box
        left, top = page_box.content_box_x(), page_box.content_box_y()
        for box, x, y in boxes:
            box.translate(left + x - box.position_x, top + y - box.position_y)
            _move_backgrounds(page_box, box)
        root = page_box.children[0]
        root.children = [*root.children, *(box for box, _, _ in boxes)]
        pages.append(weasyprint.Page(page_box))
    return frame.copy(pages).write_pdf(pdf_identifier=identifier, **PART_OPTIONS)


def _move_backgrounds(page_box: Box, box: Box) -> None:
    """Background areas are absolute: lay them out again where the box is
    now, for the boxes that have one (a band, a heading, inline code). The
    others have none wherever they are: the galley found so already."""
    if getattr(box, "background", None) is not None:
        layout_box_backgrounds(page_box, box, _no_image, layout_children=False)
    for child in box.all_children():
        _move_backgrounds(page_box, child)


def _no_image(**_: object) -> None:
    return None  # the sheet has no background images
