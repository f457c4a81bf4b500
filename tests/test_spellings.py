"""The spelling index finds exactly the words a comparison with every word finds."""

from __future__ import annotations

import random
import re

from pipeline.cards.spellings import ENDING, Spellings, alike
from tests.conftest import SEED_NOTES


def _misspelt(word: str, rng: random.Random) -> str:
    """The word with a letter added, dropped, changed or swapped, or an ending."""
    at, letter = rng.randrange(len(word)), chr(97 + rng.randrange(26))
    return rng.choice(
        [word[:at] + letter + word[at:], word[:at] + word[at + 1 :], word[:at] + letter + word[at + 1 :],
         word[:at] + word[at + 1 : at + 2] + word[at : at + 1] + word[at + 2 :], word + "s", word + "es"]
    )


def test_the_index_finds_every_spelling_and_no_other() -> None:
    rng = random.Random(17)
    words = sorted({w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", SEED_NOTES.read_text(encoding="utf-8"))})
    misspelt = sorted({_misspelt(w, rng) for w in words for _ in range(2)} - {""})
    vocabulary = sorted(set(words) | set(misspelt[::2]))
    index = Spellings(vocabulary)
    typos = 0
    for word in [*vocabulary, *misspelt[1::2]]:
        expected = {w for w in vocabulary if w[:1] == word[:1] and abs(len(w) - len(word)) <= ENDING and alike(word, w)}
        assert index.alike(word) == expected, word
        typos += sum(1 for w in expected if not (w.startswith(word) or word.startswith(w)))
    assert typos > 100  # the long words with a letter off, not only the endings
