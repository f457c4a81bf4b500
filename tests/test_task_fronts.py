"""A label that is a bare condition ("if the link fails") or a bare step of a
task ("verify", "cfg") is asked as a question: what happens, which commands."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_condition_is_asked_as_what_happens() -> None:
    lines = cards_of(
        """
        ## Switching

        ### Duplex
        - late collisions are the classic sign of a duplex mismatch
        - if negotiation fails: speed is sensed, duplex falls back to half on slow links
        """
    )
    assert any("| What happens if negotiation fails? =>" in line for line in lines), lines


def test_a_bare_step_is_asked_as_which_commands_do_it() -> None:
    lines = cards_of(
        """
        ## Routing

        ### Link aggregation
        - bundles several physical links into one logical link
        - cfg: interface range g0/1 - 2, then channel-group 1 mode active
        - verify: show etherchannel summary
        """
    )
    assert any("Link aggregation : which commands configure it? =>" in line for line in lines), lines
    assert any("Link aggregation : which command verifies it? =>" in line for line in lines), lines
    assert not any("— cfg" in line or "— verify" in line for line in lines), lines


def test_an_exam_snapshot_is_about_the_exam_not_its_content() -> None:
    lines = cards_of(
        """
        ## Prep

        **Exam snapshot**

        - 180 questions in 230 minutes, delivered at a test centre or online
        - Once passed: 60 credits every three years to keep it

        **Scope baseline**

        - the approved scope statement, the WBS and the WBS dictionary
        """
    )
    assert lines, lines
    assert not any("180 questions" in line or "60 credits" in line for line in lines), lines


def test_a_label_that_says_when_is_not_asked_what_it_is() -> None:
    lines = cards_of(
        """
        ## Events

        ### Sprint
        - During the Sprint
          - no changes are made that would endanger the Sprint Goal
          - quality does not decrease
        """
    )
    assert lines, lines
    assert not any("What is During" in line for line in lines), lines


def test_a_later_sentence_is_not_asked_by_a_plain_label_nor_by_a_term_it_names() -> None:
    lines = cards_of(
        """
        ## Routing

        ### Link state
        - states: neighbours move from Init through 2-Way to Full adjacency. Two non-designated routers stay at 2-Way, which is normal.
        - Router SVIs: one virtual interface per VLAN routes between them. An SVI is up only while its VLAN has an active port.

        ### Quality of service
        - classify + mark: CoS lives in the 802.1Q tag and DSCP in the IP header. Expedited forwarding is the class voice uses.
        - queuing: CBWFQ guarantees bandwidth per class
        """
    )
    assert lines, lines
    assert not any("{{c1::states}}" in line or "{{c1::Router SVIs}}" in line or "{{c1::classify + mark}}" in line for line in lines), lines


def test_a_step_word_over_plain_kinds_asks_no_commands() -> None:
    lines = cards_of(
        """
        ## Resilience

        ### Recovery sites
        - hot sites are fully equipped and switch over fast
        - testing: tabletop, fail over, simulation
        """
    )
    assert not any("which command" in line for line in lines), lines
