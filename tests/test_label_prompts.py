"""A front says what it asks without the author's numbering, and a term too
bare to stand alone (a part of a coded name, an everyday word) is asked with
what it belongs to."""

from __future__ import annotations

from .test_cards import cards_of


def test_the_authors_numbering_is_no_part_of_a_front() -> None:
    lines = cards_of(
        """
        ## Architecture

        **1. Reliability**
        - the ability of a workload to recover from disruptions and meet demand
        - Design principles:
          - test recovery procedures
          - recover automatically from failure
          - stop guessing capacity
        """
    )
    assert "[overview] Architecture | Reliability => the ability of a workload to recover from disruptions and meet demand @3,4" in lines, lines
    enumeration = next(line for line in lines if line.startswith("[enumeration]"))
    assert "| Reliability — Design principles {{c1::" in enumeration, enumeration
    assert not any("| 1. Reliability" in line for line in lines), lines


def test_a_part_of_a_coded_name_is_asked_as_what_it_stands_for() -> None:
    lines = cards_of(
        """
        ## Compute

        **Instance naming:**
        - Naming pattern, for ex c6.large
          - c: instance family
          - 6: generation of the hardware
          - large: size within the family
        """
    )
    assert any("| c6.large: what does “6” stand for? => generation of the hardware" in line for line in lines), lines
    assert any("| c6.large: what does “c” stand for? => instance family" in line for line in lines), lines


def test_an_everyday_word_is_asked_with_the_list_it_belongs_to() -> None:
    lines = cards_of(
        """
        ## Networking

        **Firewalls:**
        - Network ACL: filters traffic at the subnet
          - stateless: return traffic must be allowed by a rule of its own
        - Security Group: filters traffic at the instance
          - stateful: return traffic is allowed by itself
        """
    )
    assert any("| Security Group — stateful => return traffic is allowed by itself" in line for line in lines), lines
    assert any("| Network ACL — stateless => return traffic must be allowed" in line for line in lines), lines


def test_a_name_or_a_word_under_a_generic_label_stands_alone() -> None:
    lines = cards_of(
        """
        ## Design

        **Principles:**
        - Automation: serverless, infrastructure as code, auto scaling
        - Loose Coupling: a failure of one part does not cascade to the others

        **Monitoring:**
        - CloudWatch: metrics and alarms for every service
        - EventBridge: reacts to events from many services
        """
    )
    assert any("| Automation => serverless, infrastructure as code, auto scaling" in line for line in lines), lines
    assert not any("Monitoring — CloudWatch" in line for line in lines), lines


def test_a_lists_label_that_is_a_clause_is_asked_with_its_subject() -> None:
    lines = cards_of(
        """
        ## Networking

        **Flow Logs:**
        - capture info about IP traffic going into our interfaces
          - VPC Flow Logs
          - Subnet Flow Logs
          - Network Interface Flow Logs
        - help to troubleshoot connectivity issues
        """
    )
    enumeration = next(line for line in lines if line.startswith("[enumeration]"))
    assert "| Flow Logs — capture info about IP traffic going into our interfaces {{c1::" in enumeration, lines
    # a term's own words stay as they are: the clause rule is for a list's label
    terms = cards_of(
        """
        ## Security

        **Abuse reports:**
        - report resources used for abusive or illegal purposes
        - abusive & prohibited behaviors: spam, port scanning, intrusion attempts
        """
    )
    assert not any("Abuse reports — abusive" in line for line in terms), terms


def test_a_blank_over_a_name_says_it_asks_a_name() -> None:
    lines = cards_of(
        """
        ## Ecosystem

        **Resources:**
        - Blogs
        - Whitepapers & Guides: for example the Well-Architected Framework
        - Forums
        """
    )
    asked = [line for line in lines if "{{c1::Whitepapers & Guides}}" in line and line.startswith("[term]")]
    assert asked and "Resources — which name? {{c1::Whitepapers & Guides}}: for example the Well-Architected Framework" in asked[0], lines


def test_an_aspect_every_sibling_has_is_asked_with_its_topic() -> None:
    lines = cards_of(
        """
        ## Practices

        **Incident management**

        Purpose: to restore normal service operation as quickly as possible.

        Key activities: logging, prioritising and resolving incidents.

        **Problem management**

        Purpose: to reduce the likelihood and impact of incidents.
        """
    )
    assert not any("| Purpose =>" in line for line in lines), lines
    assert any("| Incident management — Purpose => to restore normal service" in line for line in lines), lines
    assert any("| Problem management — Purpose => to reduce the likelihood" in line for line in lines), lines
