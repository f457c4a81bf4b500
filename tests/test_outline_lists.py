"""A list whose items are mostly bare labels over lists of their own, nested
again (an outline: "Cryptography" over "Hashing", "Tools", ...), is no set to
recite; a set of kinds each with its facts ("Instance Types") still is."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document

OUTLINE = """
## Concepts

- Cryptography
  - Symmetric vs asymmetric
    - Symmetric
      - one shared key
    - Asymmetric
      - key pair
  - Hashing
    - one-way digest
  - Tools
    - TPM — chip on the motherboard
    - HSM — dedicated appliance
  - Blockchain — distributed ledger
"""

KINDS = """
## Compute

- Instance Types
  - General Purpose
    - balance of compute, memory and networking
  - Compute Optimized
    - batch processing, media transcoding
  - Memory Optimized
    - in-memory databases
"""


def _prompts(notes: str) -> list[str]:
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p")
    return [c.prompt for c in cards if c.note_type == "cloze"]


def test_an_outlines_labels_are_no_blanks() -> None:
    prompts = _prompts(OUTLINE)
    assert not any("{{c1::Symmetric vs asymmetric}}" in p or "::Hashing}}" in p for p in prompts), prompts


def test_a_set_of_kinds_with_their_facts_is_still_recited() -> None:
    prompts = _prompts(KINDS)
    assert any("{{c1::General Purpose}}" in p and "Memory" in p for p in prompts), prompts


FACTS_OF_IT = """
## Architecture

### Regions
- Region = geographic area with one or more datacenters
- 60+ regions worldwide
- Some services are **non-regional**: Entra ID, Front Door
- Choosing a region: latency, data residency, price
"""


def test_a_list_with_the_topic_itself_among_its_items_is_no_set() -> None:
    prompts = _prompts(FACTS_OF_IT)
    assert not any("{{c1::60+ regions worldwide}}" in p or "Choosing a region}}" in p for p in prompts), prompts


ACTORS = """
## Threats

- Threat actors
  - Nation-state — most resources, APT, espionage, war
  - Unskilled attacker — uses others' tools
  - Hacktivist — political motive; defacement, leaks
  - Insider threat — already has access
  - Organized crime — money; ransomware, fraud
  - Shadow IT — unapproved systems (not malicious, still risk)
  - Attributes to compare: internal vs external, funding, sophistication
  - Motivations — data exfiltration, espionage, blackmail, financial gain, revenge, war
- Threat vectors
  - message-based (email, SMS), file-based, voice call

## Monitoring

- Alarm actions
  - auto-scaling
  - SNS notifications
  - Lambda
  - Systems Manager
"""


def test_an_aspect_of_the_members_is_no_member() -> None:
    prompts = _prompts(ACTORS)
    actors = [p for p in prompts if "{{c1::Nation-state}}" in p]
    assert actors and all("Motivations" not in p and "Attributes to compare" not in p for p in actors), prompts
    assert any("Systems Manager}}" in p for p in prompts), prompts


def test_a_plural_name_among_bare_names_is_a_member() -> None:
    prompts = _prompts(
        """
        ## Geographies

        Azure divides the world into geographies. We have the following geographies:

        * Americas
        * Europe
        * Asia Pacific
        * Middle East and Africa
        """
    )
    assert any("{{c1::Americas}}" in p and "Europe" in p for p in prompts), prompts


LONG_LIST = """
## Network layers

- Physical layer
  - wired
  - wireless
  - bus topology
  - tree topology
  - star topology
  - mesh topology
  - ring topology
  - CSMA/CA collision avoidance
  - CSMA/CD collision detection
  - hubs
  - repeaters
  - concentrators
  - amplifiers
"""


def test_a_long_list_the_notes_neither_count_nor_order_asks_no_item_among_the_rest() -> None:
    assert not [p for p in _prompts(LONG_LIST) if "{{c" in p and "hubs" in p]
    counted = LONG_LIST.replace("- Physical layer", "- 13 physical layer parts")
    assert [p for p in _prompts(counted) if "{{c1::" in p], "a counted list is still recited"
    ordered = LONG_LIST.replace("  - ", "  1. ")
    assert [p for p in _prompts(ordered) if "{{c1::" in p], "an ordered list is still recited"
