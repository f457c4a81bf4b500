"""A term's back is one answer: a kind whose answer is five or more of its
members is asked one blank at a time, an aspect's list too long to ride with
the overview is asked apart, and a breadcrumb never says the label twice."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards import make_cards
from pipeline.model.cardtext import card_text
from pipeline.model.notetypes import fields
from pipeline.notes.parse import parse_document

from .test_cards import cards_of


def test_a_plural_kind_with_five_members_is_asked_by_blanks_not_recited() -> None:
    lines = cards_of(
        """
        ## Security

        **Trust Desk:**
        - report resources used for illegal purposes
        - forbidden uses: spam, port scanning, phishing pages, intrusion attempts, selling stolen data
        """
    )
    assert not any(line.startswith("[term]") and "forbidden uses" in line for line in lines), lines
    listed = [line for line in lines if line.startswith("[enumeration]") and "forbidden uses" in line]
    assert listed and all("{{c1::" in line for line in listed)
    assert any("{{c1::spam}}" in line for line in listed)


def test_a_plural_kind_with_few_members_stays_one_term_card() -> None:
    lines = cards_of(
        """
        ## Security

        **Trust Desk:**
        - report resources used for illegal purposes
        - forbidden uses: spam, port scanning
        """
    )
    assert not any(line.startswith("[enumeration]") for line in lines), lines


def test_a_named_term_with_many_parts_is_no_kind_of_members() -> None:
    # "Spot Instances": a name, its answer its facts, not its members
    lines = cards_of(
        """
        ## Pricing

        **Options:**
        - Spot Instances: short workloads, cheap, can lose instance, unused capacity, batch jobs
        - Reserved Instances: long workloads, one or three years
        """
    )
    assert not any(line.startswith("[enumeration]") and "Spot" in line.split("|")[1] for line in lines), lines


def test_an_aspect_list_of_four_does_not_ride_with_the_overview() -> None:
    lines = cards_of(
        """
        ## Identity

        **Login Rules:**
        - strong logins
        - options:
          - minimum length
          - required character kinds
          - expiry after some days
          - no reuse of old ones
        """
    )
    overview = next(line for line in lines if line.startswith("[overview]"))
    assert "minimum length" not in overview, lines
    assert any("minimum length" in line and "no reuse of old ones" in line for line in lines if not line.startswith("[overview]"))


def test_an_aspect_list_of_three_rides_with_the_overview() -> None:
    lines = cards_of(
        """
        ## Storage

        **Bucket Rules:**
        - JSON based
        - Used to:
          - grant public access
          - force encryption at upload
          - grant access to another account
        """
    )
    overview = next(line for line in lines if line.startswith("[overview]"))
    assert "force encryption at upload" in overview, lines


def test_a_phrase_answered_by_one_name_asks_which_one() -> None:
    lines = cards_of(
        """
        ## Compute

        **Launch options:**
        - machine size picked at launch
        - Startup script: Instance User Data
        - Disk kind: network or local
        """
    )
    assert any(line.startswith("[term]") and "| Launch options — Startup script: which one? => Instance User Data" in line for line in lines), lines
    # a phrase answered by a few words is asked as before
    assert any(line.startswith("[term]") and "| Disk kind — which 2? => network or local" in line for line in lines), lines


def test_the_breadcrumb_shown_stops_short_of_the_parent_the_front_opens_with() -> None:
    notes = """
        ## Billing

        **Organizations:**
        - manage many accounts from one place
        - cost benefits:
          - pricing benefits from aggregated usage
          - pooling of reserved instances
        """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p")
    joined = next(c for c in cards if card_text(c.prompt).startswith("Organizations — cost benefits"))
    assert joined.context == ("Billing", "Organizations")  # where it sits, the place its id keeps
    assert joined.shown_context == ("Billing",)
    overview = next(c for c in cards if c.kind == "overview")
    assert overview.shown_context == overview.context == ("Billing",)
    assert fields(joined)[2] == "Billing"  # the Context field of the note and of the CSV


def test_a_count_under_a_heading_of_services_says_it_counts_services() -> None:
    lines = cards_of(
        """
        ## Design

        **Green Design:**
        - focuses on using less energy for the same work
        - Services:
          - Auto Scaling, Serverless Offering (Functions, Containers)
          - Cold Disk, Archive Store, Lifecycle Rules
          - Data Lifecycle Manager
          - Read Near, Write Far: Mirror Tables, Edge Cache
        """
    )
    assert any("Read Near, Write Far — which 2 services? => Mirror Tables, Edge Cache" in line for line in lines), lines


def test_a_count_under_any_other_heading_asks_which_as_before() -> None:
    lines = cards_of(
        """
        ## Compute

        **Launch options:**
        - machine size picked at launch
        - Disk kind: network or local
        """
    )
    assert any("Disk kind — which 2? => network or local" in line for line in lines), lines


def test_a_phrase_answered_by_the_words_of_its_parents_letters_asks_what_they_stand_for() -> None:
    lines = cards_of(
        """
        ## Security

        **CloudKME:**
        - the provider runs a device for key operations, we manage the keys
        - Dedicated hardware: Key Management Exchange
        """
    )
    assert any("CloudKME — Dedicated hardware: what does “KME” stand for? => Key Management Exchange" in line for line in lines), lines


def test_a_named_term_with_five_facts_asks_the_later_ones_apart_from_the_name() -> None:
    lines = cards_of(
        """
        ## Compute

        **Pricing:**
        - On-demand machines: short workloads, billing per second
        - Spare Machines: short workloads, cheap, can be taken back, uses idle capacity, batch jobs
        - Flexible Plans: long workloads, change the type, family, OS, scope and tenancy
        - Dedicated Hosts: book an entire physical server
        """
    )
    assert any(line.startswith("[term]") and "| Spare Machines => short workloads, cheap, can be taken back @" in line for line in lines), lines
    assert any("{{c1::Spare Machines}}: uses idle capacity, batch jobs" in line for line in lines), lines
    # the values one phrase lists are no facts of their own
    assert any("| Flexible Plans => long workloads, change the type, family, OS, scope and tenancy" in line for line in lines), lines


def test_a_described_thing_as_one_option_of_a_lower_case_list_is_asked_as_that_option() -> None:
    notes = """
        ## Monitoring

        **Watcher:**
        - collects metrics from every service
        - alarm actions:
          - auto-scaling: add or remove machines
          - Ops Center: create an OpsItem or an incident
          - Pager: send a page to the on-call engineer

        **Ops Center:**
        - gives visibility and control of your fleet
        - patching and run commands across the fleet
        """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\\n"), "n.md"), "p")
    option = next(c for c in cards if card_text(c.answer) == "create an OpsItem or an incident")
    assert card_text(option.prompt) == "Watcher — alarm actions — Ops Center", card_text(option.prompt)
    # the front says both places: the breadcrumb a learner sees stops before them
    assert option.shown_context == ("Monitoring",)
