"""SVG pictures made self-contained before they reach the deck or the sheet.

An SVG is a document that can run scripts and load other files
(`<image href="file:///...">`, `url(http://...)` in a style, `@import`). What
goes out keeps its drawing and nothing that acts or reaches elsewhere:
scripts, event handlers, foreign objects and animations go, and every
reference that is not to a fragment of the picture itself (`#id`) is removed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)

_DROPPED = {"script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "set",
            "animate", "animateMotion", "animateTransform", "animateColor", "discard"}
# An internal subset can declare entities (which expand without bound) or external files.
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[|>)", re.I)
_EXTERNAL_URL = re.compile(r"""url\(\s*(?!['"]?#)[^)]*\)""", re.I)
_IMPORT = re.compile(r"@import[^;]*;?", re.I)


class UnsafeSvg(ValueError):
    pass


def sanitised_svg(data: bytes) -> bytes:
    """The picture without scripts or outside references; UnsafeSvg if it cannot be read as one."""
    doctype = _DOCTYPE.search(data)
    if doctype and doctype.group(1) == b"[" or b"<!ENTITY" in data:
        raise UnsafeSvg("an SVG that declares entities is not read")
    try:
        root = ET.fromstring(_DOCTYPE.sub(b"", data))
    except ET.ParseError as error:
        raise UnsafeSvg(f"not a well-formed SVG ({error})") from None
    if root.tag != f"{{{SVG}}}svg":
        raise UnsafeSvg("not an SVG picture")
    _clean(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _clean(element: ET.Element) -> None:
    for child in list(element):
        if not isinstance(child.tag, str) or _local(child.tag) in _DROPPED:
            element.remove(child)
        else:
            _clean(child)
    for name, value in list(element.attrib.items()):
        local = _local(name).lower()
        if local.startswith("on") or local == "base":
            del element.attrib[name]
        elif local in ("href", "src") and not value.strip().startswith("#"):
            del element.attrib[name]
        elif "url(" in value.lower() or "@import" in value.lower():
            element.attrib[name] = _safe_css(value)
    if _local(element.tag) == "style" and element.text:
        element.text = _safe_css(element.text)


def _safe_css(css: str) -> str:
    return _EXTERNAL_URL.sub("none", _IMPORT.sub("", css))
