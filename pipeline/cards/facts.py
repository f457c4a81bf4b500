"""A group's remaining facts. A few short ones are asked together by the
group's label. A longer group becomes its defining line (with up to three
facts that have no key term), asked by the label, plus one card per further
fact (`single_facts`). Nothing is split by word count: every front says what
it asks."""

from __future__ import annotations

from pipeline.cards.chunking import pieces, words
from pipeline.cards.entries import Fact, Group
from pipeline.cards.prompts import asked
from pipeline.cards.single_facts import keyed_text, named_text, single_fact_card
from pipeline.cards.sink import CardSink

SMALL_FACTS = 4  # facts one card may ask together (fewer than the five of a dump)
SMALL_WORDS = 70
PIECE_WORDS = 40  # a longer line is split at its sentences


def fact_cards(sink: CardSink, group: Group, facts: list[Fact], first_kind: str) -> None:
    split = [Fact(piece, fact.line) for fact in facts for piece in pieces(fact.inline, PIECE_WORDS)]
    small = len(split) <= SMALL_FACTS and sum(words(f.inline) for f in split) <= SMALL_WORDS
    together = split if small else split[:1]
    singles: list[tuple[Fact, tuple[str, tuple[str, ...]]]] = []
    if not small:
        keyed = {id(f): keyed_text(sink, group, f) for f in split[1:]}
        # The shortest facts without a key term ride with the definition: as a
        # cloze on the topic's name they would say too little to answer.
        budget = SMALL_WORDS - words(split[0].inline)
        riding: set[int] = set()
        for fact in sorted((f for f in split[1:] if keyed[id(f)] is None), key=lambda f: words(f.inline)):
            if len(riding) + 1 < SMALL_FACTS and words(fact.inline) <= budget:
                riding.add(id(fact))
                budget -= words(fact.inline)
        together += [f for f in split[1:] if id(f) in riding]
        singles = [(f, keyed[id(f)] or named_text(sink, group, f)) for f in split[1:] if id(f) not in riding]
    sink.add(
        first_kind,
        "basic",
        prompt=sink.html(asked(group.label, group.context)),
        answer=sink.facts_html(together),
        context=group.context,
        lines=(group.line, *(f.line for f in together)),
        key=("facts", group.key, "1"),
    )
    for fact, (text, context) in singles:
        single_fact_card(sink, group, fact, text, context)
