"""A recognition card's clues read against the thing a learner would name instead.

A card shows a thing's first cue lines in the notes' order. A line past the
definition that another thing's lines say most of (`Reduce costs and improve
perf by recommending ___ AWS resources` of a right-sizing tool, where an
advisor `recommends` to `reduce costs` and `improve perf` too) fits that one
as well: on the card it trains the rival's name, the pair the exam offers as
a distractor. Such a line is left off, unless it sets itself against that
thing's lines (`used for OLTP` where the rival is `not used for OLTP`), or the
card would say too little without it. The further card already asks the same
of its lines (`further_cues`).

A thing whose defining line another thing's lines say as well (a recovery
service and a migration service that both take `physical, virtual and cloud
servers` into the cloud) has no definition on its card, so its other lines
must tell it from that twin: a line whose closest thing is the twin, at a
quarter of its words, reads as the twin's and is left off too.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.cards.closest import closest
from pipeline.cards.contrast import sets_apart
from pipeline.cards.cue_words import content_words
from pipeline.cards.further_cues import FITS_ANOTHER
from pipeline.cards.others import mentions
from pipeline.cards.things import Thing
from pipeline.model import Document
from pipeline.model.definitions import Line

Cue = tuple[str, Line]
TWIN_SHARE = 0.25  # share of a line's weighed words the twin says, for the line to read as the twin's


def fits_another_thing(document: Document, thing: Thing, cue: str) -> bool:
    """Whether one other thing's lines say `FITS_ANOTHER` of the cue's weighed words, the cue does
    not name it, and none of its lines is set against it."""
    share, other = closest(document, thing, cue)
    if other is None or share < FITS_ANOTHER or mentions(other.described.names, cue):
        return False  # a line naming that thing (`Health Dashboard: ...` under a support tier) says what it includes
    return not any(sets_apart(cue, line.text) for line in other.described.lines)


def twin_of(document: Document, thing: Thing, cues: Sequence[Cue]) -> Thing | None:
    """The other thing whose lines say the thing's defining line, when that line is no cue for it."""
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
    """The cues less those past the first (the definition, which says what the thing is) that
    fit another thing as well, and where the definition is none, those closest to its twin,
    when those left still say `least` words."""
    twin = twin_of(document, thing, cues)
    kept = [
        cue
        for n, cue in enumerate(cues)
        if (n == 0 and twin is None) or not (fits_another_thing(document, thing, cue[0]) or closest_to(document, thing, cue[0], twin))
    ]
    if len(kept) == len(cues) or len(content_words(" ".join(text for text, _ in kept))) < least:
        return list(cues)
    return kept
