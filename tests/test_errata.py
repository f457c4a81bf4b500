"""errata.toml corrects the notes in what the build makes, never in the notes."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.commands.build import load

from .conftest import TRACEBACK, run_cli

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


def test_a_correction_no_longer_on_its_line_is_skipped_with_a_warning(tmp_path: Path) -> None:
    stale = ERRATA.replace("line = 3", "line = 4")
    pack = _pack(tmp_path / "pack", stale)
    result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "csv")
    assert result.returncode == 0, result.stderr
    assert f"{pack / 'errata.toml'}:2: warning: 'IasS' is not on line 4 of notes.md: correction skipped" in result.stderr
    said = (tmp_path / "out" / "errata" / "errata.csv").read_text(encoding="utf-8")
    assert "IasS" in said and "the apps and the data" in said  # the other correction still holds


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
