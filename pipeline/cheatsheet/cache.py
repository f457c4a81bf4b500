"""Skip the render when nothing that goes into the PDF changed.

The key covers the sheet's content (notes, domains, dates), its geometry, the
templates, this package's code and the versions of the libraries that write
the PDF. One PDF per pack is kept, in `$STUDY_PACK_CACHE` (default
`~/.cache/study-pack`; `off` turns caching off).
"""

from __future__ import annotations

import hashlib
import os
from importlib import metadata
from pathlib import Path

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


def key(pack: Pack) -> str:
    digest = hashlib.sha256()
    digest.update(repr(build_sheet(pack)).encode())
    # The sheet names images by path; their names carry a hash of their content.
    digest.update(repr(sorted(m.name for m in pack.media.values())).encode())
    digest.update(repr(Geometry.of(pack.config.cheatsheet)).encode())
    for path in sorted([*(TEMPLATES / "cheatsheet").iterdir(), *_CODE.glob("*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library}={_version(library)}".encode())
    return digest.hexdigest()


def load(slug: str, wanted: str) -> bytes | None:
    place = folder()
    if place is None:
        return None
    try:
        if (place / f"{slug}.key").read_text(encoding="ascii") == wanted:
            return (place / f"{slug}.pdf").read_bytes()
    except OSError:
        pass
    return None


def store(slug: str, found: str, data: bytes) -> None:
    """Keep the PDF for next time; a cache that cannot be written is no error."""
    place = folder()
    if place is None:
        return
    try:
        for name, content in ((f"{slug}.pdf", data), (f"{slug}.key", found.encode("ascii"))):
            write_atomically(place / name, lambda path, content=content: path.write_bytes(content))
    except OSError:
        pass


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "-"
