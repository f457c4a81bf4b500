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
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}(?:/[A-Z][A-Z0-9&]{1,5})?")  # `SLA`, `WO/SOW`


def acronyms_glossed(listed: list[Entry]) -> bool:
    """Every item an acronym with a gloss of its own."""
    return len(listed) >= MIN_ITEMS and all(_glossed(e) for e in listed)


def _glossed(entry: Entry) -> bool:
    head = inl.ASIDE.sub(" ", inl.to_plain(entry.head)).strip()
    return entry.named and bool(inl.to_plain(entry.definition).strip()) and _ACRONYM.fullmatch(head) is not None
