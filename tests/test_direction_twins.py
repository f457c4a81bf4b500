"""A clue is asked once in the exam's direction, across kinds: a comparison card
whose fact a recognition card of the same answer shows is left out, and a
recognition card leaves out, past its first, the lines comparison and
classification cards ask (not among tiers, where the lowest tier with one
fact is another question than the lowest with all of a card's)."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.directions import direction_cards
from pipeline.notes.parse import parse_document

from .test_exam_needs import KEYS

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


def test_each_clue_is_asked_once_across_kinds() -> None:
    asked = _clues(_cards(QUEUES))
    assert len(asked) == len(set(asked)), asked
    # and each line that tells the two apart is still asked in the exam's direction
    assert {clue for _, clue in asked} >= {
        "Messages are deleted once a worker has read them",
        "Retention of messages up to two weeks",
        "Sends e-mails, text messages and webhooks",
    }, asked


DIRECTORIES = """
## Identity

**Directory Services:**
- Keystone:
  - create our own directory in the cloud, manage users locally, supports MFA
  - establish trust connections with our office directory
- Gatekeeper:
  - gateway proxy to redirect sign-ins to the office directory, supports MFA
  - users are managed on the office directory
- Pebble:
  - compatible with the others, in the cloud
  - cannot be joined with the office directory
"""


def _clues(cards):  # type: ignore[no-untyped-def]
    found = []
    for card in cards:
        answer = re.match(r"<div><b>([^<]*)</b>", card.answer).group(1)  # type: ignore[union-attr]
        clues = re.findall(r"<li>([^<]*)</li>", card.prompt) if card.kind == "recognition" else []
        clues = clues or [re.search(r"</div><div>([^<]*)</div>$", card.prompt).group(1)]  # type: ignore[union-attr]
        found += [(answer, clue) for clue in clues]
    return found


def test_a_comparison_cards_clue_is_not_shown_again_on_a_recognition_card() -> None:
    # Pebble's first line fits Keystone too: only its second tells it apart. The recognition
    # card keeps both, and the comparison card that asks the second, to the same name, goes
    cards = _cards(DIRECTORIES)
    asked = _clues(cards)
    assert ("Pebble", "Cannot be joined with the office directory") in asked, asked
    assert len(asked) == len(set(asked)), asked



def test_a_recognition_card_too_short_without_a_comparison_cards_line_is_made_of_its_own() -> None:
    # "AWS manages the sealing keys for us" is three words: the card is made of it alone,
    # and the comparison card keeps the line about logs and archives
    cards = _cards(KEYS)
    asked = _clues(cards)
    recognised = [_clues([c]) for c in cards if c.kind == "recognition" and "<b>VKS</b>" in c.answer]
    assert recognised == [[("VKS", "AWS manages the sealing keys for us")]], asked
    assert ("VKS", "Sealing switched on by default for logs and archives") in _clues([c for c in cards if c.kind == "compare"]), asked
    assert len(asked) == len(set(asked)), asked
