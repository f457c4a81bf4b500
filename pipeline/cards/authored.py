"""The author's own cards: `Q:`/`A:` pairs and `{{c1::...}}` clozes, kept as written."""

from __future__ import annotations

from pipeline.cards.chunking import explicit_cloze_html
from pipeline.cards.entries import Entry, Fact
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl


def explicit_cloze_card(sink: CardSink, context: tuple[str, ...], entry: Entry) -> None:
    extra = [Fact(c.inline, c.line) for c in entry.node.children]
    sink.add(
        "cloze",
        "cloze",
        prompt=explicit_cloze_html(sink.html(entry.full)),
        answer=sink.facts_html(extra) if extra else "",
        context=context,
        lines=(entry.node.line, *(f.line for f in extra)),
        key=("cloze", " ".join(inl.plain_key(inl.to_plain(entry.full)).split()[:12])),
    )


def qa_card(sink: CardSink, context: tuple[str, ...], question: Entry, answer: Entry) -> None:
    sink.add(
        "qa",
        "basic",
        prompt=sink.html(question.head),
        answer=sink.html(answer.head),
        context=context,
        lines=(question.node.line, answer.node.line),
        key=("qa", inl.plain_key(inl.to_plain(question.head))),
    )
    if answer.node.pin and not question.node.pin:
        sink.pin(len(sink.cards) - 1, answer.node.pin)
