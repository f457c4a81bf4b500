"""Whether a comparison fact says, by meaning, what another option's own line says too.

A fact tells its options apart only where the others cannot claim it. It fits
another option when a line of that one says it in other forms:
- all that line says is in the fact (`used to decouple app` of a queue, when the
  fact of the topic is `decouple microservices, distributed systems and serverless
  applications`): the fact only adds detail to what both do;
- all the fact says is in that line (`writing is only done to the main db` of read
  replicas, when the standby's line says `data is only written/read to the main db`).
When each says a word the other does not (`a designated` and `a pool of` account
managers), the two are parallel lines, and that word tells them apart.
A fact that sets itself against the line still tells them apart: a `but`, an opposite form of
a word (`stateless`, `stateful`), a negation or comparison only one of them says
(`frequently accessed` and `less frequently accessed`), or a number the line does not
give (`min storage duration 90 days` and `min storage 180 days`).
"""

from __future__ import annotations

import math
import re
import sys
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate, chain

from pipeline.cards.confusable import GENERIC, PROPERTIES, confusable_with, stem
from pipeline.cards.cue_words import OFFERING_WORDS, STOPWORDS, content_words
from pipeline.cards.others import mentions
from pipeline.cards.per_document import per_document, per_text
from pipeline.cards.things import Thing, things_of
from pipeline.model import Document
from pipeline.model.naming import MASK, Names

WORD_LETTERS = 3  # a word this long that starts a longer one is a form of it (`app`, `applications`)
LINE_WORDS = 2  # telling words of a line, for all of them said in the fact to count
FACT_WORDS = 3  # telling words of a fact, for all of them said in one line to count: `public internet` is said of many
FORMS_KEPT = 256  # words whose things are kept looked up: a few things' cues (a common word's are many)
ELSEWHERE = 0.75  # share of a fact's telling words one line of a thing outside the options says, for it to read as that one
ELSEWHERE_WORDS = 4  # ... and the fewest telling words of a fact for that share to say so
LINE_SHARE = 1 / 3  # ... and the share of the fact's words they must be: `encryption keys` is no rival's whole fact
# Words that turn a statement into its opposite, or set one degree against another.
SETTING_APART = frozenset(
    """no not non without never cannot can't don't doesn't isn't aren't won't less more least most lower higher
    fewer cheaper faster slower longer shorter smaller larger bigger single min max minimum maximum""".split()
)
# Verbs that carry no meaning of their own (`writing is only done to the main db`).
WEAK_VERBS = frozenset("do does done doing did make makes made get gets got goes need needs needed let lets".split())
_OPPOSITE_ENDS = (("less", "ful"), ("less", "full"))
_OPPOSITE_STARTS = ("non-", "non", "un", "in", "im", "dis")
_CONTRAST = re.compile(r"\b(?:but|whereas|unlike|instead of|rather than)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_RAW = re.compile(r"[A-Za-z][A-Za-z'-]*")
_LAST = chr(0x10FFFF)  # after every letter: a word and all that start with it sort before it


def fits_another_line(fact: str, lines: Sequence[str], adds_detail: bool = True) -> bool:
    """Whether one of `lines` (another option's own lines) says the fact as well: all the
    fact says is in the line, or (`adds_detail`) all the line says is in the fact."""
    words = _telling(fact)
    return bool(words) and any(_fits(fact, words, line, adds_detail) for line in lines)


def fits_a_confusable(document: Document, thing: Thing, cue: str) -> bool:
    """Whether a recognition cue says nothing a line of a thing the learner confuses it with
    does not say too: a cue that adds detail to such a line is still read with the card's other cues."""
    words = _telling(cue)
    if len(set(words)) < FACT_WORDS:
        return False  # too few words for all of them to be said in one line
    # such a line says a form of each of the cue's words: only the things saying all of them are read
    said = _things_saying(document)
    candidates = said.saying_all(set(words))
    confusable = confusable_with(document, thing)
    own = {line.line for line in thing.described.lines}
    lines = [
        line.text
        for other in (said.things[n] for n in sorted(candidates))
        if confusable(other)
        for line in other.described.lines
        if line.line not in own and not mentions(thing.described.names, line.text)
    ]
    return any(_fits(cue, words, line, adds_detail=False) for line in lines)


def fits_one_elsewhere(document: Document, thing: Thing, fact: str, among: Sequence[Thing]) -> bool:
    """Whether one line of a thing outside the options says most of a comparison fact (`automatic
    speech recognition to convert speech to text` of a chatbot, among bots and text analysis, where
    a transcriber's line says it): right among the options, but on the exam it reads as that one."""
    words = set(_telling(fact))
    if len(words) < ELSEWHERE_WORDS:
        return False  # `local perf for global reads`: three words another line may hold in another sense
    need = ELSEWHERE * len(words)
    said = _things_saying(document)
    options = {id(t) for t in among} | {id(thing)}
    own = {line.line for line in thing.described.lines}
    for n in said.saying_most(words, math.floor(need) + 1):
        other = said.things[n]
        if id(other) in options or other.described.names.same_thing(thing.described.names):
            continue
        for line in other.described.lines:
            if line.line in own or mentions(thing.described.names, line.text):
                continue
            theirs = set(_telling(line.text))
            if sum(_said(w, theirs) for w in words) > need and not sets_apart(fact, line.text):
                return True
    return False


class _Saying:
    """The document's things, and the places of those whose own lines say each word (as its singular)."""

    def __init__(self, things: list[Thing]) -> None:
        self.things = things
        found: dict[str, list[int]] = {}
        # each thing's words (as their singulars), sorted: whether it says a form of a word, read
        # in its own few words, where the things saying a word common to the notes are many
        self.vocabularies: list[tuple[str, ...]] = []
        for n, thing in enumerate(things):
            vocabulary = tuple(sorted({sys.intern(_singular(w)) for line in thing.described.lines for w in _telling(line.text)}))
            self.vocabularies.append(vocabulary)
            for word in vocabulary:
                found.setdefault(word, []).append(n)
        self.places = {word: tuple(places) for word, places in found.items()}
        self.words = sorted(self.places)  # for the words that start with a given one
        self.reach = list(accumulate((len(self.places[w]) for w in self.words), initial=0))  # places of the words before each
        self.forms: dict[str, frozenset[int]] = {}  # a word -> the places of the things saying a form of it

    def saying(self, word: str) -> frozenset[int]:
        """The places of the things whose lines say the word or a form `_said` takes for it."""
        found = self.forms.get(word)
        if found is None:
            singular = _singular(word)
            if len(singular) < WORD_LETTERS:
                found = frozenset(self.places.get(singular, ()))  # only itself
            else:
                # a shorter form it starts with, or a longer one that starts with it
                shorter = (self.places.get(singular[:end], ()) for end in range(WORD_LETTERS, len(singular)))
                longer = []
                for at in range(bisect_left(self.words, singular), len(self.words)):
                    if not self.words[at].startswith(singular):
                        break
                    longer.append(self.places[self.words[at]])
                found = frozenset(chain(*shorter, *longer))
            if len(self.forms) >= FORMS_KEPT:
                self.forms.clear()
            self.forms[word] = found
        return found

    def at_most(self, word: str) -> int:
        """How many things `saying(word)` holds at most (the places of each form, added up)."""
        singular = _singular(word)
        if len(singular) < WORD_LETTERS:
            return len(self.places.get(singular, ()))
        shorter = sum(len(self.places.get(singular[:end], ())) for end in range(WORD_LETTERS, len(singular)))
        return shorter + self.reach[bisect_left(self.words, singular + _LAST)] - self.reach[bisect_left(self.words, singular)]

    def says(self, n: int, word: str) -> bool:
        """Whether thing `n` is among `saying(word)`, read in its own words."""
        vocabulary, singular = self.vocabularies[n], _singular(word)
        if len(singular) < WORD_LETTERS:
            return _holds(vocabulary, singular)
        at = bisect_left(vocabulary, singular)
        if at < len(vocabulary) and vocabulary[at].startswith(singular):
            return True  # the word or a longer form
        return any(_holds(vocabulary, singular[:end]) for end in range(WORD_LETTERS, len(singular)))

    def saying_all(self, words: set[str]) -> frozenset[int]:
        """The things saying a form of every word: those of the word said by fewest, read for the others."""
        ordered = sorted(words, key=lambda w: (self.at_most(w), w))
        rest = ordered[1:]
        return frozenset(n for n in self.saying(ordered[0]) if all(self.says(n, w) for w in rest))

    def saying_most(self, words: set[str], least: int) -> list[int]:
        """The things saying a form of at least `least` of the words, in order. Such a thing says
        one of any `len(words) - least + 1` of them: those said by fewest are its candidates."""
        ordered = sorted(words, key=lambda w: (self.at_most(w), w))
        candidates = set(chain.from_iterable(self.saying(w) for w in ordered[: len(words) - least + 1]))
        return sorted(n for n in candidates if sum(self.says(n, w) for w in words) >= least)


@per_document
def _things_saying(document: Document) -> _Saying:
    return _Saying(things_of(document))


def _holds(vocabulary: tuple[str, ...], word: str) -> bool:
    at = bisect_left(vocabulary, word)
    return at < len(vocabulary) and vocabulary[at] == word


def _fits(fact: str, words: Sequence[str], line: str, adds_detail: bool) -> bool:
    theirs = set(_telling(line))
    mine = set(words)
    if len(theirs) < LINE_WORDS:
        return False
    # each with a word of its own is two lines side by side (`a designated`, `a pool of` account managers)
    inside = len(mine) >= FACT_WORDS and all(_said(w, theirs) for w in mine)
    whole_line = adds_detail and LINE_SHARE * len(mine) <= len(theirs) and all(_said(w, mine) for w in theirs)
    return (inside or whole_line) and not sets_apart(fact, line)


def sets_apart(fact: str, line: str) -> bool:
    """An opposite form, a negation or comparison, or a number that one says and the other does not."""
    if _CONTRAST.search(fact):
        return True  # `..., but we manage keys ourselves`: it says what sets it apart
    mine, theirs = _raw(fact), _raw(line)
    if (mine & SETTING_APART) != (theirs & SETTING_APART):
        return True
    if any(_opposites(a, b) for a in mine - theirs for b in theirs - mine):
        return True
    numbers = set(_NUMBER.findall(fact))
    return bool(numbers - set(_NUMBER.findall(line)))


def _opposites(a: str, b: str) -> bool:
    for one, other in ((a, b), (b, a)):
        for end, opposite in _OPPOSITE_ENDS:
            if one.endswith(end) and other.endswith(opposite) and one[: -len(end)] == other[: -len(opposite)] and one[: -len(end)]:
                return True
        if any(one.startswith(start) and one[len(start) :].lstrip("-") == other for start in _OPPOSITE_STARTS):
            return True
    return False


@per_text  # each line of a section is read against every cue of the section
def _telling(text: str) -> tuple[str, ...]:
    """The text's words that say something, as stems, in order."""
    return tuple(s for s in (stem(w) for w in content_words(text)) if s not in GENERIC and s not in PROPERTIES and s not in WEAK_VERBS)


def _raw(text: str) -> set[str]:
    return {w.lower() for w in _RAW.findall(text)}


def _said(word: str, words: Sequence[str] | set[str]) -> bool:
    """The word, or a form of it: one starts the other (`writ` and `written`, `app` and `applic`)."""
    if word in words:
        return True
    word = _singular(word)
    return any(min(len(word), len(o)) >= WORD_LETTERS and (o.startswith(word) or word.startswith(o)) for o in map(_singular, words))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > WORD_LETTERS else word


def spells_a_form(names: Names, others: Sequence[Thing], text: str) -> bool:
    """A word of the name's spelled-out form (`queue` of `simple queue service` for SQS,
    `hardware` of `Hardware Security Module` for CloudHSM) that neither the others' names
    nor their lines say (`simple`, `controls traffic`): the learner matches the word, not the fact."""
    forms = [form for form in names.forms[1:] if len(form.split()) > 1]
    words = {w for form in forms for w in _raw(form) if len(w) > WORD_LETTERS - 1 and w not in STOPWORDS and w not in OFFERING_WORDS}
    if not words:
        return False  # most names have no spelled-out form: the others' words are not gathered
    theirs = {_singular(w) for o in others for text_ in (*o.described.names.forms, *(line.text for line in o.described.lines)) for w in _raw(text_)}
    said = {_singular(s) for s in _raw(text)}
    return any(_singular(w) in said for w in words if _singular(w) not in theirs)


_ACRONYM_WORD = re.compile(r"\b[A-Z]{3,6}\b")  # two letters ("ID", "RA") are spelled by chance
_RUN_WORD = re.compile(r"[A-Za-z]+")
SPELLING_LETTERS = 3  # a shorter word ("of", "as") is no initial of an acronym's run


def unspelled_acronyms(name: str, text: str) -> str:
    """The fact with a run of words whose initials spell an acronym of the name ("High
    performance computing at scale" of *HPC Optimized*) hidden as the name is: shown, the
    run spells the name, which the notes need not have said in full."""
    for start, end in _acronym_runs(name, text)[::-1]:
        text = text[:start] + MASK + text[end:]
    return text


def spelled_acronyms(name: str, text: str) -> list[str]:
    """The runs of the text that spell an acronym of the name: a card that hides them says them on its back."""
    return [text[start:end] for start, end in _acronym_runs(name, text)]


# `T&M`, `R&D`: two letters an ampersand joins, spelled by two words an "and" joins
_AMPERSAND_ACRONYM = re.compile(r"\b([A-Z])&([A-Z])\b")


def _acronym_runs(name: str, text: str) -> list[tuple[int, int]]:
    runs = [
        found.span()
        for first, second in _AMPERSAND_ACRONYM.findall(name)
        if (found := re.search(rf"\b{first}[a-z]{{2,}}\s+(?:and|&)\s+{second}[a-z]{{2,}}", text, re.IGNORECASE)) is not None
    ]
    words = list(_RUN_WORD.finditer(text))
    for acronym in _ACRONYM_WORD.findall(name):
        for first in range(len(words) - len(acronym) + 1):
            run = words[first : first + len(acronym)]
            if "".join(w.group()[0] for w in run).upper() == acronym and all(len(w.group()) >= SPELLING_LETTERS for w in run):
                runs.append((run[0].start(), run[-1].end()))
                break
    return sorted(runs)
