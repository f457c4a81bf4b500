"""A label as the notes repeat it from one parent to the next: its words in lower case, no aside.
Apart from `facet_labels`, which reads things, so that the card sink can key labels too."""

from __future__ import annotations

import re

from pipeline.model.inline import ASIDE

WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")


def facet_key(name: str) -> str:
    """A label as templates repeat it: its words in lower case, no aside."""
    return " ".join(WORD.findall(ASIDE.sub(" ", name).lower()))
