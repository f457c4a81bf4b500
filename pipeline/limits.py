"""Bounds on hostile or broken notes, so any input builds in bounded time and
memory: overlong lines are cut, control characters dropped and a file too
big to be notes is refused. (Lists nested past what the parser reads are
reported by the parser.)"""

from __future__ import annotations

import re

from pipeline.diagnostics import Diagnostic, PipelineError, warning

MAX_LINE = 20_000  # characters; a longer line is cut there
MAX_FILE = 20 * 1024 * 1024  # bytes
# NUL and the other C0/C1 controls (not tab, newline, carriage return): never
# text a reader meant, and NUL is cut short by some readers of the outputs.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def within_limits(text: str, path: str) -> tuple[str, list[Diagnostic]]:
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE:
        raise PipelineError(path, 1, f"file larger than {MAX_FILE // (1024 * 1024)} MB: not read as notes")
    problems: list[Diagnostic] = []
    text = _without_controls(text, path, problems)
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE:
            problems.append(warning(path, number, f"line of {len(line):,} characters cut to {MAX_LINE:,}"))
            lines[number - 1] = line[:MAX_LINE]
    return "\n".join(lines), problems


def _without_controls(text: str, path: str, problems: list[Diagnostic]) -> str:
    first = _CONTROL.search(text)
    if first is None:
        return text
    count = len(_CONTROL.findall(text))
    line = text.count("\n", 0, first.start()) + 1
    code = f"U+{ord(first.group()):04X}"
    more = f" ({count:,} in the file)" if count > 1 else ""
    problems.append(warning(path, line, f"control character {code} dropped{more}"))
    return _CONTROL.sub("", text)
