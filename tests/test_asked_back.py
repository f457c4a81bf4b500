"""A name's card whose back packs several facts is asked from the facts to the
name, the exam's way, unless a card of that direction asks the name already; a
label of the author's ("Setup", "Access levels") stays asked forward."""

from __future__ import annotations

from pathlib import Path

from pipeline.cards.asked_back import asked_back
from pipeline.model import Card, SourceRef
from pipeline.model.cardtext import card_text

from .small_packs import PACK, small_pack

DRG = "virtual router for private traffic between VCN and outside: on-prem via IPSec VPN or FastConnect, other VCNs, remote peering"


def _card(prompt: str, answer: str, kind: str = "term", context: tuple[str, ...] = ("Networking", "Gateways")) -> Card:
    return Card("g" + prompt, kind, "basic", prompt, answer, context[0], context[-1], context, (SourceRef("n.md", 1),))  # type: ignore[arg-type]


def test_a_names_dump_is_asked_from_its_facts() -> None:
    turned = asked_back([_card("Dynamic Routing Gateway (DRG)", DRG)], [])[0]
    assert turned.prompt == f'<div class="sp-label">What is this?</div><div>{DRG}</div>'
    assert turned.answer == "<div><b>Dynamic Routing Gateway (DRG)</b></div>"
    assert turned.guid != "gDynamic Routing Gateway (DRG)"  # it asks another question: a new note
    # the name's words on the back, in any of their forms, are hidden; the label over it stays
    region = asked_back([_card("<b>Global infra</b> — AWS Regions", "all around the world (eu-west-3 for ex), a region is a cluster of data centers, most services are region-scoped")], [])[0]
    assert region.prompt.startswith('<div class="sp-label">Global infra — which one is this?</div>'), region.prompt
    assert "a ___ is a cluster" in region.prompt and "___-scoped" in region.prompt, region.prompt
    assert region.answer == '<div><b>AWS Regions</b></div><div class="sp-filled">___ = region</div>'  # what the name does not say


def test_a_label_a_short_back_or_a_name_asked_already_stays() -> None:
    for label in ("Setup", "Access levels", "Filter traffic", "NOT captured", "S3 storage classes", "ETL vs ELT"):
        card = _card(label, DRG)
        assert asked_back([card], []) == [card], label
    short = _card("Amazon MQ", "managed ActiveMQ / RabbitMQ")
    assert asked_back([short], []) == [short]
    recognition = _card('<div class="sp-label">What is this?</div><div>a router</div>', "<div><b>Dynamic Routing Gateway (DRG)</b></div>", kind="recognition")
    card = _card("Dynamic Routing Gateway (DRG)", DRG)
    assert asked_back([card], [recognition]) == [card]
    # a back that writes the name's initials would show them on the turned front
    for name, back in (
        ("Exposure Factor", "The exposure factor (EF) represents the percentage of loss that an organization would experience if an asset were hit"),
        ("A Virtual Private Cloud", "A logically isolated virtual network in the cloud. You define a VPC's IP address space from ranges you select."),
    ):
        card = _card(name, back)
        assert asked_back([card], []) == [card], name


GATEWAYS = """\
# Networking

## Gateways
- Internet Gateway (IGW) - allow traffic IN and OUT between VCN and internet. for PUBLIC subnets. ONLY 1 IGW PER VCN.
- NAT Gateway - allow PRIVATE subnet resources to go OUT to internet (e.g. download patches), but NO inbound connection from internet.
- Dynamic Routing Gateway (DRG) - virtual router for private traffic between VCN and outside: on-prem (via IPSec VPN or FastConnect), other VCNs.
- Local Peering Gateway (LPG) - connect 2 VCNs in SAME region privately (legacy way, now DRG also does it).
- Setup - create the VCN first, then the subnets, then the route tables and the security lists, in that order
"""


def test_a_pack_asks_a_names_dump_from_its_facts(tmp_path: Path) -> None:
    cards = small_pack(tmp_path, PACK, GATEWAYS).cards
    # no recognition card asks the Internet Gateway: its own card turns round
    turned = [c for c in cards if c.answer == "<div><b>Internet Gateway (IGW)</b></div>"]
    assert turned and "What is this?" in turned[0].prompt and "between VCN and ___." in turned[0].prompt, [(c.kind, c.prompt) for c in cards]
    assert not any(card_text(c.prompt).strip() == "Internet Gateway (IGW)" for c in cards)
    # the author's label is no name to ask back
    assert any(card_text(c.prompt).strip() == "Gateways — Setup" for c in cards), [(c.kind, c.prompt) for c in cards]
