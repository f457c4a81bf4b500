"""What becomes of a group's lines that no clue test lets ask their thing's name
(`name_clues`), and of the short facts too plain to be asked alone.

A line is asked forward first, the name shown (`forward_facts`); else, as
the last resort of a line no other card says, by a clue that points at all
(`clues`); else it rides with the definition; else by a clue that says the
name again, or it joins a card that asks the name. Each line is said by some
card where the notes allow, and the cards that ask a name by a clue the
recognition cards would take are left as they are."""

from __future__ import annotations

import html
import re

from pipeline.cards.chunking import RIDING_WORDS, SHORT_FACT_WORDS, SMALL_FACTS, SMALL_WORDS, chunks, words
from pipeline.cards.entries import Fact, Group
from pipeline.cards.forward_facts import forward_text
from pipeline.cards.other_subjects import other_subject, subject_card
from pipeline.cards.deletions import HIDDEN
from pipeline.cards.name_pointing import clue_lines, points_to_name
from pipeline.cards.single_facts import gives_itself_away, name_cloze, named_text, names_subject
from pipeline.cards.side_details import asks_a_side_detail, gives_a_former_name, said_anyway, scale_only
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl


Singles = list[tuple[list[Fact], tuple[str, tuple[str, ...]]]]


def unasked_lines(
    sink: CardSink, group: Group, singles: Singles, together: list[Fact], unasked: list[Fact], overview: bool
) -> list[Fact]:
    """The lines no clue test let ask the name. Each is asked forward, the name shown
    (`forward_facts`); else by a clue that points at all (`clues`), as the last resort
    of a line no other card says; else it rides with the definition; else forward by
    a phrase of plain words; else by a clue that says the name again, or with a card
    that asks the name. The facts the definition is asked with (`singles` takes the cards)."""
    if overview:
        # "subnets allow ..." under VPC: another thing's line, asked of its own subject
        facts = [*together, *unasked, *(f for asked, _ in singles for f in asked)]
        apart = [(f, noun) for f in unasked if (noun := other_subject(group, f, facts)) is not None]
        for fact, noun in apart:
            subject_card(sink, group, fact, noun)
        unasked = [f for f in unasked if all(f is not g for g, _ in apart)]
    details: list[Fact] = []  # side details no card asks: said last, where room is left
    forward = [([f], found) for f in unasked if (found := _forward(sink, group, f, details)) is not None]
    singles += forward
    left = [f for f in unasked if all(f is not g[0][0] for g in forward) and all(f is not d for d in details)]
    left = _named_last(sink, group, singles, left, weak=False)
    together = ride(together, left, overview)
    left = [f for f in left if all(f is not g for g in together)]
    plain = [([f], found) for f in left if (found := _forward(sink, group, f, details, plain=True)) is not None]
    singles += plain
    left = [f for f in left if all(f is not g[0][0] for g in plain) and all(f is not d for d in details)]
    left = _named_last(sink, group, singles, left, weak=True)
    together = ride(together, left, overview)
    ride_with_names(sink, group, singles, [f for f in left if all(f is not g for g in together)], SMALL_FACTS)
    together = ride(together, details, overview, numbered=not scale_only(details))
    details = ride_with_names(sink, group, singles, [f for f in details if all(f is not g for g in together)], SMALL_FACTS)
    return said_anyway(together, details, overview, SMALL_FACTS)


def _forward(sink: CardSink, group: Group, fact: Fact, details: list[Fact], plain: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The line asked forward (`forward_facts`). A blank over a side detail ("[1000s]
    of VPC", "-> [hybrid service]") asks the thing's name instead, where the line
    points to it at all: the name is what the exam asks for, the detail a guess at
    the author's wording; so does a former name ("used to be named [CloudEndure] ..."),
    never blanked. Where the line does not point there, no card asks it (it joins `details`).
    (Under a question, "What is Cloud Computing?", the name is no answer: the blank stays.)"""
    former = gives_a_former_name(fact)
    found = None if former else forward_text(sink, group, fact, plain)
    if not former and (found is None or not asks_a_side_detail(found[0]) or not names_subject(inl.to_plain(group.label))):
        return found
    named = named_text(sink, group, [fact], True, weak_too=False)
    if named is None:
        details.append(fact)
    return named


def _named_last(sink: CardSink, group: Group, singles: Singles, facts: list[Fact], weak: bool) -> list[Fact]:
    """The facts asked by their name as a last resort, in parts as long as the rest's
    (a part whose clue points nowhere may still have lines that do, one by one); those left."""
    parts = [*chunks([f for f in facts if words(f.inline) < SHORT_FACT_WORDS], lambda f: words(f.inline), SMALL_WORDS, SMALL_FACTS)]
    parts += [[f] for f in facts if words(f.inline) >= SHORT_FACT_WORDS]
    left: list[Fact] = []
    for part in parts:
        found_parts = [(part, found)] if (found := named_text(sink, group, part, True, weak, hide_own=weak)) is not None else []
        if not found_parts and len(part) > 1:
            found_parts = [([f], found) for f in part if (found := named_text(sink, group, [f], True, weak, hide_own=weak)) is not None]
        singles += found_parts
        left += [f for f in part if all(f is not g for asked, _ in found_parts for g in asked)]
    return left


def ride(together: list[Fact], unasked: list[Fact], overview: bool, numbered: bool | None = None) -> list[Fact]:
    """The facts a short definition is asked with: the rest rides along, when it is
    short (a setting's number is no part of one: `numbered`, found here unless told)."""
    if numbered is None:
        numbered = any(re.search(r"(?<![A-Za-z])\d", inl.to_plain(f.inline)) for f in unasked)  # not "EC2"
    if not unasked or numbered or len(together) + len(unasked) > SMALL_FACTS:
        return together
    if sum(words(f.inline) for f in [*together, *unasked]) <= RIDING_WORDS:
        return [*together, *unasked]
    together = list(together)
    if overview and len(together) == 1:
        # Too long to ride whole, the rest rides as far as it fits, in the
        # notes' order: a line left out then is one no card could ask.
        for fact in unasked:
            if sum(words(f.inline) for f in [*together, fact]) <= RIDING_WORDS:
                together.append(fact)
    return together


def ride_with_names(
    sink: CardSink, group: Group, singles: Singles, unasked: list[Fact], most: int = SMALL_FACTS - 1
) -> list[Fact]:
    """A fact too plain to ask alone ("fast and quickly scalable") joins a card
    that asks the topic's name by a clue of its own, as one more line of what
    the name stands for; the card keeps its id. The facts no card takes."""
    left: list[Fact] = []
    for fact in unasked:
        for index, (asked_facts, (text, _)) in enumerate(singles):
            together = [*asked_facts, fact]
            if not text.startswith("{{c1::") or " (" in text.split("}}", 1)[1][:2] or len(together) > most:
                continue  # not a cloze on the name alone (a hint beside it, a key term)
            if sum(words(f.inline) for f in together) > RIDING_WORDS:
                continue
            found = name_cloze(sink, group, together)
            if gives_itself_away(found[0], (), sink.common, sink.describes) or found[0].count("{{c") > 1:
                continue  # "in-memory db optimized" under Memory Optimized: the line says the name
            # the card's own lines passed the recognition rules: the rider need only keep the clue pointing
            # and the rider gives the name nowhere away ("spread load" beside a Load Balancer's clue)
            hidden = HIDDEN.search(found[0])
            fair = hidden is not None and sink.fair_clue(html.unescape(re.sub(r"<[^>]+>", "", hidden.group(1))), clue_lines(found[0]))
            if found[0].startswith(text.split("}}", 1)[0]) and fair and points_to_name(sink, found[0], last_resort=True):
                singles[index] = (together, found)
                break
        else:
            left.append(fact)
    return left
