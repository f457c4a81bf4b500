"""One word in two forms: a plural, an inflection, a stem, a misspelling."""

from __future__ import annotations

import re

# a word of letters (`force-unlock` one word) and the fewest letters a word says something with
LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
MIN_WORD_LETTERS = 3
TYPO_LETTERS = 8  # a word this long with one letter different is the same word misspelt
STEM = 4  # letters two words must share from their start to be one word's forms


def same_word(a: str, b: str) -> bool:
    """One word in two forms: `version`/`versioning`, `scaling`/`scalability`, `job`/`jobs`."""
    if a[:1] != b[:1] and not len(a) == len(b) >= TYPO_LETTERS:
        return False  # every other way below needs the same first letter
    if a == b or a + "s" == b or b + "s" == a or a + "es" == b or b + "es" == a:
        return True
    if len(_root(a)) >= 3 and _root(a) == _root(b):
        return True  # `tags`, `tagging`
    if min(len(a), len(b)) < STEM:
        return False
    if len(a) == len(b) >= TYPO_LETTERS and sum(x != y for x, y in zip(a, b)) == 1:
        return True  # `Responsability` is `Responsibility` misspelt
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= STEM and common >= min(len(a), len(b)) - 3


def _root(word: str) -> str:
    """`tagging` -> `tag`, `tags` -> `tag`, `planning` -> `plan`, `owned` and
    `owns` -> `own`, `sizing` and `sizes` -> `siz`."""
    if word.endswith(("ing", "ed")) and len(word) > 4 + (word[-1] == "g"):
        word = word[: -3 if word.endswith("ing") else -2]
        if len(word) > 2 and word[-1] == word[-2]:
            word = word[:-1]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    # `size` and `sizing`: a silent final e goes before a suffix
    return word[:-1] if word.endswith("e") and len(word) > 3 else word
