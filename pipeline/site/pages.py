"""The site's HTML, from the jinja2 templates in templates/site/ with
autoescaping on: every string from the notes or pack.toml is text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from pipeline.clock import date
from pipeline.files import sha256
from pipeline.model.records import RETIRED, is_retired
from pipeline.site import browser_data, chart
from pipeline.site.inputs import SitePack
from pipeline.templates import TEMPLATES

FOLDER = TEMPLATES / "site"
LISTED = 200  # cards a changelog entry lists before it says how many more


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(FOLDER),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def describe(slug: str, name: str) -> str:
    """One line about a download, by its name."""
    known = {
        f"{slug}.apkg": "the Anki deck: import this one (File › Import; open it in AnkiDroid or AnkiMobile)",
        f"{slug}.csv": "the notes as text, to update the deck's own notes (import the .apkg first) or for spreadsheets",
        f"{slug}-basic.csv": "every card with Anki's built-in Basic and Cloze note types, for a collection without the deck",
        f"{slug}.pdf": "the cheat sheet, to print or read",
        f"{slug}-cram.pdf": "the condensed cheat sheet",
        f"{slug}-practice.pdf": "a printable practice test with its answer key",
        f"{slug}.cards.json": "every card as data, for tools",
        "manifest.json": "version, build time, card counts and checksums",
    }
    if name in known:
        return known[name]
    return "the release bundle: every file, a changelog and checksums" if name.endswith(".zip") else ""


def _size(count: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if count < 1024 or unit == "MB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    return f"{count} bytes"


def downloads(site: SitePack, folder: str) -> list[dict[str, str]]:
    slug = site.pack.config.slug
    return [
        {
            "name": path.name,
            "href": f"{folder}/{path.name}",
            "what": describe(slug, path.name),
            "size": _size(path.stat().st_size),
            "sha256": sha256(path),
        }
        for path in site.downloads
    ]


def _releases(site: SitePack) -> list[dict[str, Any]]:
    notes = []
    for note in site.releases:
        changes = note.changes
        groups = [
            ("Added", changes.added if note.record.previous else ()),
            ("Changed", changes.changed),
            ("Retired", changes.retired),
            ("Removed", changes.removed),
        ]
        notes.append(
            {
                "version": note.record.version,
                "date": date(note.record.build_time),
                "first": note.record.previous is None,
                "total": len(note.record.cards),
                "search": f"tag:{RETIRED}{note.record.version}",
                "groups": [
                    {"name": name, "count": len(entries), "cards": entries[:LISTED], "more": max(0, len(entries) - LISTED)}
                    for name, entries in groups
                ],
            }
        )
    return notes


def pack_page(site: SitePack, files_folder: str, assets: str) -> str:
    pack = site.pack
    config = pack.config
    kinds = sorted(Counter(card.kind for card in pack.cards).items(), key=lambda kv: (-kv[1], kv[0]))
    sections = sorted({card.section for card in pack.cards})
    retired = sum(1 for card in pack.cards if is_retired(card.tags))
    return _environment().get_template("pack.html.j2").render(
        config=config,
        exams=", ".join(e.code for e in pack.exams),
        built=date(pack.build_time),
        total=len(pack.cards),
        kinds=kinds,
        retired=retired,
        domains=site.domains,
        chart=Markup(chart.svg(site.exam, site.domains)) if site.exam and site.domains else "",
        sections=sections,
        downloads=downloads(site, files_folder),
        releases=_releases(site),
        data=Markup(browser_data.embed(browser_data.data(site))),
        assets=assets,
    )


def index_page(packs: Sequence[SitePack], assets: str) -> str:
    listed = [
        {
            "slug": site.pack.config.slug,
            "title": site.pack.config.title,
            "description": site.pack.config.description,
            "version": site.pack.config.version,
            "cards": len(site.pack.cards),
            "exams": ", ".join(e.code for e in site.pack.exams),
            "built": date(site.pack.build_time),
        }
        for site in packs
    ]
    return _environment().get_template("index.html.j2").render(packs=listed, assets=assets)
