"""A card that shows nothing but pictures the deck does not have.

A picture the notes name but the build cannot use (missing, outside the notes
folder, refused) is shown as its alt text, "[image: resource hierarchy]": the
build warns about it, the cheat sheet keeps the line, and a card whose front, or
whose whole back, is only such placeholders asks or teaches nothing
("Setting up the environment" -> "[image: resource hierarchy]")."""

from __future__ import annotations

import re

from pipeline.model import Card
from pipeline.model.cardtext import card_text

# as `inline.to_html` writes a picture it has no file for
_PLACEHOLDER = re.compile(r"\[image: [^\]]*\]")
_WORD = re.compile(r"\w")


def _only_placeholders(markup: str) -> bool:
    text = card_text(markup)
    return _PLACEHOLDER.search(text) is not None and _WORD.search(_PLACEHOLDER.sub(" ", text)) is None


def says_only_missing_pictures(card: Card) -> bool:
    """The front, or a basic card's back, is missing pictures and nothing else."""
    return _only_placeholders(card.prompt) or (card.note_type == "basic" and _only_placeholders(card.answer))
