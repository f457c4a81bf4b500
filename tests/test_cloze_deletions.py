"""Every cloze note the build counts is a card in Anki: a cloze note without a
deletion makes none, so the rules never write one."""

from __future__ import annotations

import json
from pathlib import Path

from .anki_collection import fresh_collection, import_apkg
from .conftest import run_cli
from .test_cards import cards_of

NOTES = """\
# Formatted numbers

## Regions

**Availability zones:**
- Minimum of **3** availability zones in every zone-enabled region
- retention *up to 35 days*, by default **7 days**
- at least 2 **AZs** per subnet group

**Limits:**
- `m5.large` has 2 vCPUs
- Max size: **1 MiB**
"""


def _cloze_notes_without_cards(collection) -> list[str]:  # type: ignore[no-untyped-def]
    empty = []
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        if note.note_type()["type"] == 1 and not note.cards():
            empty.append(note.fields[0])
    return empty


def test_numbers_in_bold_or_italic_are_hidden_inside_the_formatting(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    result = run_cli("build", str(notes), "--out", str(tmp_path / "out"), "--formats", "apkg,json")
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "out" / "notes"
    cards = json.loads((folder / "notes.cards.json").read_text(encoding="utf-8"))
    numbers = {c["source"]: c["prompt"] for c in cards if c["kind"] == "number"}
    assert numbers["notes.md:6"] == "Minimum of {{c1::<b>3</b> availability zones}} in every zone-enabled region"
    assert "<i>up to {{c1::35 days}}</i>" in numbers["notes.md:7"]
    assert "{{c2::7 days}}" in numbers["notes.md:7"]
    assert "{{c1::2 <b>AZs</b>}}" in numbers["notes.md:8"]

    collection = fresh_collection(tmp_path / "anki")
    try:
        import_apkg(collection, folder / "notes.apkg")
        assert _cloze_notes_without_cards(collection) == []
        manifest = json.loads((folder / "manifest.json").read_text())
        assert collection.note_count() == manifest["cards"]["total"] == len(cards)
        assert collection.card_count() > collection.note_count()  # `up to 35 days ... 7 days`: two cards
    finally:
        collection.close()


def test_every_cloze_note_of_the_seed_makes_a_card(seed_outputs: Path, tmp_path: Path) -> None:
    collection = fresh_collection(tmp_path / "anki")
    try:
        import_apkg(collection, seed_outputs / "aws-cloud-practitioner.apkg")
        assert collection.find_notes("") and _cloze_notes_without_cards(collection) == []
    finally:
        collection.close()


def test_a_cloze_card_without_a_deletion_is_left_out_with_a_warning() -> None:
    from pipeline.cards.sink import CardSink

    sink = CardSink("notes.md", "pack", None)
    sink.add("number", "cloze", "Minimum of 3 zones", "", ("Regions",), (12,), ("number", "x"))
    sink.add("number", "cloze", "Minimum of {{c1::3 zones}}", "", ("Regions",), (13,), ("number", "y"))
    assert [c.prompt for c in sink.cards] == ["Minimum of {{c1::3 zones}}"]
    assert [str(p) for p in sink.problems] == ["notes.md:12: warning: a cloze card without a deletion was left out"]


def test_an_items_remark_that_spells_it_out_is_the_blank_not_the_letters() -> None:
    lines = cards_of(
        """
        ## Security

        ### Endpoint protection
        Tools: antivirus, **Windows Recovery Environment**, **EDR** (endpoint detection and response), **MDR**, **XDR**, email filtering
        """
    )
    listed = [line for line in lines if "Windows Recovery Environment}}" in line]
    assert listed and all("EDR ({{c3::endpoint detection and response}})" in line for line in listed), lines
    assert not any("{{c3::EDR}}" in line for line in lines), lines
