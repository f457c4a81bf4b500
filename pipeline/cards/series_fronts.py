"""A member of a counted series asked by its bare name.

`There are 6 pillars in the Well-Architected Framework:` over `**3. Reliability**`,
`**5. Cost Optimization**`: the card "Reliability" => its definition reads as a
plain word ("reliability" of what?). The series' own lead says what kind of
thing each member is, so the front says it ("Reliability — pillar in the
Well-Architected Framework"), as the recognition cards of the series do."""

from __future__ import annotations

import html
from dataclasses import replace

from pipeline.cards.count_nouns import singular
from pipeline.cards.prompts import counted_statement
from pipeline.cards.series import NUMBERED
from pipeline.cards.things import things_of
from pipeline.model import Card, Document
from pipeline.model.cardtext import markup_text

ASKED_KINDS = frozenset({"term", "overview"})


def _member_kind(lead: str) -> str | None:
    """"There are 6 pillars in the Well-Architected Framework" -> "pillar in the Well-Architected Framework"."""
    counted = counted_statement(lead)
    if counted is None:
        return None
    first, _, rest = counted[1].partition(" ")
    return f"{singular(first)} {rest}".strip()


def series_member_fronts(cards: list[Card], document: Document) -> list[Card]:
    """Each bare member name of a counted series says the kind the series counts."""
    kinds = {t.topic: kind for t in things_of(document) if t.lead and (kind := _member_kind(t.lead)) is not None}
    if not kinds:
        return cards
    out = []
    for card in cards:
        kind = kinds.get(card.topic)
        bare = NUMBERED.sub("", card.topic).strip()
        if kind is not None and card.note_type == "basic" and card.kind in ASKED_KINDS and markup_text(card.prompt) == bare:
            card = replace(card, prompt=f'{card.prompt} <span class="sp-column">— {html.escape(kind)}</span>')
        out.append(card)
    return out
