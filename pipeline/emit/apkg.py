"""The Anki package, written with genanki and zipped reproducibly."""

from __future__ import annotations

import functools
import html
import importlib
import itertools
import json
import sqlite3
import sys
import tempfile
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def _genanki_lightly() -> Iterator[None]:
    """While genanki is imported, two of its imports cost more than the rest
    of it and do nothing for our decks: the `cached_property` package loads
    asyncio (for coroutines genanki has none of), so the standard library's
    decorator stands in, memoising genanki's two plain methods alike; and
    PyYAML, for note types written as YAML (ours are lists), is loaded only
    if genanki ever reads one. Afterwards both names are the packages
    themselves to any other importer."""
    memoise = types.ModuleType("cached_property")
    memoise.cached_property = functools.cached_property  # type: ignore[attr-defined]
    stand_ins = {"cached_property": memoise, "yaml": _loaded_on_use("yaml")}
    added = [name for name in stand_ins if name not in sys.modules]
    sys.modules.update({name: stand_ins[name] for name in added})
    try:
        yield
    finally:
        for name in added:
            del sys.modules[name]


def _loaded_on_use(name: str) -> types.ModuleType:
    """A module that imports `name` when one of its attributes is first read."""
    module = types.ModuleType(name)
    module.__getattr__ = lambda attribute: getattr(importlib.import_module(name), attribute)  # type: ignore[method-assign]
    return module


with _genanki_lightly():
    import genanki

from pipeline.model import notetypes
from pipeline.archive import write_zip
from pipeline.clock import date
from pipeline.model import Card, Pack


class _Note(genanki.Note):
    """A note carrying its own modification time: Anki updates a note it
    already has only when the incoming one is newer."""

    def __init__(self, *args: object, mod: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # type: ignore[no-untyped-def]
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


class _Model(genanki.Model):
    """A note type carrying its own modification time: Anki replaces the
    learner's copy (and any styling they gave it) only with a newer one."""

    mod = 0

    def to_json(self, timestamp, deck_id):  # type: ignore[no-untyped-def]
        return super().to_json(self.mod, deck_id)


def _model(pack: Pack, spec: notetypes.NoteTypeSpec) -> _Model:
    model = notetypes.model(spec, _Model)
    model.mod = pack.notetype_time(spec.kind)
    return model


def deck_description(pack: Pack) -> str:
    config = pack.config
    parts = [f"<b>{html.escape(config.title)}</b> · version {html.escape(config.version)} · {date(pack.build_time)}"]
    if config.description:
        parts.append(html.escape(config.description))
    return "<br>".join(parts)


def note_mod(pack: Pack, card: Card) -> int:
    """Unchanged since the last release: that release's time, so a learner's
    own edit stays newer; changed or new: newer than any release before."""
    return pack.note_time(card)


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    config = pack.config
    models = {spec.kind: _model(pack, spec) for spec in notetypes.specs(config)}
    deck = genanki.Deck(config.deck_id, config.deck, description=deck_description(pack))
    # Both note types travel even when one has no notes, so the CSV always imports.
    for model in models.values():
        deck.add_model(model)
    for card in pack.cards:
        deck.add_note(
            _Note(
                model=models[card.note_type],
                fields=notetypes.fields(card),
                guid=card.guid,
                tags=list(card.tags),
                mod=note_mod(pack, card),
            )
        )
    target = out_dir / f"{config.slug}.apkg"
    # Anki's package layout: numbered entries, named by the `media` index.
    files = sorted({m.name: m.content for m in pack.media.values()}.items())
    index = {str(number): name for number, (name, _) in enumerate(files)}
    with tempfile.TemporaryDirectory(prefix="study-pack-") as folder:
        collection = _collection(deck, pack.build_time, Path(folder))
        entries: list[tuple[str, bytes | Path]] = [("collection.anki2", collection), ("media", json.dumps(index).encode())]
        entries += [(str(number), content) for number, (_, content) in enumerate(files)]
        write_zip(target, entries)  # the collection streamed from its file: a large deck's is tens of MB
    return [target]


def _collection(deck: genanki.Deck, timestamp: int, folder: Path) -> Path:
    path = folder / "collection.anki2"
    connection = sqlite3.connect(path)
    try:
        # A scratch file read back at once: no journal, no waiting for the disk (same bytes).
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        package = genanki.Package(deck)
        package.write_to_db(connection.cursor(), timestamp, itertools.count(timestamp * 1000))
        connection.commit()
    finally:
        connection.close()
    return path
