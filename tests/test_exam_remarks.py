"""The author's words on the exam or on the notes themselves ("Almost half the
exam.", "This section mixes cost, reliability and support") opening a heading's
lines are no definition of the heading, nor any fact to learn: no card says
them, and the heading gets no overview answered by them."""

from __future__ import annotations

import pytest

from pipeline.model.exam_remarks import advice_on_studying, speaks_of_the_exam

from .test_cards import cards_of

NOTES = """
## Core objects — 46%

Almost half the exam. Know every core object and which component does what.

### Pods
- smallest deployable unit; containers sharing network and volumes
"""


def test_a_remark_on_the_exam_answers_no_overview() -> None:
    lines = cards_of(NOTES)
    assert not any("half the exam" in line or "Know every" in line for line in lines), lines
    assert any("smallest deployable unit" in line for line in lines), lines  # the heading's facts are still asked


def test_what_speaks_of_the_exam() -> None:
    for text in ("Almost half the exam.", "This section mixes cost management, reliability, and support.",
                 "memorize these, they literally give you numbers", "The exam isn't based on either book",
                 "The first chunk of this domain is about system architecture", "This domain sounds fluffy but it is 17%."):
        assert speaks_of_the_exam(text), text
    for text in ("Evaluate the model on the test set", "the domain controller holds the directory",
                 "This bias is statistical, not fairness bias — the exam plays on that word",
                 "Knowledge areas: ten of them", "Verify you own this domain by adding a TXT record at the apex",
                 "This domain controller replicates every 15 minutes", "Add this domain to the allow list",
                 "Know these ports: 22 SSH, 80 HTTP, 443 HTTPS, 3389 RDP"):
        assert not speaks_of_the_exam(text), text


def test_a_domain_of_the_subject_opening_a_heading_is_asked() -> None:
    lines = cards_of(
        """
        ## Custom domains

        Verify you own this domain by adding a TXT record at the apex.
        """
    )
    assert any("TXT record" in line for line in lines), lines


def test_only_the_sentence_on_the_exam_goes() -> None:
    lines = cards_of(
        """
        ## Reporting and communication

        This domain is about the report. Vulnerability reports list the affected hosts, a risk score and the mitigation.
        """
    )
    said = " ".join(lines)
    assert "domain is about" not in said and "affected hosts" in said, lines


def test_a_domain_is_asked_without_the_exam_number_or_weight() -> None:
    lines = cards_of(
        """
        ## Domain 2 — Vulnerability Management

        Vulnerability management is a cycle, not a scan: discover, scan, prioritise, remediate, rescan.

        ## Cloud Native Delivery — 8%

        - rolling, recreate, blue/green and canary releases
        """
    )
    assert any(line.startswith("[overview]") and "| Vulnerability Management =>" in line for line in lines), lines
    assert not any("Domain 2" in line.split("|")[1] or "8%" in line.split("|")[1] for line in lines if "|" in line), lines


def test_advice_that_goes_on_to_facts_after_a_dash_or_equals_is_asked() -> None:
    said = " ".join(
        cards_of(
            """
            ## Risk

            - Memorize the formula ALE = SLE × ARO
            - Single loss expectancy is the asset value times the exposure factor

            ## OSI model

            - Memorize the 7 layers — Physical, Data Link, Network, Transport, Session, Presentation, Application
            - Encapsulation adds a header at each layer on the way down
            """
        )
    )
    assert "SLE × ARO" in said and "Presentation" in said, said


def test_this_domain_or_section_inside_a_sentence_is_the_subject_s() -> None:
    for text in ("A wildcard certificate for this domain covers every subdomain one level down.",
                 "Under this section, platforms are not treated as the publisher of user content."):
        assert not speaks_of_the_exam(text), text
    said = " ".join(
        cards_of(
            """
            ## Certificates

            - A wildcard certificate for this domain covers every subdomain one level down.
            - SAN certificates list several names.
            """
        )
    )
    assert "every subdomain" in said, said


# the author on a domain, on their own questions, on a section's share or on going over the notes;
# lines that only share a word with such remarks are facts
ON_THE_EXAM = [
    ('Honestly this domain is "spot the existing bad thing and pick the smallest fix."', True),
    ("Wrote these after the Tutorials Dojo set, redo them the night before.", True),
    ("biggest section, spend most review time here", True),
    ("Vocabulary that shows up in nearly every question.", True),
    ("Cover the A: lines and go through these the night before.", True),
    ("I wrote this script to redo the backups", False),
    ("This domain is verified by a TXT record", False),
    ("NAT shows up in the route table", False),
    ("The biggest instance type is u-24tb1", False),
]


@pytest.mark.parametrize(("line", "remark"), ON_THE_EXAM)
def test_the_author_on_the_exam_or_the_notes_is_no_fact(line: str, remark: bool) -> None:
    assert (speaks_of_the_exam(line) or advice_on_studying(line)) is remark
