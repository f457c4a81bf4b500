"""Skip the render when nothing that goes into the PDF changed.

The key covers the sheet's content (notes, domains, dates), its geometry, the
templates, this package's code and the versions of the libraries that write
the PDF; the cram sheet's and the practice test's cover the cards and their
settings instead of the sheet. One PDF of each per pack is kept (with the
notes its render gave), in `$STUDY_PACK_CACHE` (default `~/.cache/study-pack`;
`off` turns caching off).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.files import write_atomically
from pipeline.model import Pack
from pipeline.templates import TEMPLATES
from pipeline.cheatsheet.geometry import Geometry
from pipeline.cheatsheet.sheet import build_sheet

ENVIRONMENT = "STUDY_PACK_CACHE"
_CODE = Path(__file__).resolve().parent
_LIBRARIES = ("weasyprint", "pydyf", "pypdf", "fonttools", "jinja2")


def folder() -> Path | None:
    setting = os.environ.get(ENVIRONMENT)
    if setting is not None:
        return None if setting.strip().lower() in ("", "off", "0", "no") else Path(setting) / "cheatsheet"
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(home) / "study-pack" / "cheatsheet"


def key(pack: Pack, kind: str = "sheet") -> str:
    """`kind`: "sheet" (the full sheet), "cram" or "practice"."""
    digest = hashlib.sha256(kind.encode())
    config = pack.config
    # Part by part: a large pack's whole repr would take hundreds of MB at once.
    if kind == "sheet":
        sheet = build_sheet(pack)
        _feed(digest, [replace(sheet, sections=()), *sheet.sections])
        # The sheet names images by path; their names carry a hash of their content.
        digest.update(repr(sorted(m.name for m in pack.media.values())).encode())
    else:
        about = (config.title, config.version, config.author, config.description, config.exams, config.cram, config.practice)
        _feed(digest, [about, *pack.cards, pack.exams, pack.build_time])
    digest.update(repr(Geometry.of(config.cheatsheet)).encode())
    for path in sorted([*(TEMPLATES / "cheatsheet").iterdir(), *_CODE.glob("*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library}={_version(library)}".encode())
    return digest.hexdigest()


def _feed(digest: Any, values: list[object]) -> None:
    for value in values:
        digest.update(repr(value).encode() + b"\x1e")


def load(name: str, wanted: str) -> tuple[bytes, list[str]] | None:
    """The PDF kept under `name` and its notes, if its key is `wanted`."""
    place = folder()
    if place is None:
        return None
    try:
        if (place / f"{name}.key").read_text(encoding="ascii") == wanted:
            notes = (place / f"{name}.notes").read_text(encoding="utf-8").splitlines()
            return (place / f"{name}.pdf").read_bytes(), notes
    except OSError:
        pass
    return None


def store(name: str, found: str, data: bytes, notes: list[str] | None = None) -> None:
    """Keep the PDF for next time; a cache that cannot be written is no error."""
    place = folder()
    if place is None:
        return
    text = "".join(f"{note}\n" for note in notes or [])
    try:
        # The key goes last: a PDF is only taken when all three were written.
        for file, content in ((f"{name}.pdf", data), (f"{name}.notes", text.encode()), (f"{name}.key", found.encode("ascii"))):
            write_atomically(place / file, lambda path, content=content: path.write_bytes(content))
    except OSError:
        pass


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "-"
