"""A side fact asked by a thing's name ("writes only go to the main db" ->
[Read Replicas]) fits its neighbours as well: asked after the thing's
defining line, the clue singles the name out."""

from __future__ import annotations

import html
import re

from pipeline.cards.chunking import cloze_safe
from pipeline.cards.cue_words import content_words
from pipeline.cards.entries import Fact, Group
from pipeline.cards.partners import CLAIMS
from pipeline.cards.name_pointing import points_to_name
from pipeline.cards.own_words import shows_own_word
from pipeline.cards.single_facts import gives_itself_away, name_cloze
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl
from pipeline.model.naming import name_key

OWN_WORDS = 2  # words a definition says besides what every offering claims, to single its thing out
DEFINED_FACTS = 2  # side facts at most that a name cloze asks with the thing's definition


def with_definition(sink: CardSink, group: Group, defining: Fact, facts: list[Fact], cloze: str) -> tuple[str, tuple[str, ...]] | None:
    """A side fact asked by the thing's name ("writes only go to the main db"
    -> [Read Replicas]) fits its neighbours as well: the thing's defining line
    goes first, so the clue singles the name out and the side fact is learnt
    with it. None when the cloze is no cloze on the group's own name, or the
    definition would give the name away."""
    own = "{{c1::" + cloze_safe(sink.html(group.label)) + "}}: "
    if not cloze.startswith(own) or len(facts) > DEFINED_FACTS or any(f.line == defining.line for f in facts):
        return None
    if defining.line in sink.recognised_lines(name_key(inl.to_plain(group.label))) and points_to_name(sink, cloze):
        return None  # the thing's recognition card shows the definition as its clue: it would ask that card again
    said = [w for w in content_words(inl.to_plain(defining.inline)) if w.lower() not in CLAIMS]
    if len(said) < OWN_WORDS:
        return None  # "fully managed service", "global service": a definition any rival has singles nothing out
    found = name_cloze(sink, group, [defining, *facts])
    if not found[0].startswith(own) or found[0].count("{{c") > cloze.count("{{c"):
        return None  # the definition says the name again: one more blank
    if gives_itself_away(found[0], (), sink.common, sink.describes):
        return None
    label, shown = inl.to_plain(group.label), html.unescape(re.sub(r"<[^>]+>|\{\{c\d+::.*?\}\}", " ", cloze))
    if shows_own_word(label, inl.to_plain(defining.inline), sink.shared_words, sink.common) and not shows_own_word(label, shown, sink.shared_words, sink.common):
        return None  # "tests apps on real mobile devices" before a side fact of *Device Farm*: it would answer it
    return found
