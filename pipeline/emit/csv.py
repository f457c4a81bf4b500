"""The notes as an Anki-importable text file (Anki 2.1.54+ reads the headers).

RFC 4180 quoting, and a field is also quoted when it starts with `#`, which
Anki's reader would otherwise take for a comment line.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.model import notetypes
from pipeline.model import Pack

COLUMNS = ("guid", "notetype", "deck", "front", "back", "context", "source", "tags")


def header(columns: tuple[str, ...]) -> tuple[str, ...]:
    """Anki's header lines for a file whose first three columns are guid,
    note type and deck, and whose last is the tags."""
    return (
        "#separator:Comma",
        "#html:true",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        f"#tags column:{len(columns)}",
        "#columns:" + ",".join(columns),
    )


HEADER = header(COLUMNS)


def quote(field: str) -> str:
    field = field.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    if "," in field or '"' in field or field.startswith(("#", " ")) or field.endswith(" "):
        return '"' + field.replace('"', '""') + '"'
    return field


def rows(pack: Pack) -> list[list[str]]:
    config = pack.config
    return [
        [card.guid, notetypes.note_type_name(config, card), config.deck, *notetypes.fields(card), " ".join(card.tags)]
        for card in pack.cards
    ]


def write(target: Path, head: tuple[str, ...], table: list[list[str]]) -> Path:
    # line by line: a large deck's file is never held whole in memory
    with target.open("w", encoding="utf-8", newline="") as out:
        for line in head:
            out.write(line + "\r\n")
        for row in table:
            out.write(",".join(quote(field) for field in row) + "\r\n")
    return target


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    return [write(out_dir / f"{pack.config.slug}.csv", HEADER, rows(pack))]
