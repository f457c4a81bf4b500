"""The printable cheat sheet (see pipeline/cheatsheet): the notes laid out
for reading, rendered by WeasyPrint from the templates in templates/cheatsheet."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..model import Pack


@contextmanager
def _fixed_font_clock(epoch: int) -> Iterator[None]:
    # fontTools stamps each subset font with the current time unless
    # SOURCE_DATE_EPOCH is set; worker processes inherit it.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    from ..cheatsheet import render_pdf  # imports WeasyPrint: slow, only when a PDF is asked for

    target = out_dir / f"{pack.config.slug}.pdf"
    with _fixed_font_clock(pack.build_time):
        data = render_pdf(pack)
    target.write_bytes(data)
    return [target]
