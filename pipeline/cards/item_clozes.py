"""A short list written in one line, each note hiding its own items."""

from __future__ import annotations

from pipeline.cards.enumerations import balanced, deletion_limit, spelled_out_text
from pipeline.cards.item_remarks import without_remark
from pipeline.cards.paired_items import inside_a_word, numbered, paired_units
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe


def item_clozes(items: list[str], limit: int | None = None) -> list[str]:
    """A short list shown whole once per note, each note hiding its own part of
    the items (at most `limit`, else as `deletion_limit` says): the `<ul>` of each note."""
    shown: list[str] = []
    keys = [inl.plain_key(item) for item in items]
    asked = [i for i in range(len(items)) if not inside_a_word(i, keys)]  # "GLUE" beside "SuperGLUE" stays shown
    units = paired_units(items, asked if len(asked) >= 2 else list(range(len(items))))
    for part in balanced(units, limit or deletion_limit(False, len(units))):
        numbers = numbered(part)
        listed = "".join(_item_cloze(numbers[i], text) if i in numbers else f"<li>{inl.escape(text)}</li>" for i, text in enumerate(items))
        shown.append(f'<ul class="sp-enum">{listed}</ul>')
    return shown


def _item_cloze(number: int, text: str) -> str:
    """An item's blank, a long remark at its end left beside it; a remark that spells
    the item out (`EDR (endpoint detection and response)`) is the blank instead."""
    if (spelled := spelled_out_text(text)) is not None:
        start, end = spelled
        return f"<li>{inl.escape(text[:start])}{{{{c{number}::{cloze_safe(inl.escape(text[start:end]))}}}}}{inl.escape(text[end:])}</li>"
    hidden = without_remark(text)
    return f"<li>{{{{c{number}::{cloze_safe(inl.escape(hidden))}}}}}{inl.escape(text[len(hidden):])}</li>"
