"""The front of a card that lists an item's own lines: what it asks of the item."""

from __future__ import annotations

import re

from pipeline.cards.counted import one_kind
from pipeline.cards.entries import Fact, Group
from pipeline.cards.prompts import asked, definition_question, is_open_list
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Span
from pipeline.model import inline as inl


def item_front(sink: CardSink, group: Group, kind: str, together: list[Fact]) -> Inline:
    """What a card of an item's own lines asks: an item named by its label alone, as
    what it is ("What is Pilot Light?", `definition_question`), when its first line
    can say that; a topic keeps its title, a tier (a support plan) its name: its
    lines say what it adds."""
    label = asked(group.label, group.context, clauses=True)
    joined = label is not group.label and len(label) > 1 and label[0].kind == "strong" and label[1].text == " — "
    if kind == "detail" and joined and len(together) > 1 and not group.is_topic:
        if is_open_list(inl.to_plain(group.label)) or not one_kind([inl.to_plain(f.inline) for f in together], phrases=True):
            return label  # a few examples of many, or sentences and settings: no members of one kind to count
        return (*label, Span("text", f": which {len(together)}?"))  # "DMS — supports: which 2?"
    if kind != "detail" or group.is_topic or label is not group.label:
        return label
    plain = inl.to_plain(label).strip()
    # the notes' own title ("CKAD prep — running notes") owns every line: it tells none apart
    owner = next((c for c in reversed(group.context) if c[:1].isupper() and c != sink.root), None)
    if plain[:1].islower() and owner:
        # "health monitoring" under Elastic Beanstalk: a phrase that says what of its owner it lists
        return (Span("strong", children=(Span("text", owner),)), Span("text", " — "), *label)
    if not says_what(together[0]):
        return label
    return definition_question(label, sink.describes(plain)) or label


# "default: all pods...", "-> All can run...", "can be used to protect...": a setting,
# a consequence or a use, no answer to "What is X?"
_NO_DEFINITION = re.compile(r"^\s*(?:->|→|=>|(?:can|could|may|might)\b)", re.IGNORECASE)


def says_what(fact: Fact) -> bool:
    """Whether a line can answer what its thing is."""
    split = inl.split_term(fact.inline)
    return not (split and split[1]) and _NO_DEFINITION.match(inl.to_plain(fact.inline)) is None
