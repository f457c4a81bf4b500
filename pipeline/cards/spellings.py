"""One word in two spellings (a plural, a typo), and the words of a document
spelt nearly as a given one, found through an index rather than by comparing
the word with every word the notes hold: the notes' words grow with the
notes, and a clue is weighed once per card.

Two spellings are one word when one is the other with an ending of ENDING
letters at most ("code", "codes"), or, both long, when their letters align
with a likeness of SAME_WORD ("availabilty"). A likeness of SAME_WORD leaves
at most a tenth of the two words' letters unmatched, and an unmatched letter
breaks one piece of a word at most: cut in WHOLE pieces more than that, two
pieces of one word are found whole in the other (two, as many words share an
ending). Those pieces are the index.
"""

from __future__ import annotations

import difflib
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Indel

SAME_WORD = 0.9  # spelling likeness of two long words taken as one misspelt
TYPO_LETTERS = 8  # a word this long may be misspelt and still be the same word
STEM = 4  # letters a word and its longer form share from the start ("code", "codes")
ENDING = 2  # letters an ending adds
BOUND_SLACK = 1e-9  # the upper bound is a float too: never let rounding refuse a pair difflib would take
WHOLE = 2  # pieces of a long word its other spellings hold whole (one more piece each costs more look-ups)


def alike(a: str, b: str) -> bool:
    """One word in two spellings: a plural or other ending ("code", "codes"),
    or a long word with a letter or two off ("availabilty")."""
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) > ENDING:
        return False
    if long.startswith(short) and len(short) >= STEM:
        return True
    if len(short) < TYPO_LETTERS:
        return False
    # the longest sequence of letters the two have in common bounds the likeness from above
    # (difflib's matching blocks are one such sequence): most pairs fall short of it, in C
    return Indel.normalized_similarity(a, b) >= SAME_WORD - BOUND_SLACK and difflib.SequenceMatcher(None, a, b).ratio() >= SAME_WORD


class Spellings:
    """The words of a document, indexed by what two spellings of one word share."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = set(words)
        # a word's shorter forms: each word under itself without its last one or two letters
        self.longer: dict[str, set[str]] = {}
        # a long word's pieces: each under (its first letter, its length, where the piece starts, the piece)
        self.pieces: dict[tuple[str, int, int, str], set[str]] = {}
        for word in self.words:
            for cut in range(1, ENDING + 1):
                self.longer.setdefault(word[:-cut], set()).add(word)
            if len(word) >= TYPO_LETTERS:
                for start, end in _split(len(word)):
                    self.pieces.setdefault((word[0], len(word), start, word[start:end]), set()).add(word)

    def alike(self, word: str) -> set[str]:
        """The words spelt as `word` or nearly so, that start with its letter."""
        found = self.forms(word)
        return found | self.typos(word, found)

    def forms(self, word: str) -> set[str]:
        """The words that are `word` or a shorter or longer form of it (a plural), alike."""
        found = ({word} | {word[:-cut] for cut in range(1, ENDING + 1)}) & self.words
        found |= self.longer.get(word, set())  # every word it is a shorter or longer form of
        return {other for other in found if other[:1] == word[:1] and alike(word, other)}

    def typos(self, word: str, found: set[str]) -> set[str]:
        """The words spelt nearly as `word` besides its `found` forms: the dearer search, by the words' pieces."""
        if len(word) >= TYPO_LETTERS:
            held: Counter[str] = Counter()  # a word -> how many of its pieces `word` holds
            first, index = word[0], self.pieces
            for size in range(max(len(word) - ENDING, TYPO_LETTERS), len(word) + ENDING + 1):
                for start, width, places in _look_ups(size, len(word)):
                    found_whole = [got for at in places if (got := index.get((first, size, start, word[at : at + width])))]
                    if found_whole:
                        held.update(found_whole[0] if len(found_whole) == 1 else set().union(*found_whole))
            typos = [other for other, count in held.items() if count >= WHOLE and other not in found]
            # no form of it (those are all found above): only a likeness of SAME_WORD makes one its typo,
            # weighed for all of them in one call (a word's pieces may be held by dozens of words)
            close = process.extract(word, typos, scorer=Indel.normalized_similarity, score_cutoff=SAME_WORD - BOUND_SLACK, limit=None)
            return {other for other, _, _ in close if alike(word, other)}
        return set()


@lru_cache(maxsize=None)
def _look_ups(size: int, length: int) -> tuple[tuple[int, int, range], ...]:
    """Where a word of `length` letters may hold each piece of a word of `size`
    letters (its start, its width, the places it may be at): a piece left whole
    is as many letters off its place as were unmatched before it."""
    shift = _unmatched(size)
    return tuple((start, end - start, range(max(start - shift, 0), min(start + shift, length - end + start) + 1)) for start, end in _split(size))


def _unmatched(size: int) -> int:
    """The letters a likeness of SAME_WORD leaves unmatched, at most, in a word
    of `size` letters and a partner ENDING longer."""
    return math.floor(round((2 * size + ENDING) * (1 - SAME_WORD), 6))


def _split(size: int) -> Iterator[tuple[int, int]]:
    """A word of `size` letters cut into WHOLE more pieces than the letters its
    spellings may leave unmatched (the pieces' starts and ends): an unmatched
    letter breaks one piece at most, so WHOLE are left whole."""
    count = _unmatched(size) + WHOLE
    for n in range(count):
        yield size * n // count, size * (n + 1) // count
