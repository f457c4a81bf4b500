"""`<slug>-basic.csv` into a fresh collection of the real anki package: Anki's
built-in Basic and Cloze note types, every card of the deck, nothing missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .anki_collection import fresh_collection, import_csv


@pytest.fixture(scope="module")
def fresh_import(seed_outputs: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    collection = fresh_collection(tmp_path_factory.mktemp("basic-csv"))
    log = import_csv(collection, seed_outputs / "aws-cloud-practitioner-basic.csv")
    yield collection, log
    collection.close()


def _cards(seed_outputs: Path) -> list[dict[str, object]]:
    return json.loads((seed_outputs / "aws-cloud-practitioner.cards.json").read_text(encoding="utf-8"))


def test_a_fresh_collection_gets_exactly_one_note_per_card(fresh_import, seed_outputs):  # type: ignore[no-untyped-def]
    collection, log = fresh_import
    cards = _cards(seed_outputs)
    assert len(log.new) == len(cards) > 100
    assert not log.missing_notetype and not log.missing_deck and not log.conflicting and not log.empty_first_field
    assert collection.note_count() == len(cards)


def test_it_uses_the_built_in_note_types_and_the_pack_deck(fresh_import, seed_outputs):  # type: ignore[no-untyped-def]
    collection, _ = fresh_import
    names = {collection.get_note(nid).note_type()["name"] for nid in collection.find_notes("")}
    cloze = sum(1 for c in _cards(seed_outputs) if "{{c1::" in str(c["prompt"]))
    assert names == {"Basic", "Cloze"}
    assert len(collection.find_notes('note:Cloze')) == cloze > 0
    assert collection.decks.by_name("AWS Cloud Practitioner") is not None


def test_context_and_source_are_on_the_back(fresh_import):  # type: ignore[no-untyped-def]
    collection, _ = fresh_import
    found = collection.find_notes('"tag:kind::number" note:Cloze')
    note = collection.get_note(found[0])
    assert "aws-cloud-practitioner.md:" in note["Back Extra"] and "›" in note["Back Extra"]
    card = note.cards()[0]
    answer = card.answer()
    assert "aws-cloud-practitioner.md:" in answer
    basic = collection.get_note(collection.find_notes("note:Basic")[0])
    assert "aws-cloud-practitioner.md:" in basic["Back"]


def test_importing_it_again_adds_nothing(fresh_import, seed_outputs):  # type: ignore[no-untyped-def]
    collection, _ = fresh_import
    before = collection.note_count()
    log = import_csv(collection, seed_outputs / "aws-cloud-practitioner-basic.csv")
    assert not log.new and collection.note_count() == before
