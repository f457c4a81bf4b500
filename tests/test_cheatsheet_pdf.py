"""The seed pack's cheat sheet, read back from the PDF: content, navigation,
fonts, metadata, layout and reproducibility. One render is shared."""

from __future__ import annotations

import io
import math
import re
import shutil
from pathlib import Path

import pdfplumber
import pytest

from pipeline.model import inline as inl
from pipeline.cheatsheet import Rendered, render
from pipeline.cheatsheet.geometry import PT_PER_PX
from pipeline.model import Pack

from .conftest import SEED_NOTES, SEED_PACK, run_cli, seed_notes_text
from .pdf_reading import Entry, embedded_families, markdown_words, outline, page_texts, reader, words


@pytest.fixture(scope="session")
def seed_sheet(seed_pack: Pack) -> Rendered:
    return render(seed_pack)


@pytest.fixture(scope="session")
def seed_texts(seed_sheet: Rendered) -> list[str]:
    return page_texts(seed_sheet.pdf)


def test_every_section_title_and_nearly_every_word_of_the_notes_is_in_the_text(
    seed_pack: Pack, seed_texts: list[str]
) -> None:
    text = " ".join(seed_texts)
    for document in seed_pack.documents:
        for section in document.sections:
            assert " ".join(inl.to_plain(section.title).split()) in text
    notes = markdown_words(seed_notes_text())
    missing = notes - words(text)
    assert len(missing) / len(notes) <= 0.03, sorted(missing)


def test_the_outline_has_every_section_with_its_topics_on_the_pages_they_are_on(
    seed_sheet: Rendered, seed_texts: list[str]
) -> None:
    entries = outline(reader(seed_sheet.pdf))
    sections = seed_sheet.sheet.sections
    assert [e.title for e in entries] == [s.plain_title for s in sections]
    for entry, section in zip(entries, sections):
        assert [c.title for c in entry.children] == [t.plain_title for t in section.topics if not t.intro]
        for item in (entry, *entry.children):
            assert words(item.title) <= words(seed_texts[item.page]), (item.title, item.page)
    assert sum(1 + len(e.children) for e in entries) > 200


def test_contents_page_numbers_and_links_match_where_the_sections_are(seed_sheet: Rendered, seed_texts: list[str]) -> None:
    entries: list[Entry] = outline(reader(seed_sheet.pdf))
    contents = seed_texts[0].split("Contents", 1)[1]
    for entry in entries:
        printed = re.search(r"(?<!\S)(\d+) " + re.escape(entry.title) + r"(?!\S)", contents)
        assert printed is not None, entry.title
        assert int(printed.group(1)) == entry.page + 1, entry.title
    pdf = reader(seed_sheet.pdf)
    links = [a.get_object() for a in pdf.pages[0]["/Annots"]]
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(pdf.pages)}
    targets = {pages[link["/Dest"][0].idnum] for link in links}
    assert targets == {e.page for e in entries}
    assert all("/Dest" in link and "/A" not in link for link in links)


def test_every_page_has_its_sections_in_the_header_and_page_x_of_y_in_the_footer(
    seed_sheet: Rendered, seed_texts: list[str]
) -> None:
    total = len(seed_texts)
    assert total == len(seed_sheet.layout.pages)
    sections = seed_sheet.sheet.sections
    for number, (text, page) in enumerate(zip(seed_texts, seed_sheet.layout.pages), 1):
        assert text.startswith(sections[page.sections[0]].plain_title.split()[0])
        assert f"page {number} of {total}" in text
        assert f"v{seed_sheet.sheet.version} · {seed_sheet.sheet.build_date}" in text


def test_the_page_count_is_what_the_packing_implies(seed_sheet: Rendered) -> None:
    layout, geometry = seed_sheet.layout, seed_sheet.geometry
    content = sum(s.band * geometry.columns + sum(u.height for u in s.units) for s in layout.sections)
    capacity = geometry.columns * geometry.height
    lower = math.ceil((content + layout.front * geometry.columns) / capacity)
    assert len(reader(seed_sheet.pdf).pages) == len(layout.pages)
    # Bands, balanced section ends and kept-together topics cost some room, not whole pages.
    assert lower <= len(layout.pages) <= math.ceil(lower * 1.2)


def test_fonts_are_embedded_dejavu(seed_sheet: Rendered) -> None:
    found = embedded_families(reader(seed_sheet.pdf))
    assert found
    for name, family in found.items():
        assert family is not None, f"{name} is not embedded"
        assert family.startswith("DejaVu Sans"), (name, family)


def test_metadata_is_set_and_dated_from_source_date_epoch(seed_sheet: Rendered, seed_pack: Pack) -> None:
    pdf = reader(seed_sheet.pdf)
    meta = pdf.metadata
    config = seed_pack.config
    assert (meta.title, meta.author, meta.subject) == (config.title, config.author, config.description)
    assert all(s.plain_title in meta["/Keywords"] for s in seed_sheet.sheet.sections)
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20260101000000Z"
    assert pdf.trailer["/ID"][0] and pdf.root_object["/Lang"] == "en"


def test_nothing_runs_out_of_its_column_or_off_the_page(seed_sheet: Rendered) -> None:
    geometry, layout = seed_sheet.geometry, seed_sheet.layout
    left, top = geometry.margin("left") * PT_PER_PX, geometry.margin("top") * PT_PER_PX
    right = left + geometry.width * PT_PER_PX
    bottom = top + geometry.height * PT_PER_PX
    column, gap = geometry.column_width * PT_PER_PX, geometry.gap * PT_PER_PX
    gaps = [(left + c * (column + gap) - gap, left + c * (column + gap)) for c in range(1, geometry.columns)]
    with pdfplumber.open(io.BytesIO(seed_sheet.pdf)) as pdf:
        for index, page in enumerate(pdf.pages):
            wide = [
                (top + p.y * PT_PER_PX, top + (p.y + layout.sections[p.section].band) * PT_PER_PX)
                for p in layout.pages[index].places
                if p.unit == -1
            ]
            if index == 0:
                wide.append((top, top + layout.front * PT_PER_PX))
            for char in page.chars:
                if char["bottom"] < top or char["top"] > bottom or not char["text"].strip():
                    continue  # running header and footer
                where = (index + 1, char["text"], round(char["x0"]), round(char["top"]))
                assert left - 0.5 <= char["x0"] and char["x1"] <= right + 0.5, where
                assert char["bottom"] <= bottom + 0.5, where
                if not any(a - 0.5 <= char["top"] and char["bottom"] <= b + 0.5 for a, b in wide):
                    assert not any(char["x1"] > a + 0.5 and char["x0"] < b - 0.5 for a, b in gaps), where


def test_no_topic_heading_ends_a_column(seed_sheet: Rendered) -> None:
    layout = seed_sheet.layout
    for number, page in enumerate(layout.pages, 1):
        last: dict[tuple[int, float], int] = {}
        for place in page.places:
            if place.unit >= 0:
                last[place.section, place.x] = place.unit
        for (section, _), unit in last.items():
            units = layout.sections[section].units
            followed = unit + 1 < len(units) and units[unit + 1].topic == units[unit].topic
            assert not (units[unit].heading and followed), f"page {number}"


def test_the_same_bytes_from_one_process_or_several(seed_sheet: Rendered, seed_pack: Pack) -> None:
    assert seed_sheet.parts > 1  # the seed is rendered in parallel parts
    assert render(seed_pack, workers=1).pdf == seed_sheet.pdf


def test_the_same_bytes_from_any_folder_and_hash_seed(tmp_path: Path, seed_sheet: Rendered) -> None:
    built = []
    for name, seed in (("a", "1"), ("b/deeper", "2")):
        pack = tmp_path / name / "pack"
        shutil.copytree(SEED_PACK, pack)
        out = tmp_path / name / "out"
        env = {"PYTHONHASHSEED": seed, "STUDY_PACK_CACHE": "off"}
        result = run_cli("build", str(pack), "--out", str(out), "--formats", "pdf", cwd=tmp_path / name, env=env)
        assert result.returncode == 0, result.stderr
        assert ": error:" not in result.stderr and "Traceback" not in result.stderr
        built.append((out / "aws-cloud-practitioner" / "aws-cloud-practitioner.pdf").read_bytes())
    assert built[0] == built[1] == seed_sheet.pdf


def test_the_text_under_the_document_title_is_on_the_sheet(seed_sheet: Rendered) -> None:
    from pypdf import PdfReader

    first = PdfReader(io.BytesIO(seed_sheet.pdf)).pages[0].extract_text()
    assert "Cloud Practitioner exam - CLF-C01" in first


def test_no_page_but_the_last_is_under_ninety_percent_full(seed_sheet: Rendered) -> None:
    """Measured on the PDF: how far down each column the text goes."""
    geometry = seed_sheet.geometry
    top, height = geometry.margin("top") * PT_PER_PX, geometry.height * PT_PER_PX
    left, pitch = geometry.margin("left") * PT_PER_PX, (geometry.column_width + geometry.gap) * PT_PER_PX
    with pdfplumber.open(io.BytesIO(seed_sheet.pdf)) as pdf:
        fills = []
        for page in pdf.pages:
            bottoms = [0.0] * geometry.columns
            for char in page.chars:
                if top <= char["top"] and char["bottom"] <= top + height and char["text"].strip():
                    column = min(geometry.columns - 1, int((char["x0"] - left) // pitch))
                    bottoms[column] = max(bottoms[column], char["bottom"] - top)
            fills.append(sum(bottoms) / (geometry.columns * height))
    assert len(fills) >= 10
    assert min(fills[:-1]) >= 0.9, [round(f, 3) for f in fills]
