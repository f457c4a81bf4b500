"""The built deck and CSV imported into a real Anki collection."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from .anki_collection import fresh_collection, import_apkg, import_csv, notes_by_guid


def _csv_rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    return list(csv.reader(io.StringIO(body)))


@pytest.fixture(scope="module")
def imported(seed_outputs: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    collection = fresh_collection(tmp_path_factory.mktemp("anki"))
    log = import_apkg(collection, seed_outputs / "aws-cloud-practitioner.apkg")
    yield collection, log
    collection.close()


def test_every_note_of_the_csv_is_in_the_collection(imported, seed_outputs):  # type: ignore[no-untyped-def]
    collection, log = imported
    rows = _csv_rows(seed_outputs / "aws-cloud-practitioner.csv")
    notes = notes_by_guid(collection)
    assert len(log.new) == len(rows) == len(notes)
    assert {row[0] for row in rows} == set(notes)
    for row in rows:
        note = notes[row[0]]
        assert note.note_type()["name"] == row[1]
        assert note.fields == row[3:7]
        assert sorted(note.tags) == sorted(row[7].split())
        assert collection.decks.name(note.cards()[0].did) == row[2]


def test_every_card_renders_a_question_and_an_answer(imported):  # type: ignore[no-untyped-def]
    collection, _ = imported
    card_ids = collection.find_cards("")
    assert len(card_ids) >= len(collection.find_notes(""))
    for card_id in card_ids:
        card = collection.get_card(card_id)
        question = re.sub(r"<style>.*?</style>|<[^>]+>", " ", card.question(), flags=re.S)
        answer = re.sub(r"<style>.*?</style>|<[^>]+>", " ", card.answer(), flags=re.S)
        assert question.split(), card.note().fields
        assert len(answer.split()) > len(question.split()) or "[...]" not in question, card.note().fields
        assert "{{" not in question and "}}" not in answer


def test_a_second_import_of_the_same_file_adds_nothing(imported, seed_outputs):  # type: ignore[no-untyped-def]
    collection, _ = imported
    before = collection.note_count()
    log = import_apkg(collection, seed_outputs / "aws-cloud-practitioner.apkg")
    assert len(log.new) == 0
    assert collection.note_count() == before
    ours = [m.name for m in collection.models.all_names_and_ids() if m.name.startswith("AWS Cloud Practitioner")]
    assert sorted(ours) == ["AWS Cloud Practitioner (basic)", "AWS Cloud Practitioner (cloze)"]


def test_the_csv_imports_into_the_same_notes(imported, seed_outputs):  # type: ignore[no-untyped-def]
    collection, _ = imported
    before = set(notes_by_guid(collection))
    log = import_csv(collection, seed_outputs / "aws-cloud-practitioner.csv")
    assert len(log.new) == 0
    assert len(log.missing_notetype) == 0
    assert set(notes_by_guid(collection)) == before
    assert len(log.updated) + len(log.duplicate) == len(before)
