"""The sheets' HTML is read into the tree WeasyPrint's own parser (tinyhtml5)
builds, element for element, or handed to that parser when it cannot be."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import tinyhtml5

import pipeline.cheatsheet as cheatsheet
from pipeline.cheatsheet import tree
from pipeline.cheatsheet.fetch import SheetFetcher
from pipeline.cheatsheet.geometry import Geometry
from pipeline.cheatsheet.html import galley_html, practice_html
from pipeline.cheatsheet.layout import SheetHTML
from pipeline.cheatsheet.practice import build_practice
from pipeline.clock import date, iso
from pipeline.commands.build import load
from pipeline.model import Pack

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shape(element: ET.Element) -> list[tuple[object, ...]]:
    """Every element with its depth, tag, attributes (in order), text and tail."""
    found: list[tuple[object, ...]] = []

    def walk(e: ET.Element, depth: int) -> None:
        found.append((depth, e.tag, list(e.attrib.items()), e.text, e.tail))
        for child in e:
            walk(child, depth + 1)

    walk(element, 0)
    return found


def documents(pack: Pack) -> list[str]:
    """The HTML of the sheet's galley, the cram sheet's and the practice test."""
    sheet = cheatsheet.build_sheet(pack)
    found = [galley_html(sheet, range(len(sheet.sections)), Geometry.of(pack.config.cheatsheet), front=True)]
    geometry, cram, _ = cheatsheet.plan_cram(pack)
    found.append(galley_html(cram.sheet, range(len(cram.sheet.sections)), geometry, front=True))
    test = build_practice(pack)
    if test.questions:
        found.append(practice_html(test, pack.config.cheatsheet.paper, date(pack.build_time), iso(pack.build_time)))
    return found


def assert_read_as_tinyhtml5_reads(html: str) -> None:
    assert shape(tree.read(html)) == shape(tinyhtml5.parse(html, namespace_html_elements=False))


def test_the_seeds_sheets_read_as_tinyhtml5_reads_them(seed_pack: Pack) -> None:
    for html in documents(seed_pack):
        assert_read_as_tinyhtml5_reads(html)


def test_notes_of_every_markdown_shape_read_as_tinyhtml5_reads_them(tmp_path: Path) -> None:
    """The CommonMark spec's examples, one topic each, and notes that try to
    break out of their text: raw tags, entities, a code block that opens
    with a blank line, stray end tags."""
    examples = json.loads((FIXTURES / "commonmark" / "commonmark.json").read_text(encoding="utf-8"))
    notes = ["# Markdown\n"]
    for index, example in enumerate(examples):
        if index % 50 == 0:
            notes.append(f"\n## Part {index // 50}\n")
        notes.append(f"\n**Example {index}:**\n\n{example['markdown']}\n")
    notes.append(
        "\n## Hostile\n\n**Raw:**\n- <script>alert(1)</script> &amp; &nbsp; &#35; <b>x</b> <img src=x onerror=y>\n"
        "- `</pre>` </div> </p> <svg><line/></svg> <!-- a comment -->\n\n```\n\nafter a blank line\n```\n"
    )
    (tmp_path / "notes.md").write_text("".join(notes), encoding="utf-8")
    for html in documents(load(tmp_path).pack):
        assert_read_as_tinyhtml5_reads(html)


@pytest.mark.parametrize(
    "html",
    [
        "<!doctype html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n<title>a &amp; b</title>\n</head>\n<body>\n<p>x</p>\n</body>\n</html>\n",
        "<html><head></head><body><pre class='l'>\n\nkept: the second newline</pre><pre>\n</pre></body></html>",
        "<html><head></head><body><p class='l d0' data-u>a&nbsp;<b class=\"term\">b</b><br>c<img src='media:x.png' alt='&lt;x&gt;'></p></body></html>",
        "<html><head><style>p > b { color: red }</style></head><body></body></html>",
        # The frame's marks: plain SVG shapes, self-closing, with an attribute HTML5 renames.
        "<html><head></head><body><div><svg class='marks' width='10' viewBox='0 0 10 10'>\n"
        "<line x1='1' y1='0' x2='1' y2='9' stroke='#b4b4b4' stroke-dasharray='4 2'/>\n<g><rect width='2'></rect></g></svg></div></body></html>",
    ],
)
def test_small_documents_read_as_tinyhtml5_reads_them(html: str) -> None:
    assert_read_as_tinyhtml5_reads(html)


@pytest.mark.parametrize(
    "html",
    [
        "<html><head></head><body><p><b>crossed</p></b></body></html>",  # end tags out of order
        "<html><head></head><body><p>a</p><!-- note --></body></html>",  # a comment
        "<html><head></head><body><svg><clippath/></svg></body></html>",  # an SVG element HTML5 renames
        "<html><head></head><body><svg><b>bold</b></svg></body></html>",  # HTML inside SVG
        "<html><head></head><body><p/>open</body></html>",  # a slash that closes nothing
        "<html><head><base href='https://example.org/'></head><body><p>a</p></body></html>",  # another base URL
        "<html><head></head><body><p>a</p></body></html>trailing text",
    ],
)
def test_html_it_cannot_vouch_for_goes_to_tinyhtml5(html: str) -> None:
    with pytest.raises(tree.Unreadable):
        tree.read(html)
    document = SheetHTML(html, SheetFetcher({}))
    assert shape(document.etree_element) == shape(tinyhtml5.parse(html, namespace_html_elements=False))
