"""A later sentence of a term's definition that opens with another name is a
fact of that name, never of the term."""

from __future__ import annotations

from .test_cards import cards_of
from .test_heading_blanks import RULES_TO_SELF


def test_a_sentence_opening_with_another_name_is_asked_by_that_name() -> None:
    lines = cards_of(
        """
        ## Monitoring

        - **CloudWatch** — metrics, logs and alarms for endpoints and instances
        - **CloudTrail** — who called which API (e.g. who deleted the endpoint) -> auditing. X-Ray for tracing the app around the model
        """
    )
    assert any("| {{c1::X-Ray}} for tracing the app around the model =>" in line for line in lines), lines
    assert not any("{{c1::CloudTrail}}" in line for line in lines), lines


def test_the_second_half_of_a_long_list_does_not_open_with_its_conjunction() -> None:
    lines = cards_of(
        """
        ## Security

        - Data Safe: security assessments, user assessments, sensitive data discovery, and data masking, activity auditing for databases
        """
    )
    assert any("| {{c1::Data Safe}}: data masking, activity auditing for databases =>" in line for line in lines), lines


def test_a_later_sentence_that_answers_its_own_blank_is_said_on_the_terms_back() -> None:
    lines = cards_of(
        """
        # Scrum

        ## Roles (accountabilities)

        - **Product Owner**: maximizes the value of the product; owns the Product Backlog. Can cancel a sprint if the Sprint Goal becomes obsolete — only the PO can.
        - **Scrum Master**: accountable for the Scrum Team's effectiveness; a true leader who serves.
        - **Developers**: create a usable Increment each Sprint.

        ## IAM (identity and access management)

        ### Access control models

        - MAC — Mandatory — labels & clearances set by admin; users can't change; military/government
        - DAC — Discretionary — owner decides (NTFS perms)
        """
    )
    # "[...]: Can cancel a sprint ... — only the PO can": its initials answer it
    assert not any("{{c1::Product Owner}}" in line for line in lines), lines
    assert any(line.startswith("[overview]") and "| Product Owner =>" in line and "only the PO can" in line for line in lines), lines
    # a sentence joined back where the line's semicolon was cut keeps it
    assert any("set by admin; users can't change" in line for line in lines), lines
    assert not any("set by admin users" in line for line in lines), lines


def test_a_sentence_whose_subject_follows_an_article_is_asked_by_that_subject() -> None:
    lines = cards_of(
        """
        # PMP

        ## Process domain

        ### Scope

        Collect requirements (interviews, focus groups, workshops/JAD, questionnaires, prototypes, observation) → define scope (project scope statement: deliverables, acceptance criteria, exclusions, constraints, assumptions) → create WBS. The **scope baseline = scope statement + WBS + WBS dictionary**. The WBS is deliverable-oriented and follows the 100% rule; the lowest level is the **work package**, which can be estimated and scheduled. Decomposing to activities happens in schedule management, not in the WBS. The requirements traceability matrix links each requirement back to business objectives and forward to deliverables/tests.


        ## PMI mindset (the thing that actually decides most questions)

        The "right" answer is rarely the fastest fix. PMI wants the PM to understand the situation first, then act, and to act within their own authority before escalating. In agile questions the PM is a servant leader — they facilitate, coach, remove impediments and protect the team, they don't assign tasks or make the team's decisions for it. When two answers both sound reasonable, choose the one that empowers the team, talks to the person directly and privately, or uses an existing artifact (team charter, working agreements, risk register) before anything else.

        Red-flag words in wrong answers: "immediately escalate", "tell the team member to", "fire", "ignore", "add it to the sprint" (mid-sprint), "the PM assigns". Green-flag words: "collaborate", "facilitate", "coach", "review the team charter", "discuss with the product owner", "assess the impact".

        """
        + RULES_TO_SELF
    )
    assert not any("{{c1::Scope}}" in line for line in lines), lines
    assert any("The {{c1::product owner}} owns the backlog priority." in line for line in lines), lines


def test_a_questions_answer_is_said_whole_not_asked_a_sentence_at_a_time() -> None:
    lines = cards_of(
        """
        ## Practice Qs I got wrong

        1. On-prem apps need to reach S3 privately over existing DX private VIF, no public VIF allowed.
           - Answer: S3 **interface** endpoint in VPC + Resolver inbound endpoint. Gateway endpoint doesn't work from on-prem. I chose gateway endpoint (again. stop it).
        """
    )
    assert any("— Answer => S3 interface endpoint in VPC + Resolver inbound endpoint. Gateway endpoint doesn't work from on-prem." in line for line in lines), lines
    assert not any("{{c1::Answer}}" in line or "{{c1::Gateway endpoint}}" in line for line in lines), lines
