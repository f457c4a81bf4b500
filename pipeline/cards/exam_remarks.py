"""The author's words on the exam opening a heading's lines ("Almost half the exam.",
"This section mixes cost, reliability and support"): no definition of the heading,
nor any fact to learn. Only those sentences go; the line's other sentences are its facts
("This domain sounds fluffy but it is 17%. **Reporting** includes ...")."""

from __future__ import annotations

from dataclasses import replace

from pipeline.cards.apart_sentences import SENTENCE_END, joined
from pipeline.cards.chunking import split_spans
from pipeline.cards.entries import Fact
from pipeline.model import inline as inl
from pipeline.model.exam_remarks import speaks_of_the_exam


def past_exam_remarks(fact: Fact) -> Fact | None:
    """The line less the sentences it opens with on the exam or the notes' own parts:
    the line itself when it opens on none, None when nothing else is left."""
    sentences = split_spans(fact.inline, SENTENCE_END)
    cut = 0
    while cut < len(sentences) and speaks_of_the_exam(inl.to_plain(sentences[cut])):
        cut += 1
    if not cut:
        return fact
    return replace(fact, inline=joined(sentences[cut:])) if cut < len(sentences) else None
