"""What WeasyPrint may load: the sheet's own stylesheets, fonts and the pack's media.

WeasyPrint fetches every URL it meets (`file://`, `http://`, references
inside an SVG) unless its fetcher refuses them. This one serves the files of
the sheet's template folder, font files (WeasyPrint embeds the fonts
fontconfig found) and the pack's checked pictures from memory, named
`media:<name>`, and refuses everything else: the notes never make the
build read another file or reach the network.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from pipeline.cheatsheet.html import FOLDER
from pipeline.cheatsheet.sheet import MEDIA_SCHEME

FONT_TYPES = {".ttf", ".otf", ".ttc", ".woff", ".woff2"}


class SheetFetcher(URLFetcher):  # type: ignore[misc]
    def __init__(self, media: Mapping[str, bytes]) -> None:
        super().__init__(allowed_protocols=(MEDIA_SCHEME, "file"))
        self.media = media

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme == MEDIA_SCHEME and parts.path in self.media:
            return URLFetcherResponse(url, self.media[parts.path], {"Content-Type": _mime(parts.path)})
        if parts.scheme == "file" and not parts.netloc:
            path = Path(unquote(parts.path))
            # Its stylesheets, and the system's fonts that WeasyPrint embeds (found by fontconfig).
            if (path.parent == FOLDER or path.suffix.lower() in FONT_TYPES) and path.is_file():
                return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": _mime(path.name)})
        raise ValueError(f"not the sheet's own file or the pack's media: {url[:200]}")


def _mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
