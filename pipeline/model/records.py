"""What a release recorded, and the times a build follows from it: plain
values that the build, the emitters and the release step share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import versions
from pipeline.diagnostics import display_path

RELEASES = "releases"
RETIRED = "retired::"  # the tag of a card shipped once more after its notes were removed


def is_retired(tags: Iterable[str]) -> bool:
    """A card's tags mark it as an old release's, shipped once more."""
    return any(tag.startswith(RETIRED) for tag in tags)


@dataclass(frozen=True)
class CardEntry:
    guid: str
    hash: str  # of what reaches the learner's note (see card_hash)
    modified: int  # the note's modification time in that release
    kind: str
    notetype: str  # "basic" or "cloze"
    context: str
    prompt: str  # plain text, for changelogs
    # The note as shipped, so a card removed from the notes can ship once more
    # as retired. Records written before these were kept have none of them;
    # the hash above already stands for them, so they are not compared.
    fields: Note | None = field(default=None, compare=False)

    @property
    def retired_in(self) -> str | None:
        """The version that retired this card, if it was shipped as retired."""
        if self.fields is None:
            return None
        return next((t.removeprefix(RETIRED) for t in self.fields.tags if t.startswith(RETIRED)), None)


@dataclass(frozen=True)
class Note:
    """What a card's note held: enough to make the card again."""

    front: str  # HTML
    back: str  # HTML
    section: str
    topic: str
    source: str  # `file:line`
    tags: tuple[str, ...]


@dataclass(frozen=True)
class NoteTypeEntry:
    kind: str  # "basic" or "cloze"
    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[str, ...]  # card type names
    style: str  # hash of the templates' HTML and the CSS
    modified: int

    @property
    def schema(self) -> tuple[object, ...]:
        # What Anki compares: a note type with other field or card type
        # names is imported as a copy, and notes stop updating.
        return (self.id, self.fields, self.templates)


@dataclass(frozen=True)
class Record:
    slug: str
    version: str
    previous: str | None
    build_time: int
    deck: str
    deck_id: int
    notetypes: tuple[NoteTypeEntry, ...]
    cards: tuple[CardEntry, ...]
    path: Path | None = field(default=None, compare=False)  # where it was read from

    @property
    def semver(self) -> versions.Version:
        parsed = versions.parse(self.version)
        assert parsed is not None  # checked when read
        return parsed

    def display(self) -> str:
        return display_path(self.path) if self.path else f"{RELEASES}/{self.version}.json"


@dataclass(frozen=True)
class History:
    """What a build follows: the previous release and the times it implies."""

    previous: Record | None = None
    notes: Mapping[str, int] = field(default_factory=dict)  # guid -> modification time
    notetypes: Mapping[str, int] = field(default_factory=dict)  # kind -> modification time


@dataclass(frozen=True)
class Changes:
    added: tuple[CardEntry, ...]
    changed: tuple[CardEntry, ...]
    removed: tuple[CardEntry, ...]
    restyled: tuple[NoteTypeEntry, ...]  # note types whose templates or CSS changed
    breaking: tuple[str, ...]  # why learners' notes would stop updating
    retired: tuple[CardEntry, ...] = ()  # removed from the notes, shipped once more to say so
