"""A detail card under a thing asks the thing's fact: another product the
line only mentions is no answer to it (the exam asks the need -> the thing),
and a symbol before a sentence's first word does not make that word a name."""

from __future__ import annotations

from pipeline.cards.deletions import echoes
from pipeline.commands.build import load
from pipeline.model.cardtext import card_text

from .conftest import SEED_PACK
from .test_cards import cards_of, without_offers

_NOTES = """
## Operations

**Cost Advisor:**
- reviews an account against best practices
- scores each account out of 100 every week
- warns when disks (VDS)/VM instances sit idle or underused, flags firewall ports left open to everyone

**VDS Volume:**
- block storage attached to one virtual machine
- billed per provisioned size

**Satellite Link:**
- managed antennas that talk to orbiting satellites
- downloads telemetry into our Private Network within seconds

**Private Network:**
- isolated network of our own in the cloud
- split into subnets
"""


def test_a_blank_over_another_product_in_a_things_line_asks_the_thing() -> None:
    cards = cards_of(_NOTES)
    cards = without_offers(cards)
    assert any(
        c.startswith("[detail] Operations | {{c1::Cost Advisor}}:")
        and "warns when disks (VDS)/VM instances sit idle or underused, flags firewall ports left open to everyone => @6,3" in c
        for c in cards
    )
    assert any(c.startswith("[detail] Operations | {{c1::Satellite Link}}:") and "downloads telemetry into our Private Network within seconds => @14,12" in c for c in cards)
    # the product a thing's name opens with (VDS of VDS Volume) is a product too
    assert not [c for c in cards if "{{c1::VDS}}" in c or "{{c1::Private Network}}" in c]


def test_a_bracket_closing_the_line_names_what_the_line_is_about() -> None:
    cards = load(SEED_PACK).pack.cards
    # "Storing data on virtual drives (EBS)" under EC2: the bracket is the answer
    found = [c for c in cards if c.kind == "detail" and "Storing data on virtual drives" in card_text(c.prompt)]
    assert found and all("{{c1::EBS}}" in c.prompt for c in found)


def test_a_word_of_the_name_in_another_inflection_echoes_it() -> None:
    common: frozenset[str] = frozenset({"AWS"})
    assert echoes("Tagging", "resources created by Stack Builder are all tagged the same way", common)
    assert echoes("Tagging", "tags can group resources", common)
    assert echoes("Batch", "submit batches of jobs", common)
    # a silent e the suffix drops: "right size" says *Right Sizing* ("sizing" -> "siz" as "size")
    assert echoes("Right Sizing", "important to right size before a migration", common)
    assert not echoes("Right Sizing", "important to pick the right type before a migration", common)
    assert not echoes("Trusted Advisor", "warns when volumes are unused", common)
    assert not echoes("AWS Backup", "the AWS console", common)  # the document's vendor says nothing


def test_a_symbol_before_the_first_word_leaves_it_a_sentences_first_word() -> None:
    cards = cards_of(
        """
        ## Compute

        **Boot Script:**
        - commands a machine runs once at its first start
        - runs as the admin user
        - ⚠️ If we stop and restart a machine, its Public Address can change
        """
    )
    asked = [c for c in cards if "restart a machine" in c]
    assert asked and not [c for c in asked if "{{c1::If}}" in c], cards


def test_a_blank_over_a_word_of_the_fact_that_is_no_thing_asks_the_thing() -> None:
    cards = cards_of(
        """
        ## Containers

        **Container Runner:**
        - serverless offering for containers, no machines to manage
        - runs each container on the CPU/RAM we ask for
        - pays per second of vCPU and memory
        """
    )
    assert any(c.startswith("[detail] Containers | {{c1::Container Runner}}:") and "runs each container on the CPU/RAM we ask for => @5,3" in c for c in cards)
