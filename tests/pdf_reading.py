"""Reading a rendered cheat sheet back, with pypdf and pdfplumber."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdf

WORD = re.compile(r"[^\W_]+")


def words(text: str) -> set[str]:
    return set(WORD.findall(text.casefold()))


def markdown_words(text: str) -> set[str]:
    """The words a reader sees in markdown notes: without shortcodes and link targets."""
    text = re.sub(r":[a-z_]+:", " ", text)
    text = re.sub(r"\]\([^)]*\)", "] ", text)
    return words(text)


@dataclass(frozen=True)
class Entry:
    title: str
    page: int  # 0-based
    top: float  # PDF points from the bottom
    children: tuple[Entry, ...]


def outline(reader: pypdf.PdfReader) -> list[Entry]:
    def walk(items: list) -> list[Entry]:  # type: ignore[type-arg]
        entries: list[Entry] = []
        for item in items:
            if isinstance(item, list):
                last = entries.pop()
                entries.append(Entry(last.title, last.page, last.top, tuple(walk(item))))
            else:
                entries.append(Entry(item.title, reader.get_destination_page_number(item), float(item.top), ()))
        return entries

    return walk(reader.outline)


def fonts(reader: pypdf.PdfReader) -> dict[str, dict]:  # type: ignore[type-arg]
    """Every font the pages use, by base name, with its descriptor."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor.get_object() if descriptor is not None else {}
    return found


def embedded_families(reader: pypdf.PdfReader) -> dict[str, str | None]:
    """Every font the pages use -> the family of the font program embedded
    for it (None: not embedded)."""
    from fontTools.ttLib import TTFont

    found: dict[str, str | None] = {}
    for name, descriptor in fonts(reader).items():
        program = next((descriptor[k] for k in ("/FontFile2", "/FontFile3", "/FontFile") if k in descriptor), None)
        found[name] = None if program is None else TTFont(io.BytesIO(program.get_object().get_data()))["name"].getDebugName(1)
    return found


def page_texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [" ".join(w["text"] for w in page.extract_words()) for page in pdf.pages]


def stream_texts(data: bytes) -> list[str]:
    """Each page's text in the order it is drawn (pypdf): a unit's lines stay
    together however the columns' baselines fall, where grouping characters
    into lines by position (pdfplumber) can interleave neighbouring columns."""
    return [page.extract_text() for page in reader(data).pages]


def reader(data: bytes | Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
