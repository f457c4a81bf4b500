"""The sheets' HTML read into the element tree WeasyPrint lays out.

WeasyPrint reads HTML with tinyhtml5, a whole HTML5 parser that steps
through the text a character at a time in Python: about a tenth of the
sheet's time. The sheets' HTML comes from their templates, with every
note's text escaped, so each element is closed in order or is void; the
standard library's tokenizer reads it into the same tree in a fraction of
that time. A document it cannot read so (an end tag out of order, SVG
beyond the plain shapes of the frame's marks, MathML) is left to tinyhtml5.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from tinyhtml5.constants import adjust_svg_attributes

# HTML's void elements: they have no end tag and hold nothing.
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
SVG = "{http://www.w3.org/2000/svg}"  # inline SVG's elements are in its namespace
# SVG elements spelt the same in HTML (HTML5 renames clippath, lineargradient...).
SVG_TAGS = frozenset({"svg", "g", "line", "rect", "circle", "ellipse", "path", "polyline", "polygon"})


class Unreadable(ValueError):
    """Not HTML this reader vouches for: tinyhtml5 reads it instead."""


def read(html: str) -> ET.Element:
    """The document's `html` element, as tinyhtml5 builds it for this HTML
    (without namespaces); Unreadable when that is not certain."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.finish()


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = ET.Element("html")
        self.stack = [self.root]
        self.in_pre = False  # right after <pre>: HTML drops a newline that opens it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value if value is not None else "" for name, value in attrs}
        self.in_pre = tag == "pre"
        if tag == "svg" or self.stack[-1].tag.startswith(SVG):
            if tag not in SVG_TAGS or any(":" in name for name in values):
                raise Unreadable(f"<{tag}> in SVG")
            attributes = {adjust_svg_attributes.get(name, name): value for name, value in values.items()}
            self.stack.append(ET.SubElement(self.stack[-1], SVG + tag, attributes))
            return
        if tag == "html":
            if len(self.stack) != 1 or len(self.root):
                raise Unreadable("html inside the document")
            self.root.attrib.update(values)
            return
        if tag == "base":
            raise Unreadable("a base URL")  # WeasyPrint would resolve links against it
        if tag in ("head", "body") and self.stack[-1] is not self.root:
            raise Unreadable(f"{tag} inside the document")
        element = ET.SubElement(self.stack[-1], tag, values)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<line/>` closes itself in SVG; in HTML the slash means nothing (`<p/>` stays open).
        in_svg = tag == "svg" or self.stack[-1].tag.startswith(SVG)
        if not in_svg and tag not in VOID:
            raise Unreadable(f"<{tag}/>")
        self.handle_starttag(tag, attrs)
        if in_svg:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self.in_pre = False
        if tag in VOID or tag == "html":
            return
        if len(self.stack) < 2 or self.stack[-1].tag.removeprefix(SVG) != tag:
            raise Unreadable(f"</{tag}> out of order")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_pre and data.startswith("\n"):
            data = data[1:]
        self.in_pre = False
        if not data:
            return
        parent = self.stack[-1]
        if parent is self.root:
            if data.strip():
                raise Unreadable("text outside the body")
            # Space before <head> is dropped, kept after </head>, and moved into the body after </body>.
            if not len(parent):
                return
            if len(parent) == 2:
                parent = parent[1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data

    def handle_comment(self, data: str) -> None:
        raise Unreadable("a comment")

    def handle_pi(self, data: str) -> None:
        raise Unreadable("a processing instruction")

    def unknown_decl(self, data: str) -> None:
        raise Unreadable("a declaration")

    def finish(self) -> ET.Element:
        if len(self.stack) != 1 or [child.tag for child in self.root] != ["head", "body"]:
            raise Unreadable("not one head and one body")
        return self.root
