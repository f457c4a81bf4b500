"""errata.toml corrects the notes in what the build makes, never in the notes."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.commands.build import load
from pipeline.commands.release import release
from pipeline.model.cardtext import readable_text

from .anki_collection import fresh_collection, import_apkg, logged_guids, notes_by_guid
from .conftest import EPOCH, TRACEBACK, run_cli

NOTES = """\
## Cloud models

**IasS:**
- you manage the OS and the apps
- the provider runs the hardware

**PaaS:**
- you manage the infra and the apps
"""

PACK = """\
title = "Errata"
slug = "errata"
version = "1.0.0"
errata = "errata.toml"

[anki]
deck_id = 3001
basic_model_id = 3002
cloze_model_id = 3003
"""

ERRATA = """\
# Corrections to notes we did not write.
[[correction]]
line = 3
was = "IasS"
now = "IaaS"
why = "typo"

[[correction]]
line = 8
was = "the infra and the apps"
now = "the apps and the data"
why = "wrong: the provider manages the infrastructure"
"""


def _pack(tmp_path: Path, errata: str = ERRATA, notes: str = NOTES) -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "notes.md").write_text(notes, encoding="utf-8")
    (tmp_path / "pack.toml").write_text(PACK, encoding="utf-8")
    (tmp_path / "errata.toml").write_text(errata, encoding="utf-8")
    return tmp_path


def _said(tmp_path: Path, out: Path) -> str:
    result = run_cli("build", str(tmp_path), "--out", str(out), "--formats", "csv")
    assert result.returncode == 0, result.stderr
    with (out / "errata" / "errata.csv").open(encoding="utf-8", newline="") as handle:
        return "\n".join(" ".join(row) for row in csv.reader(handle))


def test_the_cards_say_the_correction_and_the_notes_stay_as_written(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack")
    said = _said(pack, tmp_path / "out")
    assert "IaaS" in said and "IasS" not in said
    assert "the apps and the data" in said and "the infra and the apps" not in said
    assert (pack / "notes.md").read_text(encoding="utf-8") == NOTES


def test_cards_keep_the_line_of_the_notes_as_written(tmp_path: Path) -> None:
    loaded = load(_pack(tmp_path))
    lines = {s.line for card in loaded.pack.cards if "IaaS" in card.prompt + card.answer + " ".join(card.context) for s in card.sources}
    assert lines and lines <= {3, 4, 5}


def test_a_correction_the_notes_moved_is_made_on_the_nearest_line_that_has_it(tmp_path: Path) -> None:
    moved = NOTES.replace("**PaaS:**", "**PaaS:**\n- once more: IasS")  # line 9 now says "IasS" too
    errata = ERRATA.replace("line = 3", "line = 2").replace("line = 8", "line = 10")
    pack = _pack(tmp_path / "pack", errata, moved)
    result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "csv")
    assert result.returncode == 0, result.stderr
    errata_file = pack / "errata.toml"
    assert f"{errata_file}:2: warning: 'IasS' is on line 3 of notes.md, not 2: corrected there (update `line`)" in result.stderr
    assert f"{errata_file}:8: warning: 'the infra and the apps' is on line 9 of notes.md, not 10" in result.stderr
    said = _said(pack, tmp_path / "out")
    assert "once more IasS" in said and "IaaS" in said  # only the nearest line is corrected
    assert "the apps and the data" in said


def test_a_correction_the_author_made_is_skipped_with_a_warning(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack", notes=NOTES.replace("IasS", "IaaS"))
    result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "csv")
    assert result.returncode == 0, result.stderr
    assert f"{pack / 'errata.toml'}:2: warning: 'IasS' is on no line of notes.md any more: correction skipped" in result.stderr
    said = (tmp_path / "out" / "errata" / "errata.csv").read_text(encoding="utf-8")
    assert "the apps and the data" in said  # the other correction still holds


def test_a_bad_entry_is_one_error_line_naming_the_errata_file_and_line(tmp_path: Path) -> None:
    for bad, where, message in [
        (ERRATA.replace("now = \"IaaS\"", "now = 3"), 5, "`correction.now`: must be a string"),
        (ERRATA.replace("why = \"typo\"", "when = \"today\""), 6, "`correction.when`: unknown key"),
        (ERRATA.replace("now = \"IaaS\"\n", ""), 2, "`correction`: entry 1 needs `now`"),
        (ERRATA.replace("line = 8", "line = 0"), 9, "`correction.line`: must be 1 or more"),
        (ERRATA + '\n[[correction]]\nline = 1\nwas = "a"\nnow = """b\nc"""\n', 17, "`correction.now`: must stay within one line"),
        (ERRATA + "title = \"x\"\n", 13, "`correction.title`: unknown key"),
    ]:
        pack = _pack(tmp_path / "pack", bad)
        result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "csv")
        assert result.returncode == 1, bad
        assert not TRACEBACK.search(result.stderr)
        assert f"{pack / 'errata.toml'}:{where}: error: {message}" in result.stderr, result.stderr


def test_a_pack_of_several_notes_files_names_the_file(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack")
    (pack / "more.md").write_text("## More\n\n**EC2:**\n- virtual servers\n", encoding="utf-8")
    (pack / "pack.toml").write_text(PACK.replace('errata = "errata.toml"', 'errata = "errata.toml"\nnotes = ["notes.md", "more.md"]'), encoding="utf-8")
    result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "csv")
    assert result.returncode == 1
    assert "`correction.line`: `file` is needed: the pack has more than one notes file" in result.stderr
    named = '[[correction]]\nfile = "notes.md"\nline = 3\nwas = "IasS"\nnow = "IaaS"\n\n'
    named += '[[correction]]\nfile = "more.md"\nline = 4\nwas = "virtual"\nnow = "virtual (EC2)"\n'
    (pack / "errata.toml").write_text(named, encoding="utf-8")
    said = _said(pack, tmp_path / "out2")
    assert "IaaS" in said and "virtual (EC2) servers" in said


def test_an_edited_errata_file_rebuilds_the_outputs(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack")
    out = tmp_path / "out"
    assert "IaaS" in _said(pack, out)
    (pack / "errata.toml").write_text(ERRATA.replace('now = "IaaS"', 'now = "IaaS (infrastructure)"'), encoding="utf-8")
    assert "IaaS (infrastructure)" in _said(pack, out)


def test_a_missing_errata_file_is_an_error_in_pack_toml(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "pack")
    (pack / "errata.toml").unlink()
    result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "csv")
    assert result.returncode == 1
    assert f"{pack / 'pack.toml'}:4: error: `errata`: no such file in the pack: errata.toml" in result.stderr


def test_a_release_that_corrects_a_card_updates_the_learners_note_and_keeps_its_reviews(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(tmp_path / "pack")
    (pack / "pack.toml").write_text(PACK.replace('errata = "errata.toml"\n', ""), encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    v1 = release(pack, "1.0.0", tmp_path / "out1", formats=["apkg"])
    typo = [c for c in v1.built.pack.cards if "IasS" in c.prompt + c.context_text]
    assert typo
    collection = fresh_collection(tmp_path / "anki")
    import_apkg(collection, v1.built.out_dir / "errata.apkg")
    notes = notes_by_guid(collection)
    studied = [notes[c.guid].cards()[0].id for c in typo]  # type: ignore[attr-defined]
    for card_id in studied:
        card = collection.get_card(card_id)
        card.start_timer()
        collection.sched.answerCard(card, 3)
    reviewed = {i: (c.due, c.ivl, c.reps) for i in studied for c in [collection.get_card(i)]}

    (pack / "pack.toml").write_text(PACK, encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 86400))
    v2 = release(pack, "1.1.0", tmp_path / "out2", formats=["apkg"])
    log = import_apkg(collection, v2.built.out_dir / "errata.apkg")

    fixed = {c.guid for c in typo if len(readable_text(c.prompt)) > 10}  # a long prompt reworded a little
    assert fixed and fixed <= logged_guids(collection, log.updated)
    assert not fixed & {e.guid for e in v2.changes.retired}
    for guid in fixed:
        note = collection.get_note(notes[guid].id)  # type: ignore[attr-defined]
        assert "IaaS" in " ".join(note.fields) and "IasS" not in " ".join(note.fields)
    assert {i: (c.due, c.ivl, c.reps) for i in studied for c in [collection.get_card(i)]} == reviewed
    collection.close()
