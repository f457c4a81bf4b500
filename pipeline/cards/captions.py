"""A short line that only introduces the code block or table after it ("Where stuff
lives on a kubeadm node:", "Pod bits I always look up:", "PoE (know the watts!):").
Asked alone, a blank lands on one of its words ("[Where] stuff lives ...") and the
card says nothing: it makes no card of its own, and the block's first card says
its line instead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from pipeline.model import Card, Document, Node, SourceRef, Topic
from pipeline.model import inline as inl

CAPTION_WORDS = 8  # words of a caption; a longer line says something of its own
BLOCKS = ("code", "table")
# "add to `/etc/docker/daemon.json` and restart dockerd:", "Gateway = ...": a line that says a fact
_SAYS = re.compile(r"→|->|=|\s[-–—]\s")


def _caption(node: Node) -> bool:
    text = inl.to_plain(node.inline).strip()
    if node.children or not text.endswith(":") or any(span.kind == "code" for span in node.inline):
        return False
    return len(text.split()) <= CAPTION_WORDS and _SAYS.search(text) is None


def _pairs(nodes: tuple[Node, ...]) -> Iterator[tuple[int, int]]:
    for node, after in zip(nodes, nodes[1:]):
        if after.role in BLOCKS and _caption(node):
            yield node.line, after.line
    for node in nodes:
        yield from _pairs(node.children)


def captions(document: Document) -> dict[int, int]:
    """Each caption's line, with the line of the block it introduces."""
    return {line: block for s in document.sections for t in s.topics for line, block in _pairs(t.body)}


def _unasked(nodes: tuple[Node, ...], lines: dict[int, int]) -> tuple[Node, ...]:
    out = tuple(replace(n, cards=False) if n.line in lines and not n.children else _with_children(n, lines) for n in nodes)
    return nodes if all(new is old for new, old in zip(out, nodes)) else out


def _with_children(node: Node, lines: dict[int, int]) -> Node:
    children = _unasked(node.children, lines)
    return node if children is node.children else replace(node, children=children)


def without_captions(document: Document) -> Document:
    """The document with each caption asked by no card (the same document when it has none)."""
    lines = captions(document)
    if not lines:
        return document

    def topic(t: Topic) -> Topic:
        body = _unasked(t.body, lines)
        return t if body is t.body else replace(t, body=body)

    return replace(document, sections=tuple(replace(s, topics=tuple(map(topic, s.topics))) for s in document.sections))


def said_by_their_blocks(cards: list[Card], document: Document) -> list[Card]:
    """The cards with each caption's line said by the first card of its block (where none says it)."""
    captioned, path = captions(document), document.path
    said = {s.line for card in cards for s in card.sources}
    out = list(cards)
    for line, block in captioned.items():
        if line in said:
            continue
        first = next((i for i, card in enumerate(out) if any(s.line == block for s in card.sources)), None)
        if first is not None:
            out[first] = replace(out[first], sources=(*out[first].sources, SourceRef(path, line)))
    return out
