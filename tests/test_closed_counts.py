"""A "which N?" front closes a list: it is asked only of N members of one set
that the notes list whole, never of a few examples or of facts about a thing."""

from __future__ import annotations

from pipeline.cards.counted import a_member, open_ended

from .test_cards import cards_of


def test_a_label_or_a_last_item_that_leaves_the_list_open_is_no_closed_set() -> None:
    assert open_ended("pre-training bias metrics on the dataset, e.g.", ["Class Imbalance", "DPL"])
    assert open_ended("services such as", ["S3", "EBS"])
    assert open_ended("Use cases", ["batch", "web"])
    assert open_ended("metrics", ["Class Imbalance", "KL / JS divergence, etc."])
    assert open_ended("engines", ["MySQL", "PostgreSQL..."])
    assert open_ended("origins", ["S3 bucket", "any HTTP backend"])
    assert not open_ended("alarm states", ["OK", "ALARM", "INSUFFICIENT_DATA"])
    assert not open_ended("regions", ["us-east-1 (N. Virginia, etc.)", "eu-west-1"])  # an item's own remark


def test_a_member_is_one_short_name_leading_its_line() -> None:
    assert a_member("Billing Dashboard (with Free Tier Dashboard usage)")
    assert a_member("S3 bucket (security with Origin Access Control (OAC), formerly (OAI), an ingress)")  # nested brackets
    assert a_member("Homogeneous migration for ex Oracle to Oracle")  # the name, then its example
    assert a_member("at rest with KMS — training volumes, output artifacts")
    assert not a_member("health agent pushes metrics to CloudWatch")
    assert not a_member("System Event, Policy Denied")  # two members on one line
    assert a_member("S3 bucket, with an origin access identity")  # one member and a remark on it


def test_facts_under_a_label_are_not_counted_as_members() -> None:
    lines = cards_of(
        """
        ## Warehouses

        **Cost control:**
        - resource monitors
          - created by the account admin
          - credit quota per interval (daily, weekly, monthly)
          - set at account level or on specific warehouses
        """
    )
    assert any("Cost control — resource monitors =>" in line for line in lines), lines
    assert not any("which" in line for line in lines), lines


def test_an_example_list_is_not_asked_as_a_closed_count() -> None:
    lines = cards_of(
        """
        ## Data

        **Clarify:**
        - detects bias before training
        - **pre-training bias** metrics on the dataset, e.g.
          - Class Imbalance (CI) — one facet value under-represented
          - Difference in Proportions of Labels (DPL) — label rate differs
          - KL divergence
        """
    )
    assert any("metrics on the dataset, e.g. =>" in line for line in lines), lines
    assert not any("which 3" in line for line in lines), lines


def test_a_list_that_trails_off_is_not_asked_as_a_closed_count() -> None:
    lines = cards_of(
        """
        ## Data

        **Clarify:**
        - detects bias before training
        - **pre-training bias** metrics on the dataset
          - Class Imbalance (CI) — one facet value under-represented
          - Difference in Proportions of Labels (DPL) — label rate differs
          - KL / JS divergence, etc.
        """
    )
    assert any("metrics on the dataset =>" in line for line in lines), lines
    assert not any("which 3" in line for line in lines), lines


def test_lines_holding_several_members_each_are_not_counted_by_line() -> None:
    lines = cards_of(
        """
        ## Compute

        **Engine:**
        - virtual machines on demand
        - machine families
          - general purpose (E2, N2)
          - compute optimized (C2), memory optimized (M1)
          - custom machine types - pick vCPU + mem yourself
        """
    )
    assert not any("which 3" in line for line in lines), lines


def test_one_word_said_two_ways_is_no_pair_of_values() -> None:
    lines = cards_of(
        """
        ## Controls

        **Control types:**
        - Preventive - blocks before (firewall, locks)
        - Detective - identifies/records (IDS, log review, motion sensor)
        - Corrective - fixes after (restore from backup, patch)
        """
    )
    assert not any("Detective: which 2" in line or "Detective — which 2" in line for line in lines), lines


def test_a_comparison_topic_does_not_list_its_aspects_as_members() -> None:
    lines = cards_of(
        """
        ## Explain the importance of using appropriate cryptographic solutions
        ### Symmetric vs asymmetric

        | | Symmetric | Asymmetric |
        |---|---|---|
        | Keys | 1 shared secret | public/private key pair |
        | Speed | fast, bulk data | slow, small data / key exchange |

        - Real life = hybrid. TLS uses asymmetric to agree a symmetric session key.
        - Key length: longer = stronger. ECC gets equivalent strength with much smaller keys than RSA (256-bit ECC ≈ 3072-bit RSA).
        """
    )
    # "which 2?" under "Symmetric vs asymmetric" reads as asking for the two compared
    assert not any("Symmetric vs asymmetric — which 2" in line for line in lines), lines
    assert not any("=> Real life Key length" in line for line in lines), lines


def test_a_label_its_own_line_defines_is_a_thing_whose_lines_are_not_counted() -> None:
    lines = cards_of(
        """
        ## Architecture

        **Three layers:**
        - Storage layer
          - compressed, columnar micro-partitions in blob storage
          - you pay per TB per month
        - Compute layer = **virtual warehouses**
          - MPP clusters, independent of each other -> no contention between warehouses
          - only billed while running
        """
    )
    assert not any("Compute layer: which" in line for line in lines), lines
    assert not a_member("MPP clusters, independent of each other")  # a fact, no name and a remark on it


def test_a_line_beside_a_counted_set_of_bold_names_is_no_member() -> None:
    """"Migration – the 7 Rs" over seven bold Rs and "Migration tools: ...": the tools line is no eighth R."""
    lines = cards_of(
        """
        ## Migration – the 7 Rs
        - **Rehost** – "lift and shift", no changes
        - **Replatform** – few optimizations (e.g. move DB to RDS)
        - **Refactor** – rewrite for cloud-native
        - **Repurchase** – "drop and shop", move to SaaS
        - **Retire** – turn it off
        - **Retain** – keep on-prem for now
        - **Relocate** – move VMware to VMware Cloud on AWS
        - Migration tools: Migration Hub (track), Application Discovery Service (discover on-prem inventory), DataSync
        """
    )
    recited = [line for line in lines if "{{c1::Rehost}}" in line]
    assert recited and "{{c7::Relocate}}" in recited[0] and "Migration tools" not in recited[0], lines
