"""The pack's two note types and its deck, as the `.apkg` and the CSV name them."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.config import PackConfig
from pipeline.model import Card, NoteType
from pipeline.templates import read_template

if TYPE_CHECKING:
    import genanki

BASIC_FIELDS = ("Front", "Back", "Context", "Source")
CLOZE_FIELDS = ("Text", "Back Extra", "Context", "Source")


def note_type_name(config: PackConfig, card: Card) -> str:
    return config.cloze_model_name if card.note_type == "cloze" else config.basic_model_name


def fields(card: Card) -> list[str]:
    """The note's fields, in the order of both note types and of the CSV."""
    context = html.escape(" › ".join(card.shown_context), quote=False)
    return [card.prompt, card.answer, context, html.escape(str(card.source), quote=False)]


@cache
def _css() -> str:
    return read_template("anki/card.css")


@dataclass(frozen=True)
class NoteTypeSpec:
    """A note type as plain values: what the `.apkg` writes and what a
    release records, without loading genanki."""

    kind: NoteType
    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str, str], ...]  # (card type name, front, back)
    css: str


def _spec(kind: NoteType, model_id: int, name: str, field_names: tuple[str, ...], card: str) -> NoteTypeSpec:
    template = (card, read_template(f"anki/{kind}-front.html"), read_template(f"anki/{kind}-back.html"))
    return NoteTypeSpec(kind, model_id, name, field_names, (template,), _css())


def specs(config: PackConfig) -> tuple[NoteTypeSpec, ...]:
    """Both note types, basic first."""
    return (
        _spec("basic", config.basic_model_id, config.basic_model_name, BASIC_FIELDS, "Card 1"),
        _spec("cloze", config.cloze_model_id, config.cloze_model_name, CLOZE_FIELDS, "Cloze"),
    )


def model(spec: NoteTypeSpec, model_class: type[genanki.Model] | None = None) -> genanki.Model:
    import genanki  # slow to load: only when a deck is written

    return (model_class or genanki.Model)(
        spec.id,
        spec.name,
        fields=[{"name": name} for name in spec.fields],
        templates=[{"name": name, "qfmt": front, "afmt": back} for name, front, back in spec.templates],
        css=spec.css,
        model_type=genanki.Model.CLOZE if spec.kind == "cloze" else genanki.Model.FRONT_BACK,
    )
