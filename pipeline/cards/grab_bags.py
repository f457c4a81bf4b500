"""A heading over the author's heap of unlike lines.

"Random stuff to re-check before exam", "misc gotchas / stuff i got wrong",
"things I keep forgetting" collect lines that share nothing but the author's
wish to reread them. The first line is no definition of the heading, and the
heading is no subject to ask a line by: an overview card ("Random stuff to
re-check before exam" -> two unrelated facts) asks nothing a learner can
answer. Each line is asked alone instead, by its own key term or name, the
heading left in the breadcrumb; a line none asks is left to the cheat sheet
(under the bare heading it asked nothing either)."""

from __future__ import annotations

import re
from pipeline.cards.defined_terms import called_text, defined_text
from pipeline.cards.entries import Fact, Group
from pipeline.cards.forward_facts import forward_text
from pipeline.cards.opening_names import opening_name_cloze
from pipeline.cards.single_facts import keyed_text, single_fact_card, subject_text
from pipeline.cards.sink import CardSink

_GRAB_BAG = re.compile(
    r"\b(?:misc|miscellaneous|assorted|odds\s+and\s+ends|leftovers?)\b"
    r"|\brandom\s+(?:stuff|things|notes|bits|facts|scenarios|questions|gotchas|points|tips|items)\b"
    r"|\bstuff\s+(?:i|to|that|we)\b|\bquick[- ]?fire\b|\bkeep\s+(?:forgetting|mixing)\b|\b(?:got|get)\s+wrong\b"
    r"|\bre-?check\b|\blast[- ]minute\b"
    r"|\b(?:always|often|still|keep)\s+forget\b|\b(?:situational|exam|study)\s+tips\b|\bgotchas\b"
    # "Data stuff", "EC2 availability bits", "Things that tricked me": a heap named by what it is about
    r"|\w\s+(?:stuff|bits(?:\s+and\s+pieces)?)\s*(?:\([^()]*\))?$|\btricked\s+me\b",
    re.IGNORECASE,
)


def is_grab_bag(label: str) -> bool:
    """The author's heap of unlike lines ("Random stuff to re-check before exam")."""
    return _GRAB_BAG.search(label) is not None


def grab_bag_lines(sink: CardSink, group: Group, facts: list[Fact]) -> list[Fact]:
    """Asks each line by its key term, the name it opens with, a term it
    defines, or forward by a name it says; the lines no card could ask."""
    left = []
    heading = f"<b>{sink.html(group.label)}</b>: "
    for fact in facts:
        found = (
            keyed_text(sink, group, fact)
            or opening_name_cloze(sink, group, fact)
            or subject_text(sink, group, fact)
            or defined_text(sink, group, fact)
            or called_text(sink, group, fact)
            or forward_text(sink, group, fact)
            or forward_text(sink, group, fact, plain=True)
        )
        if found is not None:
            text, context = found
            if text.startswith(heading):
                # the heading names no subject: in the breadcrumb, not before the line
                text, context = text[len(heading) :], group.inner
            single_fact_card(sink, group, [fact], text, context)
        else:
            left.append(fact)
    return left
