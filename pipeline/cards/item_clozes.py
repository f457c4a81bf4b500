"""A short list written in one line, each note hiding its own items.

Under a label that closes no set ("db of objects: user accounts, computers,
printers, ..."), a blank over one item fits any member the notes left out:
the blank shows a hint (`list_hints`). A label that counts its list or names
a closed set ("Pod phases", "4 risk responses") needs none."""

from __future__ import annotations

from pipeline.cards.enumerations import balanced, deletion_limit, spelled_out_text
from pipeline.cards.item_remarks import without_remark
from pipeline.cards.list_hints import closes_no_set, hint_suffix
from pipeline.cards.paired_items import inside_a_word, numbered, paired_units
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe


def item_clozes(items: list[str], limit: int | None = None, label: Inline | None = None) -> list[str]:
    """A short list shown whole once per note, each note hiding its own part of
    the items (at most `limit`, else as `deletion_limit` says): the `<ul>` of each
    note; each blank hinted where the `label` over the list leaves it open."""
    hint = label is not None and closes_no_set(label)
    shown: list[str] = []
    keys = [inl.plain_key(item) for item in items]
    asked = [i for i in range(len(items)) if not inside_a_word(i, keys)]  # "GLUE" beside "SuperGLUE" stays shown
    units = paired_units(items, asked if len(asked) >= 2 else list(range(len(items))))
    for part in balanced(units, limit or deletion_limit(False, len(units))):
        numbers = numbered(part)
        listed = "".join(_item_cloze(numbers[i], text, hint) if i in numbers else f"<li>{inl.escape(text)}</li>" for i, text in enumerate(items))
        shown.append(f'<ul class="sp-enum">{listed}</ul>')
    return shown


def _item_cloze(number: int, text: str, hint: bool) -> str:
    """An item's blank, a long remark at its end left beside it; a remark that spells
    the item out (`EDR (endpoint detection and response)`) is the blank instead."""
    if (spelled := spelled_out_text(text)) is not None:
        start, end = spelled
        return f"<li>{inl.escape(text[:start])}{{{{c{number}::{cloze_safe(inl.escape(text[start:end]))}}}}}{inl.escape(text[end:])}</li>"
    hidden = without_remark(text)
    shown = hint_suffix(hidden) if hint else ""
    return f"<li>{{{{c{number}::{cloze_safe(inl.escape(hidden))}{shown}}}}}{inl.escape(text[len(hidden):])}</li>"
