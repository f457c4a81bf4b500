""""which N?" says N of what: the label's own plural, a noun the items share,
services for coined product names, kinds for plain words."""

from __future__ import annotations

from pipeline.cards.count_nouns import counted_noun, names_kind

from .test_cards import cards_of


def test_a_label_that_names_the_kind_keeps_the_bare_count() -> None:
    assert names_kind("Pricing Models") and names_kind("Disk kind") and names_kind("identity providers (where kept)")
    assert not names_kind("supports") and not names_kind("Different OS") and not names_kind("status")
    assert not names_kind("Billing across all accounts")  # the last word is no head of the label
    assert counted_noun("Pricing Models", ["pay as you go", "reserve"]) == ""


def test_the_items_shared_noun_is_counted() -> None:
    assert counted_noun("supports", ["Homogeneous migration for ex A to A", "Heterogeneous migrations for ex B to C"]) == " migrations"
    assert counted_noun("Storage", ["File Gateway", "Volume Gateway", "Tape Gateway"]) == " gateways"
    assert counted_noun("Rules", ["Allow Policies", "Deny Policy"]) == ""  # the label's plural is enough
    assert counted_noun("Rule", ["Allow Policies", "Deny Policy"]) == " policies"
    assert counted_noun("Rule", ["Allow Policies"]) is None  # one item is no kind
    assert counted_noun("Storage", ["Big Box", "Small Boxes"]) == " boxes"
    assert counted_noun("Global Infra", ["AWS Regions", "AWS Availability Zones"]) is None  # a shared first word is a vendor


def test_coined_product_names_are_services_and_plain_words_kinds() -> None:
    products = {"S3", "DynamoDB", "User-Based", "Resource-Based"}.__contains__
    assert counted_noun("Endpoint Gateway", ["S3", "DynamoDB"], products) == " services"
    assert counted_noun("Security", ["User-Based", "Resource-Based"], products) == " kinds"  # described, but no product's name: an idea's kinds
    assert counted_noun("sampling", ["adaptive", "fixed-rate", "ingestion"]) == " kinds"
    assert counted_noun("Physical", ["locks", "fences", "bollards"]) is None  # plural nouns are examples
    assert counted_noun("Cloud SDK", ["gcloud", "gsutil"]) is None  # a product's tools, no kinds of it


def test_a_count_over_names_the_notes_describe_says_services() -> None:
    lines = cards_of(
        """
        ## Networking

        **VPC Endpoints:**
        - endpoints connect a VPC to AWS services over a private network
        - Gateway endpoint: S3 & DynamoDB
        - sampling: adaptive, fixed-rate, ingestion

        ## Storage

        **S3:**
        - object storage service, buckets of files

        **DynamoDB:**
        - serverless NoSQL database service
        """
    )
    assert any("Gateway endpoint — which 2 services? => S3 & DynamoDB" in line for line in lines), lines
    assert any("sampling: which 3 kinds? => adaptive, fixed-rate, ingestion" in line for line in lines), lines


def test_a_label_over_one_line_of_plain_members_counts_its_kinds() -> None:
    lines = cards_of(
        """
        ## Assessments

        **Audits:**
        - Pentesting
          - physical, offensive (red), defensive (blue)
        - Scans
          - run weekly against every host in the estate
        """
    )
    assert any("Pentesting — which 3 kinds? => physical, offensive (red), defensive (blue)" in line for line in lines), lines
