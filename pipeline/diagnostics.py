"""Problems found in the input, reported as `path:line: severity: message`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


def warning(path: str, line: int, message: str) -> Diagnostic:
    return Diagnostic(path, line, "warning", message)


class PipelineError(Exception):
    """Bad input or a failed build: reported as one line, exit status 1."""

    def __init__(self, path: str, line: int, message: str, context: tuple[Diagnostic, ...] = ()) -> None:
        super().__init__(message)
        self.diagnostic = Diagnostic(path, line, "error", " ".join(message.split()))
        self.context = context  # problems found before the error, reported with it

    def __str__(self) -> str:
        return "\n".join(str(line) for line in (*self.context, self.diagnostic))

    def __reduce__(self) -> tuple[type[PipelineError], tuple[str, int, str, tuple[Diagnostic, ...]]]:
        # raised in a child process (see commands/apart.py), raised again in its parent
        return (PipelineError, (self.diagnostic.path, self.diagnostic.line, self.diagnostic.message, self.context))


def display_path(path: Path) -> str:
    """A path as the user would type it: relative below the current folder,
    absolute elsewhere."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
