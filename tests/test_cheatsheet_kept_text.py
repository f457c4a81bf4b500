"""The Pango layout a line was measured with is drawn as it is
(pipeline/cheatsheet/kept_text.py): the text is shaped once, and the PDF is
byte for byte what WeasyPrint writes when it shapes it again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from weasyprint.text.line_break import Layout

from pipeline.cheatsheet import kept_text
from pipeline.cheatsheet.fetch import SheetFetcher
from pipeline.cheatsheet.layout import SheetHTML

ROOT = Path(__file__).resolve().parent.parent

ONE_LINE = "<p>Amazon S3 — <b>object storage</b> with <code>11 9s</code> of durability</p>"
WRAPPED = "<p style='width: 60px'>a line long enough to wrap onto several lines of a narrow column</p>"
BROKEN = "<pre>two lines\nof code</pre>"
JUSTIFIED = "<p style='text-align: justify; width: 90px'>justified words set in a narrow column here</p>"


def page(body: str) -> str:
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'></head><body>{body}</body></html>"


def pdf(html: str) -> bytes:
    return SheetHTML(html, SheetFetcher({})).render().write_pdf()  # type: ignore[no-any-return]


@pytest.fixture
def made_again(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts whose layout WeasyPrint's own reactivate made again to draw them."""
    texts: list[str] = []
    real = kept_text._reactivate

    def counted(layout: object, style: object) -> None:
        real(layout, style)
        texts.append(layout.text)  # type: ignore[attr-defined]

    monkeypatch.setattr(kept_text, "_reactivate", counted)
    return texts


def test_a_measured_line_is_drawn_with_its_own_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    document = SheetHTML(page(ONE_LINE + WRAPPED + BROKEN), SheetFetcher({})).render()
    set_up: list[object] = []
    real = Layout.setup
    monkeypatch.setattr(Layout, "setup", lambda layout, style: set_up.append(style) or real(layout, style))
    document.write_pdf()  # drawing: no Pango layout made again
    assert set_up == []


def test_justified_text_is_laid_out_again_with_its_spacing_to_draw_it(made_again: list[str]) -> None:
    pdf(page(JUSTIFIED))
    assert made_again  # the lines spread to the width (not the last)
    assert all(text in "justified words set in a narrow column here" for text in made_again)


def test_the_pdf_is_what_weasyprint_writes_when_it_shapes_the_text_again(tmp_path: Path) -> None:
    html = page(ONE_LINE + WRAPPED + BROKEN + JUSTIFIED)
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    # WeasyPrint as it ships, in a process of its own: the layouts are let go of and made again.
    script = (
        "import sys; from pathlib import Path\n"
        "from weasyprint.text.line_break import Layout\n"
        "deactivate, reactivate, set_text = Layout.deactivate, Layout.reactivate, Layout.set_text\n"
        "from pipeline.cheatsheet.fetch import SheetFetcher\n"
        "from pipeline.cheatsheet.layout import SheetHTML\n"
        "Layout.deactivate, Layout.reactivate, Layout.set_text = deactivate, reactivate, set_text\n"
        "html = Path(sys.argv[1]).read_text(encoding='utf-8')\n"
        "sys.stdout.buffer.write(SheetHTML(html, SheetFetcher({})).render().write_pdf())\n"
    )
    shipped = subprocess.run([sys.executable, "-c", script, str(tmp_path / "page.html")], cwd=ROOT, capture_output=True, check=True).stdout
    assert shipped.startswith(b"%PDF")
    assert pdf(html) == shipped
