"""Which of a topic's lines the things, comparisons and classifications are read
from (`knowledge`), worked out once per topic body."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from pipeline.cards.chunking import without_asides
from pipeline.cards.entries import entries_of
from pipeline.cards.per_document import per_value
from pipeline.cards.pointers import is_pointer
from pipeline.cards.quiz import find_quizzes
from pipeline.model import Document, Node
from pipeline.model import inline as inl


def knowledge(nodes: Iterable[Node]) -> list[Node]:
    """The lines that state facts: no quiz, no `Q:`/`A:` pair, no author's
    cloze, table or picture on its own, nothing the author kept from cards."""
    if not isinstance(nodes, tuple):
        return _knowledge(nodes)
    return list(_known(nodes))


@per_value  # a topic's body is read by every kind of card made from things: worked out once
def _known(body: tuple[Node, ...]) -> list[Node]:
    return _knowledge(body)


def _knowledge(nodes: Iterable[Node]) -> list[Node]:
    found = find_quizzes([n for n in nodes if n.cards])
    asked = {u.line for u in found.unanswered}
    kept = []
    for entry in entries_of(found.rest):
        node = entry.node
        if entry.special or node.line in asked or all(span.kind == "image" for span in inl.strip(node.inline)) or is_pointer(node):
            continue  # a pointer ("Learn path: https://...") says where to read: no thing to recognise or offer
        if not node.children and not without_asides(inl.strip(node.inline)):
            continue  # "Oracle obviously leans hard on this section": the author on the exam, no clue to a thing
        kept.append(replace(node, children=tuple(_knowledge(node.children))) if node.children else node)
    return kept


def plain_lines(document: Document) -> Iterator[str]:
    """Every title and line of the notes, as plain text."""

    def walk(nodes: Iterable[Node]) -> Iterator[str]:
        for node in nodes:
            yield inl.to_plain(node.inline)
            yield from walk(node.children)

    for section in document.sections:
        for topic in section.topics:
            yield inl.to_plain(topic.title)
            yield from walk(topic.body)
