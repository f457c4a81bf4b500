"""A topic whose first line is a clause about another subject has no defining
line: its lines are not asked by the topic's bare label."""

from __future__ import annotations

from pipeline.cards.own_subjects import defines_another, opens_on_another_subject
from pipeline.model import Span

from .test_cards import cards_of


def _line(text: str) -> tuple[Span, ...]:
    return (Span("text", text),)


def test_a_clause_about_another_subject_defines_nothing() -> None:
    assert opens_on_another_subject("Billing Alarms", _line("billing data metric is stored in us-east-1"))
    assert opens_on_another_subject("Incident management", _line("Priorities are set by impact"))


def test_the_topic_itself_a_pronoun_or_a_verb_phrase_still_define_it() -> None:
    assert not opens_on_another_subject("VPC", _line("VPC is a private network"))
    assert not opens_on_another_subject("Tagging", _line("tags are used for organizing resources"))
    assert not opens_on_another_subject("Classification vs clustering", _line("clustering is often step 1"))
    assert not opens_on_another_subject("Elasticity", _line("Once a system is scalable, it can grow"))
    assert not opens_on_another_subject("Security Groups", _line("Control how traffic is allowed into instances"))
    assert not opens_on_another_subject("Cognito", _line("way to provide identity for app users"))


def test_a_thing_without_a_defining_line_is_not_asked_by_its_bare_name() -> None:
    lines = cards_of(
        """
        ## Billing

        **CloudWatch Alarms:**
        - billing data metric is stored in us-east-1 and is aggregated for worldwide costs
        - actual costs, not projected
        - simple alarms

        **Budgets:**
        - send alarms when costs exceed the budget
        - can track CloudWatch Alarms spend
        """
    )
    assert not any(line.startswith("[overview] Billing | CloudWatch Alarms =>") for line in lines), lines
    assert any(line.startswith("[detail]") and "billing data metric" in line for line in lines), lines


def test_a_subordinate_clause_is_no_subject_of_its_own() -> None:
    line = _line("process data while it is being created, far from any data center")
    assert not opens_on_another_subject("Edge Computing", line)


def test_a_heading_left_with_one_labelled_line_asks_by_that_label() -> None:
    lines = cards_of(
        """
        ## Virtualization & cloud

        Type 1 hypervisor — bare metal, runs directly on hardware (ESXi, Hyper-V)
        Type 2 hypervisor — hosted, runs on top of an OS (VirtualBox)
        Requirements for VMs — CPU virtualization extensions, enough RAM/storage, network
        """
    )
    assert not any(line.startswith("[overview]") and "Virtualization & cloud =>" in line for line in lines), lines
    assert any(line.startswith("[term]") and "| Requirements for VMs => CPU virtualization" in line for line in lines), lines


def test_a_clause_before_the_dash_is_no_label_to_ask_by() -> None:
    lines = cards_of(
        """
        ## Virtualization & cloud

        Type 1 hypervisor — bare metal, runs directly on hardware (ESXi, Hyper-V)
        Type 2 hypervisor — hosted, runs on top of an OS (VirtualBox)
        Hypervisors can run nested VMs — CPU virtualization extensions, enough RAM/storage, network
        """
    )
    # "Hypervisors can run nested VMs" says a fact with its verb: asked as a front it confirms itself
    assert not any(line.startswith("[term]") and "| Hypervisors can run" in line for line in lines), lines
    assert any("nested VMs" in line for line in lines), lines


def test_a_line_defining_another_term_then_going_on_is_no_definition() -> None:
    assert defines_another("Microsoft Entra ID", _line("tenant = dedicated Entra instance; one tenant, many subs."))
    assert defines_another("DR strategies", _line("Multi-AZ = HA within region; multi-region = DR"))
    assert defines_another("Time", _line("NTP = UDP 123. stratum 0 = reference clock"))


def test_the_topic_its_synonym_or_an_authors_bold_term_still_define_it() -> None:
    assert not defines_another("Kinesis", _line("Kinesis = real-time big data streaming. managed service"))
    assert not defines_another("EC2 User Data", _line("bootstrapping = launching commands when a machine starts"))
    assert not defines_another("Right Sizing", _line("right sizing = process of matching instance types; saves cost"))
    bold = (Span("strong", "SODIMM"), Span("text", " = small laptop RAM stick. M.2 = usual laptop storage"))
    assert not defines_another("Laptop hardware", bold)


def test_a_topic_opening_on_another_terms_definition_asks_that_term() -> None:
    lines = cards_of(
        """
        ## Identity

        ### Microsoft Entra ID
        - tenant = dedicated Entra instance; one tenant, many subs. A sub trusts exactly ONE tenant.
        - usage location must be set before assigning a license
        """
    )
    assert not any(line.startswith("[overview]") and "=> tenant = dedicated" in line for line in lines), lines
    assert any("— tenant => dedicated Entra instance" in line for line in lines), lines


def test_a_condition_or_a_possessive_opening_a_sentence_is_no_subject_to_blank() -> None:
    from pipeline.cards.headings_asked import own_subject

    assert own_subject("If your requirements are simple, a storage queue may be the best option.", "Azure Queue Storage") is None
    assert own_subject("Its primary goal is to ensure cost-effectiveness in the cloud.", "FinOps") is None
    assert own_subject("UDP sends independent datagrams.", "Transport") is not None  # a subject of its own still is
