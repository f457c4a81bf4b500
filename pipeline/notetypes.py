"""The pack's two note types and its deck, as the `.apkg` and the CSV name them."""

from __future__ import annotations

import html
from functools import cache
from typing import TYPE_CHECKING

from .config import PackConfig
from .model import Card
from .templates import read_template

if TYPE_CHECKING:
    import genanki

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
    return _model(config.basic_model_id, config.basic_model_name, BASIC_FIELDS, "Card 1", "basic", cloze=False)


def cloze_model(config: PackConfig) -> genanki.Model:
    return _model(config.cloze_model_id, config.cloze_model_name, CLOZE_FIELDS, "Cloze", "cloze", cloze=True)


def _model(model_id: int, name: str, field_names: tuple[str, ...], card: str, templates: str, cloze: bool) -> genanki.Model:
    import genanki  # slow to load: only when a deck is written

    return genanki.Model(
        model_id,
        name,
        fields=[{"name": field} for field in field_names],
        templates=[
            {
                "name": card,
                "qfmt": read_template(f"anki/{templates}-front.html"),
                "afmt": read_template(f"anki/{templates}-back.html"),
            }
        ],
        css=_css(),
        model_type=genanki.Model.CLOZE if cloze else genanki.Model.FRONT_BACK,
    )
