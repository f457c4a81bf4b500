"""A clue is asked once in the exam's direction: a comparison card whose fact
opens a recognition card of the same answer is left out (not among tiers,
where the lowest tier with one fact is another question)."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.directions import direction_cards
from pipeline.notes.parse import parse_document

QUEUES = """
## Messaging

**Relay Messaging:**
- Relay Queue:
  - pull-based message queue that holds jobs until a worker polls them
  - messages are deleted once a worker has read them
  - retention of messages up to two weeks
- Relay Topics:
  - push-based publish and subscribe fan-out to many subscribers at once
  - each subscriber gets every message sent to the topic
  - sends e-mails, text messages and webhooks
"""


def _cards(markdown: str):  # type: ignore[no-untyped-def]
    return direction_cards(parse_document(dedent(markdown).lstrip("\n"), "n.md"), "p", frozenset())


def test_a_comparison_does_not_ask_again_the_clue_a_recognition_card_opens_with() -> None:
    cards = _cards(QUEUES)
    answer = {c.guid: re.match(r"<div><b>([^<]*)</b>", c.answer).group(1) for c in cards}  # type: ignore[union-attr]
    opening = {(answer[c.guid], re.search(r"<li>([^<]*)</li>", c.prompt).group(1)) for c in cards if c.kind == "recognition"}  # type: ignore[union-attr]
    compared = [(answer[c.guid], re.search(r"</div><div>([^<]*)</div>$", c.prompt).group(1)) for c in cards if c.kind == "compare"]  # type: ignore[union-attr]
    assert len(opening) == 2 and compared, [c.prompt for c in cards]
    assert not set(compared) & opening, compared
    # the facts the recognition cards do not open with are still compared
    assert {fact for _, fact in compared} == {"Retention of messages up to two weeks", "Sends e-mails, text messages and webhooks"}, compared
