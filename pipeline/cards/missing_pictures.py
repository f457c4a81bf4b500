"""A card that shows nothing but pictures the deck does not have.

A picture the notes name but the build cannot use (missing, outside the notes
folder, refused) is shown as its alt text, "[image: resource hierarchy]", and
one on the web as a link named by its alt text: the build warns about the first,
the cheat sheet keeps both, and a card whose front, or whose whole back, is only
such pictures asks or teaches nothing ("Setting up the environment" -> "[image:
resource hierarchy]", "Docker Components" -> a link to "Docker Architecture").
Nor does a back that is a bare web address ("Account Setup" -> "https://...")."""

from __future__ import annotations

import re

from pipeline.cards.pointers import is_address
from pipeline.model import Card
from pipeline.model.cardtext import card_text
from pipeline.model.inline import MISSING_PICTURE
from pipeline.model.inline_html import REMOTE_PICTURE

_WORD = re.compile(r"\w")


def only_missing_pictures(markup: str) -> bool:
    """Markup that shows missing or remote pictures and no word besides."""
    text = card_text(REMOTE_PICTURE.sub(" [image: remote] ", markup))
    return MISSING_PICTURE.search(text) is not None and _WORD.search(MISSING_PICTURE.sub(" ", text)) is None


def says_only_missing_pictures(card: Card) -> bool:
    """The front, or a basic card's back, is missing pictures and nothing else; or the back is a web address."""
    answer = card.note_type == "basic" and (only_missing_pictures(card.answer) or is_address(card_text(card.answer)))
    return only_missing_pictures(card.prompt) or answer
