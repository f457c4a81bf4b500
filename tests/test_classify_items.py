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


STATEMENTS = """
## Addressing

### Masks and notation
- Network mask is a number that identifies the network part of an address
  - e.g. mask 255.255.0.0 leaves two bytes to the hosts
  - a mask can be written in short form after a slash
- Addresses were traditionally broken down into five lettered classes
  - Class A has a mask of /8
  - Class B has a mask of /16

### Shared duties
- Cloud side - security of the cloud
  - physical security of the halls
  - patching the hypervisor hosts
- Customer side - security in the cloud
  - the guest operating system
"""


def test_statements_over_their_details_are_no_sides_to_sort_by() -> None:
    # "Network mask is a number ... or Addresses were ... classes?" offers sentences, no sides;
    # a short side with its gloss ("Cloud side - security of the cloud") is still one
    cards = classify_cards(parse_document(dedent(STATEMENTS).lstrip("\n"), "n.md"), "p")
    fronts = [card_text(c.prompt) for c in cards]
    assert not [f for f in fronts if "Class A" in f or "short form" in f], fronts
    assert any("Cloud side or Customer side?" in f and "hypervisor" in f for f in fronts), fronts
