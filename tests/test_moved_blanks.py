"""A blank over what a line takes as given moves to what the line teaches:
the cause after a symptom's arrow, the value a default names."""

from __future__ import annotations

from pipeline.cards.moved_blanks import moved_blank

from .test_cards import cards_of


def test_a_name_in_the_symptom_gives_its_blank_to_the_cause() -> None:
    assert moved_blank("<b>Fixes</b>: Can't delete {{c1::VPC}} → leftover ENIs (Lambda, NAT) → delete them first.") == (
        "<b>Fixes</b>: Can't delete VPC → {{c1::leftover ENIs}} (Lambda, NAT) → delete them first."
    )
    assert moved_blank("{{c1::ALB}} 503 → no healthy targets → register targets.") == "ALB 503 → {{c1::no healthy targets}} → register targets."


def test_a_blank_the_situation_turns_on_stays() -> None:
    kept = [
        "{{c1::InsufficientInstanceCapacity}} → AWS out of that type → wait",  # the whole situation: asked from its cause
        "Volumes are {{c1::AZ-bound}} → snapshot to move them",  # what the line says of a thing
        "ref = {{c1::100 Mbps}} default → all cost 1",  # a figure
        "DNS records: {{c1::CNAME}} — alias → canonical name",  # a term its gloss follows
        "very high IOPS, {{c1::<b>ephemeral</b>}} → lost on stop",  # the author's emphasis
        "\"RTO of minutes\" → {{c1::warm standby}} usually",  # already past the arrow
        "k {{c1::<code>get pod</code>}} api → edit → replace",  # one word after the arrow is a step, no cause
    ]
    for prompt in kept:
        assert moved_blank(prompt) == prompt, prompt


def test_a_label_over_a_default_gives_its_blank_to_the_default() -> None:
    assert moved_blank("{{c1::IAM evaluation}}: Default implicit deny.") == "IAM evaluation: Default {{c1::implicit deny}}."
    # a list of settings that have defaults, and a default's figure, are no value to move to
    for prompt in ("{{c1::Company Information}}: default locale, time zone, currency.", "{{c1::Policies}}: Default cooldown 300 s."):
        assert moved_blank(prompt) == prompt, prompt


def test_a_card_of_the_notes_asks_the_cause_of_a_symptom() -> None:
    lines = cards_of(
        """
        ## Networking

        **Troubleshooting**
        - Subnets hold instances and route tables send their traffic to gateways.
        - Private instance can't reach repos → no NAT route → add a NAT gateway.
        - Instances in a public subnet need a public IP to reach the internet gateway.
        """
    )
    asked = [line for line in lines if "no NAT route" in line]
    assert asked and all("{{c1::no NAT route}}" in line for line in asked), lines


def test_a_short_blank_stays_on_its_word() -> None:
    # a subcommand or a unit is what the line teaches; a legend's mark is cut before any card is made
    for kept in ("git {{c1::mv}} — rename a tracked file", "latency in {{c1::ms}} — milliseconds"):
        assert moved_blank(kept) == kept


def test_examples_of_an_open_list_give_their_blanks_to_the_name_they_illustrate() -> None:
    assert moved_blank("<b>Scaling</b>: Suspend processes ({{c1::Launch}}, {{c2::Terminate}}…) for debugging.") == (
        "<b>Scaling</b>: {{c1::Suspend processes}} (Launch, Terminate…) for debugging."
    )
    # a figure inside such a bracket is the thing's own, no example
    kept = "<b>Logs</b>: Required ({{c1::400 days}}, can't change, audit logs etc) and more"
    assert moved_blank(kept) == kept


def test_a_key_its_neighbour_pair_spells_gives_its_blank_to_its_value() -> None:
    # "IPv6" beside a hidden "IPv4" is one letter away: the value is what the line teaches
    assert moved_blank("<b>DNS</b>: {{c1::IPv4}} = A record / IPv6 = AAAA record / CNAME = name to name") == (
        "<b>DNS</b>: IPv4 = {{c1::A}} record / IPv6 = AAAA record / CNAME = name to name"
    )
    assert moved_blank("{{c1::HTTP}} = 80; HTTPS = 443; SSH = 22") == "HTTP = {{c1::80}}; HTTPS = 443; SSH = 22"
    kept = [
        "{{c1::TCP}} = reliable / UDP = fast / ICMP = ping",  # no neighbour key spells the hidden one
        "{{c1::IPv4}} = A record / IPv6 = AAAA record",  # two pairs are a sentence, not a line of pairs
        "{{c1::A}} = first / B = second / C = third",  # single letters give nothing away
    ]
    for prompt in kept:
        assert moved_blank(prompt) == prompt, prompt
