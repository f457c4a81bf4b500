"""The notes folder is a boundary: only regular files inside it are read, no
picture reaches the network or another folder, and a picture is checked
before anything decodes it."""

from __future__ import annotations

import http.server
import json
import struct
import subprocess
import sys
import threading
import urllib.request
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from pipeline.cheatsheet.fetch import SheetFetcher
from pipeline.cheatsheet.html import FOLDER
from pipeline.notes.svg import sanitised_svg

from .conftest import TRACEBACK, run_cli
from .pdf_reading import page_texts

NOTES = "## Facts\n\n**Topic:**\n- first fact: one\n"


def _build(out: Path, *args: str, formats: str = "apkg,csv,json"):  # type: ignore[no-untyped-def]
    return run_cli("build", *args, "--out", str(out), "--formats", formats)


def _outputs_text(folder: Path) -> str:
    """Every output's text, the apkg's members included."""
    texts = []
    for file in sorted(folder.rglob("*")):
        if file.suffix == ".apkg":
            with zipfile.ZipFile(file) as archive:
                texts.extend(archive.read(name).decode("latin-1") for name in archive.namelist())
        elif file.suffix == ".pdf":
            texts.extend(page_texts(file.read_bytes()))
        elif file.is_file():
            texts.append(file.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(texts)


def test_a_note_linked_from_outside_the_folder_is_refused_with_a_warning(tmp_path):  # type: ignore[no-untyped-def]
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.md").write_text("## Secret\n\n**Vault:**\n- password: hunter2\n", encoding="utf-8")
    pack = tmp_path / "notes"
    pack.mkdir()
    (pack / "notes.md").write_text(NOTES, encoding="utf-8")
    (pack / "linked.md").symlink_to(outside / "secret.md")
    (pack / "inside-link.md").symlink_to(pack / "notes.md")  # a link that stays inside is fine
    result = _build(tmp_path / "out", str(pack))
    assert result.returncode == 0, result.stderr
    assert f"{pack / 'linked.md'}:0: warning: refused: a link to a file outside the notes folder" in result.stderr
    assert "inside-link.md:0" not in result.stderr
    assert "hunter2" not in _outputs_text(tmp_path / "out")
    assert "first fact" in _outputs_text(tmp_path / "out")


def test_a_picture_linked_from_outside_the_folder_is_refused(tmp_path):  # type: ignore[no-untyped-def]
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    Image.new("RGB", (8, 8), "red").save(outside / "secret.png")
    pack = tmp_path / "notes"
    (pack / "img").mkdir(parents=True)
    (pack / "img" / "linked.png").symlink_to(outside / "secret.png")
    notes = pack / "notes.md"
    notes.write_text(NOTES + "- picture: ![x](img/linked.png)\n", encoding="utf-8")
    result = run_cli("check", str(pack))
    assert f"{notes}:5: warning: image 'img/linked.png' refused: it points outside the notes folder" in result.stderr


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A web server on 127.0.0.1 (a random port) that records every request."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the library's name)
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hits
    finally:
        server.shutdown()
        server.server_close()


def _hostile_svg(port: int, outside: Path) -> str:
    remote = f"http://127.0.0.1:{port}"
    return f"""<?xml version="1.0"?>
<?xml-stylesheet href="{remote}/pi.css"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" onload="alert(1)">
<style>@import url({remote}/import.css); circle {{ fill: url({remote}/fill.svg#x) }}</style>
<script>alert(2)</script>
<rect width="60" height="50" fill="green" style="filter: url({remote}/filter.svg#f)"/>
<image href="{outside.as_uri()}" width="20" height="20"/>
<image xlink:href="../../elsewhere/secret.png" x="20" width="20" height="20"/>
<image href="{remote}/remote.png" x="40" width="20" height="20"/>
<use href="#dot"/><rect id="dot" x="80" width="10" height="10" fill="blue"/>
<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="{remote}/iframe"/></foreignObject>
</svg>
"""


def test_an_svg_reaches_no_file_and_no_server_and_goes_out_sanitised(tmp_path, listener):  # type: ignore[no-untyped-def]
    port, hits = listener
    urllib.request.urlopen(f"http://127.0.0.1:{port}/listening").close()  # the server does hear requests
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    Image.new("RGB", (8, 8), "red").save(outside / "secret.png")
    pack = tmp_path / "notes"
    (pack / "img").mkdir(parents=True)
    (pack / "img" / "drawing.svg").write_text(_hostile_svg(port, outside / "secret.png"), encoding="utf-8")
    (pack / "notes.md").write_text(NOTES + "- drawing: ![a drawing](img/drawing.svg)\n", encoding="utf-8")
    result = _build(tmp_path / "out", str(pack), formats="apkg,pdf")
    assert result.returncode == 0, result.stderr
    assert hits == ["/listening"]
    with zipfile.ZipFile(tmp_path / "out" / "notes" / "notes.apkg") as archive:
        media = json.loads(archive.read("media"))
        assert list(media.values()) == [next(n for n in media.values() if n.startswith("drawing-"))]
        svg = archive.read(next(iter(media))).decode()
    for gone in ("script", "onload", "127.0.0.1", "file:", "elsewhere", "foreignObject", "@import", "xml-stylesheet"):
        assert gone not in svg, gone
    assert 'href="#dot"' in svg and 'fill="green"' in svg  # the drawing itself stays


def test_svgs_that_declare_entities_or_are_not_svg_are_refused() -> None:
    laughs = b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    for data in (laughs, b"<html><body>hi</body></html>", b"<svg"):
        with pytest.raises(ValueError):
            sanitised_svg(data)


def test_the_pdf_fetcher_serves_only_the_sheet_and_the_packs_media(tmp_path, listener):  # type: ignore[no-untyped-def]
    port, hits = listener
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the sheet")
    fetcher = SheetFetcher({"a-1.png": b"picture"})
    assert fetcher.fetch("media:a-1.png").read() == b"picture"
    assert b"font" in fetcher.fetch((FOLDER / "sheet.css").as_uri()).read()
    font = tmp_path / "Some.ttf"  # fonts that fontconfig found are embedded in the PDF
    font.write_bytes(b"glyphs")
    assert fetcher.fetch(font.as_uri()).read() == b"glyphs"
    for refused in (secret.as_uri(), f"http://127.0.0.1:{port}/x.png", "media:other.png", "data:text/plain,hi",
                    (FOLDER / ".." / ".." / "pyproject.toml").as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(refused)
    assert hits == []


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _gray_png(width: int, height: int, rows: int) -> bytes:
    """A PNG of width x height black pixels with `rows` rows of data, written row by row (small on disk)."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    data = b"".join(compressor.compress(row) for _ in range(rows)) + compressor.flush()
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def test_broken_and_oversized_pictures_are_warnings_and_the_build_goes_on(tmp_path):  # type: ignore[no-untyped-def]
    pack = tmp_path / "notes"
    pack.mkdir()
    Image.new("RGB", (64, 64), "blue").save(pack / "whole.png")
    whole = (pack / "whole.png").read_bytes()
    (pack / "truncated.png").write_bytes(whole[: len(whole) // 2])
    (pack / "claims.png").write_bytes(_gray_png(100_000, 100_000, 1))  # one row, claiming 10 gigapixels
    (pack / "bomb.png").write_bytes(_gray_png(7_000, 7_000, 7_000))  # a whole 49 megapixels in a few KB
    assert (pack / "bomb.png").stat().st_size < 100_000
    names = ["whole", "truncated", "claims", "bomb"]
    notes = pack / "notes.md"
    notes.write_text(NOTES + "".join(f"- {n}: ![{n}]({n}.png)\n" for n in names), encoding="utf-8")
    result = _build(tmp_path / "out", str(pack), formats="apkg,csv,pdf")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"{notes}:6: warning: image 'truncated.png' skipped: not a readable picture (Truncated File Read)",
        f"{notes}:7: warning: image 'claims.png' skipped: over the budget of 40 megapixels",
        f"{notes}:8: warning: image 'bomb.png' skipped: over the budget of 40 megapixels",
    ]
    assert not TRACEBACK.search(result.stderr) and "site-packages" not in result.stderr
    with zipfile.ZipFile(tmp_path / "out" / "notes" / "notes.apkg") as archive:
        assert [n.split("-")[0] for n in json.loads(archive.read("media")).values()] == ["whole"]


def test_a_library_warning_is_one_line_without_its_source_file() -> None:
    code = (
        "import warnings\nfrom pipeline.cli import one_line_warnings\none_line_warnings()\n"
        "from PIL import Image\nwarnings.warn('Image size (99 pixels) exceeds limit\\nof 9', Image.DecompressionBombWarning)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert result.stderr == "warning: DecompressionBombWarning: Image size (99 pixels) exceeds limit of 9\n"
