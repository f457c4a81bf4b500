"""Retired cards: a card whose notes were removed ships once more.

An Anki import never deletes a note, so a card taken out of the notes would
stay in a learner's collection with nothing to say it is gone. The release
after its removal ships it again from the previous release's record, with its
fields kept, a notice opening its front (seen before any answer, and on a
cloze note's back too, which is its text revealed) and the tag
`retired::<version>` (one search finds them all); the release after that
drops it. A card that
comes back in the notes is made again with the same guid, so it simply
replaces the retired copy, without the tag.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from pipeline import versions
from pipeline.model import Card, SourceRef
from pipeline.model.records import RETIRED, CardEntry, Record

NEXT = "next"  # a development build's label when pack.toml still names the last release


def label(version: str, previous: Record | None) -> str:
    """The version that retires cards: this build's, when it is a new one."""
    parsed = versions.parse(version)
    if previous is None or (parsed is not None and parsed > previous.semver):
        return version
    return NEXT


def notice(version: str) -> str:
    said = html.escape(f"Retired in {version}: delete or suspend this card (search tag:{RETIRED}{version}).")
    return f'<div class="sp-retired" style="font-weight:bold">{said}</div>'


def retired_cards(previous: Record | None, cards: Sequence[Card], version: str) -> tuple[Card, ...]:
    """The previous release's cards that are no longer made, once more, retired.
    Cards it had already retired are dropped; records from before notes were
    kept cannot give a card's fields back, so theirs are not shipped."""
    if previous is None:
        return ()
    made = {card.guid for card in cards}
    return tuple(
        _retire(entry, version)
        for entry in previous.cards
        if entry.guid not in made and entry.fields is not None and entry.retired_in is None
    )


def _retire(entry: CardEntry, version: str) -> Card:
    note = entry.fields
    assert note is not None  # filtered by the caller
    path, _, line = note.source.rpartition(":")
    tags = tuple(t for t in note.tags if not t.startswith(RETIRED)) + (f"{RETIRED}{version}",)
    return Card(
        guid=entry.guid,
        kind=entry.kind,
        note_type="cloze" if entry.notetype == "cloze" else "basic",
        prompt=notice(version) + note.front,
        answer=note.back,
        section=note.section,
        topic=note.topic,
        context=tuple(entry.context.split(" › ")) if entry.context else (),
        sources=(SourceRef(path, int(line) if line.isdigit() else 0),),
        tags=tags,
    )
