"""Of two or three things side by side in a table, each cell is asked from what
it says to the thing it says it of, the rivals named on the front."""

from __future__ import annotations

from .test_cards import cards_of

NOTES = """
## Model

### Calculated column vs measure
| | Calc column | Measure |
|---|---|---|
| evaluated | at refresh, per row | at query time |
| context | row | filter |
| use for | banding, keys | aggregations, ratios, KPIs |
| measure of | column values | Measure tables |
"""


def test_each_cell_of_two_things_asks_which_one_it_is_of() -> None:
    lines = cards_of(NOTES)
    said = "\n".join(lines)
    assert "Calc column or Measure — context? filter => Measure" in said, lines
    assert "Calc column or Measure — use for? banding, keys => Calc column" in said, lines
    assert "Measure — context => filter" not in said, lines
    # a cell that says a word of a thing's name would answer itself: asked as before
    assert "Measure — measure of => Measure tables" in said, lines
