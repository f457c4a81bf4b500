"""A list's items that are each other's other side (`ReadIOPS` and `WriteIOPS`,
`NetworkIn` and `NetworkOut`, `Launch` and `Terminate`): hidden on separate
cards, each card shows the one that answers its blank. They are hidden together,
one blank of the note."""

from __future__ import annotations

from pipeline.cards.deletions import opposites


def paired_units(texts: list[str], indexes: list[int]) -> list[list[int]]:
    """The `indexes` of the items to hide, an item and its opposite one unit, in list order."""
    units: list[list[int]] = []
    for index in indexes:
        pair = next((u for u in units if len(u) == 1 and opposites(texts[u[0]], texts[index])), None)
        if pair is None:
            units.append([index])
        else:
            pair.append(index)
    return units


def numbered(units: list[list[int]]) -> dict[int, int]:
    """Each item's blank number in its note: the items of one unit share one."""
    return {index: number for number, unit in enumerate(units, 1) for index in unit}
