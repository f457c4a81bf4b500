"""Stable identifiers.

A note's guid hashes what identifies the card (pack, context, kind of note,
the item's key), never its answer, so a corrected answer updates the note a
learner already studies. Keys are normalised words, so case, spacing and
punctuation edits keep the id.
"""

from __future__ import annotations

import hashlib

import genanki

from .inline import plain_key


def guid_for(pack_slug: str, section: str, context: tuple[str, ...], key: tuple[str, ...]) -> str:
    parts = [pack_slug, plain_key(section), "|", *(plain_key(c) for c in context), "|", *key]
    return str(genanki.guid_for(*parts))


def derived_id(base: int, *parts: str) -> int:
    """A fixed id in Anki's range, derived from a base id and names (used for
    sub-decks), so it is the same on every build."""
    digest = hashlib.sha256("\x1f".join([str(base), *parts]).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:6], "big") % (1 << 40)
