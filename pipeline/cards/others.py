"""What the notes' other things say: a cue that fits one of them as well, or
a line that is about one of them, is no clue to the thing it is written under."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from pipeline.cards.cue_words import spelled_out
from pipeline.cards.per_document import per_value, per_value_and_text
from pipeline.cards.things import Thing
from pipeline.model.definitions import only_names
from pipeline.model.name_patterns import TOKEN, form_words, openings, says_and
from pipeline.model.naming import FORMER_WORDS, MASK, VENDORS, Names

ELSEWHERE = 0.75  # share of a cue line's words one line of another thing holds, for it to fit that one too
ELSEWHERE_WORDS = 3
KIND_WORDS = 4  # words of a line that only says what kind of thing the thing is (`managed DNS`)  # a shorter cue is judged with the card's others
OPENING = 8  # letters of a name's words joined that the index of things keys them by
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
# `(ELB)` closing a line; `(~SNS)` only likens the thing to another
_GLOSSED = re.compile(r"\((?![~≈])([^()]{1,40})\)\W*$")
_WORDS_LEFT = re.compile(r"[\W_]+")  # what `only_names` strips around the names


# `DNS is a collection of rules`, `A ledger is a book`: a line that opens by defining a term
_DEFINES = re.compile(r"^(?:(?:a|an|the)\s+)?([\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:is|are|means|refers\s+to)\s+(?:a|an|the|one)\s", re.IGNORECASE)
# `EBS volumes are ...`: a subject of a few words, then what it is (`EC2 has many types` may lead to the thing)
_SUBJECT = re.compile(r"^((?:[\w-]+\s+){0,2}[\w-]+)\s+(?:is|are)\b", re.IGNORECASE)
_PRONOUNS = frozenset("it this that these those they there which what who here".split())


def defines_another(names: Names, text: str) -> bool:
    """The line defines another term than the thing (`DNS is a collection ...` under
    Route 53, `A ledger is a book ...` under QLDB): it teaches that word, not the thing."""
    found = _DEFINES.match(text)
    if not found:
        return False
    subject = found.group(1)
    return subject.split()[0].lower() not in _PRONOUNS and not names.shows(subject) and MASK not in subject


def defined_term(text: str) -> str:
    """The term a line opens by defining (`DNS` of `DNS is a collection ...`), or empty."""
    found = _DEFINES.match(text)
    return found.group(1) if found and found.group(1).split()[0].lower() not in _PRONOUNS else ""


def explains_its_kind(thing: Thing, text: str) -> bool:
    """A line defining the term another short line of the thing calls it
    (`managed DNS`, then `DNS is a collection of rules ...` under Route 53):
    it says what the thing is, as long as the term is no word of its name
    (`A ledger is a book ...` under Quantum Ledger Database teaches the name)."""
    term = defined_term(text)
    names = thing.described.names
    spelled = spelled_out(names)
    if not term or names.leaks(term) or (spelled is not None and spelled.leaks(term)):
        return False
    said = [w.lower() for w in term.split()]
    for line in thing.described.lines:
        words = [w.lower() for w in _WORD.findall(line.text)]
        if line.text != text and line.depth == 0 and len(words) <= KIND_WORDS and words[-len(said) :] == said:
            return True
    return False


@per_value_and_text  # practice asks it of each option's lines against each question's answer
def mentions(names: Names, text: str) -> bool:
    """The text names the thing: one of its forms, or every telling word of its name."""
    if names.shows(text):
        return True
    said = {w.lower() for w in _WORD.findall(text)}
    return bool(names.words) and all(w.lower() in said for w in names.words)


def may_mention_in(names: Names, thing: Thing) -> bool:
    """False only when `mentions` is False for the thing's name and each of its
    lines: one look at all of them, where most things name no other."""
    said = _said_of(thing)
    if said is None:
        return True
    # a form's words, or the name's every word, are each in a line that says them: in all the lines at once too
    return names.may_show(said) or (bool(names.words) and all(w.lower() in said for w in names.words))


def either_names_the_other(a: Thing, b: Thing) -> bool:
    """Whether a line of one names the other (`mentions`), each thing's lines looked at whole first."""
    return _named_in_lines(b.described.names, a) or _named_in_lines(a.described.names, b)


def _named_in_lines(names: Names, thing: Thing) -> bool:
    return may_mention_in(names, thing) and any(mentions(names, line.text) for line in thing.described.lines)


@per_value
def _said_of(thing: Thing) -> str | None:
    """The thing's name and lines as one lowercase text; None unless ASCII (where lowercasing keeps each line's letters)."""
    said = "\n".join([thing.name, *(line.text for line in thing.described.lines)])
    return said.lower() if said.isascii() else None


def names_another(thing: Thing, text: str, things: Sequence[Thing]) -> bool:
    """The text names another of `things` (`consolidated billing` for `Org Consolidated Billing`), not the thing."""
    if thing.described.names.shows(text):
        return False
    said = {w.lower() for w in _WORD.findall(text)}
    return any(_other(o, thing) and mentions(o.described.names, text) for o in could_name(things, text, said))


def said_of_another(thing: Thing, text: str, things: Sequence[Thing]) -> bool:
    """`EBS volumes are network drives ...` under Instance Store: a line whose subject,
    before its verb, is another of `things`, says what that one is, however it goes on."""
    subject = _SUBJECT.match(text)
    if not subject or subject.group(1).split()[0].lower() in _PRONOUNS or thing.described.names.shows(subject.group(1)):
        return False
    # the subject opens with the other's name: `Same way RDS is ...` likens the thing to it
    return any(_other(o, thing) and o.described.names.match(subject.group(1)) for o in could_open(things, subject.group(1)))


def glosses_another(thing: Thing, text: str, things: Sequence[Thing]) -> bool:
    """`Distributing load across machines (ELB)`: a line that ends with another
    thing's name in brackets says what that one does."""
    end = _GLOSSED.search(text)
    if not end or thing.described.names.shows(end.group(1)):
        return False
    gloss = end.group(1)
    # a gloss of more than former-name words is only names when one of them shows in it
    others = could_name(things, gloss) if _WORDS_LEFT.sub("", FORMER_WORDS.sub("", gloss)) else things
    return any(_other(o, thing) and only_names(o.described.names, gloss) for o in others)


class _Index:
    """The things by what any match of their names holds (the first word of a
    form) and by the first telling word of their names."""

    def __init__(self, things: Sequence[Thing]) -> None:
        self.unruled: list[int] = []  # names no text rules out
        self.by_needle: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.by_opening: dict[str, list[int]] = {}  # ... by the first letters of a form's words joined
        self.anded: list[int] = []  # names with `and` among a form's words, which `openings` takes out of a text
        for n, thing in enumerate(things):
            names = thing.described.names
            if not names.needles:
                self.unruled.append(n)
            for needle in set(names.needles):
                self.by_needle.setdefault(needle, []).append(n)
            # what a match of each form opens with once its separators are out (`name_patterns.openings`)
            for joined in {"".join(form_words(f))[:OPENING] for f in names.forms if TOKEN.search(f)}:
                self.by_opening.setdefault(joined, []).append(n)
            if any("and" in form_words(f) for f in names.forms if TOKEN.search(f)):
                self.anded.append(n)
            if names.words:
                self.by_word.setdefault(names.words[0].lower(), []).append(n)
        self.longest = max(map(len, self.by_needle), default=0)


@per_value  # a document's things, asked of each of its lines
def _index(things: Sequence[Thing]) -> _Index:
    return _Index(things)


def could_name(things: Sequence[Thing], text: str, said: set[str] | None = None) -> list[Thing]:
    """The things whose names the text may show, as `Names.shows` rules them out
    (or, given the text's lowercase words, whose first telling word it says): looked up, not all asked."""
    if not text.isascii():
        return list(things)
    index = _index(things)
    lowered = text.lower()
    found = set(index.unruled)
    for start in range(len(lowered)):
        if start and lowered[start - 1].isalnum() and not lowered.endswith(VENDORS, 0, start):
            continue  # inside a word, where no match of a name starts (`opens_a_match`)
        for end in range(start + 1, min(len(lowered), start + index.longest) + 1):
            found.update(index.by_needle.get(lowered[start:end], ()))
    for word in said or ():
        found.update(index.by_word.get(word, ()))
    return [things[n] for n in sorted(found)]


def could_open(things: Sequence[Thing], text: str) -> list[Thing]:
    """The things whose names may match at the text's start (`Names.match`), in order:
    looked up by the letters such a match opens with, not all asked."""
    found = openings(text)
    if found is None:
        return list(things)
    index = _index(things)
    at = set(index.unruled)
    if says_and(text):
        at.update(index.anded)
    for start in found:
        for end in range(1, min(len(start), OPENING) + 1):
            at.update(index.by_opening.get(start[:end], ()))
    return [things[n] for n in sorted(at)]


def first_worded(things: Sequence[Thing], word: str) -> list[Thing]:
    """The things whose name's first telling word is `word` (`EBS` of `EBS Volume`), in order."""
    return [things[n] for n in _index(things).by_word.get(word.lower(), ()) if things[n].described.names.words[0] == word]


def _other(a: Thing, b: Thing) -> bool:
    return a is not b and not a.described.names.same_thing(b.described.names)


class LinesElsewhere:
    """Every thing's own lines by their words: whether a cue's telling words are,
    nearly all, in one line another thing says of itself."""

    def __init__(self, cues: Sequence[tuple[Thing, Sequence[tuple[str, int]]]], words: Callable[[str], list[str]]) -> None:
        self.words = words
        self.lines: list[tuple[Thing, int, set[str]]] = []
        self.holders: dict[str, list[int]] = {}
        for thing, lines in cues:
            for text, line in lines:
                said = set(words(text))
                for word in said:
                    self.holders.setdefault(word, []).append(len(self.lines))
                self.lines.append((thing, line, said))

    def says(self, thing: Thing, cue: str) -> bool:
        words = set(self.words(cue))
        if len(words) < ELSEWHERE_WORDS:
            return False
        own = {line.line for line in thing.described.lines}
        need = ELSEWHERE * len(words)
        # a line that holds all but a few of the words holds one of the rarest few
        rarest = sorted(words, key=lambda w: (len(self.holders.get(w, ())), w))[: len(words) - math.ceil(need) + 1]
        for n in sorted({n for w in rarest for n in self.holders.get(w, ())}):
            other, line, said = self.lines[n]
            if line in own or not _other(other, thing) or thing.described.names.shows(other.name):
                continue  # its own line, or a line of a part of it
            if len(words & said) >= need:
                return True
        return False
