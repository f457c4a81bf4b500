"""A table cell that only says its row's name again (`| Premium page blobs |
Page blobs only |`): asked "Premium page blobs — Services", the answer is on
the front. Such a cell makes no card; the cheat sheet keeps it."""

from __future__ import annotations

from pipeline.model.word_forms import LETTER_WORD, MIN_WORD_LETTERS, same_word

_SAYS_NOTHING = frozenset("only all the and for with of just any per".split())


def echoes_its_row(thing: str, value: str) -> bool:
    """Whether every word of the value (but filler) is a word of the row's name."""
    own = [w.lower() for w in LETTER_WORD.findall(thing)]
    said = [w.lower() for w in LETTER_WORD.findall(value) if len(w) >= MIN_WORD_LETTERS and w.lower() not in _SAYS_NOTHING]
    return bool(said) and all(any(same_word(word, name) for name in own) for word in said)
