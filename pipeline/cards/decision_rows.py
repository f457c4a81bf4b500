"""Decision tables: rows whose first cell repeats (`| Y | X / situation | Test |`
with "continuous" down three rows) are told apart only by their first cells
together. Asked by the first cell alone, the rows merge into one card of every
answer, and a condition is asked from another ("continuous — X / situation").
The row's key is instead the fewest leading columns that tell every row apart
(its conditions), and each later column is asked from all of them:
"Y: continuous; X / situation: 2 independent groups — Test?"."""

from __future__ import annotations

import re

from pipeline.cards.sink import CardSink
from pipeline.cards.table_rows import EMPTY_CELLS, REMARK_COLUMNS, numbers_rows, personal
from pipeline.cards.table_rows import plain as _plain
from pipeline.model import Inline, Node, Span, Table
from pipeline.model import inline as inl

NAME_WORDS = 3
# "EC2", "Lambda", "Cloud Storage": a cell that reads as a name (a capital or a coded word first)
# a first column that sorts the rows, no thing of its own: `Category`, `Type`, `Layer`
_SORTING_HEADERS = frozenset("category type kind class family group area domain layer".split())
_NAME_CELL = re.compile(r"^(?:[A-Z]|\w*[A-Z0-9])\S*(?:\s+\S+){0,%d}$" % (NAME_WORDS - 1))


def _filled(row: tuple[Inline, ...] | list[Inline], column: int) -> bool:
    return column < len(row) and _plain(row[column]).lower() not in EMPTY_CELLS


def _as_above(rows: list[tuple[Inline, ...]], column: int) -> list[tuple[Inline, ...]]:
    """Rows whose blank cell in `column` says "as above": the cell of the row above put in."""
    out: list[tuple[Inline, ...]] = []
    for row in rows:
        if out and column < len(row) and not _plain(row[column]) and _filled(out[-1], column):  # "none", "n/a" say a value
            row = (*row[:column], out[-1][column], *row[column + 1 :])
        out.append(row)
    return out


def key_after(table: Table, label: int) -> int:
    """`| Category | Service | Use | Billing |`: the first column sorts the rows (Compute down two
    rows) and the next one names each row's own thing, a name in every row, with columns after
    it to ask: that column is the row's key, asked from what the row says. Else the label itself."""
    key = label + 1
    if _plain(table.header[label]).lower().rstrip(":") not in _SORTING_HEADERS:
        return label
    asked = [c for c in range(key + 1, len(table.header)) if not numbers_rows(table, c) and not personal(_plain(table.header[c]))]
    if key >= len(table.header) or not asked or numbers_rows(table, key) or not all(_filled(row, key) for row in table.rows):
        return label
    names = [_plain(row[key]) for row in table.rows]
    if len({inl.plain_key(n) for n in names}) != len(names) or not all(_NAME_CELL.match(n) for n in names):
        return label
    return key


def decision_columns(table: Table, label: int) -> tuple[list[int], list[int], list[int]] | None:
    """(conditions, asked, remarks) of a table read by row whose row labels repeat:
    the fewest leading columns that tell the rows apart, the columns asked from
    them, the remark columns; None when no such key leaves a column to ask."""
    header = [_plain(h) for h in table.header]
    filled_rows = _as_above(list(table.rows), label)
    labels = [inl.plain_key(_plain(row[label])) for row in filled_rows if _filled(row, label)]
    if len(set(labels)) == len(labels):
        return None
    columns = [c for c in range(label, len(header)) if not numbers_rows(table, c) and not personal(header[c])]
    remarks = [c for c in columns if inl.plain_key(header[c]) in REMARK_COLUMNS]
    facts = [c for c in columns if c not in remarks]
    for width in range(2, len(facts)):
        conditions, asked = facts[:width], facts[width:]
        rows = [row for row in filled_rows if any(_filled(row, c) for c in asked)]
        keys = {tuple(inl.plain_key(_plain(row[c])) if _filled(row, c) else "" for c in conditions) for row in rows}
        if len(keys) == len(rows):
            return conditions, asked, remarks
    return None  # a label and one column (a term table), or rows no conditions tell apart


def decision_cards(sink: CardSink, context: tuple[str, ...], node: Node, conditions: list[int], asked: list[int], remarks: list[int]) -> None:
    """A card per asked cell: its column, asked from every condition its row names;
    the row's remarks ride on its first answer."""
    assert node.table is not None
    header = [_plain(h) for h in node.table.header]
    for row, line in zip(_as_above(list(node.table.rows), conditions[0]), node.table.lines):
        if not _filled(row, conditions[0]):
            continue  # a blank first cell with no row above: no row is asked from a guess
        given = [c for c in conditions if _filled(row, c)]
        parts = [f"{inl.escape(header[c])}: {sink.html(row[c])}" if header[c] else sink.html(row[c]) for c in given]
        remark: Inline = tuple(span for c in remarks if _filled(row, c) for span in (Span("text", " — "), *row[c]))
        for column in (c for c in asked if _filled(row, c)):
            value, remark = (*row[column], *remark), ()
            prompt = f'{"; ".join(parts)} <span class="sp-column">— {inl.escape(header[column].rstrip("?"))}?</span>'
            key = ("table", "decision", *(inl.plain_key(_plain(row[c])) for c in given), inl.plain_key(header[column]))
            sink.add("table", "basic", prompt, sink.html(value), context, (node.line, line), key)
