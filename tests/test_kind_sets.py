"""A heading that names the set a thing is sorted into ("Storage Classes",
"Instance Types") is no thing a line describes: no recognition card asks it."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.directions import direction_cards
from pipeline.notes.parse import parse_document

from .outline import card_line

NOTES = """
## Blob Store

**Buckets:**
- containers for objects, each with a globally unique name chosen by the owner
- defined at the region level, replicated inside it

**Storage Classes:**
- objects can move between classes by hand or with lifecycle rules
- durability is the same for all classes, availability varies between them
- store data in a flat structure with no folders at all
"""


def test_a_set_of_kinds_is_no_answer() -> None:
    cards = direction_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p", frozenset())
    asked = [card_line(c) for c in cards if c.kind == "recognition"]
    assert not any("=> Storage Classes" in line for line in asked), asked
