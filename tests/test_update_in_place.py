"""A learner's deck updated release after release in a real Anki collection:
corrections arrive, new cards are added, review history and the learner's own
edits survive."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from pipeline.release import history
from pipeline.commands.release import release

from .anki_collection import fresh_collection, import_apkg, logged_guids, notes_by_guid
from .conftest import EPOCH, SEED_PACK

DAY = 86400
ASKED_BACKWARD = {"recognition", "compare", "classify", "practice"}  # cards that name other topics' facts
SLUG = "aws-cloud-practitioner"

NEW_TOPIC = (
    "**Amazon EventBridge Pipes:**\n"
    "- Pipes: point-to-point integrations between event producers and consumers\n"
    "- Filtering: only the events that match a pattern go through\n\n"
)


def _edit(pack: Path, old: str, new: str) -> None:
    notes = pack / f"{SLUG}.md"
    text = notes.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    notes.write_text(text.replace(old, new), encoding="utf-8")


def _release(pack: Path, version: str, epoch: int, out: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    return release(pack, version, out, formats=["apkg"])


def _guid(result, context: str, prompt: str) -> str:  # type: ignore[no-untyped-def]
    found = [c.guid for c in result.built.pack.cards if c.context_text == context and c.prompt == prompt]
    assert len(found) == 1, (context, prompt)
    return found[0]


def _scheduling(collection, card_ids):  # type: ignore[no-untyped-def]
    cards = [collection.get_card(card_id) for card_id in card_ids]
    return {c.id: (c.due, c.ivl, c.reps, c.type, c.queue) for c in cards}


def test_releases_update_the_deck_in_place_and_keep_history_and_learner_edits(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    pack = tmp_path / "notes" / SLUG
    shutil.copytree(SEED_PACK, pack)
    shutil.rmtree(pack / history.RELEASES, ignore_errors=True)  # a history of its own

    # v1: imported and studied.
    v1 = _release(pack, "1.0.0", EPOCH, tmp_path / "out1", monkeypatch)
    collection = fresh_collection(tmp_path / "anki")
    log = import_apkg(collection, v1.built.out_dir / f"{SLUG}.apkg")
    assert len(log.new) == len(v1.built.pack.cards)

    video = _guid(v1, "Cloud Integration › Kinesis", "kinesis Video Streams")
    crr = _guid(v1, "S3 › Replication", "CRR")
    srr = _guid(v1, "S3 › Replication", "SRR")
    notes = notes_by_guid(collection)
    studied = [notes[guid].cards()[0].id for guid in (video, crr, srr)]
    studied += sorted(collection.find_cards(""))[:5]
    for card_id in studied:
        card = collection.get_card(card_id)
        card.start_timer()
        collection.sched.answerCard(card, 3)
    reviewed = _scheduling(collection, studied)
    assert all(reps == 1 for _, _, reps, _, _ in reviewed.values())

    # v2: one answer corrected, one topic inserted before other topics.
    _edit(pack, "- kinesis Video Streams: monitor real-time video streams for analytics or ML",
          "- kinesis Video Streams: monitor real-time video streams for analytics or machine learning (ML)")
    _edit(pack, "**Kinesis:**\n", NEW_TOPIC + "**Kinesis:**\n")
    v2 = _release(pack, "1.1.0", EPOCH + 30 * DAY, tmp_path / "out2", monkeypatch)
    log = import_apkg(collection, v2.built.out_dir / f"{SLUG}.apkg")

    cards = {c.guid: c for c in v2.built.pack.cards}
    topic = {g for g, c in cards.items() if c.topic == "Amazon EventBridge Pipes"}
    assert len({g for g in topic if cards[g].kind not in ASKED_BACKWARD}) == 3
    # the new topic is also a name to recognise, and an option among its neighbours
    added = logged_guids(collection, log.new)
    assert topic <= added and all(cards[g].kind in ASKED_BACKWARD for g in added - topic)
    updated = logged_guids(collection, log.updated)
    assert video in updated and all(cards[g].kind in ASKED_BACKWARD for g in updated - {video})
    assert len(log.conflicting) == 0
    assert "machine learning (ML)" in collection.get_note(notes[video].id).fields[1]
    assert _scheduling(collection, studied) == reviewed
    # a compare card whose fact was the corrected line is asked anew; the old one ships once more, retired
    retired = {e.guid for e in v2.changes.retired}
    assert {e.guid for e in v2.changes.changed} | retired == updated and {e.guid for e in v2.changes.added} == added
    assert all(cards[g].kind in ASKED_BACKWARD for g in retired)

    # The learner rewrites an answer in their own words.
    note = collection.get_note(notes[crr].id)
    note.fields[1] = "Cross-Region replication (my mnemonic: C for cross)"
    collection.update_note(note)
    edited_at = collection.get_note(note.id).mod
    assert edited_at >= int(time.time()) - 60

    # v3, later than that edit, changes another card of the same topic.
    _edit(pack, "- SRR: Same_Region Replication", "- SRR: Same-Region Replication")
    v3 = _release(pack, "1.2.0", edited_at + DAY, tmp_path / "out3", monkeypatch)
    log = import_apkg(collection, v3.built.out_dir / f"{SLUG}.apkg")

    assert len(log.new) == 0
    assert logged_guids(collection, log.updated) == {srr}
    assert collection.get_note(notes[crr].id).fields[1] == "Cross-Region replication (my mnemonic: C for cross)"
    assert collection.get_note(notes[srr].id).fields[1] == "Same-Region Replication"
    assert "machine learning (ML)" in collection.get_note(notes[video].id).fields[1]
    assert _scheduling(collection, studied) == reviewed
    collection.close()
