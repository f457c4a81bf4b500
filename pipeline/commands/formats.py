"""The output formats by name: each writer is `emit(pack, out_dir) -> list[Path]`
(a module may write several files) and never changes its input.

A new format is a new module in `pipeline/emit/` (or a stage of its own, like
the cheat sheet) and one line in EMITTERS. Modules load only when their format
is asked for: genanki and WeasyPrint are slow to import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from pipeline.model import Pack

Emitter = Callable[[Pack, Path], list[Path]]

# format name -> the module that writes it. Cheap formats first: the PDF is by far the slowest.
EMITTERS: dict[str, str] = {
    "apkg": "pipeline.emit.apkg",
    "csv": "pipeline.emit.csv",
    "json": "pipeline.emit.cards_json",
    "pdf": "pipeline.cheatsheet.emit",
}
FORMATS = tuple(EMITTERS)


def emitter(name: str) -> Emitter:
    module = importlib.import_module(EMITTERS[name])
    return module.emit  # type: ignore[no-any-return]


def emit_with_notes(name: str, pack: Pack, out_dir: Path) -> tuple[list[Path], list[str]]:
    """What a format wrote, and the notes its writer has for the build's
    summary (a writer says them with `emit_with_notes`; most have none)."""
    module = importlib.import_module(EMITTERS[name])
    if hasattr(module, "emit_with_notes"):
        return module.emit_with_notes(pack, out_dir)  # type: ignore[no-any-return]
    return module.emit(pack, out_dir), []
