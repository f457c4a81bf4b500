"""A notes file's text with the pack's corrections made (config/errata.py)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.config.errata import Correction
from pipeline.diagnostics import Diagnostic, warning


def corrected(text: str, corrections: Sequence[Correction], errata: str, notes: str) -> tuple[str, list[Diagnostic]]:
    """`text` with each correction's `was` replaced on its line. A correction
    whose text is no longer on its line (the notes changed) is skipped with a
    warning on the errata file, so a stale one never changes another line."""
    if not corrections:
        return text, []
    lines = text.split("\n")
    problems: list[Diagnostic] = []
    for correction in corrections:
        index = correction.line - 1
        if index >= len(lines) or correction.was not in lines[index]:
            message = f"{correction.was!r} is not on line {correction.line} of {notes}: correction skipped"
            problems.append(warning(errata, correction.at, message))
            continue
        lines[index] = lines[index].replace(correction.was, correction.now)
    return "\n".join(lines), problems
