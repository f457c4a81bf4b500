"""A card whose front, or whole back, is only pictures the deck does not have
asks nothing: the picture's alt text in brackets is all a learner would see."""

from __future__ import annotations

from .test_cards import cards_of

NOTES = """
## Networking

![vpc diagram](images/vpc.png)

## Storage

![storage decision tree](images/tree.png)
- analytics on petabytes → **BigQuery**

## Compute

- **Compute Engine** runs virtual machines

## Account Setup

- https://console.cloud.google.com

## Service Trust Portal

- https://servicetrust.microsoft.com
- audit reports on how Microsoft products comply with standards (NIST, ISO, GDPR)

## Docker Components

![Docker Architecture](https://www.plantuml.com/proxy?src=docker-architecture.puml&fmt=svg)
"""


def test_a_heading_over_a_missing_picture_alone_makes_no_card() -> None:
    lines = cards_of(NOTES)
    assert not [line for line in lines if "Networking" in line and "[image: vpc diagram]" in line], lines
    assert not [line for line in lines if "Docker Components" in line], lines  # a picture left on the web, no more
    assert not [line for line in lines if "Account Setup" in line or "https://servicetrust" in line], lines  # where to read more
    assert [line for line in lines if "audit reports" in line], lines
    # a missing picture beside a fact leaves the fact its card
    assert [line for line in lines if "BigQuery" in line], lines
    assert [line for line in lines if "virtual machines" in line], lines


def test_a_picture_the_deck_cannot_carry_is_left_off_a_back_of_facts() -> None:
    from textwrap import dedent

    from pipeline.cards.maker import make_cards
    from pipeline.notes.parse import parse_document

    notes = """
    ## Sole Tenant Nodes

    - ![sole tenant](img/soleTenant.png)
    - By default, you pay for the OS on top of the GCE price.
    - ![Sole tenant mindmap](https://example.com/mindmap.svg)
    - ![node groups](img/carried.png)
    """
    carried = {"img/carried.png": "carried.png"}
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p", lambda span: carried.get(span.url))
    backs = [c.answer for c in cards if "Sole Tenant Nodes" in c.prompt]
    assert backs and "pay for the OS" in backs[0], backs
    assert "[image:" not in backs[0] and "mindmap" not in backs[0], backs
    assert '<img src="carried.png"' in backs[0], backs


def testonly_missing_pictures_and_nothing_else() -> None:
    from pipeline.cards.missing_pictures import only_missing_pictures

    assert only_missing_pictures("<div>[image: vpc diagram]</div>")
    assert only_missing_pictures("<div>[image: a]</div> <div>[image: b]</div>")
    assert not only_missing_pictures("<div>[image: tree]</div><ul><li>analytics → BigQuery</li></ul>")
    assert not only_missing_pictures("<div>no picture here</div>")
