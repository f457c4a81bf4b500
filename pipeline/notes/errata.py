"""A notes file's text with the pack's corrections made (config/errata.py)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.config.errata import Correction
from pipeline.diagnostics import Diagnostic, warning


def corrected(text: str, corrections: Sequence[Correction], errata: str, notes: str) -> tuple[str, list[Diagnostic]]:
    """`text` with each correction's `was` replaced on its line. When the
    author's notes moved it (lines added above), the correction is made on the
    nearest line that has it, with a warning to update the entry; when no line
    has it any more (the author mended it), it is skipped with a warning."""
    if not corrections:
        return text, []
    lines = text.split("\n")
    problems: list[Diagnostic] = []
    for correction in corrections:
        index = correction.line - 1
        if index >= len(lines) or correction.was not in lines[index]:
            found = [i for i, line in enumerate(lines) if correction.was in line]
            if not found:
                message = f"{correction.was!r} is on no line of {notes} any more: correction skipped"
                problems.append(warning(errata, correction.at, message))
                continue
            index = min(found, key=lambda i: (abs(i - index), i))
            message = f"{correction.was!r} is on line {index + 1} of {notes}, not {correction.line}: corrected there (update `line`)"
            problems.append(warning(errata, correction.at, message))
        lines[index] = lines[index].replace(correction.was, correction.now)
    return "\n".join(lines), problems
