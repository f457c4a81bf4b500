"""The Anki package, written with genanki and zipped reproducibly."""

from __future__ import annotations

import html
import itertools
import json
import sqlite3
import tempfile
from pathlib import Path

import genanki

from .. import notetypes
from ..archive import write_zip
from ..clock import date
from ..model import Card, Pack


class _Note(genanki.Note):
    """A note carrying its own modification time: Anki updates a note it
    already has only when the incoming one is newer."""

    def __init__(self, *args: object, mod: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # type: ignore[no-untyped-def]
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


def deck_description(pack: Pack) -> str:
    config = pack.config
    parts = [f"<b>{html.escape(config.title)}</b> · version {html.escape(config.version)} · {date(pack.build_time)}"]
    if config.description:
        parts.append(html.escape(config.description))
    return "<br>".join(parts)


def note_mod(pack: Pack, card: Card) -> int:
    return pack.build_time


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    config = pack.config
    basic = notetypes.basic_model(config)
    cloze = notetypes.cloze_model(config)
    deck = genanki.Deck(config.deck_id, config.deck, description=deck_description(pack))
    # Both note types travel even when one has no notes, so the CSV always imports.
    deck.add_model(basic)
    deck.add_model(cloze)
    for card in pack.cards:
        deck.add_note(
            _Note(
                model=cloze if card.note_type == "cloze" else basic,
                fields=notetypes.fields(card),
                guid=card.guid,
                tags=list(card.tags),
                mod=note_mod(pack, card),
            )
        )
    target = out_dir / f"{config.slug}.apkg"
    # Anki's package layout: numbered entries, named by the `media` index.
    files = sorted({m.name: m.path for m in pack.media.values()}.items())
    index = {str(number): name for number, (name, _) in enumerate(files)}
    entries = [("collection.anki2", _collection(deck, pack.build_time)), ("media", json.dumps(index).encode())]
    entries += [(str(number), path.read_bytes()) for number, (_, path) in enumerate(files)]
    write_zip(target, entries)
    return [target]


def _collection(deck: genanki.Deck, timestamp: int) -> bytes:
    with tempfile.TemporaryDirectory(prefix="study-pack-") as folder:
        path = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(path)
        try:
            package = genanki.Package(deck)
            package.write_to_db(connection.cursor(), timestamp, itertools.count(timestamp * 1000))
            connection.commit()
        finally:
            connection.close()
        return path.read_bytes()



