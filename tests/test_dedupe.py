"""One card per fact: merges, near misses and repeated headings."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.commands.build import load
from pipeline.cards.maker import make_cards
from pipeline.model.cardtext import card_text
from pipeline.model.records import is_retired
from pipeline.config import Thresholds
from pipeline.curate.dedupe import _candidates, dedupe
from pipeline.notes.parse import parse_document

from .conftest import SEED_PACK


def _cards(markdown: str):  # type: ignore[no-untyped-def]
    return make_cards(parse_document(dedent(markdown).lstrip("\n"), "n.md"), "p")[0]


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    return load(SEED_PACK)


def test_the_same_term_twice_in_a_topic_is_one_card_with_both_facts_and_lines():
    cards, report = dedupe(
        _cards(
            """
            ## S

            **Topic:**
            - Bucket: a container of objects
            - Bucket: named globally
            """
        )
    )
    terms = [c for c in cards if c.kind == "term"]
    assert len(terms) == 1
    assert [s.line for s in terms[0].sources] == [4, 5]
    assert "a container of objects" in terms[0].answer and "named globally" in terms[0].answer
    assert [str(d) for d in report] == ["n.md:5: warning: duplicate of the card at n.md:4 (S › Topic › Topic — Bucket): merged into it"]


def test_a_second_definition_is_not_shown_twice_even_when_it_adds_a_word():
    cards, report = dedupe(
        _cards(
            """
            ## Networking

            - Internet Gateway: gives resources in a public subnet direct two-way access to and from the internet.
            - NAT Gateway: lets private instances reach out to the internet, with no inbound connections

            ## Glossary

            - Internet Gateway: two-way internet access for public subnets.
            - NAT Gateway: outbound-only internet access for private subnets
            """
        )
    )
    gateway = next(c for c in cards if card_text(c.prompt).endswith("Internet Gateway"))
    assert "two-way internet access for public subnets" not in card_text(gateway.answer), gateway.answer
    assert {3, 8} <= {s.line for s in gateway.sources}
    nat = next(c for c in cards if card_text(c.prompt).endswith("NAT Gateway"))
    # "outbound-only", a word the first did not say, still defines the same thing again: one definition
    assert "outbound-only" not in card_text(nat.answer) and "inbound" in card_text(nat.answer), nat.answer
    assert {4, 9} <= {s.line for s in nat.sources}
    assert len(report) == 2, [str(d) for d in report]


def test_of_two_term_definitions_the_fuller_is_shown():
    cards, _ = dedupe(
        _cards(
            """
            ## Glossary

            - Cloud Guard: detects misconfigurations and threats, can auto-remediate.
            - Security Zone: compartment with policies that block insecure actions.

            ## Security

            - Cloud Guard: monitors your tenancy for misconfigurations and risky activity, using detector recipes
            - Vault: a managed service for encryption keys and secrets
            """
        )
    )
    [guard] = [c for c in cards if card_text(c.prompt).strip() == "Cloud Guard"]
    assert card_text(guard.answer).strip() == "monitors your tenancy for misconfigurations and risky activity, using detector recipes"


def test_a_topics_facts_merged_into_a_terms_card_are_kept():
    cards, _ = dedupe(
        _cards(
            """
            ## Compute

            - Cloud Run - serverless containers, scales to zero, HTTP/events, any language

            ## Deploying

            **Cloud Run**
            - concurrency per instance, min instances to avoid cold starts, max instances to cap cost
            """
        )
    )
    [run] = [c for c in cards if card_text(c.prompt).strip() == "Cloud Run"]
    assert "serverless containers" in card_text(run.answer) and "cold starts" in card_text(run.answer), run.answer


def test_one_label_over_each_sections_own_numbered_list_is_not_one_thing():
    cards, report = dedupe(
        _cards(
            """
            # Domain 1

            Task statements: 1.1 ingest and store data · 1.2 transform data and perform feature engineering

            # Domain 2

            Task statements: 2.1 choose a modeling approach · 2.2 train and refine models
            """
        )
    )
    answers = [card_text(c.answer) for c in cards if card_text(c.prompt).startswith("Task statements")]
    assert len(answers) == 2 and not any("1.1" in a and "2.1" in a for a in answers), answers
    assert not any("defines the same thing" in d.message for d in report)


def test_the_same_fact_in_another_topic_is_merged_into_the_first():
    markdown = """
        ## Global

        **Queues:**
        - Ordering: first in, first out
        - Retention: messages are kept up to 14 days in a queue

        ## Messaging

        **SQS:**
        - message queue service
        - messages kept up to 14 days (retention)
        """
    before = _cards(markdown)
    cards, report = dedupe(before)
    numbers = [c for c in cards if c.kind == "number"]
    assert len(numbers) == 1
    assert numbers[0].guid == next(c for c in before if c.kind == "number").guid
    assert [s.line for s in numbers[0].sources] == [5, 11]
    assert any(str(d).startswith("n.md:11: warning: same fact as the card at n.md:5") for d in report)


def test_different_numbers_are_different_facts():
    cards, report = dedupe(
        _cards(
            """
            ## Plans

            **Business:**
            - 24/7 phone access
            - case response for business-critical system down <30 min

            **Enterprise:**
            - designated account manager
            - case response for business-critical system down <15 min
            """
        )
    )
    assert len([c for c in cards if c.kind == "number"]) == 2
    assert not [d for d in report if "alike" in d.message or "same fact" in d.message]


def test_a_repeated_heading_in_another_section_is_kept_and_named_by_its_section():
    cards, report = dedupe(
        _cards(
            """
            ## Cloud Computing

            **Pricing:**
            - pay for compute time
            - data transfer out is charged

            ## EC2

            **Pricing:**
            - On-demand: billing per second
            - Spot: cheap, can lose the instance
            """
        )
    )
    prompts = sorted(card_text(c.prompt) for c in cards if c.kind == "overview")
    assert prompts[0].startswith("Pricing (Cloud Computing)")
    assert "Pricing (EC2)" in prompts[1]
    assert [str(d) for d in report] == [
        "n.md:9: warning: heading also used at n.md:3 (Cloud Computing): cards kept apart by their section"
    ]


def test_a_heading_in_its_own_section_is_not_named_by_it_again():
    cards, _ = dedupe(
        _cards(
            """
            ## cloudsql

            - `gcloud sql backups create --async --instance [INSTANCE_NAME]`
            - `gcloud sql instances patch [INSTANCE_NAME] --backup-start-time [HH:MM]`

            ## Import/Export Data

            ### CloudSQL

            1. grant SA permissions to bucket: `gsutil acl ch -u [SERVICE_ACCOUNT_ADDRESS]:W gs://[BUCKET_NAME]`
            2. create DB export: `gcloud sql export sql [INSTANCE_NAME] gs://[BUCKET_NAME]/[FILE_NAME]`
            """
        )
    )
    prompts = sorted(card_text(c.prompt) for c in cards if c.kind == "overview")
    assert "cloudsql (cloudsql)" not in prompts and "cloudsql" in prompts, prompts
    assert "CloudSQL (Import/Export Data)" in prompts, prompts


def test_thresholds_come_from_the_pack():
    markdown = """
        ## A

        **DynamoDB:**
        - key/value database
        - fully managed point in time recovery up to 35 days

        ## B

        **QLDB:**
        - ledger database
        - fully managed point in time restore up to 35 days
        """
    strict_cards, strict_report = dedupe(_cards(markdown), Thresholds(merge=100, report=80))
    assert len([c for c in strict_cards if c.kind == "number"]) == 2
    assert any("near duplicate" in d.message and "n.md:5" in d.message for d in strict_report)
    loose_cards, _ = dedupe(_cards(markdown), Thresholds(merge=80, report=70))
    assert len([c for c in loose_cards if c.kind == "number"]) == 1


def test_seed_duplicates_are_merged_or_named_and_reported_with_both_lines(seed):  # type: ignore[no-untyped-def]
    messages = [str(d) for d in seed.diagnostics]
    # AWS Health Dashboard (formerly Personal Health Dashboard), a topic, and again a term under Basic support:
    # one card, one definition; the former name in parentheses does not make the name a phrase.
    merged = [c for c in seed.pack.cards if "Personal Health Dashboard" in card_text(c.prompt)
              and c.kind in ("overview", "term") and not is_retired(c.tags)]
    # (the list's label above the term, Basic support, may be cited with it)
    assert len(merged) == 1 and {1036, 1037, 1460} <= {s.line for s in merged[0].sources} <= {1036, 1037, 1457, 1460}
    assert "remediation guidance" in merged[0].answer and "personalized view" not in merged[0].answer.replace("peer", "per")
    assert any(m.endswith(".md:1460: warning: defines the same thing as the card at aws-cloud-practitioner.md:1036 "
                          "(Cloud Monitoring › AWS Health Dashboard (formerly Personal Health Dashboard)): merged into it")
               for m in messages), messages
    # Two "Pricing" topics and two "Shared Responsability Model for EC2" topics: kept, told apart
    # (Cloud Computing's asks what its lines share, "Pricing — pay for …": the fronts differ, no section names them).
    pricing = [card_text(c.prompt) for c in seed.pack.cards if c.kind == "overview" and c.topic == "Pricing"]
    assert len(pricing) == 2 and len(set(pricing)) == 2 and any("pay for" in p for p in pricing), pricing
    model = [c for c in seed.pack.cards if c.kind == "overview" and c.topic == "Shared Responsability Model for EC2"]
    assert {c.section for c in model} == {"EC2", "EC2 Instance Storage"}
    # (fronts that differ need no section to tell them apart: no warning; the fixture above has one)
    assert not any(".md:250: warning: heading also used at aws-cloud-practitioner.md:51" in m for m in messages)
    # The shared responsibility model again in another section (1119): its items are asked by
    # classification cards, so no list card of it stands near the definition at 74.
    assert not any(".md:1119: warning: near duplicate" in m for m in messages)


def test_comparisons_stay_linear_in_the_number_of_cards():
    words = [[f"w{i}", "common", "shared"] for i in range(2000)]
    pairs = list(_candidates(words))
    assert len(pairs) <= 2000 * 40


def test_a_long_list_holding_a_short_cards_words_is_no_copy_of_it():
    """`port security` (four lines) holds every word of `dynamic desirable +
    auto/desirable/trunk = trunk`: merged, its list hung on the DTP card's back."""
    markdown = """
        ## Switching

        - DTP modes
          - `dynamic auto` + `dynamic auto` = ACCESS
          - `dynamic desirable` + auto/desirable/trunk = trunk
          - `switchport nonegotiate` = stop DTP

        ## Security

        - passwords: `enable secret` beats `enable password`
        - ACLs: standard near the destination, extended near the source
        - port security
          - only on static access or trunk (not dynamic auto/desirable)
          - max 1 MAC default, violation shutdown default
          - modes: protect (drop silently) / restrict (drop + log) / shutdown (err-disable)
          - `switchport port-security mac-address sticky`
        """
    cards, report = dedupe(_cards(markdown))
    desirable = [c for c in cards if "dynamic desirable" in card_text(c.prompt)]
    assert desirable and not any("port-security" in card_text(c.answer) for c in desirable)
    assert not any("same fact as" in d.message for d in report)
