"""Lines holding a number with a unit or a limit (`90 days`, `up to 5`) become
cloze deletions of those numbers."""

from __future__ import annotations

import re

from pipeline.cards.chunking import cloze_safe, number_cloze_html
from pipeline.cards.entries import Entry
from pipeline.cards.numbers import is_number, mask_numbers
from pipeline.cards.sink import CardSink
from pipeline.cards.terms import term_card
from pipeline.model import inline as inl


def number_card(sink: CardSink, context: tuple[str, ...], entry: Entry) -> None:
    head = inl.to_plain(entry.head).strip()
    if entry.named and is_number(head) and re.search(rf"(?<!\d){re.escape(head)}(?!\d)", " ".join(context)):
        # `5: generation` under `m5.2xlarge`: the front shows the number, so ask what it means.
        term_card(sink, context, entry)
        return
    if entry.named:
        if is_number(head):
            text = "{{c1::" + cloze_safe(sink.html(entry.head)) + "}}: " + sink.html(entry.definition)
        else:
            text = "<b>" + sink.html(entry.head) + "</b>: " + number_cloze_html(entry.definition, sink.html)
    else:
        # "There are 6 pillars in the Framework:" opens its list: asked alone, without the colon
        text = number_cloze_html(entry.full, sink.html).rstrip().removesuffix(":").rstrip()
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
