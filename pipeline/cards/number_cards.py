"""Lines holding a number with a unit or a limit (`90 days`, `up to 5`) become
cloze deletions of those numbers."""

from __future__ import annotations

from pipeline.cards.chunking import cloze_safe, number_cloze_html
from pipeline.cards.entries import Entry
from pipeline.cards.numbers import is_number, mask_numbers
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl


def number_card(sink: CardSink, context: tuple[str, ...], entry: Entry) -> None:
    if entry.named:
        if is_number(inl.to_plain(entry.head)):
            text = "{{c1::" + cloze_safe(sink.html(entry.head)) + "}}: " + sink.html(entry.definition)
        else:
            text = "<b>" + sink.html(entry.head) + "</b>: " + number_cloze_html(entry.definition, sink.html)
    else:
        text = number_cloze_html(entry.full, sink.html)
    key_text = mask_numbers(inl.plain_key(inl.to_plain(entry.full)))
    sink.add(
        "number",
        "cloze",
        prompt=text,
        answer="",
        context=context,
        lines=(entry.node.line,),
        key=("number", " ".join(key_text.split()[:10])),
    )
