"""`Term: definition`, `Term = definition` and `**Term** - definition` lines ask the term."""

from __future__ import annotations

from pipeline.cards.entries import Entry
from pipeline.cards.prompts import asked
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl


def term_card(sink: CardSink, context: tuple[str, ...], entry: Entry) -> None:
    sink.add(
        "term",
        "basic",
        prompt=sink.html(asked(entry.head, context)),
        answer=sink.html(entry.definition),
        context=context,
        lines=(entry.node.line,),
        key=("term", inl.plain_key(inl.to_plain(entry.head))),
    )
