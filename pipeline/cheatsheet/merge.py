"""One PDF from the parts: the pages in order, the contents' links pointed at
their sections, the outline (bookmarks) built from where each section and
topic landed.

The first part, written by WeasyPrint with the sheet's metadata and a /ID
derived from the inputs, is the base; pypdf adds no dates or random ids of
its own to a cloned document. The parts come uncompressed (`layout.PART_OPTIONS`):
a page shared by two parts takes the later part's page as a form drawn over
it, without parsing either page's content, and every stream is compressed
once, here, at zlib's default level (WeasyPrint's level 9 costs five times
the time for 4% smaller pages, and it compresses each stream twice when the
PDF has an /ID).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pypdf
import weasyprint
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    Fit,
    FloatObject,
    NameObject,
    NullObject,
    PdfObject,
    StreamObject,
)

from pipeline.cheatsheet.geometry import PT_PER_PX
from pipeline.cheatsheet.plan import Layout, OutlineEntry, Target

LINK_SCHEME = "sheet:"  # hrefs the frame uses for the contents' entries
LEVEL = 6  # zlib's default


def merge(parts: Sequence[bytes], layout: Layout) -> bytes:
    # Part 0 starts the sheet and is never an overlay: its pages come with the clone.
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(parts[0]))
    later = {p: iter(pypdf.PdfReader(io.BytesIO(data)).pages) for p, data in enumerate(parts) if p}
    for index, (base, *overlays) in enumerate(layout.owners):
        if base:
            writer.add_page(next(later[base]))
        for overlay in overlays:
            _draw_over(writer, index, next(later[overlay]), f"/Part{overlay}")
    if len(writer.pages) != len(layout.pages) or any(next(p, None) is not None for p in later.values()):
        raise RuntimeError(f"the cheat sheet's parts do not add up to its {len(layout.pages)} pages")
    _point_links(writer, layout.anchors)
    for entry in layout.outline:
        _add_outline(writer, entry, None)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Producer": f"WeasyPrint {weasyprint.__version__}, pypdf {pypdf.__version__}"})
    _compress(writer)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _draw_over(writer: pypdf.PdfWriter, index: int, page: pypdf.PageObject, name: str) -> None:
    """Another part's `page` drawn over the writer's page `index`, as a form
    with the other part's resources; its links go along."""
    base = writer.pages[index]
    form = DecodedStreamObject()
    form.set_data(_content(page))
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in page.mediabox)
    form[NameObject("/Resources")] = page["/Resources"].get_object().clone(writer)
    resources = base["/Resources"].get_object()
    if "/XObject" not in resources:
        resources[NameObject("/XObject")] = DictionaryObject()
    resources["/XObject"].get_object()[NameObject(name)] = writer._add_object(form)
    # The base page's own drawing leaves the graphics state as it found it before the form is drawn.
    content = DecodedStreamObject()
    content.set_data(b"q\n" + _content(base) + b"\nQ\nq " + name.encode() + b" Do Q\n")
    base.replace_contents(content)
    links = page.get("/Annots")
    if links:
        if "/Annots" not in base:
            base[NameObject("/Annots")] = ArrayObject()
        annots = base["/Annots"].get_object()
        for link in links:
            copy = link.get_object().clone(writer, force_duplicate=True, ignore_fields=("/P", "/Parent"))
            annots.append(writer._add_object(copy) if copy.indirect_reference is None else copy.indirect_reference)


def _content(page: pypdf.PageObject) -> bytes:
    contents = page["/Contents"].get_object()
    parts = contents if isinstance(contents, ArrayObject) else [contents]
    return b"\n".join(part.get_object().get_data() for part in parts)


def _compress(writer: pypdf.PdfWriter) -> None:
    """Every stream the parts left uncompressed, compressed once."""
    objects: list[PdfObject | None] = writer._objects
    for number, found in enumerate(objects):
        if isinstance(found, StreamObject) and "/Filter" not in found:
            objects[number] = found.flate_encode(LEVEL)


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
