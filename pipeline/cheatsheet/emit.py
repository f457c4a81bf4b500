"""The printable cheat sheet (see pipeline/cheatsheet): the notes laid out
for reading, rendered by WeasyPrint from the templates in templates/cheatsheet.
Skipped when nothing that goes into it changed since the last build."""

from __future__ import annotations

from pathlib import Path

from pipeline.model import Pack


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    from pipeline.cheatsheet import cache

    slug = pack.config.slug
    key = cache.key(pack)
    data = cache.load(slug, key)
    if data is None:
        from pipeline.cheatsheet import render_pdf  # imports WeasyPrint: slow, only when a PDF is rendered

        data = render_pdf(pack)
        cache.store(slug, key, data)
    target = out_dir / f"{slug}.pdf"
    target.write_bytes(data)
    return [target]
