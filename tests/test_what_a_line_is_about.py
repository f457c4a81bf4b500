"""A cloze hides what its line is about: not the topic's name behind a line
that only says what the topic is not, nor behind a line about another thing;
an overview defines the topic, not a generic term it opens with."""

from __future__ import annotations

from pipeline.cards.single_facts import says_only_what_it_is_not

from .test_cards import cards_of
from .text_facts import fact_of


def test_a_line_that_only_says_what_a_thing_is_not_hides_no_name() -> None:
    assert says_only_what_it_is_not(fact_of("not for questions time-sensitive or involve any proprietary info"))
    assert says_only_what_it_is_not(fact_of("no servers to manage and no patching"))
    # what it does, or allows, is said too
    assert not says_only_what_it_is_not(fact_of("no caching, proxying packets to apps in one or more regions"))
    assert not says_only_what_it_is_not(fact_of("no limit on how many messages the queue holds"))
    assert not says_only_what_it_is_not(fact_of("cannot be joined with an on-premises directory"))
    # what it is limited to fits countless things as well
    assert says_only_what_it_is_not(fact_of("only for uploads and downloads"))
    assert not says_only_what_it_is_not(fact_of("only one instance at a time can attach the volume"))
    lines = cards_of(
        """
        ## Ecosystem

        **Forum Site:**
        - community forum for questions about the platform
        - managed Q&A service with crowd-sourced answers reviewed by experts
        - members earn reputation points by giving accepted answers to others
        - unanswered questions of premium customers go on to support engineers
        - not for questions time-sensitive or involve any proprietary info
        """
    )
    assert not any("{{c1::Forum Site}}: not for" in line for line in lines), lines
    # the line still rides with a card whose clue points to the name
    assert any("experts not for questions time-sensitive" in line for line in lines), lines


def test_an_abbreviation_of_a_described_thing_is_hidden_with_its_spelling() -> None:
    lines = cards_of(
        """
        ## Compute

        **Servers:**
        - Renting virtual machines in the cloud by the hour
        - Storing data on virtual drives attached over the network
        - Scaling services using an auto-scaling group (ASG)
        - Paying per second of use for most operating systems

        **ASG:**
        - adds and removes instances to match the load on the app
        - keeps a minimum number of machines running at all times
        """
    )
    # The line is about the group: the topic's name is not what it hides.
    assert any("Scaling services using an {{c1::auto-scaling group (ASG)}}" in line for line in lines), lines
    assert not any("{{c1::Servers}}" in line and "auto-scaling group" in line for line in lines), lines


def test_an_overview_passes_over_a_first_line_that_defines_a_generic_term() -> None:
    lines = cards_of(
        """
        ## Compute

        **Batch:**
        Jobs that can run without end user interaction, or can be scheduled to run as resources permit, are called batch jobs. Batch processing is for programs executed with minimal human interaction.
        - lets engineers run hundreds of thousands of batch computing jobs on the platform
        - fully managed batch processing at any scale
        - launches instances or spot instances as the jobs need them
        - jobs are defined as container images
        """
    )
    overview = next(line for line in lines if line.startswith("[overview]"))
    assert overview.startswith("[overview] Compute | Batch => lets engineers run hundreds of thousands"), lines
    assert any("are called" in line for line in lines), lines  # the term's line is still asked


def test_a_plain_line_rides_with_a_name_card_instead_of_a_hint_card() -> None:
    others = "".join(
        f"""
        **{name}:**
        - managed {kind} service of the platform
        - fast and quickly scalable to thousands of users
        - pay as you go with monthly and hourly rates
        """
        for name, kind in (("Queues", "queue"), ("Mail", "email"), ("Streams", "stream"), ("Cache", "cache"), ("Search", "search"))
    )
    lines = cards_of(
        """
        ## End user computing

        **Desktops:**
        - managed desktop as a service to provision Windows or Linux desktops
        - great to eliminate management of on-premises virtual desktop infrastructure
        - fast and quickly scalable to thousand of users
        - secured data, integrated with the key service of the platform
        """
        + others
    )
    # No word of its own: beside a hint (another card's fact) the hint alone would
    # answer. It joins the card that asks the name by a clue that points.
    assert not any("{{c1::Desktops}} (" in line for line in lines), lines
    assert any("{{c1::Desktops}}: " in line and "fast and quickly scalable to thousand of users" in line for line in lines), lines
    # the line that says the name itself ("virtual desktop") rides with the definition: no name asked twice
    assert not any("{{c1::desktop}}" in line for line in lines), lines
