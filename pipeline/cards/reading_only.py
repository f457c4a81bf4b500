"""Lines the notes keep for reading, not for recall.

A category map (`Services:` over `Monitoring: CloudWatch, Lambda` / `Review:
CloudFormation, News Blog`) sorts a few of many names under headings of the
author's, and a walkthrough (`for customers:` over `submit request`, `select
expert`, `pay per milestone`) goes through a product step by step, and a
list of models' data sheets (`snowcone: 2CPU, 4GB of memory` / `snowball
edge - compute optimized: 52vCPU, 208GB of RAM`) gives figures no exam asks,
as does a window (`from 90 days to 700+ days`) outside a list, and a
line that only points to where to read (`Docs: https://...`).
None is a set to recite nor a question with one answer (a blank in a data
sheet's list asks a word its neighbours spell), and on the back of the
thing's definition a map or a walkthrough made a long answer of a short one. They are kept
out of the cards, as if the notes had `<!-- cards: off -->` around them; the
cheat sheet keeps them."""

from __future__ import annotations

from dataclasses import replace

from pipeline.cards.entries import Entry, entries_of
from pipeline.cards.enumerations import category_map, walkthrough
from pipeline.cards.numbers import window_only
from pipeline.cards.out_of_scope import past_the_scope
from pipeline.cards.pointers import is_pointer
from pipeline.model import Document, Node, Section, Topic
from pipeline.model import inline as inl
from pipeline.model.cards_off import without_cards


def with_maps_off(document: Document) -> Document:
    """The document with every category map and walkthrough under a line of a topic, and what
    the notes say the exam leaves out, kept out of the cards."""
    sections = tuple(Section(s.title, s.line, tuple(map(_topic, s.topics))) for s in document.sections)
    return replace(document, sections=sections)


def _topic(topic: Topic) -> Topic:
    body = past_the_scope(_nodes(topic.body))
    return topic if body == topic.body else replace(topic, body=body)


def _nodes(nodes: tuple[Node, ...]) -> tuple[Node, ...]:
    return tuple(_node(node) for node in nodes)


def _node(node: Node) -> Node:
    if not node.cards:
        return node
    if not node.children:
        # (`**Docs:** https://...` among a topic's lines: where to read, on no card's back)
        return without_cards(node) if window_only(inl.to_plain(node.inline)) or is_pointer(node) else node
    children = [child for child in node.children if child.cards]
    leads = [entry for entry in entries_of([node]) if entry.node is node]
    if leads and children:
        label, entries = leads[0].head, entries_of(children)
        if category_map(label, entries) or walkthrough(label, entries):
            return without_cards(node)
        if _data_sheets(entries):  # the line after the sheets ("All can run EC2 instances") stays
            sheets = {id(e.node) for e in entries if e.special == "specification"}
            return replace(node, children=tuple(without_cards(c) if id(c) in sheets else c for c in node.children))
    inner = _in_list(node.children) if len(children) > 2 else _nodes(node.children)
    return node if inner == node.children else replace(node, children=inner)


def _in_list(nodes: tuple[Node, ...]) -> tuple[Node, ...]:
    """A list's items, each kept for recall: an item whose figures are a window
    (`archive access tier (opt): from 90 days to 700+ days`) is one of the set
    the list asks, though no card asks its window (`numbers.window_only`)."""
    return tuple(node if not node.children and node.role == "item" else _node(node) for node in nodes)


def _data_sheets(entries: list[Entry]) -> bool:
    """A list whose every item is one model's figures."""
    items = [e for e in entries if e.listed]
    return len(items) > 1 and all(e.special == "specification" for e in items)

