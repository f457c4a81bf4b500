"""Stable identifiers.

A note's guid hashes what identifies the card (pack, context, kind of note,
the item's key), never its answer, so a corrected answer updates the note a
learner already studies. Keys are normalised words, so case, spacing and
punctuation edits keep the id.
"""

from __future__ import annotations

import hashlib
import string

from pipeline.model.inline import plain_key

# Anki's own guid alphabet, as genanki's `guid_for` uses it.
_BASE91 = string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"


def anki_guid(*values: str) -> str:
    """genanki's `guid_for`: the first 8 bytes of a SHA-256, in base 91
    (without importing genanki, which is slow to load)."""
    number = int.from_bytes(hashlib.sha256("__".join(values).encode("utf-8")).digest()[:8], "big")
    digits = []
    while number > 0:
        number, digit = divmod(number, len(_BASE91))
        digits.append(_BASE91[digit])
    return "".join(reversed(digits))


def guid_for(pack_slug: str, section: str, context: tuple[str, ...], key: tuple[str, ...]) -> str:
    parts = [pack_slug, plain_key(section), "|", *(plain_key(c) for c in context), "|", *key]
    return anki_guid(*parts)
