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


def fits_another_thing(document: Document, thing: Thing, cue: str) -> bool:
    """Whether one other thing's lines say `FITS_ANOTHER` of the cue's weighed words, the cue does
    not name it, and none of its lines is set against it."""
    share, other = closest(document, thing, cue)
    if other is None or share < FITS_ANOTHER or mentions(other.described.names, cue):
        return False  # a line naming that thing (`Health Dashboard: ...` under a support tier) says what it includes
    return not any(sets_apart(cue, line.text) for line in other.described.lines)


def least_shared(document: Document, thing: Thing, cues: Sequence[Cue], least: int) -> list[Cue]:
    """The cues less those past the first (the definition, which says what the thing is) that
    fit another thing as well, when those left still say `least` words."""
    kept = [cue for n, cue in enumerate(cues) if n == 0 or not fits_another_thing(document, thing, cue[0])]
    if len(kept) == len(cues) or len(content_words(" ".join(text for text, _ in kept))) < least:
        return list(cues)
    return kept
