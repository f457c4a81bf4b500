"""Whether a fact, with its thing's name hidden, still points to that thing.

A cloze "[...]: scale containers up and down quickly" asks for a name. Its
clue must single the thing out among the others the notes describe: a
learner who knows them all should not be torn between two. A clue is taken
to fit another thing when that thing's own lines hold half of its words or
more, and it has no word that few things are described with and that one
does not say (such a word, "streaming" of Kinesis, is what tells them apart).
Words said of a tenth of the things ("managed", "data") are not weighed, nor
verbs that only say something moves ("put logs ... to S3" fits any thing whose
logs "go to S3"). A
clue that names another thing ("choose an optimal Savings Plan") rules that
one out, and so does its own kind (`Kinesis Data Streams` of `Kinesis`).
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.cards.cue_words import LIGHT_VERBS, content_words
from pipeline.cards.rivals import holders_of
from pipeline.cards.spellings import Spellings, alike
from pipeline.cards.things import Thing, things_of
from pipeline.model import Document
from pipeline.model.naming import Names, names_of

SHARED = 0.5  # share of a clue's words another thing's lines hold, for it to fit that one too
MIN_CLUE_WORDS = 2  # a clue of fewer words says too little to point anywhere, unless one is telling
COMMON = 0.1  # share of the things whose lines say a word, for it to tell nothing
FEW_THINGS = 5  # ... though a word of this many things may still tell (short notes)
TELLING = 3  # things at most whose lines say a word, for it to tell them apart


class Clues:
    """The words each thing of a document is described with."""

    def __init__(self, things: Iterable[Thing]) -> None:
        self.things = list(things)
        self.vocabulary = [_words(t.name, *(line.text for line in t.described.lines)) for t in self.things]
        self.holders = holders_of(self.vocabulary)
        self.spelt = Spellings(self.holders)  # the words, indexed by their spellings
        # the things by their names' keys and their acronyms' keys, for `same_thing` without a pass over all
        self.by_key: dict[str, set[int]] = {}
        self.by_initials: dict[str, set[int]] = {}
        for n, thing in enumerate(self.things):
            for key in thing.described.names.keys():
                self.by_key.setdefault(key, set()).add(n)
            for key in thing.described.names.initials():
                self.by_initials.setdefault(key, set()).add(n)
        self.spellings: dict[str, int] = {}  # a word -> the things that say it in any spelling
        self.owned: dict[Names, set[int]] = {}  # names -> the things they are a form of (`_own`; never changed)

    def points_to(self, name: str, clue: str) -> bool:
        """Whether `clue` (the name already hidden) tells the thing named `name` apart."""
        names = names_of(name)
        own = self._own(names)
        for n in own:  # the forms its own lines give (`network file system` of `NFS`)
            clue = self.things[n].described.names.mask(clue)
        words = self._weighed(names.mask(clue))
        if not self._enough(words):
            return False
        # a thing the clue names is no answer to it; one of the thing's own kinds
        # (`Kinesis Data Streams` of `Kinesis`) is no other answer
        # A thing that holds `SHARED` of the words holds one of the rarest few: only those are weighed.
        rarest = sorted(words, key=lambda w: (len(self.holders.get(w, ())), w))[: len(words) - int(SHARED * len(words)) + 1]
        fits = [
            n
            for n in sorted({n for w in rarest for n in self.holders.get(w, ())} - own)
            if len(words & self.vocabulary[n]) >= SHARED * len(words)
            and not self.things[n].described.names.shows(clue) and not names.shows(self.things[n].name)
            and not any(_same(self.things[n], self.things[o]) for o in own)
        ]
        if not fits:  # no other thing to tell it from: any telling word will do
            return any(self._telling(w) for w in sorted(words))
        telling = [w for w in sorted(words) if self._telling(w)]
        if not telling:
            return False  # words many things are described with: "better security and less latency"
        return all(any(not self._says(n, w) for w in telling) for n in fits)

    def thing(self, name: str) -> Thing | None:
        """The first thing `name` is a form of (an alias, an acronym), or None."""
        own = self._own(names_of(name))
        return self.things[min(own)] if own else None

    def describes(self, name: str) -> bool:
        """Whether one of the things is `name`, in any of its forms."""
        return bool(self._own(names_of(name)))

    def _own(self, names: Names) -> set[int]:
        """The things `names` is a form of (an alias, an acronym), found by their keys."""
        if (found := self.owned.get(names)) is None:
            found = self.owned[names] = self._owning(names)
        return found

    def _owning(self, names: Names) -> set[int]:
        keys = names.keys()
        found = {n for key in keys for n in (*self.by_key.get(key, ()), *self.by_initials.get(key, ()))}
        found |= {n for key in names.initials() for n in self.by_key.get(key, ())}
        # ascending, as a pass over the things would add them
        return {n for n in sorted(found) if self.things[n].described.names.same_thing(names)}

    def _weighed(self, text: str) -> set[str]:
        """The text's words that say something: words a tenth of the things are
        described with ("managed", "data") point nowhere, nor does a verb that only says
        something moves (`put`), however seldom the notes write it."""
        most = max(COMMON * len(self.things), FEW_THINGS)
        return {w for w in _words(text) if len(self.holders.get(w, ())) <= most and w not in LIGHT_VERBS}

    def _enough(self, words: set[str]) -> bool:
        """Words enough to point somewhere: two, or one few things say (`backoffLimit`)."""
        return len(words) >= MIN_CLUE_WORDS or any(self._telling(w) for w in words)

    def _telling(self, word: str) -> bool:
        """A word few things are described with, in any spelling: one a learner ties to the thing."""
        if word not in self.spellings:
            forms = self.spelt.forms(word) | {word}
            holding = {n for other in forms for n in self.holders.get(other, ())}
            if len(holding) <= TELLING:  # more things say its forms alone: no typo makes it telling
                typos = self.spelt.typos(word, forms)
                holding |= {n for other in typos for n in self.holders.get(other, ())}
            self.spellings[word] = len(holding)
        return self.spellings[word] <= TELLING

    def _says(self, n: int, word: str) -> bool:
        """Whether thing `n`'s lines say `word`, or a word spelt nearly so (a plural, a typo)."""
        return word in self.vocabulary[n] or any(alike(word, other) for other in self.vocabulary[n] if other[:1] == word[:1])


def _same(a: Thing, b: Thing) -> bool:
    return a.described.names.same_thing(b.described.names)


def _words(*texts: str) -> set[str]:
    # "we'll", "it's": a pronoun, whatever its letters; several lines read one by one, as joined by spaces
    return {w for text in texts for w in content_words(text) if "'" not in w}


def clues_of(document: Document) -> Clues:
    """Asked once per document, by the card maker: not kept, so its word indexes go as its cards are made."""
    return Clues(things_of(document))
