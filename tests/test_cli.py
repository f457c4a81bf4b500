"""The command line: exit status, one-line problems, untouched outputs."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from .conftest import SEED_PACK, TRACEBACK, run_cli


def _notes(tmp_path: Path, text: str, name: str = "notes.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_help_shows_examples():
    for args in (["--help"], ["build", "--help"], ["check", "--help"]):
        result = run_cli(*args)
        assert result.returncode == 0
        assert "examples:" in result.stdout and "python -m pipeline build" in result.stdout


def test_a_wrong_command_line_exits_2():
    assert run_cli().returncode == 2
    assert run_cli("frobnicate").returncode == 2
    result = run_cli("build", "--formats", "apkg,docx")
    assert result.returncode == 2
    assert "unknown format docx" in result.stderr
    assert not TRACEBACK.search(result.stderr)


def test_build_writes_the_formats_and_says_where(tmp_path):  # type: ignore[no-untyped-def]
    notes = _notes(tmp_path, "# My Deck\n\n## Storage\n\n**S3:**\n- Object storage\n- max object size is 5TB\n- Bucket: a container\n")
    result = run_cli("build", str(notes), "--out", str(tmp_path / "out"), "--formats", "apkg,csv,json")
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "out" / "notes"
    assert sorted(p.name for p in folder.iterdir()) == ["manifest.json", "notes-basic.csv", "notes.apkg", "notes.cards.json", "notes.csv"]
    assert "notes: 4 cards (1 number, 1 overview, 1 recognition, 1 term)" in result.stdout
    assert str(folder / "notes.apkg") in result.stdout


def test_bad_input_is_one_line_with_file_and_line_and_keeps_the_last_good_outputs(tmp_path):  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack"
    shutil.copytree(SEED_PACK, pack)
    out = tmp_path / "out"
    assert run_cli("build", str(pack), "--out", str(out), "--formats", "csv,json").returncode == 0
    before = {p.name: p.read_bytes() for p in (out / "aws-cloud-practitioner").iterdir()}

    toml = pack / "pack.toml"
    toml.write_text(re.sub(r'(?m)^version = ".*"$', "version = 1", toml.read_text()), encoding="utf-8")
    result = run_cli("build", str(pack), "--out", str(out), "--formats", "csv,json")
    assert result.returncode == 1
    assert result.stderr.strip() == f"{toml}:7: error: `version`: must be a string"
    after = {p.name: p.read_bytes() for p in (out / "aws-cloud-practitioner").iterdir()}
    assert after == before
    assert sorted(p.name for p in out.iterdir()) == [".build-cache", "aws-cloud-practitioner"]  # no staging left


def test_notes_that_are_not_utf8_name_the_line(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "latin1.md"
    path.write_bytes("## Café\n\n**Topic:**\n- d\u00e9j\u00e0 vu\n".encode("latin-1"))
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert result.stderr.strip().startswith(f"{path}:1: error: not valid UTF-8")
    assert not TRACEBACK.search(result.stderr)


def test_a_missing_path_is_an_error(tmp_path):  # type: ignore[no-untyped-def]
    result = run_cli("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{tmp_path / 'nope'}:0: error: no such file or folder"
    assert not (tmp_path / "out").exists()


def test_check_writes_nothing(tmp_path):  # type: ignore[no-untyped-def]
    notes = _notes(tmp_path, "## A\n\n**B:**\n- c: d\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_cli("check", str(notes), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "notes: 1 card, 0 warnings" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_duplicates_are_warnings_and_strict_makes_them_fatal(tmp_path):  # type: ignore[no-untyped-def]
    notes = _notes(tmp_path, "## A\n\n**B:**\n- Term: one\n- Term: two\n")
    result = run_cli("check", str(notes))
    assert result.returncode == 0
    assert f"{notes}:5: warning: duplicate of the card at notes.md:4" in result.stderr
    strict = run_cli("build", str(notes), "--strict", "--out", str(tmp_path / "out"))
    assert strict.returncode == 1
    assert not (tmp_path / "out").exists()


def test_a_rebuild_with_nothing_changed_writes_nothing(tmp_path):  # type: ignore[no-untyped-def]
    notes = _notes(tmp_path, "## Storage\n\n**S3:**\n- Object storage\n- max object size is 5TB\n")
    out = tmp_path / "out"
    assert run_cli("build", str(notes), "--out", str(out), "--formats", "apkg,csv,json").returncode == 0
    stamps = {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in out.rglob("*") if p.is_file()}
    again = run_cli("build", str(notes), "--out", str(out), "--formats", "apkg,csv,json")
    assert again.returncode == 0 and "notes: up to date, 3 cards" in again.stdout
    assert {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in out.rglob("*") if p.is_file()} == stamps

    before = (out / "notes" / "notes.csv").read_bytes()
    notes.write_text(notes.read_text() + "- Bucket: a container of objects\n", encoding="utf-8")
    edited = run_cli("build", str(notes), "--out", str(out), "--formats", "apkg,csv,json")
    assert edited.returncode == 0 and "up to date" not in edited.stdout
    assert (out / "notes" / "notes.csv").read_bytes() != before
    assert "a container of objects" in (out / "notes" / "notes.csv").read_text()


def test_a_deleted_output_is_rebuilt(tmp_path):  # type: ignore[no-untyped-def]
    notes = _notes(tmp_path, "## Storage\n\n**S3:**\n- Object storage\n- Bucket: a container\n")
    out = tmp_path / "out"
    assert run_cli("build", str(notes), "--out", str(out), "--formats", "csv,json").returncode == 0
    (out / "notes" / "notes.csv").unlink()
    again = run_cli("build", str(notes), "--out", str(out), "--formats", "csv,json")
    assert "up to date" not in again.stdout and (out / "notes" / "notes.csv").is_file()


def test_pack_toml_turns_the_new_kinds_off(tmp_path):  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack"
    shutil.copytree(SEED_PACK, pack)
    shutil.rmtree(pack / "releases", ignore_errors=True)
    toml = pack / "pack.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n[cards]\nrecognition = false\ncompare = false\n", encoding="utf-8")
    result = run_cli("build", str(pack), "--out", str(tmp_path / "out"), "--formats", "json")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "aws-cloud-practitioner" / "manifest.json").read_text(encoding="utf-8"))
    kinds = manifest["cards"]["kind"]
    assert "recognition" not in kinds and "compare" not in kinds
    assert kinds["practice"] > 0 and kinds["classify"] > 0  # practice still follows the recognition it hides
    assert "practice" in result.stdout and "recognition" not in result.stdout
