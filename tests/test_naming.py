"""A thing's names in every form, hidden from a text; its one-line definition."""

from __future__ import annotations

import re

import pytest

from pipeline.model.definitions import Line, described, shorten
from pipeline.cards.things import _is_name
from pipeline.model.naming import FORMER_VOCABULARY, FORMER_WORDS, MASK, acronym_of, compound_parts, name_key, names_of, without_former_name


@pytest.mark.parametrize(
    ("title", "lines", "forms"),
    [
        ("SQS:", ["simple queue service", "producers send messages"], ("SQS", "simple queue service")),
        ("AWS Certificate Manager (ACM):", [], ("AWS Certificate Manager", "ACM")),
        ("DynamoDB Accelerator - DAX:", [], ("DynamoDB Accelerator", "DAX")),
        ("Service Quotes (= Service Limits):", [], ("Service Quotes", "Service Limits")),
        ("Enterprise Support Plan (24/7):", [], ("Enterprise Support Plan",)),
        ("QLDB:", ["Quantum Ledger Database"], ("QLDB", "Quantum Ledger Database")),
        ("EMR:", ["Elastic MapReduce"], ("EMR", "Elastic MapReduce")),
        ("EC2", ["Elastic Compute Cloud = way of doing IaaS"], ("EC2", "Elastic Compute Cloud")),
        ("EBS Volume:", ["Elastic Block Store Volume: network drive"], ("EBS Volume", "Elastic Block Store Volume")),
        ("NACL is Network Access Control List", [], ("NACL", "Network Access Control List")),
        ("EventBridge:", ["formerly CW Events:"], ("EventBridge", "CW Events")),
        ("IAM Identity Center:", ["successor to AWS Single Sign-On"], ("IAM Identity Center", "AWS Single Sign-On")),
        ("2. Security", [], ("Security",)),
        ("CloudHSM", ["Dedicated hardware -> Hardware Security Module"], ("CloudHSM", "Hardware Security Module")),
        ("AWS SDK", ["AWS Software Development Kit:"], ("AWS SDK", "AWS Software Development Kit")),
        ("What is Cloud Computing ?", [], ("What is Cloud Computing",)),
        # a capital inside a word gives its letter; each side of a slash spells its own acronym
        ("STIX", ["Structured Threat Information eXpression"], ("STIX", "Structured Threat Information eXpression")),
        ("MTBF / MTTF", ["Mean Time Between Failures / Mean Time To Failure"], ("MTBF / MTTF", "Mean Time Between Failures", "Mean Time To Failure")),
    ],
)
def test_names_from_title_and_first_lines(title: str, lines: list[str], forms: tuple[str, ...]) -> None:
    assert names_of(title, lines).forms == forms


def test_an_expansion_must_spell_the_acronym() -> None:
    # "simple notification" does not spell SQS: not an alias
    assert names_of("SQS", ["simple notification service"]).forms == ("SQS",)
    assert names_of("Lambda", ["FaaS: Function as a Service"]).forms == ("Lambda",)


@pytest.mark.parametrize(
    ("title", "text", "masked"),
    [
        ("Code-Guru", "AWS CodeGuru, Amazon Code Guru and codeguru", f"{MASK}, {MASK} and {MASK}"),
        ("CodeGuru", "use Code-Guru Reviewer", f"use {MASK} Reviewer"),
        ("Security Groups", "a security group; Security-Groups", f"a {MASK}; {MASK}"),
        ("Snapshot", "EBS snapshots are stored", f"EBS {MASK} are stored"),
        ("Simple Queue Service (SQS)", "Amazon Simple Queue Service, SQS queues", f"{MASK}, {MASK} queues"),
        ("Config", "configuration history and AWS Config rules", f"configuration history and {MASK} rules"),
        ("S3", "S3 buckets, not S30 or ES3", f"{MASK} buckets, not S30 or ES3"),
        ("Amazon Aurora", "aurora storage", f"{MASK} storage"),
        ("Cost & Usage Reports", "AWS Cost and Usage Report data", f"{MASK} data"),
    ],
)
def test_masking_hides_every_form_as_whole_words(title: str, text: str, masked: str) -> None:
    names = names_of(title)
    assert names.mask(text) == masked
    assert not names.shows(masked.replace(MASK, "x"))


def test_same_thing_by_alias_acronym_or_vendor_prefix() -> None:
    assert names_of("Amazon Aurora").same_thing(names_of("Aurora"))
    assert names_of("Simple Queue Service (SQS)").same_thing(names_of("SQS"))
    assert not names_of("SQS").same_thing(names_of("SNS"))
    assert name_key("AWS Code-Guru") == name_key("codeguru")
    assert name_key("Security Groups") == name_key("security group")


def test_a_name_ending_in_a_plain_word_is_said_by_the_initials_before_it() -> None:
    names = names_of("Elastic IP address")
    assert names.mask("EIP is allocated at the VPC level") == f"{MASK} is allocated at the VPC level"
    assert names.same_thing(names_of("EIP"))
    # a name of capitalised words only, or of one word before the plain one, gains no such short name
    assert not names_of("Elastic Beanstalk").shows("ELB routes traffic")
    assert not names_of("Public address").shows("PA")


def test_compound_titles_and_acronyms() -> None:
    assert compound_parts("Network ACL & Security Groups:") == ["Network ACL", "Security Groups"]
    assert compound_parts("Cost & Usage Reports (CUR)") == ["Cost & Usage Reports (CUR)"]
    # joined inside its brackets, one name: no option "SRR)" beside "S3 Websites"
    assert compound_parts("S3 Replication (CRR & SRR)") == ["S3 Replication (CRR & SRR)"]
    assert compound_parts("CloudFront") == ["CloudFront"]
    assert acronym_of("Network ACL") == "NACL"
    assert acronym_of("Cost & Usage Reports") == "CUR"


def _described(title: str, *lines: str):  # type: ignore[no-untyped-def]
    return described(title, 1, [Line(text, n, 0) for n, text in enumerate(lines, 2)])


def test_definition_leaves_out_name_lines_and_a_leading_name() -> None:
    assert _described("SNS", "simple notification service, pub/sub messaging service").definition == "Pub/sub messaging service"
    assert _described("SQS", "simple queue service", "producers send messages").definition == "Producers send messages"
    assert _described("Kinesis", "Kinesis = real-time big data streaming").definition == "Real-time big data streaming"
    assert _described("EventBridge", "formerly CW Events:", "schedule: cron jobs").definition == "Schedule: cron jobs"
    # a name that is not the line's subject stays as written; too few words make no definition
    assert _described("API Gateway", "the API Gateway will proxy requests").definition == "The API Gateway will proxy requests"
    assert _described("Organizations", "global service", "manage multiple AWS accounts").definition == "Manage multiple AWS accounts"
    described_sqs = _described("SQS", "simple queue service", "producers send messages")
    assert [line.text for line in described_sqs.lines] == ["producers send messages"]


def test_long_definitions_are_cut_at_a_clause() -> None:
    text = "managed service to collect, process and analyze streaming data, " + "at any scale " * 10
    short = shorten(text, 12)
    assert short.endswith(" …") and len(short.split()) <= 13
    assert shorten("short line", 12) == "short line"


def test_a_former_name_in_parentheses_is_an_alias_and_no_part_of_the_name() -> None:
    """`AWS Health Dashboard (formerly Personal Health Dashboard)`: a renamed service
    keeps its old name in view; cards still treat it as one name, answered either way."""
    title = "AWS Health Dashboard (formerly Personal Health Dashboard)"
    names = names_of(title)
    assert names.full == "AWS Health Dashboard"
    assert names.same_thing(names_of("Personal Health Dashboard"))
    assert without_former_name(title) == "AWS Health Dashboard"
    assert without_former_name("KMS keys (formerly Customer Master Keys, CMK)") == "KMS keys"
    assert _is_name(title, heading=True) and not _is_name("Why it was (formerly) renamed", heading=True)


def test_every_word_of_a_former_name_phrase_is_in_the_vocabulary_only_names_tests_first() -> None:
    words = set(re.findall(r"(?<![\\a-z])[a-z]{2,}", FORMER_WORDS.pattern))
    assert {"formerly", "successor", "called"} <= words
    assert words <= FORMER_VOCABULARY


def test_words_after_a_hidden_name_that_spell_it_are_hidden_with_it() -> None:
    assert names_of("OpEx").mask("OpEx (operational expenditure) - spend as you use") == f"{MASK} - spend as you use"
    assert names_of("EDR").mask("EDR (endpoint detection and response) watches hosts") == f"{MASK} watches hosts"
    # a bracket of something else stays: it is a clue, no spelling
    assert names_of("OpEx").mask("OpEx (billed monthly) - spend as you use") == f"{MASK} (billed monthly) - spend as you use"
