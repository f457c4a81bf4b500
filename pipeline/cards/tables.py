"""Tables give a card per cell (row × column), or per row of a two-column table."""

from __future__ import annotations

from pipeline.cards.sink import CardSink
from pipeline.model import Node
from pipeline.model import inline as inl

EMPTY_CELLS = {"", "-", "–", "—", "n/a", "na", "none"}


def table_cards(sink: CardSink, context: tuple[str, ...], node: Node) -> None:
    table = node.table
    if table is None:
        return
    header = [inl.to_plain(h).strip() for h in table.header]
    for row, line in zip(table.rows, table.lines):
        if not row or inl.to_plain(row[0]).strip().lower() in EMPTY_CELLS:
            continue
        name = inl.plain_key(inl.to_plain(row[0]))
        if len(row) == 2:
            if inl.to_plain(row[1]).strip().lower() not in EMPTY_CELLS:
                sink.add("table", "basic", sink.html(row[0]), sink.html(row[1]), context, (node.line, line), ("table", name))
            continue
        for column, cell in enumerate(row[1:], 1):
            if inl.to_plain(cell).strip().lower() in EMPTY_CELLS or column >= len(header):
                continue
            prompt = f'{sink.html(row[0])} <span class="sp-column">— {inl.escape(header[column])}</span>'
            key = ("table", name, inl.plain_key(header[column]))
            sink.add("table", "basic", prompt, sink.html(cell), context, (node.line, line), key)
