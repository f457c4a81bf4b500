"""A label answered by a side fact (what it needs, what became of it, its
default) asks that aspect; a label answered by its definition keeps its bare front."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.aspect_fronts import NEED, STATUS, aspect_asked
from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document

from .outline import card_line

NOTES = """
## Backup

### Vaults
- Recovery Services vault: Azure VMs, SQL in VM, Azure Files
- Cross Region Restore: needs GRS vault + CRR enabled
- Soft delete: 14 days extra retention on deleted backup data

### Load balancing
- Azure Load Balancer
  - Standard: backend = any VMs in ONE VNet, zone-redundant
  - Basic: retired Sept 2025, don't pick it

### Logs
- retention: default never expire. set it
- Normal changes: need to be scheduled, assessed and authorized
- Worms: spread on their own over the network
"""


def _cards() -> list[str]:
    cards, _ = make_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p")
    return [card_line(c) for c in cards]


def test_a_need_is_asked_as_what_the_label_needs() -> None:
    cards = _cards()
    assert any("Cross Region Restore — what does it need? => needs GRS vault + CRR enabled" in c for c in cards), cards
    assert not any("| Cross Region Restore =>" in c for c in cards), cards


def test_a_retired_option_is_asked_its_status() -> None:
    cards = _cards()
    assert any("Basic: what is its status? => retired Sept 2025" in c for c in cards), cards


def test_a_default_is_asked_as_the_default() -> None:
    cards = _cards()
    assert any("retention" in c and "what is the default? => default never expire" in c for c in cards), cards


def test_a_definition_keeps_the_bare_label() -> None:
    cards = _cards()
    assert not any("Worms" in c and "what" in c.split("=>")[0] for c in cards), cards
    assert aspect_asked("Normal changes", "need to be scheduled, assessed and authorized") is None
    assert aspect_asked("McClelland", "need for achievement, affiliation, power") is None
    # a need and what meets it is a need list's line, and a description of several facts is no one need
    assert aspect_asked("scenario", "needs private access from EC2 to S3 -> gateway endpoint") is None
    assert aspect_asked("terraform validate", "needs init first, does NOT contact remote APIs/state") is None
    assert aspect_asked("Firewall Manager — prerequisites", "requires AWS Organizations") is None
    assert aspect_asked("NetworkPolicy", "needs a CNI that enforces it (flannel doesn't, calico/cilium do).") == NEED
    assert aspect_asked("Implicit", "legacy, avoid") == STATUS
    assert aspect_asked("Classic", "legacy version of the portal") is None
