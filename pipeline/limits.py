"""Bounds on hostile or broken notes, so any input builds in bounded time and
memory: overlong lines are cut and a file too big to be notes is refused.
(Lists nested past what the parser reads are reported by the parser.)"""

from __future__ import annotations

from pipeline.diagnostics import Diagnostic, PipelineError, warning

MAX_LINE = 20_000  # characters; a longer line is cut there
MAX_FILE = 20 * 1024 * 1024  # bytes


def within_limits(text: str, path: str) -> tuple[str, list[Diagnostic]]:
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE:
        raise PipelineError(path, 1, f"file larger than {MAX_FILE // (1024 * 1024)} MB: not read as notes")
    problems: list[Diagnostic] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE:
            problems.append(warning(path, number, f"line of {len(line):,} characters cut to {MAX_LINE:,}"))
            lines[number - 1] = line[:MAX_LINE]
    return "\n".join(lines), problems
