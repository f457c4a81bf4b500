"""Small packs through the cheat sheet: domain colours and legend, escaping,
the pack.toml options, skipping an unchanged PDF."""

from __future__ import annotations

import gc
import io
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

import pipeline.cheatsheet as cheatsheet
from pipeline.commands.build import load
from pipeline.cheatsheet import render
from pipeline.cheatsheet.domains import load_styles
from pipeline.cheatsheet import emit as pdf_emitter
from pipeline.model import Pack

from .pdf_reading import page_texts, reader
from .small_packs import BILLING, NOTES, PACK, SECURITY, TECHNOLOGY, small_pack, tag


def rgb(colour: str) -> tuple[float, float, float]:
    return tuple(round(int(colour[i : i + 2], 16) / 255, 2) for i in (1, 3, 5))  # type: ignore[return-value]


def stroke_colours(data: bytes) -> set[tuple[float, ...]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return {tuple(round(c, 2) for c in line["stroking_color"]) for page in pdf.pages for line in page.lines}


def fill_colours(data: bytes) -> set[tuple[float, ...]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return {
            tuple(round(c, 2) for c in rect["non_stroking_color"])
            for page in pdf.pages
            for rect in page.rects
            if rect["fill"] and isinstance(rect["non_stroking_color"], tuple)
        }


def test_tagged_topics_get_their_domain_colour_mark_and_a_legend(tmp_path: Path) -> None:
    pack = tag(small_pack(tmp_path), {"IAM": [SECURITY], "S3": [TECHNOLOGY], "Budgets": [BILLING]})
    data = render(pack, workers=1).pdf
    text = page_texts(data)[0]
    styles = load_styles()["exam"]["CLF-C02"]
    domains = {d.tag: d for d in pack.exams[0].domains.values()}  # names and numbers from the domain file
    assert "CLF-C02 domains" in text
    for name in ("2-security-and-compliance", "3-cloud-technology-and-services", "4-billing-pricing-and-support"):
        style = styles[name]
        assert f"{domains[name].number} {domains[name].name}" in text  # the legend's key, readable in black and white
        assert f"{domains[name].number} " in text.split("Storage", 1)[1]  # the mark on topic headings
        assert rgb(style["colour"]) in stroke_colours(data)  # the bar beside the topic's lines
        assert rgb(style["tint"]) in fill_colours(data)  # the heading's background
    assert "Cloud Concepts" not in text  # only the domains that occur


def test_untagged_notes_print_neutral_without_a_legend(tmp_path: Path) -> None:
    data = render(small_pack(tmp_path), workers=1).pdf
    neutral = load_styles()["neutral"]
    assert "domains" not in page_texts(data)[0]
    assert stroke_colours(data) - {rgb("#b4b4b4"), (0.0,), (0.0, 0.0, 0.0)} == {rgb(neutral["colour"])}


def test_note_text_reaches_the_page_as_text_never_as_markup(tmp_path: Path) -> None:
    notes = NOTES.replace("- object storage", "- object <b>storage</b> & <script>alert(1)</script> {{x}}")
    pack = small_pack(tmp_path, notes=notes)
    text = " ".join(page_texts(render(pack, workers=1).pdf))
    # Harmless formatting tags are dropped, anything else is shown as written.
    assert "object storage & <script>alert(1)</script> {{x}}" in text


LONG_NOTES = "# Long\n\n## Everything\n\n" + "\n".join(
    f"**Topic {t}:**\n" + "\n".join(f"- item {t}.{i}: some words to make the line long enough to wrap" for i in range(8)) + "\n"
    for t in range(40)
)


def test_paper_columns_and_font_size_come_from_pack_toml(tmp_path: Path) -> None:
    toml = PACK + '\n[cheatsheet]\npaper = "Letter"\ncolumns = 2\nfont_size = 9\n'
    rendered = render(small_pack(tmp_path, notes=LONG_NOTES, toml=toml), workers=1)
    pages = reader(rendered.pdf).pages
    assert len(pages) > 1
    assert [round(float(v)) for v in pages[0].mediabox[2:]] == [792, 612]  # Letter, landscape
    assert {p.x for page in rendered.layout.pages for p in page.places if p.unit >= 0} == {
        0.0,
        rendered.geometry.column_width + rendered.geometry.gap,
    }
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        sizes = Counter(round(c["size"], 1) for c in pdf.pages[1].chars)
    assert sizes.most_common(1)[0][0] == 9.0


def test_defaults_are_a4_three_columns_seven_points(tmp_path: Path) -> None:
    rendered = render(small_pack(tmp_path, notes=LONG_NOTES), workers=1)
    assert [round(float(v)) for v in reader(rendered.pdf).pages[0].mediabox[2:]] == [842, 595]
    assert len({p.x for page in rendered.layout.pages for p in page.places if p.unit >= 0}) == 3
    assert rendered.geometry.font_size == 7


def test_an_unchanged_pack_reuses_the_last_pdf_and_a_change_renders_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDY_PACK_CACHE", str(tmp_path / "cache"))
    pack = small_pack(tmp_path / "pack")
    before = replace(pack)
    first = pdf_emitter.emit(pack, tmp_path / "one")
    assert [p.name for p in first][:2] == ["domains.pdf", "domains-cram.pdf"]
    assert pack == before  # the emitter changes nothing in its input

    def no_render(_pack: Pack, workers: int | None = None) -> bytes:
        raise AssertionError("rendered although nothing changed")

    monkeypatch.setattr(cheatsheet, "render_pdf", no_render)
    monkeypatch.setattr(cheatsheet, "render_cram", no_render)
    second = pdf_emitter.emit(pack, (tmp_path / "two"))
    assert [p.read_bytes() for p in second] == [p.read_bytes() for p in first]

    changed = small_pack(tmp_path / "changed", notes=NOTES.replace("object storage", "object store"))
    with pytest.raises(AssertionError, match="rendered"):
        pdf_emitter.emit(changed, tmp_path / "three")
    monkeypatch.setenv("STUDY_PACK_CACHE", "off")
    with pytest.raises(AssertionError, match="rendered"):
        pdf_emitter.emit(pack, tmp_path / "four")


@pytest.fixture(autouse=True)
def _folders(tmp_path: Path) -> None:
    for name in ("pack", "changed", "one", "two", "three", "four"):
        (tmp_path / name).mkdir()


def test_a_pack_built_from_a_folder_gets_its_pdf(tmp_path: Path) -> None:
    (tmp_path / "pack" / "notes.md").write_text(NOTES, encoding="utf-8")
    pack = load(tmp_path / "pack").pack
    assert reader(render(pack, workers=1).pdf).metadata.title == "Test notes"


def test_the_cycle_collector_runs_less_often_while_rendering_and_as_before_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WeasyPrint makes objects by the hundred thousand: the collector's
    threshold is raised while it renders (workers inherit it), and put back;
    not for notes too long for their parts to be held, whose memory stays bounded."""
    from pipeline.cheatsheet import parts

    seen: list[int] = []
    real_run = parts.run

    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold()[0])
        return real_run(*args, **kwargs)

    monkeypatch.setattr(parts, "run", run)
    before = gc.get_threshold()
    render(small_pack(tmp_path), workers=1)
    assert seen == [cheatsheet.COLLECT_EVERY] and cheatsheet.COLLECT_EVERY > before[0]
    assert gc.get_threshold() == before
    monkeypatch.setattr(parts, "HELD_CHARACTERS", 0)
    (tmp_path / "long").mkdir()
    render(small_pack(tmp_path / "long"), workers=1)
    assert seen[1:] == [before[0]]
