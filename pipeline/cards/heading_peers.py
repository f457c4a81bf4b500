"""The headings a topic's recognition card offers beside its own name.

Exam questions offer their options: "Which one is this: Local Secondary Index
or Global Secondary Index?" asks as the exam does, where "What is this?" leaves
the learner to guess the whole field. A topic asked by name is offered with
the topics of the same heading that are asked by name too, when they are a few
(`asking.CHOICES`) and each is a name: a heading of the author's ("Challenges in
Serverless", "Overview of Count Parameter", "Recommendations") beside them
would be an option no one weighs, and tells the set is no family of things."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.asking import CHOICES, Asked
from pipeline.cards.option_peers import same_kind
from pipeline.cards.part_titles import titles_a_part
from pipeline.cards.prompts import is_generic
from pipeline.cards.things import Thing
from pipeline.cards.topic_headings import is_topic_heading
from pipeline.model.inline import ASIDE

# "in", "of", "for": a phrase of the author's around a name ("Encryption in AWS Services")
_FUNCTION_WORD = re.compile(r"\s(?:of|in|for|with|from|to|on|about|the|a|an|vs\.?)\s", re.IGNORECASE)


def heading_peers(plan: Sequence[Asked]) -> dict[tuple[str, ...], list[str]]:
    """For each heading, the names of the topics under it asked by name, when they make a choice."""
    headed: dict[tuple[str, ...], list[Thing]] = {}
    for asked in plan:
        thing = asked.thing
        if not thing.item and thing not in headed.get(thing.context, []):
            headed.setdefault(thing.context, []).append(thing)
    peers: dict[tuple[str, ...], list[str]] = {}
    for context, things in headed.items():
        names = [t.name for t in same_kind(things)]
        if 2 <= len(names) <= CHOICES and len(names) == len(things) and all(_a_name(n) for n in names):
            peers[context] = names
    return peers


def _a_name(name: str) -> bool:
    plain = " ".join(ASIDE.sub(" ", name).split()) or name
    return not (is_generic(plain) or titles_a_part(plain) or is_topic_heading(plain) or _FUNCTION_WORD.search(f" {plain} "))
