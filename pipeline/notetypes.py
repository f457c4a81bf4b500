"""The pack's two note types and its deck, as the `.apkg` and the CSV name them."""

from __future__ import annotations

import html
from functools import cache

import genanki

from .config import PackConfig
from .model import Card, NoteType
from .templates import read_template

BASIC_FIELDS = ("Front", "Back", "Context", "Source")
CLOZE_FIELDS = ("Text", "Back Extra", "Context", "Source")


def note_type_name(config: PackConfig, card: Card) -> str:
    return config.cloze_model_name if card.note_type == "cloze" else config.basic_model_name


def fields(card: Card) -> list[str]:
    """The note's fields, in the order of both note types and of the CSV."""
    context = html.escape(card.context_text, quote=False)
    return [card.prompt, card.answer, context, html.escape(str(card.source), quote=False)]


@cache
def _css() -> str:
    return read_template("anki/card.css")


def basic_model(config: PackConfig) -> genanki.Model:
    return genanki.Model(
        config.basic_model_id,
        config.basic_model_name,
        fields=[{"name": name} for name in BASIC_FIELDS],
        templates=[
            {
                "name": "Card 1",
                "qfmt": read_template("anki/basic-front.html"),
                "afmt": read_template("anki/basic-back.html"),
            }
        ],
        css=_css(),
    )


def cloze_model(config: PackConfig) -> genanki.Model:
    return genanki.Model(
        config.cloze_model_id,
        config.cloze_model_name,
        fields=[{"name": name} for name in CLOZE_FIELDS],
        templates=[
            {
                "name": "Cloze",
                "qfmt": read_template("anki/cloze-front.html"),
                "afmt": read_template("anki/cloze-back.html"),
            }
        ],
        css=_css(),
        model_type=genanki.Model.CLOZE,
    )


def models(config: PackConfig) -> dict[NoteType, genanki.Model]:
    """Both note types by kind, in a fixed order."""
    return {"basic": basic_model(config), "cloze": cloze_model(config)}
