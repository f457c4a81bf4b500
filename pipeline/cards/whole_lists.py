"""A list of members shown whole or not at all: a card of three of a list's
seven members under the list's label ("Factors that influence supplier
strategy") reads as the whole set, and teaches a wrong one."""

from __future__ import annotations

from pipeline.cards.counted import a_member, one_kind, open_ended
from pipeline.cards.entries import Fact, Group
from pipeline.model import inline as inl

MOST_MEMBERS = 8  # a longer list is recited by no card: its members are asked alone
MOST_WORDS = 60  # words of a whole list on one back, short members each: more is a dump


def whole_members(group: Group, split: list[Fact], together: list[Fact]) -> list[Fact]:
    """The lines a list card shows: every line of its list when they are members of
    one kind, or steps in order, and some, not all, were picked to ride together (the
    rest asked by cards of their own, which stay, or heading lists of their own:
    `SSE-KMS` among the encryption options); else the lines picked."""
    listed = {f.line for f in group.items}
    shown = {f.line for f in together}
    lead = [f for f in together if f.line == group.line]  # "Classification -> predict a category": what it is, first
    if group.is_topic or len(together) < 2 or len(group.items) > MOST_MEMBERS or listed <= shown or not shown <= listed | {group.line}:
        return together
    lines = [inl.to_plain(f.inline) for f in group.items]
    members = one_kind(lines, phrases=True) and all(a_member(line) for line in lines)
    # a numbered list (precedence, lowest to highest) is a sequence: its first three are no answer either
    if open_ended(inl.to_plain(group.label), lines) or not (members or group.steps):
        return together  # facts of a thing, not members of a set: a few of them claim no whole
    if sum(len(line.split()) for line in lines) > MOST_WORDS:
        return together
    return [*lead, *group.items]
