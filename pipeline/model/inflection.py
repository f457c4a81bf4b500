"""A word without its inflection: "tagging", "tagged", "tags" are one word, "tag"."""

from __future__ import annotations

import re

_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")
STEM_MIN = 3  # letters of a stem that still names something ("tag")


def stem(word: str) -> str:
    """"tagging", "tagged", "tags" -> "tag": a word without its inflection."""
    stem = _SUFFIX.sub("", word.lower())
    if len(stem) > STEM_MIN and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "tagg" of "tagging"
    if len(stem) > STEM_MIN and stem.endswith("e") and not stem.endswith("ee"):
        stem = stem[:-1]  # "size" as "sizing": a silent e the suffix drops
    return stem
