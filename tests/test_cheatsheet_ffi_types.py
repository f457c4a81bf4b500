"""cffi's C types for WeasyPrint's font subsetting: one open-length array
type instead of one per length (pipeline/cheatsheet/ffi_types.py), with the
same fonts in the PDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import weasyprint.pdf.fonts
from weasyprint.text.ffi import ffi

from pipeline.cheatsheet.fetch import SheetFetcher
from pipeline.cheatsheet.layout import SheetHTML

# Glyph counts no other test uses, so their array types are not parsed yet.
TEXT = "".join(chr(c) for c in range(0x41, 0x41 + 23)) + " <b>" + "".join(chr(c) for c in range(0x61, 0x61 + 19)) + "</b>"
ROOT = Path(__file__).resolve().parent.parent
HTML = f"<!doctype html><html><head><meta charset='utf-8'></head><body><p>{TEXT}</p></body></html>"


def pdf() -> bytes:
    return SheetHTML(HTML, SheetFetcher({})).render().write_pdf()  # type: ignore[no-any-return]


def sized_types() -> set[Any]:
    return {key for key in ffi._parsed_types if isinstance(key, str) and key.startswith("hb_codepoint_t[") and key != "hb_codepoint_t[]"}


def test_subsetting_parses_no_array_type_per_length() -> None:
    before = sized_types()
    pdf()
    assert sized_types() == before


def test_the_fonts_are_subset_as_with_an_array_type_per_length(monkeypatch: pytest.MonkeyPatch) -> None:
    ours = pdf()
    monkeypatch.setattr(weasyprint.pdf.fonts, "ffi", ffi)  # WeasyPrint's own: a type per length
    assert pdf() == ours


def test_every_type_a_render_uses_is_parsed_when_the_layout_is_imported() -> None:
    """Before the workers fork: they share the types instead of each parsing them."""
    script = (
        "from weasyprint.text.ffi import ffi\n"
        "from pipeline.cheatsheet.fetch import SheetFetcher\n"
        "from pipeline.cheatsheet.layout import SheetHTML\n"
        "before = set(ffi._parsed_types)\n"
        f"SheetHTML({HTML!r}, SheetFetcher({{}})).render().write_pdf()\n"
        "print(sorted(str(key) for key in set(ffi._parsed_types) - before))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
