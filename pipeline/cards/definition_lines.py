"""Where a topic's definition stands among its first lines, and how many
lines it takes: a later line that defines the topic by name, a first line
that only defines a generic term, a title naming two things defined a line
each, and a first line that only starts the definition (an expansion, a bare
kind, a contrast). `facts` asks the lines it finds by the topic's label."""

from __future__ import annotations

import re

from pipeline.cards.chunking import SMALL_WORDS, words
from pipeline.cards.defined_terms import term_called
from pipeline.cards.defining import DEFINING_WORDS
from pipeline.cards.entries import Fact, Group
from pipeline.cards.prompts import defined_subject
from pipeline.model import inline as inl
from pipeline.model.naming import compound_parts, names_of

BARE_PHRASE_WORDS = 2  # "automated pipeline": a bare kind, which the next line completes
CONTRAST_WORDS = 16  # a line "not like X" this short opens a definition the next line completes
KIND_WORDS = 4  # "VPC Endpoint Service family": a kind still, without a number, a label or an article ("a container of objects")
_CONTRAST = re.compile(r"^\s*(?:based on|similar to|like|same)\b|\b(?:not|never|different|unlike)\b", re.IGNORECASE)
_DEFINES = re.compile(rf"^\s*(?:->|→|{DEFINING_WORDS})", re.IGNORECASE)  # a label's arrow defines it too
_WORD = re.compile(r"[A-Za-z0-9]+")
_NOT_LETTER = re.compile(r"[^a-z0-9]")
_NO_BARE_KIND = re.compile(r"[\d:]|^\s*(?:a|an|the)\s", re.IGNORECASE)  # a number, a label or an article says more than a kind
_NAME_PART = re.compile(r"[A-Z][a-z]+|[a-z]+")
_LOWER_WORD = re.compile(r"[a-z0-9]+")


def defining_line(group: Group, facts: list[Fact]) -> int | None:
    """A later line that says what the topic is, by its own name
    ("right sizing = process of matching ..."), or by what the name is made
    of ("artifact management = storing dependencies" under CodeArtifact), defines it."""
    label = inl.to_plain(group.label).strip()
    label = (defined_subject(label) or label).lower()
    for index, fact in enumerate(facts[1:], 1):
        text = inl.to_plain(fact.inline).strip()
        if label and text.lower().startswith(label) and _DEFINES.match(text[len(label) :]):
            return index
    own = _name_words(inl.to_plain(group.label))
    first = inl.to_plain(facts[0].inline) if facts else ""
    if not own or _EQUALS.match(first) or own & _name_words(first):
        return None  # the first line defines a term, or says the name's own word: it is the definition
    for index, fact in enumerate(facts[1:], 1):
        found = _EQUALS.match(inl.to_plain(fact.inline))
        if found and own & _name_words(found.group(1)):
            return index
    return None


_EQUALS = re.compile(r"^\s*([^=:]{2,40}?)\s*=(?![=>])")  # "artifact management = ..."
_NAME_WORD = re.compile(r"[A-Z]?[a-z]{4,}|[A-Z]{2,}(?![a-z])")  # "CodeArtifact" -> Code, Artifact


def _name_words(text: str) -> set[str]:
    """The words a name is made of, CamelCase split ("CodeArtifact": code, artifact),
    generic kinds ("service", "management") left out."""
    return {w.lower() for w in _NAME_WORD.findall(text)} - _KIND_WORDS


_KIND_WORDS = frozenset("service services amazon management manager system systems tool tools data".split())


def past_a_term(group: Group, facts: list[Fact]) -> int | None:
    """A first line that says what a generic term is (the kind of work a
    service runs, not the service) is no definition of the topic: the index
    of the first line of the notes after its own that defines no such term."""
    label = names_of(defined_subject(inl.to_plain(group.label).strip()) or inl.to_plain(group.label).strip())

    def a_term(fact: Fact) -> bool:
        found = term_called(fact)
        return found is not None and not label.same_thing(names_of(found))

    if not facts or not a_term(facts[0]):
        return None
    return next((i for i, f in enumerate(facts) if f.line != facts[0].line and not a_term(f)), None)


def each_part_defined(group: Group, facts: list[Fact], defining: int) -> int:
    """A title naming two things ("Internet Gateway & NAT Gateways") is defined
    by a line about each: the first line that names a part the definition
    leaves out joins it (moved up to follow it)."""
    parts = compound_parts(inl.to_plain(group.label))
    if len(parts) < 2:
        return defining
    for part in parts:
        names = names_of(part)
        if any(names.shows(inl.to_plain(f.inline)) for f in facts[:defining]):
            continue
        found = next((i for i, f in enumerate(facts[defining:], defining) if names.shows(inl.to_plain(f.inline))), None)
        if found is None or sum(words(f.inline) for f in facts[: defining + 1]) + words(facts[found].inline) > SMALL_WORDS:
            continue
        facts.insert(defining, facts.pop(found))
        defining += 1
    return defining


def definition_length(group: Group, facts: list[Fact]) -> int:
    """A name's expansion ("Elastic File System" under EFS), a bare kind
    ("automated pipeline", "VPC Endpoint Service family") or what the thing
    is not, is like or is based on ("based on PostgreSQL, but not for OLTP") only
    starts the definition: the next line completes it."""
    if len(facts) < 2:
        return 1
    first = inl.to_plain(facts[0].inline)
    initials = "".join(w[0] for w in _WORD.findall(first)).lower()
    letters = _NOT_LETTER.sub("", inl.to_plain(group.label).lower())
    expansion = len(initials) >= 2 and letters.startswith(initials)
    bare = words(facts[0].inline) <= BARE_PHRASE_WORDS or (words(facts[0].inline) <= KIND_WORDS and not _NO_BARE_KIND.search(first))
    # a contrast begs its completion only in a short line ("based on PostgreSQL, but
    # not for OLTP"); a long one says what it says ("... doesn't really have internet")
    contrast = _CONTRAST.search(first) is not None and len(first.split()) <= CONTRAST_WORDS
    return 2 if expansion or bare or contrast or _spells_the_name(group, first) else 1


_GENERIC_WORDS = frozenset("a an the in on of for to service services cloud fully managed aws amazon azure".split())


def _spells_the_name(group: Group, first: str) -> bool:
    """`code building service in the cloud` under *CodeBuild*: the name's own
    parts and generic words, no definition until the next line."""
    parts = [p.lower() for p in _NAME_PART.findall(inl.to_plain(group.label)) if len(p) > 2]
    said = _LOWER_WORD.findall(first.lower())
    rest = [w for w in said if w not in _GENERIC_WORDS and not any(w.startswith(p[:4]) for p in parts)]
    return len(parts) > 1 and not rest and all(any(w.startswith(p[:4]) for w in said) for p in parts)
