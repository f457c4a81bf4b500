"""Lines split only where their parts are facts of one shape: an address's
`::` is no separator, a combination asks its result, a remark after a
list's members is offered as none of them."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.recognition import recognition_cards
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.label_remarks import without_heading_remark
from pipeline.notes.parse import parse_document

from .test_cards import cards_of


def _split(text: str) -> tuple[str, str] | None:
    split = inl.split_term((Span("text", text),))
    return (inl.to_plain(split[0]), inl.to_plain(split[1])) if split else None


def test_a_doubled_colon_or_one_inside_a_word_splits_no_term() -> None:
    assert _split("::1 loopback, :: unspecified") is None
    assert _split("FF02::1 all nodes, FF02::2 all routers") is None
    assert _split("solicited-node FF02::1:FFxx:xxxx (last 24 bits)") is None
    assert _split("Tags: name:value metadata") == ("Tags", "name:value metadata")
    assert _split("Loopback: ::1") == ("Loopback", "::1")


def test_a_combination_asks_what_it_gives_never_the_reverse() -> None:
    cards = cards_of(
        """
        ## Switching

        - DTP modes
          - `dynamic auto` + `dynamic auto` = ACCESS
          - `trunk` + `access` = mismatch, broken
          - `switchport nonegotiate` = stop DTP
        """
    )
    fronts = " ".join(cards)
    assert "dynamic auto + dynamic auto → ? => ACCESS" in fronts, cards
    assert "trunk + access → ? => mismatch, broken" in fronts, cards
    assert "which command? => dynamic auto" not in fronts and "kinds?" not in fronts, cards


def test_a_label_over_a_list_after_a_plus_is_no_combination() -> None:
    cards = cards_of(
        """
        ## Document Intelligence

        - OCR + structure: key-value pairs, tables, selection marks
        - prebuilt models: invoices, receipts, IDs
        """
    )
    assert not any("→ ?" in card for card in cards), cards
    assert any(card.endswith("=> OCR + structure @3") for card in cards), cards  # still asked, as a term of its list


def test_a_remark_after_a_list_is_offered_as_none_of_its_members() -> None:
    document = parse_document(
        dedent(
            """
            # Scrum

            ## Pillars

            1. **Transparency**: the work is visible to those doing it and those receiving it.
            2. **Inspection**: the artifacts and progress are inspected often, to catch problems early.
            3. **Adaptation**: when something drifts outside limits, adjust as soon as possible.

            The order matters: "Inspection without transparency is misleading", and "Inspection enables adaptation".
            """
        ),
        "n.md",
    )
    fronts = [re.sub(r"<[^>]+>", " ", card.prompt) for card in recognition_cards(document, "p")]
    offered = [front for front in fronts if "Which one is this:" in front]
    assert offered, fronts
    assert all("The order matters" not in front for front in offered), offered


def test_a_heading_remark_is_no_part_of_the_answered_name() -> None:
    assert without_heading_remark("S3 (developer angle)") == "S3"
    assert without_heading_remark("Azure AI Language (one service, lots of features)") == "Azure AI Language"
    assert without_heading_remark("EV (earned value)") == "EV (earned value)"  # the letters' expansion
    assert without_heading_remark("ACI (Container Instances)") == "ACI (Container Instances)"
    assert without_heading_remark("Storage Gateway (file)") == "Storage Gateway (file)"
    document = parse_document(
        dedent(
            """
            # Developer

            ## S3 (developer angle)

            - object max 5 TB; a single PUT max 5 GB; multipart required over 5 GB
            - per-prefix performance: 3,500 PUT and 5,500 GET per second
            - presigned URL: uses the creator's permissions, default 3600 s
            """
        ),
        "n.md",
    )
    answers = [re.sub(r"<[^>]+>", " ", card.answer).split("  ")[0].strip() for card in recognition_cards(document, "p")]
    assert answers and all("developer angle" not in answer for answer in answers), answers


def test_each_name_of_a_line_of_pairs_is_asked_of_its_parent() -> None:
    cards = cards_of(
        """
        ## Monitoring

        ### X-Ray
        - traces, segments and subsegments make a service map
        - ECS: daemon as a sidecar container; Elastic Beanstalk: option in `.ebextensions`; Lambda: just enable **active tracing**
        """
    )
    said = " ".join(cards)
    assert "X-Ray — ECS => daemon as a sidecar container" in said, cards
    assert "X-Ray — Elastic Beanstalk => option in .ebextensions @" in said, cards  # no `;` left hanging


def test_a_last_line_ending_on_a_colon_is_no_clue_and_no_back() -> None:
    markdown = """
        # Relational

        ## Azure SQL family

        **Elastic pool** - several DBs share a pool of resources
        **Hyperscale** - tier for very large DBs (up to 128 TB), fast scale
        - all PaaS options: automatic patching, backups, HA built in

        Open source on Azure (all PaaS, flexible server deployment now):
        **Azure Database for PostgreSQL** - flexible server
        **Azure Database for MySQL** - flexible server
        """
    document = parse_document(dedent(markdown), "n.md")
    fronts = [card.prompt for card in recognition_cards(document, "p")]
    assert fronts and all("Open source on Azure" not in front for front in fronts), fronts
    cards = cards_of(markdown)
    assert any("Azure SQL family | Elastic pool => several DBs share a pool" in line for line in cards), cards
    assert not any("=> Open source on Azure" in line for line in cards), cards



def test_a_steps_condition_is_no_term() -> None:
    lines = cards_of(
        """
        ## Integration

        Integrated change control steps (predictive):

        1. Evaluate / analyze the impact of the change on scope, schedule, cost, quality, risk, resources.
        2. Identify options (e.g. compress schedule, reduce scope, use reserves).
        3. Submit a formal change request.
        4. The change control board (CCB) or whoever is authorized approves or rejects it.
        5. If approved: update the project management plan, baselines and documents (change log too).
        6. Communicate the decision to stakeholders and implement.
        """
    )
    # "5. If approved: update the plan" is the fifth step, not a term "If approved"
    assert not any("| If approved =>" in line for line in lines), lines


def test_an_arrow_in_the_definitions_brackets_keeps_an_arrow_term() -> None:
    line = (Span("text", "failures -> DLQ (SQS/SNS), or destinations (on success / on failure -> SQS, SNS, Lambda)"),)
    split = inl.split_term(line)
    assert split is not None and inl.to_plain(split[0]).strip() == "failures", split
    assert inl.split_term((Span("text", "code -> build -> test"),)) is None  # a flow, no term


def test_a_short_name_in_lower_case_before_a_dash_is_a_term_when_the_rest_says_something() -> None:
    def split(text: str) -> tuple[str, str] | None:
        found = inl.split_term((Span("text", text),))
        return None if found is None else (inl.to_plain(found[0]), inl.to_plain(found[1]))

    assert split("watering hole — compromise a site the target group visits") == ("watering hole", "compromise a site the target group visits")
    assert split("hot site — fully equipped, near real-time data") == ("hot site", "fully equipped, near real-time data")
    assert split("snowball edge - compute optimized") is None  # one name's variant
    assert split("limited by time - short executions") is None  # a phrase


def test_a_lower_case_names_other_name_in_brackets_is_no_word_of_it() -> None:
    # "known env (white box)": two words and the name the exam also uses, a term all the same
    found = inl.split_term((Span("text", "known env (white box) - full info, creds, diagrams, src code"),))
    assert found is not None and inl.to_plain(found[0]).strip() == "known env (white box)", found
    assert inl.split_term((Span("text", "limited by time (mostly) - short executions"),)) is None  # still a phrase


def test_a_bold_names_other_name_after_a_slash_is_part_of_the_term() -> None:
    """`**Amazon DataZone** / SageMaker Unified Studio — catalog`: the definition is what
    follows the dash, never a fragment opening on the slash."""

    def split(line: str) -> tuple[str, str] | None:
        strong = Span("strong", children=(Span("text", line.split("**")[1]),))
        found = inl.split_term((strong, Span("text", line.split("**", 2)[2])))
        return (inl.to_plain(found[0]), inl.to_plain(found[1])) if found else None

    assert split("**Amazon DataZone** / SageMaker Unified Studio — business data catalog, data portal") == (
        "Amazon DataZone / SageMaker Unified Studio",
        "business data catalog, data portal",
    )
    assert split("**Audit** / AuditIfNotExists: log only, the resource is still created") == ("Audit / AuditIfNotExists", "log only, the resource is still created")
    assert split("**TCP** / UDP both carry the ports of the applications") is None
