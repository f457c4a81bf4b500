"""How a group's lines open, as the card maker reads them: a line that names
its own topic again, bold sub-headings, a question over a list, a number or
an `=` term first."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.defining import spells_its_name
from pipeline.cards.entries import Entry, Group
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.naming import same_word

_EQUALS_TERM = re.compile(r"[^=:]+=(?!=)")  # "bootstrapping = ...", not "==" nor a label's colon first


def own_name_as_fact(entry: Entry, group_key: str) -> Entry:
    """`Kinesis: real-time streaming` under Kinesis asks the topic again:
    the line is a fact of its topic, not a term of its own."""
    if entry.named and not entry.node.children and inl.plain_key(inl.to_plain(entry.head)) == group_key:
        return replace(entry, named=False, head=entry.full, definition=())
    return entry


def opens_bold(entry: Entry) -> bool:
    """`**Rehost** – lift and shift`: a line that opens on a bold name."""
    return bool(entry.node.inline) and entry.node.inline[0].kind == "strong"


def own_headings(listed: list[Entry]) -> bool:
    """A section's bold labels that lead lists of their own are its sub-headings:
    reciting them asks how the author arranged the notes, not a set to know."""
    bold = all(opens_bold(e) for e in listed)
    return bold and sum(bool(e.node.children) for e in listed) * 2 >= len(listed)


def sub_headings_of(listed: list[Entry]) -> bool:
    """Items most of which are bare labels over lists of their own ("Cryptography":
    "Hashing", "Tools", "Obfuscation", each over its lines): the author's outline,
    asked by the lists' own cards, no set to recite."""
    bare = [e for e in listed if e.node.children and not e.definition]
    # lists of lists: an outline's levels ("Symmetric vs asymmetric" over "Symmetric" over its facts)
    nested = any(child.children for e in bare for child in e.node.children)
    return len(listed) > 2 and len(bare) * 2 > len(listed) and nested


def names_its_topic(label: Inline, listed: list[Entry]) -> bool:
    """A list with the topic itself among its items ("Regions": `Region = ...`, `60+
    regions worldwide`, `Choosing a region: ...`): facts about the topic, no set of its members."""
    words = inl.plain_key(inl.to_plain(label)).split()
    return len(words) == 1 and any(
        len(heads := inl.plain_key(inl.to_plain(e.head)).split()) == 1 and same_word(heads[0], words[0]) for e in listed if e.named
    )


def answering_context(group: Group, entry: Entry, after_list: bool) -> tuple[str, ...]:
    """The context of a line's own card. Under a question ("What is a server
    composed of?") the list answers it; a term defined in a paragraph after
    the list ("Router = ...") does not, and the question over it would
    mislead, so its card sits where the question does."""
    question = group.is_topic and inl.to_plain(group.label).rstrip().endswith("?")
    if question and entry.named and entry.node.role == "line" and after_list:
        return group.context
    return group.inner


def opens_with_number(entries: list[Entry], loose: list[Entry]) -> bool:
    """A topic whose first line, a plain statement, holds a number to learn."""
    first = entries[0]
    return first.numbered and not first.named and not first.node.children and first.special is None and first not in loose


def opens_with_a_term(entries: list[Entry], loose: list[Entry]) -> bool:
    """A topic whose first line defines a term of its own with `=` ("bootstrapping = ..."),
    or names its kind by an abbreviation spelled out ("FaaS: Function as a Service")."""
    first = entries[0]
    equals = _EQUALS_TERM.match(inl.to_plain(first.node.inline)) is not None or spells_its_name(first.head, first.definition)
    return equals and first.named and not first.numbered and not first.node.children and first.special is None and first not in loose and not opens_a_glossary(entries)


def opens_a_glossary(entries: list[Entry]) -> bool:
    """A topic whose first two lines each define a term with `=` ("Entra Connect Sync = ...",
    "Entra Cloud Sync = ..." under *Hybrid identity*): the first is one entry of a
    glossary, as the second is, and no line of it says what the topic is."""
    return len(entries) > 1 and all(_an_equals_term(e) for e in entries[:2])


def _an_equals_term(entry: Entry) -> bool:
    return entry.named and entry.special is None and _EQUALS_TERM.match(inl.to_plain(entry.node.inline)) is not None
