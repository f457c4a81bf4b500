"""Blanks a learner could only guess or could not miss: one name of an open
list of tools, an item its neighbour spells, a member of an obvious series,
a short word the sentence predicts."""

from __future__ import annotations

from .test_cards import cards_of


def test_an_open_list_of_tool_names_is_asked_by_what_each_tool_does() -> None:
    lines = cards_of(
        """
        ## Storage

        ### Data migration

        - Azure Migrate: hub to discover, assess and migrate on-prem servers
        - Azure Data Box: physical device for moving more than 40 TB offline
        - AzCopy: command-line tool to copy blobs or files
        - Azure Storage Explorer: GUI app to manage storage accounts
        """
    )
    assert not any("{{c1::" in line and "Data migration" in line and "AzCopy" in line for line in lines), lines
    assert any(line.startswith("[term]") and "| AzCopy => command-line tool" in line for line in lines)
    assert any("| Azure Migrate => hub to discover" in line for line in lines)


def test_a_label_that_names_the_items_kind_announces_a_set() -> None:
    lines = cards_of(
        """
        ## Route 53

        **Routing Policies:**
        - Simple Routing Policy
        - Weighted Routing Policy
        - Latency Routing Policy
        - Failover Routing Policy
        """
    )
    # the words the policies share are the list's structure: the blank is the one that differs
    assert any("{{c1::Simple}} Routing Policy" in line and "{{c4::Failover}} Routing Policy" in line for line in lines)


def test_look_alike_items_hide_the_same_places() -> None:
    lines = cards_of(
        """
        ## Encryption

        **Key types:**
        - Tenant managed key
        - Vendor managed key
        - Vendor owned key
        - Hardware Keys
        """
    )
    listed = next(line for line in lines if "Tenant" in line)
    # "Vendor managed" differs from both its look-alikes: each of them hides both places too
    assert "{{c1::Tenant managed}} key" in listed and "{{c2::Vendor managed}} key" in listed, listed
    assert "{{c3::Vendor owned}} key" in listed, listed


def test_a_look_alike_word_the_label_says_is_no_blank_alone() -> None:
    lines = cards_of(
        """
        ## Modernizing

        **Compute options:**
        - Compute Engine
        - App Engine
        - Google Kubernetes Engine
        - Cloud Run
        """
    )
    listed = next(line for line in lines if "Cloud Run" in line and "{{c" in line)
    # "[...] Engine" under "Compute options" filled itself in: the name is hidden whole
    assert "{{c1::Compute Engine}}" in listed and "{{c2::App}} Engine" in listed, listed


def test_an_item_its_neighbour_spells_or_its_series_gives_away_is_not_hidden() -> None:
    plans = cards_of(
        """
        ## Support

        **Support plans:**
        - Basic support
        - Developer plan
        - Enterprise On-Ramp plan
        - Enterprise plan
        """
    )
    listed = next(line for line in plans if "Support plans" in line)
    assert "{{c3::Enterprise On-Ramp plan}}" in listed and "{{c4::" not in listed and "Enterprise plan" in listed
    models = cards_of(
        """
        ## Cloud

        **Service models:**
        - IaaS
        - PaaS
        - SaaS
        """
    )
    assert not any("{{c1::" in line for line in models), models


def test_a_short_word_the_sentence_predicts_is_no_key_term() -> None:
    lines = cards_of(
        """
        ## EC2

        **Security Groups:**
        - Control how traffic is allowed into or out of our EC2 Instances.
        - only contain *allow* rules, never deny rules of any kind at all
        - act like a firewall around the instances, in front of their network cards
        - They regulate access to ports, authorised IP ranges, control inbound and outbound network
        - can be attached to multiple instances, and an instance can have several
        - locked down to a region and VPC combination, so copy them to other regions
        - keep one separate security group for SSH access from the office network
        - work great with EC2 and with on-premises VM as the same rules apply there
        - Compute Optimizer uses ML to analyze the rules and the traffic they let through

        """
    )
    assert not any("{{c1::IP}}" in line or "{{c1::VM}}" in line or "{{c1::ML}}" in line for line in lines), lines
    assert any("authorised IP ranges" in line for line in lines)



def test_an_abbreviation_whose_first_words_the_front_spells_is_no_blank() -> None:
    lines = cards_of(
        """
        ## Analytics

        **Warehouse:**
        - analytical processing of large data sets, for reports
        - loads data once every hour from the sources
        - columnar storage of the tables on its disks
        - massively parallel query execution (MPP), highly available
        - a query interface in SQL for the analysts
        """
    )
    assert not any("{{c1::MPP}}" in line for line in lines), lines
    assert any("massively parallel query execution (MPP)" in line for line in lines), lines
