"""One PDF from the parts: the pages in order, the contents' links pointed at
their sections, the outline (bookmarks) built from where each section and
topic landed.

The first part, written by WeasyPrint with the sheet's metadata and a /ID
derived from the inputs, is the base; pypdf adds no dates or random ids of
its own to a cloned document.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pypdf
import weasyprint
from pypdf.generic import ArrayObject, DictionaryObject, Fit, FloatObject, NameObject, NullObject

from pipeline.cheatsheet.geometry import PT_PER_PX
from pipeline.cheatsheet.plan import Layout, OutlineEntry, Target

LINK_SCHEME = "sheet:"  # hrefs the frame uses for the contents' entries


def merge(parts: Sequence[bytes], layout: Layout) -> bytes:
    # Part 0 starts the sheet and is never an overlay: its pages come with the clone.
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(parts[0]))
    later = {p: iter(pypdf.PdfReader(io.BytesIO(data)).pages) for p, data in enumerate(parts) if p}
    for index, (base, *overlays) in enumerate(layout.owners):
        if base:
            writer.add_page(next(later[base]))
        for overlay in overlays:
            writer.pages[index].merge_page(next(later[overlay]))
        if overlays:
            writer.pages[index].compress_content_streams()  # merging left them uncompressed
    if len(writer.pages) != len(layout.pages) or any(next(p, None) is not None for p in later.values()):
        raise RuntimeError(f"the cheat sheet's parts do not add up to its {len(layout.pages)} pages")
    _point_links(writer, layout.anchors)
    for entry in layout.outline:
        _add_outline(writer, entry, None)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Producer": f"WeasyPrint {weasyprint.__version__}, pypdf {pypdf.__version__}"})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _xyz(writer: pypdf.PdfWriter, target: Target) -> tuple[float, float]:
    """A target's left and top in PDF points (the origin is the page's bottom left)."""
    height = float(writer.pages[target.page].mediabox.height)
    return round(target.x * PT_PER_PX, 2), round(height - target.y * PT_PER_PX, 2)


def _destination(writer: pypdf.PdfWriter, target: Target) -> ArrayObject:
    left, top = _xyz(writer, target)
    page = writer.pages[target.page].indirect_reference
    return ArrayObject([page, NameObject("/XYZ"), FloatObject(left), FloatObject(top), NullObject()])


def _point_links(writer: pypdf.PdfWriter, anchors: dict[str, Target]) -> None:
    """Turn the frame's `sheet:<anchor>` links into links to the anchor's page."""
    for page in writer.pages:
        for reference in page.get("/Annots", ArrayObject()):
            annotation = reference.get_object()
            action = annotation.get("/A")
            uri = str(action.get_object().get("/URI", "")) if action is not None else ""
            if not uri.startswith(LINK_SCHEME):
                continue
            target = anchors.get(uri[len(LINK_SCHEME) :])
            del annotation[NameObject("/A")]
            if target is not None:
                annotation[NameObject("/Dest")] = _destination(writer, target)


def _add_outline(writer: pypdf.PdfWriter, entry: OutlineEntry, parent: DictionaryObject | None) -> None:
    left, top = _xyz(writer, entry.target)
    item = writer.add_outline_item(
        title=entry.title,
        page_number=entry.target.page,
        parent=parent,
        fit=Fit.xyz(left=left, top=top),
        is_open=False,
    )
    for child in entry.children:
        _add_outline(writer, child, item)
