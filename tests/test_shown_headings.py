"""A card shows a heading without the marks its author ranks or numbers it
with: an outline number below the parts ("8.6"), an exam weight ("(25% —
biggest!)"), a study remark ("(learn word for word)"), stars and pictographs."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.directions import direction_cards
from pipeline.cards.shown_headings import shown_text
from pipeline.notes.parse import parse_document

from .test_cards import card_line, cards_of


def test_outline_numbers_weights_and_study_remarks_are_no_part_of_a_heading() -> None:
    assert shown_text("8.6 Service level management ★") == "Service level management"
    assert shown_text("Config & security (25% — biggest chunk)") == "Config & security"
    assert shown_text("1.1 Definitions (learn word for word)") == "Definitions"
    assert shown_text("1️⃣ Core data concepts") == "Core data concepts"
    assert shown_text("Admission control (awareness)") == "Admission control"  # how deep the author goes
    assert shown_text("RBAC (the app-developer slice)") == "RBAC"
    assert shown_text("Azure Cosmos DB 📌📌") == "Azure Cosmos DB"
    # what is no mark stays: a quantity, a bracket that names, the part's own number
    assert shown_text("2.4 GHz band") == "2.4 GHz band"
    assert shown_text("Storage classes (Cloud Storage)") == "Storage classes (Cloud Storage)"
    assert shown_text("3. IP Connectivity") == "3. IP Connectivity"
    assert shown_text("★★★") == "★★★"


def test_a_front_and_its_breadcrumb_show_the_heading_without_its_marks() -> None:
    lines = cards_of(
        """
        ## 8. Practices in detail

        ### 8.2 Problem control ★ (25% of the exam)
        - Workaround: reduces the impact of an incident without resolving it
        - Known error: a problem that has been analysed but not resolved
        """
    )
    assert lines, lines
    assert not any("8.2" in line or "★" in line or "25%" in line for line in lines), lines
    assert any("Problem control" in line for line in lines), lines


def test_a_pictograph_flag_on_a_line_is_not_shown_on_its_card() -> None:
    lines = cards_of(
        """
        ## Databases

        **Cosmos DB** 📌
        - ⚠️ globally distributed NoSQL database with single-digit millisecond reads
        - APIs: NoSQL, MongoDB, Cassandra, Gremlin, Table
        """
    )
    assert lines, lines
    assert not any("📌" in line or "⚠" in line for line in lines), lines


def test_cards_asked_across_the_notes_name_the_heading_without_its_marks() -> None:
    notes = """
        ## Practices

        ### 7.1 Incident management ★
        - restores normal service operation as quickly as possible after an interruption

        ### 7.2 Problem management ★
        - reduces the likelihood and impact of incidents by finding their causes

        ### 7.3 Change enablement ★
        - maximizes the number of successful changes by assessing risks and authorizing them
        """
    made = direction_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p", frozenset())
    lines = [card_line(c) for c in made]
    assert lines, lines
    assert not any("★" in line or "7.1" in line or "7.2" in line for line in lines), lines


def test_a_heading_that_collects_or_glosses_is_never_the_blank() -> None:
    lines = cards_of(
        """
        ## Delivery

        ### Agile quick sheet
        - a burndown chart shows the work remaining going down over the sprint
        - (velocity is a planning aid for the team, never a target set by managers)
        - a burnup chart shows the work completed and any change of scope

        ### Cost mgmt / FinOps
        - budgets send alerts at thresholds and never stop spending by themselves
        - (billing export to a warehouse for detailed analysis, as a habit)
        - committed use discounts need a one or three year commitment
        """
    )
    assert lines, lines
    assert not any("{{c1::Agile quick sheet}}" in line or "{{c1::Cost mgmt / FinOps}}" in line for line in lines), lines
    from pipeline.cards.topic_headings import is_topic_heading

    # "Networking essentials" titles a part of the notes as "Networking basics" does: no name to blank
    assert is_topic_heading("Networking essentials") and is_topic_heading("Security fundamentals")


def test_no_recognition_card_answers_with_a_heading_that_files_unlike_lines() -> None:
    notes = """
        ## Operations

        ### Cost mgmt / FinOps
        - budgets & alerts notify at thresholds and never stop spending by themselves
        - quotas cap resource usage against runaway spend
        - labels attribute cost by team or environment

        ### Cloud Monitoring
        - collects metrics from every project and alerts on them through notification channels
        - uptime checks probe public endpoints from several regions
        """
    made = direction_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p", frozenset())
    answers = [c.answer for c in made if c.kind == "recognition"]
    assert not any("Cost mgmt" in a for a in answers), answers


def test_a_heading_of_two_parts_joined_by_a_hyphen_is_no_answer() -> None:
    from pipeline.cards.topic_headings import is_topic_heading

    assert is_topic_heading("Networking - core") and is_topic_heading("Domain 5 - Cloud Security Operations")
    assert not is_topic_heading("DLP - data loss prevention")  # an acronym and what it spells
    assert not is_topic_heading("AWS Health Dashboard - Service health")  # a product's name, then its part
    assert is_topic_heading("HA patterns") and is_topic_heading("Network terms") and is_topic_heading("Real-time on Azure")
    notes = """
        ## Infrastructure

        **Networking - core**
        - hub-spoke: shared services such as the firewall and gateways in the hub, workloads in the spokes
        - NSG filters layer 4 traffic of a subnet or a NIC, application security groups group VMs by role
        - outbound SNAT at scale and a static egress IP come from a NAT gateway

        **Azure Bastion**
        - browser RDP and SSH to virtual machines without any public IP address on them
        """
    made = direction_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p", frozenset())
    answers = [c.answer for c in made if c.kind == "recognition"]
    assert not any("Networking - core" in a for a in answers), answers


def test_the_notes_own_title_is_no_owner_of_a_lower_case_label() -> None:
    lines = cards_of(
        """
        # Exam prep — running notes

        ## core objects & imperative commands

        - rollouts
          - k rollout status deploy/web waits until the rollout finishes
          - k rollout undo deploy/web goes back to the previous revision
        """
    )
    assert lines, lines
    assert not any("running notes</b> —" in line or "running notes —" in line for line in lines), lines


def test_a_heading_that_files_members_is_no_answer_to_a_members_line() -> None:
    notes = """
        ## Threats

        ### adversaries
        - State actor - most resources, long campaigns, espionage and sabotage
        - Criminal group - money first: ransomware, fraud and extortion
        - Activist - a cause to advance, defacement and leaks
        - Insider - already has access, acts out of grudge or profit

        ### Social engineering
        - manipulating people into breaking normal security procedures
        - Pretexting: an invented story that earns the victim's trust
        - Tailgating: following an employee through a secured door
        - Vishing: the same trick over a phone call
        """
    made = direction_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p", frozenset())
    answers = [c.answer for c in made if c.kind == "recognition"]
    assert not any("adversaries" in a for a in answers), answers
    # a heading that says what it is keeps that line as its clue, never a member's
    social = [c.prompt for c in made if c.kind == "recognition" and "<b>Social engineering</b>" in c.answer]
    assert social and not any("secured door" in p or "phone call" in p for p in social), social


def test_a_checklist_of_the_authors_is_no_answer() -> None:
    notes = """
        ## Review

        ### last-week checklist
        - [x] subnetting drills under thirty seconds each
        - [x] neighbour troubleshooting lab done twice
        - [ ] redo the third practice exam and read every explanation
        """
    made = direction_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p", frozenset())
    assert not any("checklist" in c.answer for c in made if c.kind == "recognition"), [c.answer for c in made]


def test_a_line_that_sets_its_own_terms_against_others_never_hides_its_heading() -> None:
    lines = cards_of(
        """
        ## Design

        ### Log services
        - collects API calls made in the account for audit
        - CloudTrail != performance monitoring, that is another service
        """
    )
    assert lines, lines
    assert not any("{{c1::Log services}}" in line for line in lines), lines


def test_the_names_under_a_heading_that_files_a_part_of_the_notes_are_no_set_to_recite() -> None:
    lines = cards_of(
        """
        ## Services

        ### Address / name services
        - **Lease steps**: discover, offer, request, acknowledge
        - **Relay**: forwards broadcasts to a server on another subnet
        - **Records**: A for IPv4, AAAA for IPv6, MX for mail

        ### Analytics types "what → why"
        - **Descriptive**: what happened
        - **Diagnostic**: why it happened
        - **Predictive**: what will happen
        """
    )
    assert lines, lines
    assert not any("Address / name services" in line and "{{c1::Lease steps}}" in line for line in lines), lines
    assert any("{{c1::Descriptive}}" in line for line in lines), lines
