"""A group's remaining facts, asked together in parts of a readable size: the
topic's overview, then its details."""

from __future__ import annotations

from pipeline.cards.chunking import chunks, pieces, words
from pipeline.cards.entries import Fact, Group
from pipeline.cards.sink import CardSink

FACT_CHUNK_WORDS = 70  # words of facts on one card
FACT_CHUNK_ITEMS = 8
PIECE_WORDS = 60  # a longer line is split at its sentences


def fact_cards(sink: CardSink, group: Group, facts: list[Fact], first_kind: str) -> None:
    split = [Fact(piece, fact.line) for fact in facts for piece in pieces(fact.inline, PIECE_WORDS)]
    parts = chunks(split, lambda f: words(f.inline), FACT_CHUNK_WORDS, FACT_CHUNK_ITEMS)
    for index, part in enumerate(parts):
        lines = ((group.line,) if index == 0 else ()) + tuple(f.line for f in part)
        sink.add(
            first_kind if index == 0 else "detail",
            "basic",
            prompt=sink.html(group.label) + part_label(index, len(parts)),
            answer=sink.facts_html(part),
            context=group.context,
            lines=lines,
            key=("facts", group.key, str(index + 1)),
        )


def part_label(index: int, count: int) -> str:
    return f" ({index + 1}/{count})" if count > 1 else ""
