"""A table column of yes / no over four rows or more (`| Tier | ... | Autoscale |`
with "no" down to Basic and "yes" from Standard on): recited whole, one back
holds the whole table. The exam asks which rows have it, or the lowest that
does: the column is asked that way, once, and a cell that says more than yes
or no ("custom domain yes, no TLS binding") is asked of its own row."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.cards.sink import CardSink
from pipeline.model import Inline
from pipeline.model import inline as inl

DUMP_ROWS = 4  # rows whose yes or no one back would recite: a dump
_YES = re.compile(r"^(?:yes|y|true|[✓✔✅])(?=\W|$)", re.IGNORECASE)
_NO = re.compile(r"^(?:no|n|false|[✗✘❌])(?=\W|$)", re.IGNORECASE)
_REMARK_LEAD = re.compile(r"^\s*[,;:–—-]?\s+")  # "yes, 1 per AZ", "no — manual only": what the cell says besides


@dataclass(frozen=True)
class Row:
    thing: Inline
    value: Inline
    line: int


def _said(row: Row) -> str:
    return inl.to_plain(row.value).strip()


def is_yes_no_column(rows: Sequence[Row]) -> bool:
    """Four rows or more, most of them a plain yes or no."""
    plain = [r for r in rows if _YES.match(_said(r)) or _NO.match(_said(r))]
    return len(rows) >= DUMP_ROWS and len(plain) * 2 > len(rows) and any(_YES.match(_said(r)) for r in rows)


def yes_no_cards(
    sink: CardSink, context: tuple[str, ...], table_line: int, attribute: str, rows: Sequence[Row], row_card: Callable[[Row], None]
) -> None:
    """The rows that have the attribute as one card (the first of a run that goes on to the
    last row, "the first with it"); a cell that says more than yes or no, on its own row's card."""
    things = ", ".join(inl.to_plain(r.thing).strip() for r in rows)
    have = [index for index, row in enumerate(rows) if _YES.match(_said(row))]
    lines = (table_line, *dict.fromkeys(r.line for r in rows))
    key = ("table", "compared", inl.plain_key(attribute))
    if have == list(range(have[0], len(rows))) and have[0] > 0:
        first = rows[have[0]]
        prompt = f'{inl.escape(attribute)} <span class="sp-column">— the first of {inl.escape(things)} that has it?</span>'
        answer = f"{sink.html(first.thing)}{_remark(sink, first)} (and every one after it)"
    else:
        prompt = f'{inl.escape(attribute)} <span class="sp-column">— which of {inl.escape(things)}?</span>'
        answer = ", ".join(f"{sink.html(rows[i].thing)}{_remark(sink, rows[i])}" for i in have)
    sink.add("table", "basic", prompt, answer, context, lines, key)
    for row in rows:
        said = _said(row)
        if not _YES.match(said) and (not _NO.match(said) or _REMARK_LEAD.sub("", _NO.sub("", said, count=1)).strip(" ()")):
            row_card(row)  # "custom domain yes, no TLS binding", "no (only after failover)": a fact of its own row


def _remark(sink: CardSink, row: Row) -> str:
    """What a "yes" cell says besides ("yes (-secondary endpoint)"), in brackets after its row."""
    rest = _REMARK_LEAD.sub("", _YES.sub("", inl.to_plain(row.value).strip(), count=1)).strip()
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1].strip()
    return f" ({inl.escape(rest)})" if rest else ""
