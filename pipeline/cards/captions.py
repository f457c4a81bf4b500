"""A short line that only introduces the code block or table after it ("Where stuff
lives on a kubeadm node:", "Pod bits I always look up:", "PoE (know the watts!):").
Asked alone, a blank lands on one of its words ("[Where] stuff lives ...") and the
card says nothing: it makes no card of its own, and the block's first card says
its line instead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from pipeline.model import Card, Document, Node, SourceRef
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


def said_by_their_blocks(cards: list[Card], captioned: dict[int, int], path: str) -> list[Card]:
    """The cards with each caption's line said by the first card of its block (where none says it)."""
    said = {s.line for card in cards for s in card.sources}
    out = list(cards)
    for line, block in captioned.items():
        if line in said:
            continue
        first = next((i for i, card in enumerate(out) if any(s.line == block for s in card.sources)), None)
        if first is not None:
            out[first] = replace(out[first], sources=(*out[first].sources, SourceRef(path, line)))
    return out
