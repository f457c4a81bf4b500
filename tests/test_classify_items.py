"""A classification item that does not say alone what is sorted (its side by a
pronoun, or examples of things) is not asked alone: the back of its label's
first card says it, where the answer gives it its side."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.classify import classify_cards
from pipeline.model.cardtext import card_text
from pipeline.notes.parse import parse_document

SPLIT = """
## Security

**Shared Duties for Disks:**
- Provider duties:
  - physical security of the halls
  - ensuring their staff cannot read customer data
  - managed stores like Vaultly, Ledgerly..
- Customer duties:
  - setting up backup procedures
  - setting up data encryption

**Shared Duties for Queues:**
- Provider duties:
  - physical security of the halls
  - patching the queue servers
- Customer duties:
  - access policies on each queue
"""


def test_an_item_leaning_on_its_list_is_said_on_its_labels_first_card() -> None:
    cards = classify_cards(parse_document(dedent(SPLIT).lstrip("\n"), "n.md"), "p")
    fronts = [card_text(c.prompt) for c in cards]
    assert not [f for f in fronts if "their staff" in f or "Vaultly" in f], fronts
    halls = [c for c in cards if "physical security of the halls" in card_text(c.prompt)]
    assert len(halls) == 1, fronts  # one fact under two topics is still one card
    back = card_text(halls[0].answer)
    assert "Provider duties" in back and "their staff cannot read customer data" in back and "Vaultly" in back, back
    assert {s.line for s in halls[0].sources} >= {5, 6}, halls[0].sources
