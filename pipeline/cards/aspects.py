"""Aspect labels: the labels a document repeats over the items of its sibling
lists (`Inputs:` / `Outputs:` under each process, `Pros:` / `Cons:` under each
option). They name a facet of whatever the list is under, not a member of it:
a blank over one asks the note's layout ("{{c1::Inputs}} {{c2::Outputs}}"),
no fact. Each such line is asked by its own term card ("Create WBS — Inputs")."""

from __future__ import annotations

from collections import Counter

from pipeline.cards.entries import Entry
from pipeline.cards.per_document import per_document
from pipeline.cards.things import all_lists, label_text
from pipeline.model import Document, Node
from pipeline.model import inline as inl
from pipeline.model.naming import name_key

SHARED = 2  # labels two lists must share: one shared name is a coincidence, a set is a layout
# Words that name a facet of a thing. Two lists sharing names of things (`GuardDuty`,
# `Macie` in a table and its recap) recite members; sharing one of these, a layout.
_ASPECT_WORDS = frozenset(
    name_key(word)
    for word in """inputs outputs pros cons advantages disadvantages benefits drawbacks purpose scope goals
    requirements limits limitations constraints risks costs pricing features examples uses causes effects
    symptoms fixes triggers steps""".split()
)


def label_key(node: Node) -> str:
    """The key of a line's label (`Inputs: ...`, `Pros:` over its items), or "" if it has none."""
    split = inl.node_split(node.inline, bool(node.children))
    if not (node.children or (split and split[1])):
        return ""
    return name_key(label_text(node))


def facets_only(entries: list[Entry], aspects: frozenset[str]) -> bool:
    """A list of aspect labels alone (`Pros:`, `Cons:` under one option): each
    line is its own term card's answer, so no overview recites them again."""
    return bool(entries) and all(label_key(e.node) in aspects for e in entries)


@per_document
def aspect_labels(document: Document) -> frozenset[str]:
    """Keys of the labels that two or more lists of the document share as a set
    of at least `SHARED` and most of each list's labels, one of them an aspect
    word (`Inputs`, `T&T`, `Outputs` under two processes)."""
    return shared_labels([keys for nodes in all_lists(document) if len(keys := {k for n in nodes if (k := label_key(n))}) >= SHARED])


def shared_labels(lists: list[set[str]]) -> frozenset[str]:
    """The labels two of the lists share as `aspect_labels` takes them. Only lists
    sharing an aspect word are weighed together, each set of labels once: the lists
    grow with the notes, the sets that a layout repeats (`Pros`, `Cons`) do not."""
    sets = sorted({frozenset(keys) for keys in lists if keys & _ASPECT_WORDS}, key=sorted)
    repeated = {keys for keys, count in Counter(frozenset(keys) for keys in lists).items() if count > 1}
    found: set[str] = set().union(*(keys for keys in sets if keys in repeated))  # a list and its twin share it all
    by_aspect: dict[str, list[int]] = {}
    for index, keys in enumerate(sets):
        for word in keys & _ASPECT_WORDS:
            by_aspect.setdefault(word, []).append(index)
    for index, keys in enumerate(sets):
        if keys <= found:
            continue  # what it shares with any other is found already
        for other in sorted({o for word in keys & _ASPECT_WORDS for o in by_aspect[word] if o > index}):
            shared = keys & sets[other]
            # most of each list: a glossary holding `Output` and `Outcome` among twenty terms lists terms
            if len(shared) >= SHARED and 2 * len(shared) >= max(len(keys), len(sets[other])) and shared & _ASPECT_WORDS:
                found |= shared
    return frozenset(found)
