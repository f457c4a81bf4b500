"""Whether a detail cloze that hides its thing's name passes the rules a recognition card passes.

"[...]: reduce load off db for read intensive workloads" asks for a name, as a
recognition card does, and is read by the same learner, who knows the notes'
other things too. So it is made only where recognition's own tests accept its
clue: no word of the name, its abbreviation or its spelled-out acronym is left on
the front (`queue` of SQS, `synchronize` of DataSync, `devices` of Device
Farm); each of its lines singles the thing out among its confusables
(`confusable.tells_apart`), none only restates a confusable's line
(`contrast.fits_a_confusable`), and no other thing's lines say nearly all of
it (`confusable.ambiguous`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.cards.confusable import AMBIGUOUS, ambiguous, said_together, tells_apart
from pipeline.cards.contrast import fits_a_confusable
from pipeline.cards.cue_words import abbreviations, content_words, spelled_out, spells_acronym
from pipeline.cards.partners import CLAIMS, names_others
from pipeline.cards.recognition import MIN_WORDS, asks_well
from pipeline.cards.rivals import said_words
from pipeline.cards.things import Thing, things_of
from pipeline.model import Document
from pipeline.model import inline as inl
from pipeline.model.naming import MASK

class NameClues:
    """The notes' things, to judge clues to their names."""

    def __init__(self, document: Document, thing: Callable[[str], Thing | None]) -> None:
        self.document = document
        self.things = things_of(document)
        self.thing = thing  # the thing a name is a form of (an alias, an acronym), or None (`Clues.thing`)
        self.vocabulary, self.holders = said_words(document)
        self.positions = {id(t): n for n, t in reversed(list(enumerate(self.things)))}

    def fair(self, name: str, lines: list[str]) -> bool:
        """Whether `lines` (the clue with the name hidden, one entry per line) ask for a
        thing of the notes without giving its name away, in words enough to point somewhere."""
        thing = self.thing(name)
        if thing is None:
            # a name the notes describe nowhere as a thing ("Azure Arc lets you ..."): no rivals
            # to weigh it against; a heading that names none ("Objects") is asked apart (`single_facts`)
            return True
        names = thing.described.names
        clue = " ".join(lines)
        if names.leaks(clue) or abbreviations(names, clue) or spells_acronym(names.full, clue):
            return False  # the front says the name, in part or written short
        spelled = spelled_out(names)
        if spelled is not None and spelled.leaks(clue):
            return False  # `queue` of Simple Queue Service
        # the name asked twice, or too few words to point anywhere
        return not any(MASK in line for line in lines) and len(content_words(clue)) >= MIN_WORDS

    def says_enough(self, lines: list[str]) -> bool:
        """Whether the clue says enough that is its own: words no offering claims ("pay as
        you go", "highly available", "managed service") and no measure, `MIN_WORDS` at
        least, or one word a single thing is described with. ("can choose a period",
        "relied on EC2 (managed service)" fit any rival.)"""
        if names_others(lines):
            return False
        words = [w for w in content_words(" ".join(lines)) if w.lower() not in CLAIMS]
        # or a word one thing alone is described with (`backoffLimit`)
        return len(words) >= MIN_WORDS or any(len(self.holders.get(w, ())) == 1 for w in words)

    def accepts(self, name: str, lines: list[str]) -> bool:
        """Whether `lines` (the clue with the name hidden, one entry per line) ask
        for `name` as a recognition card's cues may."""
        if names_others(lines):
            return False
        thing = self.thing(name)
        if thing is None or not self.fair(name, lines):
            return thing is None
        cues = [line for line in lines if line.strip()]
        if not all(asks_well(thing, cue) for cue in cues) or any(fits_a_confusable(self.document, thing, cue) for cue in cues):
            return False
        if ambiguous(cues, self.positions[id(thing)], self.things, self.vocabulary, self.holders, AMBIGUOUS):
            return False  # another thing's own lines say nearly all of it
        # the lead blank is the name itself: each line is read as written, nothing else hidden
        telling = [tells_apart(self.document, thing, cue, cue) for cue in cues]
        # each line is a cue of its own, as on a recognition card: "can be reserved" beside
        # a telling line still reads as a clue, and fits any rival
        return all(telling) or (len(cues) == 1 and said_together(self.document, thing, cues[0]))


def name_clues_of(document: Document, thing: Callable[[str], Thing | None]) -> NameClues:
    return NameClues(document, thing)
