"""The cram sheet, read back from the PDF: the page budget, the numbers and
topics it must hold, nothing under 6.5 pt, tiers, fonts, outline, bytes.

What it holds, by tiers: every number fact (tier 1) and every topic's name
and one-liner (tier 2) whenever they fit the page budget; a topic group that
does not fit is named in the build's notes. On the seed, tier 1 is whole and
at most 5% of the topics are left out, each of them named in the notes."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from pipeline.cheatsheet import MIN_CRAM_POINTS, CramRendered, cram_geometries, render_cram
from pipeline.cheatsheet.cram import build_cram, within
from pipeline.cheatsheet.emit import emit_with_notes
from pipeline.model import Card, Pack
from pipeline.model.cardtext import deletions
from pipeline.model.records import is_retired

from .conftest import run_cli
from .pdf_reading import embedded_families, outline, reader, stream_texts
from .small_packs import BILLING, SECURITY, TECHNOLOGY, small_pack, tag


def squashed(text: str) -> str:
    """Text without spaces, case or dashes a line break may add or drop."""
    return re.sub(r"\s+", "", text).casefold()


def on_sheet(number: str, text: str) -> bool:
    """A deleted number is in the table: `216 points of presence` as it is, or
    in a row whose fact is its unit (`points of presence  216`)."""
    digits = re.match(r"[^A-Za-z]*", number)
    value = digits.group(0) if digits else ""
    return squashed(number) in text or squashed(number[len(value) :] + value) in text


@pytest.fixture(scope="module")
def seed_cram(seed_pack: Pack) -> CramRendered:
    return render_cram(seed_pack)


@pytest.fixture(scope="module")
def seed_text(seed_cram: CramRendered) -> str:
    return squashed(" ".join(stream_texts(seed_cram.pdf)))


def test_the_seed_cram_sheet_keeps_to_its_page_budget_and_fills_it(seed_cram: CramRendered, seed_pack: Pack) -> None:
    pages = len(reader(seed_cram.pdf).pages)
    assert pages <= seed_pack.config.cram.pages == 2
    assert pages == len(seed_cram.fills)
    assert min(seed_cram.fills) >= 0.9  # the tiers stop when the budget is full, not before


def _retired(card: Card) -> bool:
    """An old release's card shipped once more: the sheet leaves it out."""
    return is_retired(card.tags)


def test_every_number_fact_of_the_deck_is_on_it(seed_pack: Pack, seed_cram: CramRendered, seed_text: str) -> None:
    facts = [c for c in seed_pack.cards if c.kind == "number" and not _retired(c)]
    # capacities, replica counts, footprints and windows (`from 1 day to 1 year`) are no number facts,
    # nor the retrieval times, minimum durations, tiering thresholds and quotas the pack leaves out as beyond its exam
    assert len(facts) > 15
    assert not any(left.tier == 1 for left in seed_cram.left_out)
    for card in facts:
        for number in deletions(card.prompt):
            assert on_sheet(number, seed_text), (number, card.source)


def test_every_topic_name_is_on_it(seed_pack: Pack, seed_cram: CramRendered, seed_text: str) -> None:
    """On the seed's two pages every topic has its line; a pack whose topics
    cannot all fit names what was left out (the one-page test below)."""
    topics = {c.topic for c in seed_pack.cards if not _retired(c)}
    assert not [t for t in topics if squashed(t) not in seed_text]
    assert all(lo.tier > 2 for lo in seed_cram.left_out)


def test_no_text_is_smaller_than_six_and_a_half_points(seed_cram: CramRendered) -> None:
    with pdfplumber.open(io.BytesIO(seed_cram.pdf)) as pdf:
        sizes = [round(char["size"], 2) for page in pdf.pages for char in page.chars if char["text"].strip()]
    assert sizes and min(sizes) >= MIN_CRAM_POINTS


def test_the_header_names_the_exam_its_domains_weights_and_the_version(seed_cram: CramRendered, seed_pack: Pack) -> None:
    first = " ".join(stream_texts(seed_cram.pdf)[0].split())
    exam = seed_pack.exams[0]
    assert exam.code in first and f"Version {seed_pack.config.version}" in first
    for domain in exam.domains.values():
        assert f"{domain.number} {domain.name} {round(domain.weight or 0)}%" in first


def test_fonts_are_embedded_and_there_is_an_outline_and_metadata(seed_cram: CramRendered, seed_pack: Pack) -> None:
    pdf = reader(seed_cram.pdf)
    families = embedded_families(pdf)
    assert families and all(f is not None and f.startswith("DejaVu Sans") for f in families.values()), families
    entries = outline(pdf)
    assert [e.title for e in entries][:2] == ["Numbers and limits", "1 Cloud Concepts"]
    assert pdf.metadata.title == f"{seed_pack.config.title}: cram sheet"
    assert pdf.metadata["/CreationDate"] == "D:20260101000000Z"


def test_the_same_bytes_every_time(seed_cram: CramRendered, seed_pack: Pack) -> None:
    assert render_cram(seed_pack).pdf == seed_cram.pdf


def test_a_one_page_budget_takes_the_tiers_in_order_and_says_what_did_not_fit(tmp_path: Path, seed_pack: Pack) -> None:
    config = replace(seed_pack.config, cram=replace(seed_pack.config.cram, pages=1))
    pack = replace(seed_pack, config=config)
    paths, notes = emit_with_notes(pack, tmp_path)
    cram = next(p for p in paths if p.name.endswith("-cram.pdf"))
    assert len(reader(cram).pages) == 1
    (note,) = [n for n in notes if n.startswith("cram sheet:")]
    assert re.fullmatch(r"cram sheet: 1 page of 1 \(\d+% full\); did not fit: one-line topics \(\d+ lines: .+\)", note), note
    text = squashed(" ".join(stream_texts(cram.read_bytes())))
    for card in (c for c in pack.cards if c.kind == "number" and not _retired(c)):  # tier 1 before any of tier 2
        for number in deletions(card.prompt):
            assert on_sheet(number, text)


def compare_card(card: Card, name: str, fact: str) -> Card:
    """Shaped as the compare cards are: the set asked between, a fact; the thing it is."""
    prompt = f'<div class="sp-label">Security Group or NACL?</div><div>{fact}</div>'
    return replace(card, kind="compare", prompt=prompt, answer=f"<div><b>{name}</b></div>", topic="Network security")


def recognition_card(card: Card, cue: str, name: str) -> Card:
    prompt = f'<div class="sp-label">Which one is this?</div><ul><li>{cue}</li><li>a second cue</li></ul>'
    return replace(card, kind="recognition", prompt=prompt, answer=f"<div><b>{name}</b></div><div>what it is</div>", topic=name)


def test_side_by_side_tables_and_trigger_phrases_come_from_their_cards_and_go_when_there_are_none(tmp_path: Path) -> None:
    pack = tag(small_pack(tmp_path), {"IAM": [SECURITY] * 4, "S3": [TECHNOLOGY] * 3, "Budgets": [BILLING]})
    # without the pack's own recognition and compare cards, the sheet has neither part
    pack = replace(pack, cards=tuple(c for c in pack.cards if c.kind not in ("recognition", "compare")))
    plain = build_cram(pack).sheet
    assert [s.plain_title for s in plain.sections][0] == "Numbers and limits" or all(
        c.kind != "number" for c in pack.cards
    )
    assert not {"Side by side", "Trigger phrases"} & {s.plain_title for s in plain.sections}
    base = pack.cards[0]
    extra = (
        compare_card(base, "Security Group", "stateful, return traffic allowed"),
        compare_card(base, "NACL", "stateless, allow and deny rules"),
        compare_card(base, "Security Group", "instance level"),
        compare_card(base, "NACL", "subnet level"),
        recognition_card(base, "Records every API call in the account for auditing", "CloudTrail"),
    )
    richer = replace(pack, cards=(*pack.cards, *extra))
    rendered = render_cram(richer)
    text = " ".join(stream_texts(rendered.pdf))
    assert "Side by side" in text and "Trigger phrases" in text
    assert "Security Group vs NACL" in text
    assert "Records every API call in the account for auditing → CloudTrail" in text
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        words = pdf.pages[0].extract_words()
    # The table's cells line up: each fact starts where its name's column does.
    column = {w["text"]: round(w["x0"]) for w in words if w["text"] in ("Security", "NACL", "stateful,", "stateless,", "instance", "subnet")}
    assert column["stateful,"] == column["instance"] == column["Security"]
    assert column["stateless,"] == column["subnet"] == column["NACL"]


def test_check_says_how_full_the_cram_sheets_pages_are(tmp_path: Path) -> None:
    small_pack(tmp_path)
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 0, result.stderr
    # Not built yet: estimated, without laying it out.
    assert re.search(r"^  cram sheet: about 1 page of 2 \(\d+% full, estimated: build lays it out\)$", result.stdout, re.M), result.stdout
    # Built (its PDF kept in a cache of the test's own): what the layout measured.
    cached = {"STUDY_PACK_CACHE": str(tmp_path / "cache")}
    assert run_cli("build", str(tmp_path), "--out", str(tmp_path / "out"), env=cached).returncode == 0
    result = run_cli("check", str(tmp_path), env=cached)
    assert re.search(r"^  cram sheet: 1 page of 2 \(\d+% full\)$", result.stdout, re.M), result.stdout


def test_it_is_printed_portrait_or_landscape_as_more_of_it_fits(seed_cram: CramRendered, seed_pack: Pack) -> None:
    width, height = (float(v) for v in reader(seed_cram.pdf).pages[0].mediabox[2:])
    assert (height > width) == seed_cram.geometry.portrait
    assert seed_cram.geometry.columns == (2 if seed_cram.geometry.portrait else 3)
    chosen = cram_geometries(seed_pack).index(seed_cram.geometry)
    assert seed_cram.estimates[chosen] == min(seed_cram.estimates)


def test_what_could_never_fit_is_not_laid_out_but_still_reported(seed_pack: Pack) -> None:
    whole = build_cram(seed_pack)
    cut = within(whole, 60, line_chars=80)
    assert not whole.unmeasured
    kept = sum(len(t.lines) for s in cut.sheet.sections for t in s.topics)
    assert 0 < kept <= 60 and kept + sum(lo.count for lo in cut.unmeasured) == sum(
        len(t.lines) for s in whole.sheet.sections for t in s.topics
    )
    assert cut.tiers[0] == 1 and [lo.tier for lo in cut.unmeasured] == sorted({lo.tier for lo in cut.unmeasured})


def test_check_estimates_an_unbuilt_cram_sheet_without_laying_it_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.cheatsheet as cheatsheet
    from pipeline.cheatsheet.emit import notes_of_cram

    def no_layout(_pack: Pack) -> CramRendered:
        raise AssertionError("laid out")

    monkeypatch.setattr(cheatsheet, "render_cram", no_layout)
    (note,) = notes_of_cram(small_pack(tmp_path))
    assert re.fullmatch(r"cram sheet: about 1 page of 2 \(\d+% full, estimated: build lays it out\)", note), note


def test_a_trigger_phrase_is_the_names_most_telling_cue(tmp_path: Path) -> None:
    """A cue many names share ("fully managed service") points nowhere: of a
    name's cues, the one whose words other cues use least is printed."""
    pack = small_pack(tmp_path)
    base = replace(pack.cards[0], section="Security")
    extra = (
        recognition_card(base, "Fully managed service", "Macie"),
        recognition_card(base, "Finds personal data in S3 buckets with machine learning", "Macie"),
        recognition_card(base, "Fully managed service for threat detection", "GuardDuty"),
    )
    sheet = build_cram(replace(pack, cards=(*pack.cards, *extra))).sheet
    triggers = next(s for s in sheet.sections if s.plain_title == "Trigger phrases")
    lines = [str(line.html) for topic in triggers.topics for line in topic.lines]
    assert any(line.startswith("Finds personal data in S3 buckets") and "Macie" in line for line in lines)
    assert not any(line.startswith("Fully managed service →") for line in lines)
    assert any("GuardDuty" in line for line in lines)  # one line per name, each name kept


def test_a_topics_one_liner_never_defines_some_other_term(tmp_path: Path) -> None:
    """`*on premises* refers to local hardware` opening the S3 section defines
    on premises: it is not what S3 is."""
    notes = (
        "# Storage\n\n## S3\n\n"
        "*on premises* refers to local hardware, meaning data is stored on local servers.\n\n"
        "**S3:**\n"
        "- object storage in buckets, for any amount of data\n"
        "- objects of up to 5 TB each\n"
    )
    pack = small_pack(tmp_path, notes=notes)
    assert any(card.defined_in_passing and "on premises" in card.prompt for card in pack.cards)
    sheet = build_cram(pack).sheet
    lines = [str(line.html) for section in sheet.sections for topic in section.topics for line in topic.lines]
    assert any('<b class="term">S3</b>' in line for line in lines)
    assert not any("refers to local hardware" in line for line in lines)
