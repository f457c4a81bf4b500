"""A line that defines two or three terms side by side ("AzCopy = copy, one
direction at a time. File Sync = ongoing 2-way sync + local cache", under
"AzCopy vs File Sync" or on its own) is asked the way an exam asks it, once
per side: "AzCopy or File Sync? ongoing 2-way sync + local cache" → File Sync.
The card that asks for the whole difference stays; these ask each side alone,
from the need to the name. A side whose definition says a word of a term
(`Trigger = starts the fn. Bindings = in/out data, no trigger needed`) would
answer itself or confuse, and is not asked."""

from __future__ import annotations

import re

from pipeline.cards.glossed_lists import option_card
from pipeline.cards.cue_words import content_words
from pipeline.cards.sink import CardSink
from pipeline.model.inline import plain_key
from pipeline.model.naming import names_of

TERM_WORDS = 4  # "Global banned list": a name of a few words, not a clause
MOST_SIDES = 3
SIDE_WORDS = 2  # content words a side's definition says, at least
PHRASE_WORDS = 3
# each term opens the line or a sentence (after ". " or "; "), then " = " and what it is
_SIDE = re.compile(r"(?:^|(?<=[.;])\s+)(?P<term>[A-Za-z][^.;,=:()]{0,40}?)\s+=\s+(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)\s+")
_VERSUS = re.compile(r"^(?P<one>[A-Za-z][^(),;=]{0,40}?)\s*\((?P<first>[^()]+)\)\s+(?:vs\.?|versus)\s+(?P<other>[A-Za-z][^(),;=]{0,40}?)\s*\((?P<second>[^()]+)\)")
_READS_ON = re.compile(r"^(?:then|and|or|but|so|which|where|while|if|when|i\.?e|e\.?g)\b", re.IGNORECASE)


def sides(text: str) -> list[tuple[str, str]] | None:
    """The (term, definition) pairs a line sets side by side; None when it is no such line."""
    text = text.strip()
    if (versus := _VERSUS.match(text)) is not None:
        # "ECS (simpler, AWS native) vs EKS (k8s portability)": two names, each glossed in brackets
        pairs = [(versus.group("one").strip(), versus.group("first").strip()), (versus.group("other").strip(), versus.group("second").strip())]
        return pairs if _each_a_side(pairs) else None
    found = list(_SIDE.finditer(text))
    if not 2 <= len(found) <= MOST_SIDES or found[0].start() != 0:
        return None
    ends = [one.start() for one in found[1:]] + [len(text)]
    # each side says its own sentence; what follows the last one ("I keep saying scale up") is no part of it
    pairs = [(one.group("term").strip(), _SENTENCE_END.split(text[one.end() : end], maxsplit=1)[0].strip(" .;")) for one, end in zip(found, ends)]
    return pairs if _each_a_side(pairs) else None


def _each_a_side(pairs: list[tuple[str, str]]) -> bool:
    """Each term a name of a few words, each said to be something of its own."""
    terms = [term for term, _ in pairs]
    if len({plain_key(term) for term in terms}) < len(terms):
        return False
    if any(len(term.split()) > TERM_WORDS or _READS_ON.match(term) or _a_phrase(term) for term in terms):
        return False
    # "Global banned list = automatic. Custom list: max 1000 terms = P1": more than one side each
    return not any(len(content_words(said)) < SIDE_WORDS or "=" in said for _, said in pairs)


def side_cards(sink: CardSink, context: tuple[str, ...], text: str, line: int) -> None:
    """One card per side of a line that defines terms side by side."""
    pairs = sides(text)
    if pairs is None:
        return
    terms = [term for term, _ in pairs]
    for term, said in pairs:
        if any(names_of(other).leaks(said) or names_of(other).shows(said) for other in terms):
            continue  # the definition says a term's word: it answers itself, or points the wrong way
        option_card(sink, terms, said, term, context, line, ("sides", *sorted(plain_key(t) for t in terms), plain_key(term)))


def _a_phrase(term: str) -> bool:
    """"longest path through network = shortest duration", "Usually total float = 0": words of a
    sentence, no name (a name of three words or more has a capital or a digit; none opens on an adverb)."""
    words = term.split()
    return words[0].lower().endswith("ly") or (len(words) >= PHRASE_WORDS and term == term.lower())
