"""The release bundle `<slug>-<version>.zip`: the outputs, a changelog, a
README for learners and `SHA256SUMS`, zipped reproducibly."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from pipeline.release import markdown_out as md
from pipeline.archive import write_zip
from pipeline.clock import date
from pipeline.files import write_atomically
from pipeline.release.history import Changes
from pipeline.model import Pack

SUMS = "SHA256SUMS"


def name(pack: Pack) -> str:
    return f"{pack.config.slug}-{pack.config.version}"


def sha256sums(files: Sequence[tuple[str, bytes]]) -> str:
    """The format `sha256sum -c` reads."""
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {file}\n" for file, data in files)


def _describe(pack: Pack, file: str) -> str:
    slug = pack.config.slug
    deck = md.text(pack.config.deck)
    known = {
        f"{slug}.apkg": f"the Anki deck *{deck}*: import this one",
        f"{slug}.csv": "the same notes as text, for spreadsheets (and Anki, once the deck is imported)",
        f"{slug}-basic.csv": "every card with Anki's built-in Basic and Cloze note types, for a collection without the deck",
        f"{slug}.pdf": "the cheat sheet, to print or read",
        f"{slug}-cram.pdf": "the cram sheet: the numbers, every topic in a line, what the exam confuses, on two pages",
        f"{slug}-practice.pdf": "a practice test to print, with an answer grid and the key",
        f"{slug}.cards.json": "every card as data, for tools",
        "README.md": "this file",
        "manifest.json": "version, build time, card counts and the checksum of each file",
        "CHANGELOG.md": "the cards added, changed, retired and removed in this version",
        SUMS: f"checksums: run `sha256sum -c {SUMS}` in this folder",
    }
    return known.get(file, "")


def readme(pack: Pack, files: Sequence[str], changes: Changes) -> str:
    config = pack.config
    slug = config.slug
    title = md.text(config.title)
    version = md.text(config.version)
    previous = pack.history.previous if pack.history else None
    lines = [f"# {title} — version {version}", ""]
    if config.description:
        lines += [md.line(config.description), ""]
    lines += [f"Released {date(pack.build_time)}: {len(pack.cards)} cards ({md.kind_counts(card.kind for card in pack.cards)})."]
    if previous is not None:
        lines += [
            f"Since version {md.text(previous.version)}: {len(changes.added)} cards added, "
            f"{len(changes.changed)} changed, {len(changes.retired)} retired, {len(changes.removed)} removed"
            " (see CHANGELOG.md)."
        ]
    lines += ["", "## What is inside", "", "| file | what |", "|---|---|"]
    lines += [f"| `{file}` | {_describe(pack, file)} |" for file in files]
    apkg = f"`{slug}.apkg`"
    lines += [
        "",
        "## Import into Anki",
        "",
        f"- **Anki desktop** (23.10 or newer): File › Import…, choose {apkg}, keep the default options"
        " (update notes and note types *if newer*, merge note types off) and press Import.",
        f"- **AnkiDroid**: open {apkg} from your file manager or downloads, or use Import in the menu of"
        " the deck list, and choose the file.",
        f"- **AnkiMobile** (iPhone, iPad): open {apkg} from the Files app or a share sheet and choose Anki.",
        "",
        f"The cards go into the deck *{md.text(config.deck)}*.",
        "",
        "## Update to a new version",
        "",
        f"Import the new version's {apkg} the same way, into the same collection. Anki recognises the notes"
        " you already have:",
        "",
        "- cards the new version corrected are updated in place;",
        "- new cards are added;",
        "- every card keeps its review history: due date, interval and number of reviews;",
        "- a note you edited yourself keeps your edit, unless the new version changed that card;",
        "- cards whose notes were removed come once more, tagged `retired::<version>` with a notice on"
        " their back: search `tag:retired::<version>` in the browser and delete or suspend them. The"
        " version after leaves them out, and Anki keeps them as you have them.",
        "",
        "Importing the latest version is enough: it holds every correction of the versions before it."
        " If you changed the card templates or styling yourself, a version that restyles the cards"
        " replaces your changes.",
        "",
        "Anki before 25.02 dates each note it updates to the moment of the import, so a later version"
        " made before that moment does not update that note again. If a changelog lists a correction you"
        " do not see, import once with *Update notes: Always* (this also replaces your own edits).",
        "",
        "## The CSV",
        "",
        f"`{slug}.csv` names this deck's note types, so Anki imports it only into a collection that already"
        f" has the deck: import {apkg} first. Rows then update the notes with the same guid. Spreadsheets"
        " read it as CSV after the lines starting with `#`.",
        "",
        f"`{slug}-basic.csv` uses Anki's built-in note types, Basic and Cloze, with each card's context and"
        " source on its back: use it for a collection without this deck, or for another program that reads"
        " Anki's text files. Its notes are separate from the deck's: do not import both.",
        "",
        "## Checking the files",
        "",
        f"`sha256sum -c {SUMS}` in the unzipped folder checks every file.",
        "",
    ]
    return "\n".join(lines)


def write(pack: Pack, outputs: Sequence[Path], changes: Changes, changelog: str, dist: Path) -> Path:
    """`dist/<slug>-<version>.zip`, written whole or not at all; its files
    sit in one folder `<slug>-<version>/`."""
    folder = name(pack)
    ordered = sorted(outputs, key=lambda p: _order(pack, p.name))
    listed = ["README.md", *(p.name for p in ordered), "CHANGELOG.md", SUMS]
    files = [("README.md", readme(pack, listed, changes).encode("utf-8"))]
    files += [(p.name, p.read_bytes()) for p in ordered]
    files.append(("CHANGELOG.md", changelog.encode("utf-8")))
    files.append((SUMS, sha256sums(files).encode("utf-8")))
    entries = [(f"{folder}/{file}", data) for file, data in files]
    return write_atomically(dist / f"{folder}.zip", lambda path: write_zip(path, entries))


def _order(pack: Pack, file: str) -> tuple[int, str]:
    slug = pack.config.slug
    first = [
        f"{slug}.apkg",
        f"{slug}.csv",
        f"{slug}-basic.csv",
        f"{slug}.pdf",
        f"{slug}-cram.pdf",
        f"{slug}-practice.pdf",
        f"{slug}.cards.json",
        "manifest.json",
    ]
    return (first.index(file), file) if file in first else (len(first), file)
