"""A picture is checked before anything decodes it.

Pillow reads a raster picture's header lazily: its size is known before a
pixel is decoded, so a picture over the pixel budget (a few hundred bytes
can claim 100,000 x 100,000 pixels) is refused without costing memory, and
a broken or truncated one is refused with a warning instead of failing the
build later. SVGs are sanitised (see svg.py).
"""

from __future__ import annotations

import io
import warnings

from PIL import Image

from pipeline.notes.svg import UnsafeSvg, sanitised_svg

MAX_PIXELS = 40_000_000
# Pillow (inside WeasyPrint too) refuses what is far over the budget, whatever reads it.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


def checked_picture(data: bytes, suffix: str) -> tuple[bytes | None, str | None]:
    """The bytes to use, or why the picture is refused."""
    if suffix == ".svg":
        try:
            return sanitised_svg(data), None
        except UnsafeSvg as error:
            return None, str(error)
    with warnings.catch_warnings():
        # Pillow's DecompressionBombWarning becomes our one-line warning.
        warnings.simplefilter("error")
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return None, f"{width:,} x {height:,} pixels, over the budget of {MAX_PIXELS // 1_000_000} megapixels"
                image.verify()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return None, f"over the budget of {MAX_PIXELS // 1_000_000} megapixels"
        except Exception as error:  # Pillow raises many kinds on bad bytes; all mean "not a picture"
            return None, f"not a readable picture ({_reason(error)})"
    return data, None


def _reason(error: Exception) -> str:
    if isinstance(error, Image.UnidentifiedImageError):
        return "an unknown or broken format"
    text = str(error).split("\n", 1)[0].strip()
    return text[:120] or type(error).__name__
