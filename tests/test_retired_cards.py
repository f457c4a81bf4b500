"""Cards whose notes were removed, in a real Anki collection: the next release
ships them once more, tagged `retired::<version>` with a notice on their front
and their review history intact; the release after leaves them out (the
learner keeps them as they are); a card that comes back keeps its guid and
loses the tag."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.commands.release import release
from pipeline.release import changelog, history

from .anki_collection import fresh_collection, import_apkg, logged_guids, notes_by_guid
from .conftest import EPOCH, SEED_PACK
from .small_packs import NOTES, small_pack

DAY = 86400
SLUG = "aws-cloud-practitioner"
KINESIS = (
    "**Kinesis:**\n"
    "- Kinesis = real-time big data streaming\n"
    "- managed service to collect, process, and analyze real-time streaming data at any scale\n"
)


def _release(pack: Path, version: str, epoch: int, out: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    return release(pack, version, out, formats=["apkg"])


def _remove_topic(notes: Path) -> str:
    """Take the Kinesis topic (up to the next blank line) out of the notes; returns it."""
    text = notes.read_text(encoding="utf-8")
    start = text.index(KINESIS)
    end = text.index("\n\n", start) + 2
    notes.write_text(text[:start] + text[end:], encoding="utf-8")
    return text


def _scheduling(collection, card_ids):  # type: ignore[no-untyped-def]
    return {i: (c.due, c.ivl, c.reps, c.queue) for i in card_ids for c in [collection.get_card(i)]}


def test_removed_cards_are_retired_once_then_dropped_and_come_back_with_their_guid(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    pack = tmp_path / "notes" / SLUG
    shutil.copytree(SEED_PACK, pack)
    shutil.rmtree(pack / history.RELEASES, ignore_errors=True)
    notes = pack / f"{SLUG}.md"

    v1 = _release(pack, "1.0.0", EPOCH, tmp_path / "out1", monkeypatch)
    collection = fresh_collection(tmp_path / "anki")
    import_apkg(collection, v1.built.out_dir / f"{SLUG}.apkg")
    kinesis = {c.guid for c in v1.built.pack.cards if c.topic == "Kinesis"}
    assert len(kinesis) >= 3
    by_guid = notes_by_guid(collection)
    studied = [by_guid[g].cards()[0].id for g in sorted(kinesis)]
    for card_id in studied:
        card = collection.get_card(card_id)
        card.start_timer()
        collection.sched.answerCard(card, 3)
    reviewed = _scheduling(collection, studied)

    # v2: the topic is gone from the notes.
    original = _remove_topic(notes)
    v2 = _release(pack, "1.1.0", EPOCH + 30 * DAY, tmp_path / "out2", monkeypatch)
    retired = {e.guid for e in v2.changes.retired}
    assert kinesis <= retired and not v2.changes.removed
    assert {c.guid for c in v2.built.pack.cards if "retired::1.1.0" in c.tags} == retired
    log = import_apkg(collection, v2.built.out_dir / f"{SLUG}.apkg")
    assert retired <= logged_guids(collection, log.updated)
    # nothing of the removed topic comes back as a new note; a further clue of another thing may
    # (a line that said what the topic said as well now singles its own thing out), and so may
    # a line of another thing that names the removed one (no longer a thing of the notes to ask)
    added = [collection.get_note(n.id.nid) for n in log.new]
    said = [line.split("- ", 1)[1] for line in KINESIS.splitlines()[1:]]
    assert not {n.guid for n in added} & retired and not [n for n in added for line in said if line in " ".join(n.fields)]
    found = {collection.get_note(n).guid for n in collection.find_notes("tag:retired::1.1.0")}
    assert found == retired
    for guid in kinesis:
        note = collection.get_note(by_guid[guid].id)
        # Every retired note's notice opens its front: seen before answering,
        # and, on a cloze note, at the top of its revealed text.
        cloze = "{{c1::" in by_guid[guid].fields[0]
        field = note.fields[0]
        assert field.startswith('<div class="sp-retired"') and "Retired in 1.1.0: delete or suspend" in field
        assert field.removeprefix(field.split("</div>")[0] + "</div>") == by_guid[guid].fields[0]  # kept
        assert note.fields[1] == by_guid[guid].fields[1]
        assert "Retired in 1.1.0" in note.cards()[0].question()
        answer = note.cards()[0].answer()  # as Anki renders the back
        assert "Retired in 1.1.0" in answer
        if cloze:
            assert answer.index("Retired in 1.1.0") < answer.index('class="cloze"')
    assert _scheduling(collection, studied) == reviewed
    text = changelog.render("Pack", history.record_of(v2.built.pack), v2.changes)
    assert f"## Retired ({len(retired)})" in text and "tag:retired::1.1.0" in text

    # v3: still without them: not shipped; the learner's copies stay as they are.
    v3 = _release(pack, "1.2.0", EPOCH + 60 * DAY, tmp_path / "out3", monkeypatch)
    assert not ({c.guid for c in v3.built.pack.cards} & retired)
    assert {e.guid for e in v3.changes.removed} == retired and not v3.changes.retired
    log = import_apkg(collection, v3.built.out_dir / f"{SLUG}.apkg")
    assert not log.new and not (logged_guids(collection, log.updated) & retired)
    assert {collection.get_note(n).guid for n in collection.find_notes("tag:retired::1.1.0")} == retired
    assert _scheduling(collection, studied) == reviewed

    # v4: the topic is back: the same guids, without the tag.
    notes.write_text(original, encoding="utf-8")
    v4 = _release(pack, "1.3.0", EPOCH + 90 * DAY, tmp_path / "out4", monkeypatch)
    back = {c.guid: c for c in v4.built.pack.cards if c.topic == "Kinesis"}
    assert set(back) == kinesis and not any(t.startswith("retired::") for c in back.values() for t in c.tags)
    import_apkg(collection, v4.built.out_dir / f"{SLUG}.apkg")
    assert not collection.find_notes("tag:retired::1.1.0")
    assert all("sp-retired" not in collection.get_note(by_guid[g].id).fields[1] for g in kinesis)
    assert _scheduling(collection, studied) == reviewed
    collection.close()


def test_records_without_notes_still_read_and_retire_nothing(tmp_path):  # type: ignore[no-untyped-def]
    from pipeline.release.retire import retired_cards

    old = tmp_path / "1.0.0.json"
    old.write_text(
        '{"format": 1, "slug": "p", "version": "1.0.0", "previous": null, "build_time": 1, "deck": {"name": "D", "id": 1},'
        ' "notetypes": {}, "cards": [{"guid": "g", "hash": "h", "modified": 1, "kind": "term", "notetype": "basic",'
        ' "context": "S", "prompt": "P"}]}',
        encoding="utf-8",
    )
    record = history.read(old)
    assert record.cards[0].fields is None
    assert retired_cards(record, [], "1.1.0") == ()


def test_a_retired_cloze_note_says_so_above_its_revealed_text(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A cloze note's back is its text revealed with the extra field below it:
    a notice in the extra field would sit under a list that looks live."""
    topic = "**Analytics services:**\n- Athena\n- Redshift\n- QuickSight\n\n"
    pack = tmp_path / "pack"
    pack.mkdir()
    small_pack(pack, notes=NOTES + "\n" + topic)
    v1 = _release(pack, "1.0.0", EPOCH, tmp_path / "out1", monkeypatch)
    listed = {c.guid for c in v1.built.pack.cards if c.topic == "Analytics services" and c.note_type == "cloze"}
    assert listed
    collection = fresh_collection(tmp_path / "anki")
    import_apkg(collection, v1.built.out_dir / "domains.apkg")
    (pack / "notes.md").write_text(NOTES, encoding="utf-8")
    v2 = _release(pack, "1.1.0", EPOCH + DAY, tmp_path / "out2", monkeypatch)
    assert listed <= {e.guid for e in v2.changes.retired}
    import_apkg(collection, v2.built.out_dir / "domains.apkg")
    by_guid = notes_by_guid(collection)
    for guid in listed:
        card = by_guid[guid].cards()[0]
        question, answer = card.question(), card.answer()
        assert "Retired in 1.1.0" in question
        assert answer.index("Retired in 1.1.0") < answer.index('class="cloze"') < answer.index("QuickSight")
    collection.close()
