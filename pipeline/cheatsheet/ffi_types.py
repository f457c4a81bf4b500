"""C types that cffi parses once per process, and before the workers fork.

cffi turns each C type named as a string into a type with pycparser, in
Python, about 2 ms a type, once per process. WeasyPrint 70 hands HarfBuzz
each font's glyph ids as `ffi.new(f"hb_codepoint_t[{n}]", ids)`: a type per
array length, and each font of each part has its own lengths (a thirtieth
of a sheet's render). Here such an array is made as one of open length from
the same ids, the same array, whose type is parsed once. The types every
render uses are parsed when the sheet's layout is imported, before its
workers fork, so that they share them instead of each parsing them.
"""

from __future__ import annotations

import re
from typing import Any

import weasyprint.pdf.fonts
from weasyprint.text.ffi import ffi

_SIZED = re.compile(r"(\w+)\[(\d+)\]")
# What a cheat sheet's render asks cffi for (ffi._parsed_types after one).
EVERY_RENDER = (
    "PangoFcFontMap *",
    "FcChar8 **",
    "FcResult *",
    "char[]",
    "PangoRectangle *",
    "PangoLogAttr[]",
    "unsigned int *",
    "hb_tag_t[100]",
    "char[4]",
    "hb_codepoint_t[]",
)


class _OpenLengthArrays:
    """WeasyPrint's FFI object, with `new("T[n]", n items)` made as `new("T[]", items)`."""

    def __init__(self, wrapped: Any) -> None:
        self._ffi = wrapped

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ffi, name)

    def new(self, cdecl: str, init: Any = None) -> Any:
        sized = _SIZED.fullmatch(cdecl)
        if sized and init is not None and len(init) == int(sized[2]):
            return self._ffi.new(f"{sized[1]}[]", init)
        return self._ffi.new(cdecl, init)


def install() -> None:
    """Patch the FFI object WeasyPrint's font subsetting uses, and parse the
    types every render uses (idempotent)."""
    module: Any = weasyprint.pdf.fonts
    if not isinstance(module.ffi, _OpenLengthArrays):
        module.ffi = _OpenLengthArrays(module.ffi)
    for cdecl in EVERY_RENDER:
        ffi.typeof(cdecl)
