"""A list of acronyms each glossed (`SLA - service level`, `MOU - memo of
understanding (informal)`, `BPA - business partnership`): the glosses are
what the exam asks, from a need to the acronym. A set of the bare acronyms
to recite, a blank at a time, asks letters with nothing to tell them apart;
each line is asked by its own term and comparison cards instead."""

from __future__ import annotations

import re

from pipeline.cards.entries import Entry
from pipeline.model import inline as inl

MIN_ITEMS = 3
GLOSS_WORDS = 2  # words a gloss says the acronym in
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}(?:/[A-Z][A-Z0-9&]{1,5})?")  # `SLA`, `WO/SOW`


def acronyms_glossed(listed: list[Entry]) -> bool:
    """Every item an acronym with a gloss of its own, most glosses a phrase (`MOU - memo of
    understanding`); `RWO: ReadWriteOnce`, each spelled out in one word, are a set's members."""
    if len(listed) < MIN_ITEMS or not all(_acronym(e) for e in listed):
        return False
    return 2 * sum(len(inl.ASIDE.sub(" ", inl.to_plain(e.definition)).split()) >= GLOSS_WORDS for e in listed) > len(listed)


def _acronym(entry: Entry) -> bool:
    head = inl.ASIDE.sub(" ", inl.to_plain(entry.head)).strip()
    return entry.named and bool(inl.to_plain(entry.definition).strip()) and _ACRONYM.fullmatch(head) is not None
