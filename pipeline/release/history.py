"""Release history: what each release of a pack contained, and when each note
and note type last changed.

Anki updates a note it already has only when the incoming note's modification
time is newer than its own. So a note whose content is unchanged keeps the
time the last release recorded for it (a learner's own later edit stays
newer and survives), and a changed or new note gets the build time (newer
than what learners have, so it updates their copy). Note types follow the
same rule, so a learner's styling survives releases that did not restyle.

A record per release lives in the pack folder (`releases/<version>.json`), so
a fork of the pack carries its history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.model import notetypes
from pipeline import versions
from pipeline.model.cardtext import readable_text
from pipeline.clock import iso
from pipeline.config.pack import PackConfig
from pipeline.diagnostics import PipelineError, display_path
from pipeline.files import write_atomically
from pipeline.model import Card, Pack
from pipeline.model.records import RELEASES, CardEntry, Changes, History, Note, NoteTypeEntry, Record

FORMAT = 1


# ---- hashes --------------------------------------------------------------------------------


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def card_hash(config: PackConfig, card: Card) -> str:
    """Everything an import writes into the learner's note, except the line
    number in its Source field: inserting a line above a card is not a change
    worth overwriting a learner's edit for."""
    front, back, context, _source = notetypes.fields(card)
    return _digest(
        [notetypes.note_type_name(config, card), config.deck, front, back, context, card.source.path, *sorted(card.tags)]
    )


def _notetypes(config: PackConfig, times: Mapping[str, int]) -> tuple[NoteTypeEntry, ...]:
    return tuple(
        NoteTypeEntry(
            kind=spec.kind,
            id=spec.id,
            name=spec.name,
            fields=spec.fields,
            templates=tuple(name for name, _, _ in spec.templates),
            style=_digest([spec.kind, spec.css, *(part for template in spec.templates for part in template)]),
            modified=times.get(spec.kind, 0),
        )
        for spec in notetypes.specs(config)
    )


# ---- times ---------------------------------------------------------------------------------


def _time(changed: bool, recorded: int | None, build_time: int) -> int:
    if recorded is None:
        return build_time
    if not changed:
        return recorded
    # Newer than the last release even when the clock says otherwise.
    return max(build_time, recorded + 1)


def follow(config: PackConfig, cards: Sequence[Card], build_time: int, previous: Record | None) -> History:
    """The modification time of every note and note type of this build."""
    if previous is None:
        return History(None, {c.guid: build_time for c in cards}, {e.kind: build_time for e in _notetypes(config, {})})
    before = {entry.guid: entry for entry in previous.cards}
    notes = {}
    for card in cards:
        entry = before.get(card.guid)
        changed = entry is None or entry.hash != card_hash(config, card)
        notes[card.guid] = _time(changed, entry.modified if entry else None, build_time)
    before_types = {entry.kind: entry for entry in previous.notetypes}
    types = {}
    for current in _notetypes(config, {}):
        old = before_types.get(current.kind)
        changed = old is None or old.style != current.style or old.schema != current.schema or old.name != current.name
        types[current.kind] = _time(changed, old.modified if old else None, build_time)
    return History(previous, notes, types)


# ---- records -------------------------------------------------------------------------------


def record_of(pack: Pack) -> Record:
    """The record of this build, as a release would keep it."""
    config = pack.config
    previous = pack.history.previous if pack.history else None
    cards = tuple(
        CardEntry(
            guid=card.guid,
            hash=card_hash(config, card),
            modified=pack.note_time(card),
            kind=card.kind,
            notetype=card.note_type,
            context=card.context_text,
            prompt=readable_text(card.prompt),
            fields=Note(card.prompt, card.answer, card.section, card.topic, str(card.source), card.tags),
        )
        for card in pack.cards
    )
    types = {spec.kind: pack.notetype_time(spec.kind) for spec in notetypes.specs(config)}
    return Record(
        slug=config.slug,
        version=config.version,
        previous=previous.version if previous else None,
        build_time=pack.build_time,
        deck=config.deck,
        deck_id=config.deck_id,
        notetypes=_notetypes(config, types),
        cards=cards,
    )


def diff(previous: Record | None, current: Record) -> Changes:
    if previous is None:
        return Changes(current.cards, (), (), (), ())
    old = {entry.guid: entry for entry in previous.cards}
    new = {entry.guid for entry in current.cards}
    added = tuple(e for e in current.cards if e.guid not in old)
    # Retired in this release: shipped once more, tagged, after its notes were removed.
    retired = tuple(e for e in current.cards if e.retired_in == current.version and e.guid in old and not old[e.guid].retired_in)
    gone = {e.guid for e in retired}
    changed = tuple(e for e in current.cards if e.guid in old and old[e.guid].hash != e.hash and e.guid not in gone)
    removed = tuple(e for e in previous.cards if e.guid not in new)
    old_types = {entry.kind: entry for entry in previous.notetypes}
    restyled = tuple(
        t for t in current.notetypes if t.kind in old_types and old_types[t.kind].style != t.style
    )
    return Changes(added, changed, removed, restyled, tuple(_breaking(previous, current)), retired)


def _breaking(previous: Record, current: Record) -> Iterable[str]:
    if previous.slug != current.slug:
        yield f"the slug changed from {previous.slug} to {current.slug}: every card gets a new guid"
    if previous.deck_id != current.deck_id:
        yield f"the deck id changed from {previous.deck_id} to {current.deck_id}: new cards would land in another deck"
    old_types = {entry.kind: entry for entry in previous.notetypes}
    for entry in current.notetypes:
        old = old_types.get(entry.kind)
        if old is None or old.schema == entry.schema:
            continue
        if old.id != entry.id:
            what = f"id {old.id} -> {entry.id}"
        elif old.fields != entry.fields:
            what = f"fields {', '.join(old.fields)} -> {', '.join(entry.fields)}"
        else:
            what = f"card types {', '.join(old.templates)} -> {', '.join(entry.templates)}"
        yield f'note type "{entry.name}" changed ({what}): Anki would import it as a copy and stop updating learners\' notes'


def dumps(record: Record) -> str:
    """JSON with one card per line, so a release's diff reads card by card."""
    head = {
        "format": FORMAT,
        "slug": record.slug,
        "version": record.version,
        "previous": record.previous,
        "build_time": record.build_time,
        "build_date": iso(record.build_time),
        "deck": {"name": record.deck, "id": record.deck_id},
        "notetypes": {
            t.kind: {
                "id": t.id,
                "name": t.name,
                "fields": list(t.fields),
                "templates": list(t.templates),
                "style": t.style,
                "modified": t.modified,
            }
            for t in record.notetypes
        },
    }
    text = json.dumps(head, indent=2, ensure_ascii=False)
    cards = [json.dumps(_card_json(c), ensure_ascii=False) for c in record.cards]
    body = ",\n".join(f"    {line}" for line in cards)
    return text[:-2] + ',\n  "cards": [\n' + body + ("\n" if body else "") + "  ]\n}\n"


def _card_json(entry: CardEntry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "guid": entry.guid,
        "hash": entry.hash,
        "modified": entry.modified,
        "kind": entry.kind,
        "notetype": entry.notetype,
        "context": entry.context,
        "prompt": entry.prompt,
    }
    if entry.fields is not None:
        note = entry.fields
        data["note"] = {
            "front": note.front,
            "back": note.back,
            "section": note.section,
            "topic": note.topic,
            "source": note.source,
            "tags": list(note.tags),
        }
    return data


def _note(data: dict[str, Any] | None) -> Note | None:
    """A card's note, absent from records written before notes were kept."""
    if data is None:
        return None
    return Note(
        front=str(data["front"]),
        back=str(data["back"]),
        section=str(data["section"]),
        topic=str(data["topic"]),
        source=str(data["source"]),
        tags=tuple(str(t) for t in data["tags"]),
    )


def record_path(root: Path, version: str) -> Path:
    return root / RELEASES / f"{version}.json"


def write(root: Path, record: Record) -> Path:
    """Write a record in one atomic rename: never half a file."""
    data = dumps(record).encode("utf-8")
    return write_atomically(record_path(root, record.version), lambda path: path.write_bytes(data))


def read_all(root: Path) -> tuple[Record, ...]:
    """Every release record of a pack, oldest version first."""
    folder = root / RELEASES
    if not folder.is_dir():
        return ()
    records = [read(path) for path in sorted(folder.glob("*.json"))]
    records.sort(key=lambda r: r.semver)
    for older, newer in zip(records, records[1:]):
        if older.semver.same_precedence(newer.semver):
            raise PipelineError(newer.display(), 1, f"version {newer.version} has the same precedence as {older.display()}")
    return tuple(records)


def read(path: Path) -> Record:
    display = display_path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise PipelineError(display, error.lineno, f"not a release record: {error.msg}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise PipelineError(display, 0, f"cannot read: {error}") from None
    try:
        record = _from_json(data, path)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise PipelineError(display, 1, f"not a release record: bad or missing {error}") from None
    if versions.parse(record.version) is None:
        raise PipelineError(display, 1, f"not a release record: version {record.version!r} is not a semantic version")
    if path.stem != record.version:
        raise PipelineError(display, 1, f"records version {record.version}, but the file is named {path.name}")
    return record


def _from_json(data: dict[str, Any], path: Path) -> Record:
    if data["format"] != FORMAT:
        raise ValueError(f"format {data['format']!r} (this program reads format {FORMAT})")
    types = tuple(
        NoteTypeEntry(
            kind=kind,
            id=int(entry["id"]),
            name=str(entry["name"]),
            fields=tuple(str(f) for f in entry["fields"]),
            templates=tuple(str(t) for t in entry["templates"]),
            style=str(entry["style"]),
            modified=int(entry["modified"]),
        )
        for kind, entry in data["notetypes"].items()
    )
    cards = tuple(
        CardEntry(
            guid=str(c["guid"]),
            hash=str(c["hash"]),
            modified=int(c["modified"]),
            kind=str(c["kind"]),
            notetype=str(c["notetype"]),
            context=str(c["context"]),
            prompt=str(c["prompt"]),
            fields=_note(c.get("note")),
        )
        for c in data["cards"]
    )
    previous = data["previous"]
    return Record(
        slug=str(data["slug"]),
        version=str(data["version"]),
        previous=None if previous is None else str(previous),
        build_time=int(data["build_time"]),
        deck=str(data["deck"]["name"]),
        deck_id=int(data["deck"]["id"]),
        notetypes=types,
        cards=cards,
        path=path,
    )


def latest_before(records: Sequence[Record], version: versions.Version | None) -> Record | None:
    """The release a build follows: the newest one older than `version`
    (any, for a development build)."""
    older = [r for r in records if version is None or r.semver < version]
    return older[-1] if older else None


def find(records: Sequence[Record], version: versions.Version) -> Record | None:
    return next((r for r in records if r.semver.same_precedence(version)), None)
