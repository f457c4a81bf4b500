"""Writers: each is `emit(pack, out_dir) -> list[Path]` and never changes its input.

A new format is a new module here and one line in EMITTERS.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..model import Pack
from . import apkg, cards_json, csv, pdf

Emitter = Callable[[Pack, Path], list[Path]]

# Cheap formats first: the PDF is by far the slowest.
EMITTERS: dict[str, Emitter] = {
    "apkg": apkg.emit,
    "csv": csv.emit,
    "json": cards_json.emit,
    "pdf": pdf.emit,
}
FORMATS = tuple(EMITTERS)
