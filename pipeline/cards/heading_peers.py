"""The headings a topic's recognition card offers beside its own name.

Exam questions offer their options: "Which one is this: Local Secondary Index
or Global Secondary Index?" asks as the exam does, where "What is this?" leaves
the learner to guess the whole field. A topic asked by name is offered with
the topics of the same heading that are asked by name too (of more than
`asking.CHOICES`, its neighbours among them); a heading of the author's among
them ("Challenges in Serverless", "Overview of Count Parameter") is no option
anyone weighs, nor a name the options hold already ("SQS" beside "Simple Queue
Service (SQS)"): both are left out."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.cards.asking import Asked
from pipeline.cards.option_peers import same_kind
from pipeline.cards.part_titles import titles_a_part
from pipeline.cards.prompts import is_generic
from pipeline.cards.things import Thing
from pipeline.cards.topic_headings import is_topic_heading
from pipeline.model.inline import ASIDE

# "in", "of", "for": a phrase of the author's around a name ("Encryption in AWS Services")
_FUNCTION_WORD = re.compile(r"\s(?:of|in|for|with|from|to|on|about|the|a|an|vs\.?)\s", re.IGNORECASE)


def heading_peers(plan: Sequence[Asked]) -> Callable[[Thing], list[str]]:
    """The names a topic asked by name is offered among: the names of the topics of its
    heading asked by name too, when they make a choice and it is one of them; else none.
    A section's own topic (`## AWS Budgets` over its lines) is offered among the other
    sections' where its heading holds no choice."""
    headed: dict[tuple[str, ...], list[Thing]] = {}
    for asked in plan:
        thing = asked.thing
        for place in _places(thing):
            if thing not in headed.get(place, []):
                headed.setdefault(place, []).append(thing)
    peers: dict[tuple[str, ...], list[str]] = {}
    for place, things in headed.items():
        kept: list[Thing] = []
        for thing in same_kind(things):
            # "Recommendations" beside them is no option; "SQS" beside "Simple Queue Service (SQS)" is it again
            if _a_name(thing.name) and not any(thing.described.names.same_thing(k.described.names) for k in kept):
                kept.append(thing)
        names = [t.name for t in kept]
        if len(names) >= 2:  # of more than `CHOICES`, the card offers the asked one's neighbours
            peers[place] = names
    return lambda thing: next((peers[p] for p in _places(thing) if thing.name in peers.get(p, [])), [])


def _places(thing: Thing) -> tuple[tuple[str, ...], ...]:
    """Where a topic's peers are: under its heading, and for a section's own topic, among the sections."""
    if thing.item:
        return ()
    own = len(thing.context) == 1 and thing.topic == thing.section
    return (thing.context, ()) if own else (thing.context,)


def _a_name(name: str) -> bool:
    plain = " ".join(ASIDE.sub(" ", name).split()) or name
    return not (is_generic(plain) or titles_a_part(plain) or is_topic_heading(plain) or _FUNCTION_WORD.search(f" {plain} "))
