"""`errata.toml`: corrections the pack's maintainer makes to notes they did
not write, without editing the notes (they stay the author's, byte for byte).

    [[correction]]
    file = "notes.md"   # optional when the pack has one notes file
    line = 412          # the notes line the correction is made on
    was = "IasS"        # text on that line
    now = "IaaS"        # what the cards and sheets say instead
    why = "typo"        # optional, for the maintainer

    [[addition]]        # an item a list of the notes lacks today
    file = "notes.md"   # optional, as above
    line = 883          # the list item the new item follows
    after = "Failover"  # text on that line
    text = "Geolocation: by the user's location"   # the new item's words
    why = "AWS added it in 2017"                     # optional

A correction only ever changes text within its line. An added item takes the
indentation and list marker of the item it follows, goes after that item and
the lines nested under it, and reports the line it is put after, so every line
number the build reports still points into the notes as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.tomlfile import TomlFile

TABLE = "correction"
ADDITION = "addition"
_KEYS = {"file": str, "line": int, "was": str, "now": str, "why": str}
_ADDITION_KEYS = {"file": str, "line": int, "after": str, "text": str, "why": str}
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")


@dataclass(frozen=True)
class Correction:
    file: str  # the notes file, relative to the pack folder
    line: int
    was: str
    now: str
    at: int  # the entry's line in the errata file, for messages


@dataclass(frozen=True)
class Addition:
    file: str  # the notes file, relative to the pack folder
    line: int  # the list item it follows
    after: str  # text on that line
    text: str  # the new item's words, without a list marker
    at: int  # the entry's line in the errata file, for messages


@dataclass(frozen=True)
class Errata:
    corrections: tuple[Correction, ...] = ()
    additions: tuple[Addition, ...] = ()

    def of(self, file: str) -> Errata:
        """The entries made on one notes file."""
        return Errata(
            tuple(c for c in self.corrections if c.file == file), tuple(a for a in self.additions if a.file == file)
        )

    def __bool__(self) -> bool:
        return bool(self.corrections or self.additions)


def load_errata(path: Path, notes: Sequence[str]) -> Errata:
    """The corrections and additions of `path`, checked against the pack's
    notes files (`notes`, relative to the pack folder)."""
    toml = TomlFile(path)
    for key in toml.data:
        if key not in (TABLE, ADDITION):
            raise toml.error("", key, f"unknown key (an errata file holds only [[{TABLE}]] and [[{ADDITION}]] entries)")
    found: dict[str, list[dict[str, object]]] = {}
    for table in (TABLE, ADDITION):
        entries = toml.data.get(table, [])
        if not isinstance(entries, list):
            raise toml.error("", table, f"must be written as [[{table}]] entries")
        found[table] = entries
    corrections = tuple(_correction(toml, index, entry, notes) for index, entry in enumerate(found[TABLE]))
    additions = tuple(_addition(toml, index, entry, notes) for index, entry in enumerate(found[ADDITION]))
    return Errata(corrections, additions)


def _checked(toml: TomlFile, table: str, index: int, entry: dict[str, object], keys: dict[str, type], needed: Sequence[str], notes: Sequence[str]) -> str:
    """Checks an entry's keys and types; returns its notes file."""
    for key, value in entry.items():
        expected = keys.get(key)
        if expected is None:
            raise toml.error(table, key, f"unknown key (expected one of: {', '.join(keys)})", index)
        if isinstance(value, bool) or not isinstance(value, expected):
            raise toml.error(table, key, "must be " + ("an integer" if expected is int else "a string"), index)
    for key in needed:
        if key not in entry:
            raise toml.error(table, "", f"entry {index + 1} needs `{key}`", index)
    file = entry.get("file")
    if file is None:
        if len(notes) != 1:
            raise toml.error(table, "line", "`file` is needed: the pack has more than one notes file", index)
        return notes[0]
    if file not in notes:
        raise toml.error(table, "file", f"not a notes file of this pack: {file}", index)
    assert isinstance(file, str)
    return file


def _one_line(toml: TomlFile, table: str, index: int, entry: dict[str, object], keys: Sequence[str]) -> None:
    line = entry["line"]
    assert isinstance(line, int)
    if line < 1:
        raise toml.error(table, "line", "must be 1 or more", index)
    for key in keys:
        text = entry[key]
        assert isinstance(text, str)
        if "\n" in text or "\r" in text:
            raise toml.error(table, key, "must stay within one line", index)


def _correction(toml: TomlFile, index: int, entry: dict[str, object], notes: Sequence[str]) -> Correction:
    file = _checked(toml, TABLE, index, entry, _KEYS, ("line", "was", "now"), notes)
    _one_line(toml, TABLE, index, entry, ("was", "now"))
    line, was, now = entry["line"], entry["was"], entry["now"]
    assert isinstance(line, int) and isinstance(was, str) and isinstance(now, str)
    if not was:
        raise toml.error(TABLE, "was", "must not be empty", index)
    return Correction(file, line, was, now, toml.table_line(TABLE, index))


def _addition(toml: TomlFile, index: int, entry: dict[str, object], notes: Sequence[str]) -> Addition:
    file = _checked(toml, ADDITION, index, entry, _ADDITION_KEYS, ("line", "after", "text"), notes)
    _one_line(toml, ADDITION, index, entry, ("after", "text"))
    line, after, text = entry["line"], entry["after"], entry["text"]
    assert isinstance(line, int) and isinstance(after, str) and isinstance(text, str)
    if not after.strip():
        raise toml.error(ADDITION, "after", "must not be empty", index)
    if not text.strip():
        raise toml.error(ADDITION, "text", "must not be empty", index)
    if _LIST_MARKER.match(text):
        raise toml.error(ADDITION, "text", "the item's words only: its list marker is the one of the line it follows", index)
    return Addition(file, line, after, text.strip(), toml.table_line(ADDITION, index))


def is_list_item(line: str) -> bool:
    return bool(_LIST_MARKER.match(line))
