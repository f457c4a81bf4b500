"""A group that names several things each in a bracket of its own ("(S3
Standard-IA)", "(S3 One-Zone IA)") is a blend of things: each line is asked
as the thing its bracket names, never the group as one answer."""

from __future__ import annotations

import re

from pipeline.cards.deletions import gives_itself_away
from pipeline.cards.entries import Fact, Group
from pipeline.cards.key_terms import cloze_text
from pipeline.cards.prompts import asked
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl


# "(standard infrequent access: S3 Standard-IA)", "(S3 One-Zone IA)": a bracket that names a thing
_NAMING_BRACKET = re.compile(r"\((?:[a-z][\w\s-]*:\s*)?((?:[A-Z0-9][\w.-]*)(?:\s+[A-Z0-9][\w.-]*){0,3})\)")


def bracket_names(facts: list[Fact]) -> set[str]:
    """The things a group's lines name each in a bracket of their own: two or
    more ("(S3 Standard-IA)", "(S3 One-Zone IA)") make the group a blend of
    things, asked one line at a time, never as one answer."""
    found = set()
    for fact in facts:
        hits = [m.group(1) for m in _NAMING_BRACKET.finditer(inl.to_plain(fact.inline))]
        found |= {h for h in hits if len(hits) == 1 and not re.fullmatch(r"[A-Z]{2,5}", h)}
    return found


def bracket_named(sink: CardSink, group: Group, fact: Fact) -> tuple[str, tuple[str, ...]] | None:
    """In a blend of things, a line with no key term of its own that names,
    in a bracket of its own, the thing it is about ("data lost when the AZ is
    destroyed (S3 One-Zone IA)") asks that thing: the bracket is hidden
    whole, as its words would spell the name."""
    spans = fact.inline
    hits = [(i, m) for i, span in enumerate(spans) if span.kind == "text" for m in _NAMING_BRACKET.finditer(span.text)]
    if len(hits) != 1 or re.fullmatch(r"[A-Z]{2,5}", hits[0][1].group(1)):
        return None  # none, several, or a bare abbreviation of the words before it ("(HPC)")
    index, match = hits[0]
    target = spans[index].text
    text = cloze_text(spans, sink.html, hide=lambda t: [(match.start() + 1, match.end() - 1)] if t == target else [])
    label_html = sink.html(asked(group.label, group.context))
    found = f"<b>{label_html}</b>: " + text, group.context
    return None if gives_itself_away(found[0], found[1], sink.common, sink.describes) else found
