"""Whether the front of a cloze on a name still says a word the name is known by.

"[VPC Peering]: peering connection is not transitive", "[Device Farm]: tests
apps on real mobile devices", "[Step Functions]: say at each step what comes
next": the word left on the front is the answer's own, in some form, and a
learner answers from it, not from the fact. A word several names of the notes
share ("Manager" of Secrets Manager and Certificate Manager, "Security",
"Service") tells nothing by itself: shown, it still leaves the question which.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pipeline.model.inline import ASIDE

SHARED_NAMES = 2  # names that use a word, for it to be no one name's own
SAID_AGAIN = 2  # words of the name a line may say again as one phrase, to be hidden with it
MIN_LETTERS = 5  # a shorter word ("user", "data", "bots") is an everyday word of any line
# endings of one word's forms: "migrating", "migration"; "devices", "device"; not "processor" of "processing"
_ENDINGS = ("ations", "ation", "ions", "ion", "ings", "ing", "ed", "es", "s", "e")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_VENDORS = frozenset("aws amazon azure google microsoft".split())
# "IoT", "EKS": a short word written with capitals inside is a name's own, no everyday word
_CAPITALS_INSIDE = re.compile(r"^[A-Za-z][a-z0-9]*[A-Z]")


def shared_words(names: Iterable[str]) -> frozenset[str]:
    """The words (lower case) that several names use: each name's own words are the rest."""
    counts = Counter(w for name in names for w in {w.lower() for w in _WORD.findall(ASIDE.sub(" ", name))})
    return frozenset(w for w, n in counts.items() if n >= SHARED_NAMES)


def shows_own_word(name: str, front: str, shared: frozenset[str], common: frozenset[str] = frozenset()) -> bool:
    """Whether `front` says one of `name`'s own words (no other name's, nor one the notes say
    everywhere, `common`) in any form: itself, its plural, or the same stem with another ending."""
    # each set asked apart: their union, made per call, cost as much as all the notes' names
    own = _own(name, shared, common)
    if not own:
        return False
    said = {w.lower() for w in _WORD.findall(front)}
    return any(_a_form(word, other) for word in own for other in said)


def _own(name: str, shared: frozenset[str], common: frozenset[str]) -> list[str]:
    lowered = {c.lower() for c in common}
    return [
        w.lower()
        for w in _WORD.findall(ASIDE.sub(" ", name))
        if (len(w) >= MIN_LETTERS or _CAPITALS_INSIDE.search(w)) and w.lower() not in shared and w.lower() not in _VENDORS and w.lower() not in lowered
    ]


# a cloze's deletions, HTML tags and entities, kept as they are (split out, at odd places);
# the text between them is what a learner reads
KEPT = re.compile(r"(\{\{c\d+::.*?\}\}|<[^>]+>|&\w+;)")


def hide_own_words(name: str, cloze: str, shared: frozenset[str], common: frozenset[str] = frozenset()) -> str:
    """The cloze with the name it says again in other words (`right size` of *Right Sizing*:
    its own words in any form, one run of at most `SAID_AGAIN` words, in one place) hidden as
    the name's blank: "[Right Sizing]: important to [right size] before a migration", the
    back saying it as written. Words of the name
    said here and there ("damaged cable, wrong cable type" of *Cabling issues*) or in a quoted
    former name are the line's own words, which blanks would garble: the cloze stays as it is.
    Deletions, tags and entities are never touched."""
    own = _own(name, shared, common)
    places = [
        (text, spans)
        for text in KEPT.split(cloze)[::2]
        if (spans := [m.span() for m in _WORD.finditer(text) if any(_a_form(word, m.group().lower()) for word in own)])
    ]
    if len(places) != 1 or '"' in places[0][0] or len(places[0][1]) > SAID_AGAIN:
        return cloze
    text, spans = places[0]
    if any(text[end:start].strip() for (_, end), (start, _) in zip(spans, spans[1:])):
        return cloze  # words or marks between them: no one phrase
    said = text[spans[0][0] : spans[-1][1]]
    return cloze.replace(text, text[: spans[0][0]] + "{{c1::" + said + "}}" + text[spans[-1][1] :], 1)


def _a_form(word: str, other: str) -> bool:
    return other == word or bool(_stems(word) & _stems(other))


def _stems(word: str) -> set[str]:
    """The word less each ending it may have: "migration" -> "migrat" (and "migr"), as "migrating"."""
    return {word.removesuffix(ending) for ending in _ENDINGS if word.endswith(ending)} or {word}
