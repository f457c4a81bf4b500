"""Zip files that are byte-identical for the same content: fixed entry times,
permissions and order, whatever the clock or the file system says."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterable
from pathlib import Path

# The earliest time a zip entry can carry; any fixed value would do.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
CHUNK = 1 << 20  # bytes of a streamed entry read at a time


def write_zip(path: Path, entries: Iterable[tuple[str, bytes | Path]]) -> None:
    """Each entry's content, given as bytes or as a file to stream in (a large
    deck's collection is not read whole into memory; the same bytes either way)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever the building machine
            if isinstance(data, Path):
                info.file_size = data.stat().st_size  # as `writestr` sets it: the same header (and zlib's default level is 6)
                with data.open("rb") as source, archive.open(info, "w") as target:
                    shutil.copyfileobj(source, target, CHUNK)
            else:
                archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
