"""A line of names, each a sentence with what it is for (`GuardDuty = threats.
Inspector = vulnerabilities. Macie = PII in S3.`): the author's summary of which
name does what, a table written as sentences. Read apart from the modules that
make its cards, so the readers of a line's terms can leave it whole."""

from __future__ import annotations

import re

from pipeline.model import inline as inl

EQUAL_PAIRS = 3  # `Name = what it is for` sentences on one line that make it a summary
GLOSS_WORDS = 8  # a gloss longer than this is a sentence about the name, no summary's entry
SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])\.\s+")  # a full stop after a word, a figure or a bracket
_EQUALS = re.compile(r"^(?P<key>[^=]{1,30}?)\s+=\s+(?P<value>[^=]+)$")
NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")  # "110", "2,048", "1/2"


def sentence_pairs(text: str) -> list[tuple[str, str]] | None:
    """The summary's names with what each is for; None for any other line."""
    if text.count("=") < EQUAL_PAIRS:
        return None  # (every line of the notes is read here: most have no three `=`)
    sentences = [part.strip() for part in SENTENCE_END.split(text.strip().rstrip("."))]
    found = [(m.group("key").strip(), m.group("value").strip()) for part in sentences if (m := _EQUALS.match(part))]
    if len(found) < EQUAL_PAIRS or len(found) < len(sentences):
        return None
    glossed = all(named_key(key) and len(inl.ASIDE.sub(" ", value).split()) <= GLOSS_WORDS for key, value in found)
    # "Data OUT = charged. Between Regions = charged": a gloss said twice sorts its names, no summary
    unique = all(len({inl.plain_key(part[at]) for part in found}) == len(found) for at in (0, 1))
    return found if glossed and unique else None


def named_key(key: str) -> bool:
    """`GuardDuty`, `MX`: a name, no number."""
    return not NUMBER.fullmatch(key) and any(ch.isupper() for ch in key)
