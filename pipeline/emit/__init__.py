"""Writers: each is `emit(pack, out_dir) -> list[Path]` and never changes its input.

A new format is a new module here and one line in EMITTERS. Modules load
only when their format is asked for: genanki and WeasyPrint are slow to import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ..model import Pack

Emitter = Callable[[Pack, Path], list[Path]]

# format name -> module in this package. Cheap formats first: the PDF is by far the slowest.
EMITTERS: dict[str, str] = {
    "apkg": "apkg",
    "csv": "csv",
    "json": "cards_json",
    "pdf": "pdf",
}
FORMATS = tuple(EMITTERS)


def emitter(name: str) -> Emitter:
    module = importlib.import_module(f"{__name__}.{EMITTERS[name]}")
    return module.emit  # type: ignore[no-any-return]
