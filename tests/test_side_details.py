"""A forward cloze never blanks a side detail while the thing it is true of
shows on the front: a scale figure ("[1000s] of networks") or a plain
qualifier of a generic kind ("-> [hybrid service]"). The line asks the
thing's name where it points there, else no card asks it."""

from __future__ import annotations

from pipeline.cards.side_details import asks_a_side_detail

from .test_cards import cards_of, without_offers


def test_a_scale_figure_or_a_qualified_generic_kind_is_a_side_detail() -> None:
    assert asks_a_side_detail("<b>Link</b>: expose a service to {{c1::1000s}} of networks")
    assert asks_a_side_detail("<b>Deployer</b>: works with VMs and on-premises servers → {{c1::hybrid service}}")
    assert asks_a_side_detail("<b>Files</b>: can be used with {{c1::on-premises systems}}")
    # a term of its own, a name, a number to learn: the line's fact
    assert not asks_a_side_detail("<b>Forensics</b>: acquisition - order of {{c1::volatility}}")
    assert not asks_a_side_detail("<b>Clusters</b>: control plane + nodes in {{c1::node pools}}")
    assert not asks_a_side_detail("<b>VPN</b>: on AWS it must use a {{c1::Virtual Private Gateway}}")
    assert not asks_a_side_detail("<b>Replicas</b>: can create up to {{c1::15}} replicas")


def test_no_card_blanks_a_side_detail_beside_the_things_name() -> None:
    lines = cards_of(
        """
        ## Operations

        **Deployer:**
        - deploy application code to machines automatically
        - an agent runs on each machine, set up ahead of time by the owner
        - works with virtual machines, functions and on-premises servers → hybrid service

        **Fleet Manager:**
        - gives visibility and control of the machines of an account
        - patch and run commands across a whole fleet of machines
        - helps manage virtual machines and on-premises servers at scale → hybrid service

        **Batch Runner:**
        - runs batch computing jobs on machines it provisions itself
        - no time limit on a job
        - run 100000s of computing batch jobs
        """
    )
    lines = without_offers(lines)
    text = "\n".join(lines)
    assert "{{c1::100000s}}" not in text, text  # the line says the name's word: no card asks it
    assert "{{c1::hybrid service}}" not in text, text
    # the line asks the name, with the definition that singles it out
    assert any(line.startswith("[detail] Operations | {{c1::Fleet Manager}}: ") and "hybrid service" in line for line in lines), text


def test_a_side_detail_is_said_last_on_the_overview_and_a_scale_figure_is_no_setting() -> None:
    from pipeline.cards.entries import Fact
    from pipeline.cards.side_details import said_anyway, scale_only
    from pipeline.model import Span

    def fact(text: str) -> Fact:
        return Fact((Span("text", text),), 1)

    definition = [fact("run hundreds of thousands of batch computing jobs on any runtime")]
    scale, setting = fact("expose one endpoint to 1000s of networks"), fact("keeps logs for 90 days")
    assert scale_only([scale]) and not scale_only([scale, setting])
    assert said_anyway(definition, [scale, setting], True, 2) == [*definition, scale]  # as far as room is left
    assert said_anyway(definition, [scale], False, 4) == definition  # an item's card is no overview


def test_no_blank_asks_again_a_name_the_things_definition_says() -> None:
    lines = cards_of(
        """
        ## Storage

        **Block Volume:**
        - network drive attached to one machine at a time
        - keeps its data after the machine stops

        **Snapshots:**
        - backup of a Block Volume at a point in time
        - recommended to detach the volume before taking one
        - can be copied across regions
        - a snapshot will restore the Block Volume
        """
    )
    assert not any("{{c1::Block Volume}}" in line and "restore" in line for line in lines), lines
    overview = next(line for line in lines if line.startswith("[overview] Storage | Snapshots"))
    assert "a snapshot will restore the Block Volume" in overview  # said with the definition


def test_a_line_that_defines_the_definitions_term_still_asks_it() -> None:
    lines = cards_of(
        """
        ## Operations

        **Event Hub:**
        - cloud-native SIEM + SOAR, built on a log workspace
        - connectors pull data from many sources
        - SIEM = collect, detect, investigate. SOAR = automate response
        """
    )
    assert any("{{c1::SIEM}} = collect, detect, investigate" in line for line in lines), lines


def test_a_former_name_is_never_blanked() -> None:
    def cards(name: str) -> list[str]:
        return cards_of(
            f"""
            ## Recovery

            **{name}:**
            - quickly recover physical, virtual and cloud servers into the cloud
            - used to be named "EndureCloud Disaster Recovery"
            - continuous block-level replication into a staging area
            - in a disaster, fail over the staging area to production
            """
        )

    # the new name asked from the old one, where the old one does not say it
    lines = cards("Elastic Recovery Service")
    assert any(line.startswith("[detail] Recovery | {{c1::Elastic Recovery Service}}: used to be named") for line in lines), lines
    # else said with the definition: a blank over the old name asks trivia
    lines = cards("Elastic Disaster Recovery")
    assert not any("{{c1::EndureCloud" in line for line in lines), lines
    assert "used to be named" in next(line for line in lines if line.startswith("[overview]")), lines
