"""Tables whose rows are questions: a row the author asks (`| Question | Answer |`),
or a need and what meets it (`| Need | Service |`), asked from the need."""

from __future__ import annotations

from pipeline.cards.sink import CardSink
from pipeline.cards.table_rows import EMPTY_CELLS, asked_kind
from pipeline.cards.table_rows import plain as _plain
from pipeline.model import Inline, Node
from pipeline.model import inline as inl


def empty(cell: Inline) -> bool:
    return _plain(cell).lower() in EMPTY_CELLS


def need_rows(sink: CardSink, context: tuple[str, ...], node: Node, need: int, answer: int) -> None:
    """`| Need | Service |` or `| Algorithm | Use |`: each row asks from the need
    to what meets it, the way the exam asks, whichever column comes first."""
    assert node.table is not None
    kind = asked_kind(node.table.header[answer])
    for row, line in zip(node.table.rows, node.table.lines):
        if len(row) != 2 or empty(row[need]) or empty(row[answer]):
            continue
        # a need-first row keeps the key the term rows gave it: the same question
        key = ("table", inl.plain_key(_plain(row[0]))) if need == 0 else ("table", inl.plain_key(_plain(row[need])), "need")
        need_text = sink.html(row[need]).removesuffix(".")  # a question follows it
        prompt = f'{need_text} <span class="sp-column">— which {inl.escape(kind)}?</span>'
        sink.add("table", "basic", prompt, sink.html(row[answer]), context, (node.line, line), key)


def quiz_rows(sink: CardSink, context: tuple[str, ...], node: Node, question: int, answer: int) -> None:
    """`| # | Question | Answer |`: each row is a question the author wrote, with its answer."""
    assert node.table is not None
    for row, line in zip(node.table.rows, node.table.lines):
        if max(question, answer) < len(row) and not empty(row[question]) and not empty(row[answer]):
            key = ("quiz", inl.plain_key(_plain(row[question])))
            sink.add("quiz", "basic", sink.html(row[question]), sink.html(row[answer]), context, (node.line, line), key)
