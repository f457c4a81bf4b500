"""Each line of text shaped once: the Pango layout WeasyPrint measured a
line with is kept for drawing it.

WeasyPrint 70 lets go of a text box's Pango layout as soon as the line is
measured (`Layout.deactivate`), and when the page is drawn makes it again:
a new Pango context, the font looked up, the text set and shaped a second
time (`Layout.reactivate`, then `draw_first_line` switching the layout to
single-paragraph mode, which throws its lines away). Here a measured layout
that holds one line is kept as it is, in single-paragraph mode from the
start when its text has no paragraph separator (the mode changes nothing
else), and drawing uses it: the same text, font and attributes, so the same
glyphs at the same places (the PDFs come out byte for byte the same). A
layout drawn is let go of as before, so a box holds its layout only between
its layout and its drawing. Layouts of more than one line (text with line
breaks, hyphenated text) and justified text are made again as WeasyPrint
makes them.
"""

from __future__ import annotations

from typing import Any

from weasyprint.text.ffi import ffi, pango
from weasyprint.text.line_break import Layout

# What Pango may take as the end of a paragraph (and a little more, to be safe).
SEPARATORS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")

_deactivate = Layout.deactivate
_reactivate = Layout.reactivate
_set_text = Layout.set_text


def _set_text_one_paragraph(self: Any, text: str, justify: bool = False) -> None:
    if SEPARATORS.isdisjoint(text):
        pango.pango_layout_set_single_paragraph_mode(self.layout, True)
    _set_text(self, text, justify)


def _kept_or_let_go(self: Any) -> None:
    if getattr(self, "drawn", False) or pango.pango_layout_get_line_readonly(self.layout, 1) != ffi.NULL:
        _deactivate(self)
    else:
        self.kept = True  # measured: drawn as it is


def _kept_or_made_again(self: Any, style: Any) -> None:
    self.drawn = True  # its next deactivate comes after drawing: let go of it then
    if getattr(self, "kept", False) and not self.justification_spacing:
        self.kept = False
        return
    _reactivate(self, style)


def install() -> None:
    """Patch WeasyPrint's Layout (idempotent): once per process, before any layout."""
    Layout.set_text = _set_text_one_paragraph
    Layout.deactivate = _kept_or_let_go
    Layout.reactivate = _kept_or_made_again
