"""Aspect labels: the labels a document repeats over the items of its sibling
lists (`Inputs:` / `Outputs:` under each process, `Pros:` / `Cons:` under each
option). They name a facet of whatever the list is under, not a member of it:
a blank over one asks the note's layout ("{{c1::Inputs}} {{c2::Outputs}}"),
no fact. Each such line is asked by its own term card ("Create WBS — Inputs")."""

from __future__ import annotations


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
    lists = [keys for nodes in all_lists(document) if len(keys := {k for n in nodes if (k := label_key(n))}) >= SHARED]
    found: set[str] = set()
    for index, keys in enumerate(lists):
        for other in lists[index + 1 :]:
            shared = keys & other
            # most of each list: a glossary holding `Output` and `Outcome` among twenty terms lists terms
            if len(shared) >= SHARED and 2 * len(shared) >= max(len(keys), len(other)) and shared & _ASPECT_WORDS:
                found |= shared
    return frozenset(found)
