"""A topic titled by two or more names (`validate / fmt`, `plan / apply`) whose
lines each open on one of them: two subjects filed together, not one thing.
Asked as one, its overview was a bare `validate / fmt` over a line of each;
each name is a topic of its own, with the lines that open on it; a line of
no name's keeps the topic whole."""

from __future__ import annotations

import re

from pipeline.model import Node
from pipeline.model import inline as inl

_JOINS = re.compile(r"\s+(?:/|&|\+|and)\s+")


def split_by_names(title: str, body: tuple[Node, ...]) -> list[tuple[str, tuple[Node, ...]]] | None:
    """Each name of the title with its lines, where every line opens on a name
    and every name opens a line; None otherwise."""
    names = [part.strip() for part in _JOINS.split(title.strip()) if part.strip()]
    if len(names) < 2 or len(set(n.lower() for n in names)) < len(names) or not body:
        return None
    groups: list[tuple[str, list[Node]]] = []
    for node in body:
        opening = _opening(inl.to_plain(node.inline), names)
        if opening is None:
            return None  # a line of no name's ("-parallelism=n ..." after `apply` lines): the topic is one
        if all(opening != name for name, _ in groups):
            groups.append((opening, [node]))
        else:
            groups[-1][1].append(node)
    if len(groups) != len(names):
        return None
    return [(name, tuple(nodes)) for name, nodes in groups]


def _opening(text: str, names: list[str]) -> str | None:
    """The name the line opens on, as a word of its own (`plan = ...`, `` `fmt` rewrites ``)."""
    lowered = text.strip().lower()
    for name in names:
        key = name.lower()
        if lowered.startswith(key) and (len(lowered) == len(key) or not lowered[len(key)].isalnum()):
            return name
    return None
