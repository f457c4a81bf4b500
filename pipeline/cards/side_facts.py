"""A side fact asked by a thing's name ("writes only go to the main db" ->
[Read Replicas]) fits its neighbours as well: asked after the thing's
defining line, the clue singles the name out. A line the thing's recognition
card already shows as a clue is asked by that card alone."""

from __future__ import annotations

import html
import re

from pipeline.cards.chunking import SMALL_FACTS, SMALL_WORDS, chunks, words
from pipeline.cards.cue_words import content_words
from pipeline.cards.deletions import HIDDEN, words_shown
from pipeline.cards.entries import Fact, Group
from pipeline.cards.partners import CLAIMS
from pipeline.cards.name_pointing import points_to_name
from pipeline.cards.own_words import shows_own_word
from pipeline.cards.single_facts import gives_itself_away, name_cloze, named_text
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl
from pipeline.model.naming import name_key
from pipeline.model.cardtext import cloze_safe

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
    recognised = sink.recognised_lines(name_key(inl.to_plain(group.label)))
    if defining.line in recognised and (any(f.line in recognised for f in facts) or len(facts) >= DEFINED_FACTS) and points_to_name(sink, cloze):
        # the thing's recognition card shows the definition and a side fact: it would ask that card again;
        # beside two side facts of its own that point to the name, the definition shown again is the
        # same name asked from the same line twice (one side fact alone may fit a rival: it keeps it)
        return None
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


Found = tuple[str, tuple[str, ...]]


def with_definitions(sink: CardSink, group: Group, defining: Fact, singles: list[tuple[list[Fact], Found]]) -> list[tuple[list[Fact], Found]]:
    """Each single fact card's facts and cloze, asked with the thing's definition
    where it may be (`with_definition`)."""
    return [(facts, with_definition(sink, group, defining, facts, found[0]) or found) for facts, found in singles]


def side_fact_parts(sink: CardSink, group: Group, facts: list[Fact], whole: frozenset[int]) -> list[tuple[list[Fact], Found | None]]:
    """Short side facts in parts of a few, each with its cloze on the thing's name
    (None: it points to no name alone). A line the thing's recognition card shows
    as a clue ("[X-Ray]: meeting the SLA? / find errors / where it's throttled")
    is left out: shown on both, the same line asks the same name the same way
    twice, and the recognition card still says it. Where the lines left point to
    no name alone they go on unasked, for the other cards to say (`last_resort`),
    and where none is left the card stays. `whole`: the lines asked whole (a sentence cut from a paragraph
    is not the line a recognition card shows)."""
    def parts(kept: list[Fact]) -> list[tuple[list[Fact], Found | None]]:
        return [(part, named_text(sink, group, part)) for part in chunks(kept, lambda f: words(f.inline), SMALL_WORDS, SMALL_FACTS)]

    rest = [f for f in facts if not _shown_alike(sink, group, facts[:1], f, whole)]
    apart = parts(rest) if rest and len(rest) < len(facts) else []
    if apart and all(found is not None for _, found in apart):
        return apart  # every line left in a part that points
    return [(part, None) if found is None else _unrecognised(sink, group, part, found, whole) for part, found in parts(facts)]


def _shown_alike(sink: CardSink, group: Group, asked: list[Fact], fact: Fact, whole: frozenset[int]) -> bool:
    """Whether a recognition card of the name `asked` is asked by shows the line as it
    is: whole, and with no word of the name, which it would blank ("___ will restore")."""
    hidden = HIDDEN.match(name_cloze(sink, group, asked)[0]) if asked and not sink.tiered else None
    if hidden is None or fact.line not in whole:
        return False  # (a tier's line asks the lowest tier that has it, not what the thing is)
    name = words_shown(hidden.group(1))
    own = shows_own_word(name, inl.to_plain(fact.inline), sink.shared_words, sink.common)
    return fact.line in sink.recognised_lines(name_key(name)) and not own


def _unrecognised(sink: CardSink, group: Group, part: list[Fact], found: Found, whole: frozenset[int]) -> tuple[list[Fact], Found | None]:
    """One part without the lines the recognition card shows, where the lines left still point."""
    rest = [f for f in part if not _shown_alike(sink, group, part, f, whole)]
    if not rest or len(rest) == len(part):
        return part, found  # nothing shown twice, or nothing left to ask
    # where the lines left point nowhere alone they go on as facts no cloze asks yet
    # (`last_resort`): beside the shown ones the card would be a near copy of the recognition card
    return rest, named_text(sink, group, rest)
