"""Reading TOML files with errors that name the file, the line and the key."""

from __future__ import annotations

import re
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Any

from pipeline.diagnostics import PipelineError


class TomlFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.display = str(path)
        try:
            self.text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise PipelineError(self.display, 1, f"not valid UTF-8 ({error.reason})") from None
        except OSError as error:
            raise PipelineError(self.display, 0, f"cannot read: {error.strerror}") from None
        try:
            self.data: dict[str, Any] = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            message = str(error)
            match = re.search(r"\(at line (\d+)", message)
            line = int(match.group(1)) if match else 1
            raise PipelineError(self.display, line, f"invalid TOML: {message.split(' (at line')[0]}") from None
        self._lines = self.text.splitlines()

    def error(self, table: str, key: str, message: str, occurrence: int = 0) -> PipelineError:
        name = f"{table}.{key}" if table and key else table or key
        return PipelineError(self.display, self.key_line(table, key, occurrence), f"`{name}`: {message}")

    def table_line(self, table: str, occurrence: int = 0) -> int:
        """Line of the `occurrence`-th `[table]` or `[[table]]` header."""
        found = self._headers.get(tuple(_parts(table)), [])
        return found[occurrence] if occurrence < len(found) else 1

    @cached_property
    def _headers(self) -> dict[tuple[str, ...], list[int]]:
        """Each table's header lines, in order: looked up once per rule, a file of many rules is read once."""
        headers: dict[tuple[str, ...], list[int]] = {}
        for number, line in enumerate(self._lines, 1):
            header = _header(line)
            if header is not None:
                headers.setdefault(tuple(_parts(header)), []).append(number)
        return headers

    def key_line(self, table: str, key: str, occurrence: int = 0) -> int:
        """Line where `key` is set inside `[table]` ('' for the top level);
        for an array of tables, inside its `occurrence`-th entry."""
        if not table and any(_parts(h) == [key] for h in map(_header, self._lines) if h is not None):
            return self.table_line(key)
        start = self.table_line(table, occurrence) if table else 0
        for number, line in enumerate(self._lines[start:], start + 1):
            if _header(line) is not None:
                break
            match = re.match(r'^\s*("[^"]*"|[A-Za-z0-9_-]+)\s*=', line)
            if match and match.group(1).strip('"') == key:
                return number
        return max(start, 1)


def _header(line: str) -> str | None:
    match = re.match(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$", line)
    return match.group(1) if match else None


def _parts(name: str) -> list[str]:
    return [p.strip().strip('"') for p in name.split(".")] if name else []
