"""The output formats by name: each writer is `emit(pack, out_dir) -> list[Path]`
(a module may write several files) and never changes its input.

A new format is a new module in `pipeline/emit/` (or a stage of its own, like
the cheat sheet) and one line in EMITTERS. `csv` writes both CSVs: the pack's
own (which updates the pack's notes) and `<slug>-basic.csv` (Anki's built-in
note types, for a collection without the pack). Modules load only when their format
is asked for: genanki and WeasyPrint are slow to import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from pipeline.model import Pack

Emitter = Callable[[Pack, Path], list[Path]]

# format name -> the modules that write it. Cheap formats first: the PDF is by far the slowest.
EMITTERS: dict[str, tuple[str, ...]] = {
    "apkg": ("pipeline.emit.apkg",),
    "csv": ("pipeline.emit.csv", "pipeline.emit.basic_csv"),
    "json": ("pipeline.emit.cards_json",),
    "pdf": ("pipeline.cheatsheet.emit",),
}
FORMATS = tuple(EMITTERS)


def emitter(name: str) -> Emitter:
    writers: list[Emitter] = [importlib.import_module(module).emit for module in EMITTERS[name]]

    def emit(pack: Pack, out_dir: Path) -> list[Path]:
        return [path for write in writers for path in write(pack, out_dir)]

    return emit


def emit_with_notes(name: str, pack: Pack, out_dir: Path) -> tuple[list[Path], list[str]]:
    """What a format wrote, and the notes its writers have for the build's
    summary (a writer says them with `emit_with_notes`; most have none)."""
    paths: list[Path] = []
    notes: list[str] = []
    for module in (importlib.import_module(m) for m in EMITTERS[name]):
        if hasattr(module, "emit_with_notes"):
            written, said = module.emit_with_notes(pack, out_dir)
        else:
            written, said = module.emit(pack, out_dir), []
        paths.extend(written)
        notes.extend(said)
    return paths, notes
