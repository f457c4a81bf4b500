"""Put the site together in a staging folder, then swap it into place, so a
failed run leaves the previous site as it was.

    <out>/index.html            the packs
    <out>/assets/site.css, site.js
    <out>/<slug>/index.html     one page per pack
    <out>/<slug>/files/...      the downloads, copied so any static host serves them
"""

from __future__ import annotations

import os
from dataclasses import replace
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pipeline.site import pages
from pipeline.site.inputs import SitePack
from pipeline.templates import template_path

ASSETS = "assets"
FILES = "files"


def write(packs: Sequence[SitePack], out: Path) -> list[Path]:
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    staging.chmod(0o755)  # mkdtemp's folder is private; a site is served to anyone
    try:
        written = _write_into(packs, staging)
        _swap(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out / path.relative_to(staging) for path in written]


def _write_into(packs: Sequence[SitePack], root: Path) -> list[Path]:
    written = []
    (root / ASSETS).mkdir()
    for name in ("site.css", "site.js"):
        written.append(Path(shutil.copyfile(template_path(f"site/{name}"), root / ASSETS / name)))
    for site in sorted(packs, key=lambda s: s.pack.config.slug):
        folder = root / site.pack.config.slug
        (folder / FILES).mkdir(parents=True)
        copied = tuple(Path(shutil.copyfile(path, folder / FILES / path.name)) for path in site.downloads)
        page = folder / "index.html"
        page.write_text(pages.pack_page(_with(site, copied), FILES, f"../{ASSETS}"), encoding="utf-8")
        written += [page, *copied]
    index = root / "index.html"
    index.write_text(pages.index_page(packs, ASSETS), encoding="utf-8")
    written.append(index)
    return written


def _with(site: SitePack, downloads: tuple[Path, ...]) -> SitePack:
    return replace(site, downloads=downloads)


def _swap(staging: Path, out: Path) -> None:
    """The new site in place of the old in two renames."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}-old-{os.getpid()}")
        os.replace(out, old)
    os.replace(staging, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
