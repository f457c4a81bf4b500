"""Images the notes reference: found, checked and named for the deck.

A local image must sit inside the pack folder (a reference such as
`../../etc/passwd` is refused), exist, and be a picture within the pixel budget (an SVG is sanitised); it
gets a name made from its content, so two images never collide in a
learner's collection. Remote images are never fetched: they stay links.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from pipeline.diagnostics import Diagnostic, warning
from pipeline.model import Document, Inline, MediaFile, Node, Span

IMAGE_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"}
MAX_BYTES = 10 * 1024 * 1024


MediaMap = dict[tuple[str, str], MediaFile]  # (notes file, url as written) -> file


def is_remote(url: str) -> bool:
    return bool(urlsplit(url).scheme) or url.startswith("//")


def collect_media(root: Path, documents: list[Document]) -> tuple[MediaMap, list[Diagnostic]]:
    found: MediaMap = {}
    problems: list[Diagnostic] = []
    base = root.resolve()
    for document in documents:
        folder = (root / document.path).parent
        for line, span in _images(document):
            key = (document.path, span.url)
            if key in found or is_remote(span.url) or not span.url:
                continue
            media, problem = _resolve(base, folder, span.url)
            if media:
                found[key] = media
            elif problem:
                problems.append(warning(document.path, line, problem))
    return found, problems


def _resolve(base: Path, folder: Path, url: str) -> tuple[MediaFile | None, str | None]:
    relative = unquote(urlsplit(url).path)
    if not relative or PurePosixPath(relative).is_absolute():
        return None, f"image {url!r} refused: only paths inside the notes folder are used"
    path = (folder / relative).resolve()
    try:
        path.relative_to(base)
    except ValueError:
        return None, f"image {url!r} refused: it points outside the notes folder"
    if not path.is_file():
        return None, f"image not found: {url}"
    if path.suffix.lower() not in IMAGE_TYPES:
        return None, f"image {url!r} skipped: not a picture ({', '.join(sorted(IMAGE_TYPES))})"
    if path.stat().st_size > MAX_BYTES:
        return None, f"image {url!r} skipped: larger than {MAX_BYTES // (1024 * 1024)} MB"
    from pipeline.notes.pictures import checked_picture  # Pillow: only for notes with pictures

    data, refused = checked_picture(path.read_bytes(), path.suffix.lower())
    if data is None:
        return None, f"image {url!r} skipped: {refused}"
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", path.stem).strip("-")[:40] or "image"
    name = f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}{path.suffix.lower()}"
    return MediaFile(name, path, data), None


def _images(document: Document) -> Iterator[tuple[int, Span]]:
    for section in document.sections:
        for topic in section.topics:
            yield from _in_spans(topic.title, topic.line)
            for node in topic.body:
                yield from _in_node(node)


def _in_node(node: Node) -> Iterator[tuple[int, Span]]:
    yield from _in_spans(node.inline, node.line)
    if node.table:
        for row, line in zip(node.table.rows, node.table.lines):
            for cell in row:
                yield from _in_spans(cell, line)
    for child in node.children:
        yield from _in_node(child)


def _in_spans(spans: Inline, line: int) -> Iterator[tuple[int, Span]]:
    for span in spans:
        if span.kind == "image":
            yield line, span
        yield from _in_spans(span.children, line)
