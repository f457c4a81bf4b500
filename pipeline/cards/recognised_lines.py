"""The lines each thing's recognition cards show as clues, by the thing's name:
a detail card asked by that name need not show them again (`side_facts`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from pipeline.cards.per_document import per_document
from pipeline.cards.recognition import recognition_plan
from pipeline.model import Document
from pipeline.model.naming import name_key


@per_document
def _by_name(document: Document) -> dict[str, frozenset[int]]:
    found: dict[str, set[int]] = defaultdict(set)
    for asked in recognition_plan(document):
        found[name_key(asked.thing.name)].update(asked.lines)
    return {key: frozenset(lines) for key, lines in found.items()}


def recognised_lines(document: Document) -> Callable[[str], frozenset[int]]:
    """The lines a recognition card of the thing of that name key shows; read
    only when asked (the plan is the one the recognition cards are made from)."""
    return lambda key: _by_name(document).get(key, frozenset())
