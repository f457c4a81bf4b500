"""Names a generic label files under a thing (a pillar's "Services:") fit each
other thing they are filed under as well: no card asks the thing's name from
them. They are said on the back of the thing's own definition."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.directions import direction_cards
from pipeline.notes.parse import parse_document

from .outline import card_line
from .test_cards import cards_of

PILLARS = """
## Architecture

**1. Thrift**
- Includes the ability to deliver business value at the lowest price point
- Design principles:
  - pay only for what we use: adopt a consumption model for every workload
- Services:
  - Budget Alarms, Usage Report, Cold Storage Tier
  - Spot Capacity, Cost Viewer, Object Archive

**2. Stewardship**
- Focuses on minimizing the environmental impacts of running cloud workloads
- Design principles:
  - maximize utilization: right size each workload to keep every machine busy
- Services:
  - Auto Scaling Groups, Serverless Offering (Functions, Containers)
  - Object Archive, Cold Storage Tier, Spot Capacity
  - Data Lifecycle Manager
"""


def test_filed_names_ask_no_name_and_ride_on_the_definition() -> None:
    lines = cards_of(PILLARS)
    asking = [line for line in lines if "Object Archive" in line and "{{c1::" in line]
    assert not asking, asking
    overview = next(line for line in lines if line.startswith("[overview]") and "| Stewardship =>" in line)
    assert "Focuses on minimizing" in overview and "Data Lifecycle Manager" in overview, overview


def test_filed_names_are_no_clue_to_the_thing() -> None:
    document = parse_document(dedent(PILLARS).lstrip("\n"), "n.md")
    asked = [card_line(c) for c in direction_cards(document, "p", frozenset())]
    assert asked and not any("Object Archive" in line or "Spot Capacity" in line for line in asked), asked
