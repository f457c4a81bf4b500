"""Names listed under a generic label under a thing ("Services:" under a
pillar: `EFS-IA, S3 Glacier, EBS Cold HDD volumes`) are what the notes file
under it, no clue to it: the same tools serve other pillars, principles and
services (`S3 Glacier` under Cost Optimization too), so a card asking the
thing's name from them teaches a link the exam does not make. They are said on
the back of the thing's own definition, under their label, and asked by none."""

from __future__ import annotations

from dataclasses import replace

from pipeline.cards.entries import Fact, Group
from pipeline.cards.prompts import asked
from pipeline.cards.sink import CardSink
from pipeline.model import SourceRef
from pipeline.model import inline as inl


def beside_definition(sink: CardSink, group: Group, facts: list[Fact]) -> bool:
    """Show the listed names on the back of the parent's definition card, made
    before them in the same topic. Whether a card took them."""
    if not group.context:
        return False
    parent = inl.plain_key(group.context[-1])
    for index in range(len(sink.cards) - 1, -1, -1):
        card = sink.cards[index]
        if card.topic != sink.topic_title:
            return False
        if card.kind != "overview" or card.note_type != "basic" or card.key[1:3] != ("facts", parent):
            continue
        label = f'<div class="sp-label">{sink.html(asked(group.label, group.context))}</div>'
        sources = tuple(SourceRef(sink.path, line) for line in (group.line, *(f.line for f in facts)))
        sink.cards[index] = replace(
            card,
            answer=f"{card.answer}{label}{sink.facts_html(facts)}",
            sources=tuple(dict.fromkeys(card.sources + sources)),
        )
        return True
    return False
