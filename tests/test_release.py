"""The release step: versions it refuses, records it keeps, what development
builds take from them, note types and the changelog."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
import sqlite3
import zipfile
from pathlib import Path

import pytest

from pipeline.release import changelog
from pipeline.release import history
from pipeline.model import notetypes
from pipeline.commands.build import build, load
from pipeline.diagnostics import PipelineError
from pipeline.commands.release import release

from .anki_collection import fresh_collection, import_apkg
from .conftest import EPOCH, SEED_PACK, TRACEBACK, run_cli

SLUG = "aws-cloud-practitioner"
DAY = 86400
FAST = ["apkg", "csv", "json"]


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """The seed pack in a temporary folder, with no release history."""
    folder = tmp_path / "pack"
    shutil.copytree(SEED_PACK, folder)
    shutil.rmtree(folder / history.RELEASES, ignore_errors=True)
    return folder


def _edit(pack: Path, old: str, new: str) -> None:
    notes = pack / f"{SLUG}.md"
    text = notes.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    notes.write_text(text.replace(old, new), encoding="utf-8")


def _note_mods(apkg: Path, folder: Path) -> dict[str, int]:
    with zipfile.ZipFile(apkg) as archive:
        (folder / "c.anki2").write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(folder / "c.anki2")
    try:
        return dict(connection.execute("SELECT guid, mod FROM notes"))
    finally:
        connection.close()


def test_a_release_records_every_card_and_the_note_types(pack, tmp_path):  # type: ignore[no-untyped-def]
    result = release(pack, "1.0.0", tmp_path / "out", FAST)
    record = history.read(pack / "releases" / "1.0.0.json")
    assert result.recorded_now and result.record == pack / "releases" / "1.0.0.json"
    assert record.version == "1.0.0" and record.previous is None and record.build_time == EPOCH
    assert [e.guid for e in record.cards] == [c.guid for c in result.built.pack.cards]
    assert {e.modified for e in record.cards} == {EPOCH}
    assert {t.kind: t.fields for t in record.notetypes} == {
        "basic": notetypes.BASIC_FIELDS,
        "cloze": notetypes.CLOZE_FIELDS,
    }
    manifest = json.loads((result.built.out_dir / "manifest.json").read_text())
    assert manifest["version"] == "1.0.0" and "changes" not in manifest


def test_unchanged_notes_keep_the_release_time_in_later_builds(pack, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    release(pack, "1.0.0", tmp_path / "out", FAST)
    _edit(pack, "- SRR: Same_Region Replication", "- SRR: Same-Region Replication")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + DAY))
    built = build(pack, tmp_path / "dev", ["apkg"])  # a development build, not a release
    mods = _note_mods(built.out_dir / f"{SLUG}.apkg", tmp_path)
    changed = [c.guid for c in built.pack.cards if c.prompt == "SRR"]
    assert len(changed) == 1
    assert mods.pop(changed[0]) == EPOCH + DAY
    assert set(mods.values()) == {EPOCH}
    manifest = json.loads((built.out_dir / "manifest.json").read_text())
    assert manifest["changes"] == {"since": "1.0.0", "added": 0, "changed": 1, "retired": 0, "removed": 0}


def test_a_changed_note_is_newer_than_the_last_release_even_if_the_clock_is_not(pack, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    release(pack, "1.0.0", tmp_path / "out", FAST)
    _edit(pack, "- SRR: Same_Region Replication", "- SRR: Same-Region Replication")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH - DAY))
    loaded = load(pack)
    srr = next(c for c in loaded.pack.cards if c.prompt == "SRR")
    assert loaded.pack.history.notes[srr.guid] == EPOCH + 1


def test_a_recorded_release_is_rebuilt_byte_for_byte_whatever_the_clock(pack, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    first = release(pack, "1.0.0", tmp_path / "one", FAST)
    recorded = (pack / "releases" / "1.0.0.json").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 99 * DAY))
    again = release(pack, "1.0.0", tmp_path / "two", FAST)
    assert not again.recorded_now
    assert (pack / "releases" / "1.0.0.json").read_bytes() == recorded
    assert first.bundle.read_bytes() == again.bundle.read_bytes()


def test_a_recorded_release_built_from_other_notes_is_refused(pack, tmp_path):  # type: ignore[no-untyped-def]
    release(pack, "1.0.0", tmp_path / "out", FAST)
    _edit(pack, "- SRR: Same_Region Replication", "- SRR: Same-Region Replication")
    with pytest.raises(PipelineError) as error:
        release(pack, "1.0.0", tmp_path / "out", FAST)
    assert str(error.value) == (
        f"{pack / 'releases' / '1.0.0.json'}:1: error: release 1.0.0 was recorded from other notes (1 card changed);"
        " release a new version, or delete this record to redo this one"
    )


def test_versions_must_be_semantic_and_grow(pack, tmp_path):  # type: ignore[no-untyped-def]
    out = str(tmp_path / "out")
    for bad in ("1.0", "v1.0.0", "1.0.0.0", "01.0.0"):
        result = run_cli("release", "--version", bad, str(pack), "--out", out)
        assert result.returncode == 2, bad
        assert f"'{bad}' is not a semantic version such as 1.2.0" in result.stderr
    assert run_cli("release", str(pack), "--out", out).returncode == 2  # --version is required

    release(pack, "1.1.0", tmp_path / "out", FAST)
    for stale in ("1.0.9", "1.1.0-rc.1"):
        result = run_cli("release", "--version", stale, str(pack), "--out", out)
        assert result.returncode == 1
        assert result.stderr.strip().splitlines()[-1] == (
            f"{pack / 'releases' / '1.1.0.json'}:1: error: version {stale} is not greater than the last release, 1.1.0"
        )
        assert not TRACEBACK.search(result.stderr)
    assert sorted(p.name for p in (pack / "releases").iterdir()) == ["1.1.0.json"]


def test_a_card_type_renamed_needs_a_major_version(pack, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    release(pack, "1.0.0", tmp_path / "out", FAST)
    original = notetypes.specs

    def renamed(config):  # type: ignore[no-untyped-def]
        basic, cloze = original(config)
        _, front, back = basic.templates[0]
        return (replace(basic, templates=(("Question", front, back),)), cloze)

    monkeypatch.setattr(notetypes, "specs", renamed)
    with pytest.raises(PipelineError) as error:
        release(pack, "1.1.0", tmp_path / "out", FAST)
    assert str(error.value) == (
        f"{pack / 'releases' / '1.0.0.json'}:1: error: note type \"AWS Cloud Practitioner (basic)\" changed"
        " (card types Card 1 -> Question): Anki would import it as a copy and stop updating learners' notes;"
        " release it as a new major version (2.0.0)"
    )
    assert not (pack / "releases" / "1.1.0.json").exists()
    assert release(pack, "2.0.0", tmp_path / "out", FAST).recorded_now


def test_restyling_is_not_breaking_and_only_a_restyle_replaces_a_learners_styling(pack, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    v1 = release(pack, "1.0.0", tmp_path / "out1", ["apkg"])
    collection = fresh_collection(tmp_path / "anki")
    import_apkg(collection, v1.built.out_dir / f"{SLUG}.apkg")
    model = collection.models.by_name("AWS Cloud Practitioner (basic)")
    model["css"] += "\n.card { font-size: 30px; } /* mine */"
    collection.models.update_dict(model)
    path = collection.path
    collection.close()

    def styling() -> str:
        from anki.collection import Collection

        reopened = Collection(path)  # no cached note types
        try:
            return reopened.models.by_name("AWS Cloud Practitioner (basic)")["css"]
        finally:
            reopened.close()

    def import_release(result) -> None:  # type: ignore[no-untyped-def]
        from anki.collection import Collection

        col = Collection(path)
        try:
            import_apkg(col, result.built.out_dir / f"{SLUG}.apkg")
        finally:
            col.close()

    _edit(pack, "- SRR: Same_Region Replication", "- SRR: Same-Region Replication")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 400 * DAY))
    import_release(release(pack, "1.1.0", tmp_path / "out2", ["apkg"]))
    assert "/* mine */" in styling()

    css = notetypes._css()
    monkeypatch.setattr(notetypes, "_css", lambda: css + "\n.sp-context { color: teal; }")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 401 * DAY))
    v3 = release(pack, "1.2.0", tmp_path / "out3", ["apkg"])
    assert [t.kind for t in v3.changes.restyled] == ["basic", "cloze"]
    import_release(v3)
    assert "/* mine */" not in styling() and "color: teal" in styling()


def test_the_changelog_escapes_what_the_notes_say(tmp_path):  # type: ignore[no-untyped-def]
    def entry(guid: str, prompt: str, context: str = "S3 › *Bold*") -> history.CardEntry:
        return history.CardEntry(guid, "h" + guid, EPOCH, "term", "basic", context, prompt)

    before = history.Record("p", "1.0.0", None, EPOCH, "Deck", 1, (), (entry("a`b", "old"), entry("gone", "# heading")))
    after = history.Record(
        "p", "1.1.0", "1.0.0", EPOCH + DAY, "Deck", 1, (),
        (
            history.CardEntry("a`b", "changed", EPOCH + DAY, "term", "basic", "S3 › *Bold*", "<script>alert(1)</script> [x](javascript:y)"),
            entry("new", "- not a list", context=""),
        ),
    )
    text = changelog.render("Title <b>", after, history.diff(before, after))
    assert text.splitlines()[0] == "# Title &lt;b&gt; 1.1.0"
    assert "Since 1.0.0: 1 added, 1 changed, 0 retired, 1 removed; 2 cards in all." in text
    assert (
        "- **S3 › \\*Bold\\*** — &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:y) (term, guid ``a`b``)" in text
    )
    assert "- \\- not a list (term, guid `new`)" in text
    assert "- **S3 › \\*Bold\\*** — \\# heading (term, guid `gone`)" not in text  # '#' acts only at a line start
    assert "- **S3 › \\*Bold\\*** — # heading (term, guid `gone`)" in text
    assert "<script>" not in text
