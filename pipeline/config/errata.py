"""`errata.toml`: corrections the pack's maintainer makes to notes they did
not write, without editing the notes (they stay the author's, byte for byte).

    [[correction]]
    file = "notes.md"   # optional when the pack has one notes file
    line = 412          # the notes line the correction is made on
    was = "IasS"        # text on that line
    now = "IaaS"        # what the cards and sheets say instead
    why = "typo"        # optional, for the maintainer

A correction only ever changes text within its line, so every line number
the build reports still points into the notes as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.tomlfile import TomlFile

TABLE = "correction"
_KEYS = {"file": str, "line": int, "was": str, "now": str, "why": str}


@dataclass(frozen=True)
class Correction:
    file: str  # the notes file, relative to the pack folder
    line: int
    was: str
    now: str
    at: int  # the entry's line in the errata file, for messages


def load_errata(path: Path, notes: Sequence[str]) -> tuple[Correction, ...]:
    """The corrections of `path`, checked against the pack's notes files
    (`notes`, relative to the pack folder)."""
    toml = TomlFile(path)
    for key in toml.data:
        if key != TABLE:
            raise toml.error("", key, f"unknown key (an errata file holds only [[{TABLE}]] entries)")
    entries = toml.data.get(TABLE, [])
    if not isinstance(entries, list):
        raise toml.error("", TABLE, f"must be written as [[{TABLE}]] entries")
    return tuple(_correction(toml, index, entry, notes) for index, entry in enumerate(entries))


def _correction(toml: TomlFile, index: int, entry: dict[str, object], notes: Sequence[str]) -> Correction:
    def fail(key: str, message: str) -> Exception:
        return toml.error(TABLE, key, message, index)

    for key, value in entry.items():
        expected = _KEYS.get(key)
        if expected is None:
            raise fail(key, f"unknown key (expected one of: {', '.join(_KEYS)})")
        if isinstance(value, bool) or not isinstance(value, expected):
            raise fail(key, "must be " + ("an integer" if expected is int else "a string"))
    for key in ("line", "was", "now"):
        if key not in entry:
            raise toml.error(TABLE, "", f"entry {index + 1} needs `{key}`", index)
    file = entry.get("file")
    if file is None:
        if len(notes) != 1:
            raise fail("line", "`file` is needed: the pack has more than one notes file")
        file = notes[0]
    elif file not in notes:
        raise fail("file", f"not a notes file of this pack: {file}")
    line, was, now = entry["line"], entry["was"], entry["now"]
    assert isinstance(file, str) and isinstance(line, int) and isinstance(was, str) and isinstance(now, str)
    if line < 1:
        raise fail("line", "must be 1 or more")
    if not was:
        raise fail("was", "must not be empty")
    for key, text in (("was", was), ("now", now)):
        if "\n" in text or "\r" in text:
            raise fail(key, "must stay within one line")
    return Correction(file, line, was, now, toml.table_line(TABLE, index))
