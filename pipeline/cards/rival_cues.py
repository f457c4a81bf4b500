"""A recognition card's clues read against the thing a learner would name instead.

A thing whose defining line another thing's lines say as well (a recovery
service and a migration service that both take `physical, virtual and cloud
servers` into the cloud) has no definition on its card, so its other lines
must tell it from that twin: a line whose closest thing is the twin, at a
quarter of its weighed words, reads as the twin's and trains its name, the
pair the exam offers as a distractor. Such a line is left off the card,
unless the card would say too little without it.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.cards.closest import closest
from pipeline.cards.cue_words import content_words
from pipeline.cards.further_cues import FITS_ANOTHER
from pipeline.cards.things import Thing
from pipeline.model import Document
from pipeline.model.definitions import Line

Cue = tuple[str, Line]
TWIN_SHARE = 0.25  # share of a line's weighed words the twin says, for the line to read as the twin's


def twin_of(document: Document, thing: Thing, cues: Sequence[Cue]) -> Thing | None:
    """The other thing whose lines say `FITS_ANOTHER` of the thing's defining line, when that line is no cue for it."""
    lines = thing.described.lines
    if not lines or any(line.line == lines[0].line for _, line in cues):
        return None
    share, other = closest(document, thing, thing.described.names.mask(lines[0].text))
    return other if share >= FITS_ANOTHER else None


def closest_to(document: Document, thing: Thing, cue: str, twin: Thing | None) -> bool:
    """Whether the cue's closest other thing is the twin, at `TWIN_SHARE` of its words at least."""
    if twin is None:
        return False
    share, other = closest(document, thing, cue)
    return other is twin and share >= TWIN_SHARE


def least_shared(document: Document, thing: Thing, cues: Sequence[Cue], least: int) -> list[Cue]:
    """The cues less those closest to the thing's twin (see `twin_of`), when those left still say `least` words."""
    twin = twin_of(document, thing, cues)
    if twin is None:
        return list(cues)
    kept = [cue for cue in cues if not closest_to(document, thing, cue[0], twin)]
    if len(kept) == len(cues) or len(content_words(" ".join(text for text, _ in kept))) < least:
        return list(cues)
    return kept
