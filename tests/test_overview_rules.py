"""A topic's overview asks what the topic is: its defining line, not side facts."""

from __future__ import annotations

from .test_cards import cards_of


def _overview(lines: list[str]) -> str:
    return next(line for line in lines if line.startswith("[overview]"))


def test_side_facts_leave_the_overview_and_each_is_still_asked() -> None:
    lines = cards_of(
        """
        ## Databases

        **Glue:**
        - managed extract, transform and load (ETL) service
        - useful to prepare and transform data for analytics
        - serverless service
        """
    )
    # The definition with one tiny qualifier; the longer side fact is a card of its own.
    assert _overview(lines) == "[overview] Databases | Glue => managed extract, transform and load (ETL) service serverless service @3,4,6"
    # asked after the definition, which singles the name out
    assert any("{{c1::Glue}}:" in line and "useful to prepare and transform data for analytics => @5" in line for line in lines), lines


def test_a_names_expansion_is_completed_by_the_next_line() -> None:
    lines = cards_of(
        """
        ## Storage

        **EFS:**
        - Elastic File System
        - managed NFS that can be mounted on hundreds of EC2 instances at once
        - works with Linux instances in several Availability Zones of a region
        """
    )
    assert _overview(lines) == (
        "[overview] Storage | EFS => Elastic File System managed NFS that can be mounted on hundreds of EC2 "
        "instances at once @3,4,5"
    )


def test_the_line_that_defines_the_topic_by_name_is_its_definition() -> None:
    lines = cards_of(
        """
        ## Cost

        **Right Sizing:**
        - choosing the most powerful instance type is not always the best choice
        - right sizing = process of matching instance types and sizes to workloads at the lowest cost
        - scaling up is easy so always start small
        """
    )
    assert _overview(lines).startswith("[overview] Cost | Right Sizing => right sizing = process of matching"), lines


def test_parallel_lines_are_the_topic_itself_and_stay_whole() -> None:
    lines = cards_of(
        """
        ## Policies

        **Acceptable Use Policy:**
        - no illegal, harmful, or offensive use or content
        - no security violations
        - no network abuse

        **Shared responsibility:**
        - Customer: security in the cloud
        - Provider: security of the cloud
        """
    )
    overviews = [line for line in lines if line.startswith("[overview]")]
    assert overviews[0].endswith("@3,4,5,6"), overviews
    assert overviews[1].endswith("@8,9,10"), overviews


def test_a_first_line_about_another_thing_makes_no_overview() -> None:
    lines = cards_of(
        """
        ## Networking

        **Connectivity:**
        - VNet Peering connects two virtual networks over the Microsoft backbone
        """
    )
    assert not any(line.startswith("[overview]") for line in lines), lines
    assert any("{{c1::VNet Peering}}" in line for line in lines), lines


def test_a_first_line_that_says_what_the_thing_is_not_or_its_bare_kind_is_completed_by_the_next() -> None:
    lines = cards_of(
        """
        ## Analytics

        **Warehouse:**
        - based on Postgres, but not used for transactions
        - analytical processing of large data sets, for reports
        - loads data once every hour from the sources
        - columnar storage of the tables on its disks
        - a query interface in SQL for the analysts

        **Endpoint Links:**
        - private endpoint service family
        - reach services over private IP addresses only
        - expose one service to thousands of networks
        - no gateway, peering or route tables needed at all
        - scales with the traffic the consumers send
        """
    )
    overviews = [line for line in lines if line.startswith("[overview]")]
    assert overviews == [
        "[overview] Analytics | Warehouse => based on Postgres, but not used for transactions analytical processing of large data sets, for reports @3,4,5",
        "[overview] Analytics | Endpoint Links => private endpoint service family reach services over private IP addresses only @10,11,12",
    ], lines


def test_a_title_naming_two_things_is_defined_by_a_line_about_each() -> None:
    lines = cards_of(
        """
        ## Networking

        **Front Door & Back Gate:**
        - the Front Door lets public subnets reach the internet
        - a route table sends traffic to it
        - the Back Gate lets private subnets reach out while staying private
        - both are managed and highly available
        - each lives in one zone of the region
        """
    )
    # (a short fact no clue test lets ask the name rides after them)
    assert _overview(lines).startswith(
        "[overview] Networking | Front Door & Back Gate => the Front Door lets public subnets reach the internet"
        " the Back Gate lets private subnets reach out while staying private"
    ), lines


def test_a_former_name_is_no_definition_and_a_likeness_is_completed_by_the_next_line() -> None:
    lines = cards_of(
        """
        ## Recovery

        **Site Recovery:**
        - used to be named "CloudKeep Recovery"
        - recover physical and virtual servers into the cloud quickly
        - protects critical databases and enterprise apps from ransomware
        - continuous block-level replication into a staging area
        - fail over the staging area to production on disaster

        **Voice Bots:**
        - same technology that powers a famous home assistant
        - speech recognition turns the callers' speech into text
        - language understanding finds the intent of the text
        - helps build chatbots and call center bots
        - integrates with the contact center service
        """
    )
    overviews = [line for line in lines if line.startswith("[overview]")]
    assert overviews == [
        # the former name is said after the definition (its old name is no blank: `side_details`)
        '[overview] Recovery | Site Recovery => recover physical and virtual servers into the cloud quickly'
        ' used to be named "CloudKeep Recovery" @3,5,4',
        "[overview] Recovery | Voice Bots => same technology that powers a famous home assistant"
        " speech recognition turns the callers' speech into text @10,11,12",
    ], lines


def test_a_remark_gives_way_to_the_line_that_says_what_kind_of_thing_it_is() -> None:
    lines = cards_of(
        """
        ## Serverless

        **API Gateway:**
        - the API Gateway will proxy requests coming from clients to Lambda
        - fully managed service to create, publish, monitor and secure APIs
        - supports RESTful and WebSocket APIs
        """
    )
    assert _overview(lines).startswith("[overview] Serverless | API Gateway => fully managed service to create, publish"), lines
    assert any("will proxy requests coming from clients" in line for line in lines), lines  # still said


def test_a_first_line_that_defines_by_the_name_stays_the_definition() -> None:
    lines = cards_of(
        """
        ## Edge

        **AWS Wavelength:**
        - Wavelength Zones are infrastructure embedded in telecom providers' data centers
        - brings AWS services to the edge of 5G networks
        """
    )
    assert _overview(lines).startswith("[overview] Edge | AWS Wavelength => Wavelength Zones are infrastructure"), lines


def test_a_successor_line_names_what_came_before_not_what_the_thing_is() -> None:
    lines = cards_of(
        """
        ## Identity

        **IAM Identity Center:**
        - successor to AWS Single Sign-On
        - centrally manage access to many AWS accounts and business applications from one place
        """
    )
    assert _overview(lines).startswith("[overview] Identity | IAM Identity Center => centrally manage access"), lines
    assert any("successor to AWS Single Sign-On" in line for line in lines), lines


def test_a_first_line_that_says_where_the_thing_is_set_gives_way_to_what_it_is() -> None:
    lines = cards_of(
        """
        ## Storage

        **Versioning:**
        - it is enabled at the bucket level
        - protects against unintended deletes (ability to restore a version)
        - suspending versioning does not delete the previous versions
        """
    )
    assert _overview(lines).startswith("[overview] Storage | Versioning => protects against unintended deletes"), lines
    assert any("enabled at the bucket level" in line for line in lines), lines


def test_a_long_definition_with_a_negation_inside_is_whole_by_itself() -> None:
    lines = cards_of(
        """
        ## Storage

        **Edge Computing:**
        - process data while it is being created on an edge location, anywhere that does not really have internet or computing power (a ship at sea, a mining station)
        - use cases are preprocessing data, machine learning at the edge, transcoding media streams

        **Redshift:**
        - based on PostgreSQL, but not used for OLTP
        - OLAP (online analytical processing, analytics and data warehousing)
        - columnar storage of data
        """
    )
    edge = next(line for line in lines if line.startswith("[overview] Storage | Edge Computing =>"))
    assert "use cases" not in edge and any("use cases are preprocessing data" in line for line in lines), lines
    redshift = next(line for line in lines if line.startswith("[overview] Storage | Redshift =>"))
    assert "OLAP" in redshift, lines  # a short contrast is still completed by the next line


def test_an_expansion_is_completed_by_the_line_that_says_what_the_thing_is() -> None:
    lines = cards_of(
        """
        ## Storage

        **EFS:**
        - Elastic File System
        - can be used with on-premises systems
        - scales on demand to petabytes
        - managed NFS (network file system) that can be mounted on hundreds of EC2 instances
        - works with Linux EC2 instances in several AZs
        """
    )
    assert _overview(lines).startswith("[overview] Storage | EFS => Elastic File System managed NFS (network file system)"), lines
    # the side fact asks the name it points to, not a guess at a qualifier of "systems"
    assert any("{{c1::EFS}}: can be used with on-premises systems" in line for line in lines), lines


def test_a_first_line_with_a_number_to_learn_is_still_the_definition() -> None:
    lines = cards_of(
        """
        ## Compute

        **High availability:**
        - running the app in at least 2 AZ
        - goes hand in hand with horizontal scaling
        """
    )
    assert _overview(lines).startswith("[overview] Compute | High availability => running the app in at least 2 AZ"), lines
    assert any(line.startswith("[number]") and "{{c1::2 AZ}}" in line for line in lines), lines


def test_a_topic_of_terms_defined_at_length_asks_which_they_are() -> None:
    lines = cards_of(
        """
        ## IAM

        **Security Tools:**
        - Credentials Report (account-level): a report that lists all the account's users and the status of their various credentials
        - Access Advisor (user-level): shows the service permissions granted to a user and when those services were last accessed
        """
    )
    assert _overview(lines) == "[overview] IAM | Security Tools — which 2? => Credentials Report (account-level) Access Advisor (user-level) @3,4,5", lines
    assert sum(line.startswith("[term] IAM › Security Tools |") for line in lines) == 2, lines



def test_a_first_line_that_spells_out_the_name_is_completed_by_the_next() -> None:
    lines = cards_of(
        """
        ## Developer tools

        **CodeBuild:**
        - code building service in the cloud
        - compiles source code, runs tests and produces packages ready to deploy
        """
    )
    assert _overview(lines).startswith("[overview] Developer tools | CodeBuild => code building service in the cloud compiles source code"), lines


def test_a_short_line_in_a_series_of_terms_is_one_of_them_not_the_definition() -> None:
    lines = cards_of(
        """
        ## Billing

        **Pricing Models:**
        - Pay as you go: pay for what you use, remain agile
        - Save when you reserve: minimize risks, predictably manage budgets
        - Pay less by using more: volume-based discounts
        - Pay less as AWS grows
        - use private IP instead of public IP for savings and better network performance
        - use the same AZ for the largest savings
        """
    )
    assert _overview(lines) == (
        "[overview] Billing | Pricing Models — which 4? => Pay as you go Save when you reserve Pay less by using more Pay less as AWS grows @3,4,5,6,7"
    ), lines
    assert any("private IP" in line for line in lines) and any("same AZ" in line for line in lines), lines
    assert sum(line.startswith("[term] Billing › Pricing Models | Which pricing model:") for line in lines) == 3, lines


def test_a_series_beside_an_item_with_its_own_list_is_no_closed_set() -> None:
    lines = cards_of(
        """
        ## Cloud

        **Global Infra:**
        - AWS Data Centers
        - AWS Regions: clusters of data centers all around the world
        - AWS Availability Zones:
          - min is 3 per Region
        - AWS Edge Locations: deliver content to end users with low latency
        """
    )
    assert not any("which" in line and line.startswith("[overview]") for line in lines), lines


def test_a_topics_one_line_with_a_number_is_its_definition_not_a_blank() -> None:
    lines = cards_of(
        """
        ## Architecture

        **Well-Architected Tool:**
        - free tool to review an architecture against the 6 pillars and adopt best practices
        """
    )
    assert _overview(lines).startswith("[overview] Architecture | Well-Architected Tool => free tool to review"), lines
    assert not any("{{c1::6 pillars}}" in line for line in lines), lines


def test_a_first_line_defining_a_term_with_equals_is_the_topics_definition() -> None:
    lines = cards_of(
        """
        ## EC2

        **User Data:**
        - bootstrapping = launching commands when a machine starts
        - run once at first start
        - the script runs with the root user
        """
    )
    assert _overview(lines).startswith("[overview] EC2 | User Data => bootstrapping = launching commands when a machine starts"), lines
    assert not any(line.startswith("[term]") and "bootstrapping" in line for line in lines), lines


def test_a_glossary_atop_a_topic_defines_its_terms_not_the_topic() -> None:
    lines = cards_of(
        """
        ## Entra

        ### Hybrid identity
        - Entra Connect Sync = on-prem server app that syncs AD -> Entra ID
        - Entra Cloud Sync = lightweight provisioning agent, config lives in the cloud
        - PHS also enables leaked-credential detection in ID Protection
        """
    )
    # each term is asked by its own card, as its sibling is; no bare "Hybrid identity" answers with one of them
    assert not any(line.startswith("[overview]") and "Hybrid identity =>" in line for line in lines), lines
    assert any(line.startswith("[term]") and "Entra Connect Sync => on-prem server app" in line for line in lines), lines
    assert any(line.startswith("[term]") and "Entra Cloud Sync => lightweight provisioning agent" in line for line in lines), lines
    # the line that is no term is asked by its key term, not under the bare heading
    assert any("{{c1::PHS}}" in line and "leaked-credential detection" in line for line in lines), lines


def test_usually_and_max_are_observations_not_limits() -> None:
    from pipeline.cards.numbers import has_number_fact

    assert not has_number_fact("usually 3 zones, max is 6")
    assert has_number_fact("min is 3 and max is 6")
    assert has_number_fact("maximum of 14 days")


def test_a_line_defining_what_the_name_is_made_of_defines_the_topic() -> None:
    lines = cards_of(
        """
        ## Developer tools

        **PackageVault:**
        - builds pull in other packages, and publish new ones
        - package storage = keeping and serving these dependencies to builds
        - works with npm, pip and maven
        """
    )
    # its "these dependencies" points back: the line it points to leads it
    assert _overview(lines).startswith(
        "[overview] Developer tools | PackageVault => builds pull in other packages, and publish new ones package storage = keeping and serving"
    ), lines



def test_a_line_saying_what_the_thing_is_built_on_completes_a_vague_first_line() -> None:
    lines = cards_of(
        """
        ## Apps

        **SyncHub:**
        - store and share data across mobile and web apps
        - makes use of GraphQL
        - client code can be generated automatically for several languages and frameworks
        """
    )
    overview = _overview(lines)
    assert "store and share data across mobile and web apps" in overview and "makes use of GraphQL" in overview, lines


def test_a_first_line_that_says_what_the_thing_is_built_on_stands_alone() -> None:
    lines = cards_of(
        """
        ## Apps

        **SyncHub:**
        - sync service built on GraphQL for mobile and web apps
        - uses a schema written by the developers
        - client code can be generated automatically for several languages and frameworks
        """
    )
    assert "uses a schema" not in _overview(lines), lines


def test_a_line_about_another_thing_the_topic_keeps_naming_is_asked_of_that_thing() -> None:
    lines = cards_of(
        """
        ## Networking

        **Mesh:**
        - private network to deploy resources in (regional resource)
        - cells allow to partition the network inside of our mesh, one or more cells within each zone
        - a public cell is a cell reachable from the internet
        - a private cell is a cell not reachable from the internet
        """
    )
    assert "cells allow" not in _overview(lines), lines
    assert any(line.startswith("[term] Networking | Mesh — cells => cells allow to partition") for line in lines), lines


def test_a_plural_subject_the_topic_names_once_rides_with_the_overview() -> None:
    lines = cards_of(
        """
        ## Databases

        **Global Tables:**
        - make a table readable with low latency in many regions
        - users can read and write in any region
        """
    )
    assert not any("— users" in line for line in lines), lines


def test_a_defining_line_that_points_back_brings_the_line_it_points_to() -> None:
    lines = cards_of(
        """
        ## Developer tools

        **CodeVault:**
        - software packages depend on each other to be built, and new ones are created
        - vault management = storing and retrieving these packages
        - works with common package tools such as npm and pip
        """
    )
    overview = _overview(lines)
    assert "depend on each other" in overview and "storing and retrieving these packages" in overview, lines
    assert overview.index("depend on each other") < overview.index("these packages")


def test_a_first_line_that_says_what_the_thing_differs_from_is_completed_by_the_next() -> None:
    lines = cards_of(
        """
        ## Scaling

        **Stretch:**
        - linked but different to high availability
        - ability to take a larger load by a bigger machine or by more machines
        - shown in the monthly report of the team
        """
    )
    overview = _overview(lines)
    assert "linked but different" in overview and "ability to take a larger load" in overview, lines


def test_a_first_line_whose_purpose_is_another_product_gives_way_to_what_the_thing_is() -> None:
    lines = cards_of(
        """
        ## Apps

        **Buildkit:**
        - framework that can leverage AWS SyncHub
        - set of tools that helps develop and deploy full stack web and mobile apps
        - Buildkit Studio sets up everything we need
        """
    )
    assert _overview(lines).startswith("[overview] Apps | Buildkit => set of tools that helps develop and deploy"), lines


def test_a_first_line_that_already_says_what_the_thing_is_built_on_needs_no_second() -> None:
    lines = cards_of(
        """
        ## Apps

        **SyncHub:**
        - managed GraphQL APIs to store and share data across mobile and web apps
        - makes use of GraphQL
        - client code can be generated automatically for several languages and frameworks
        """
    )
    assert "makes use of GraphQL" not in _overview(lines), lines


def test_a_first_line_that_tells_a_property_is_no_definition_under_the_bare_label() -> None:
    from .test_cards import cards_of

    lines = cards_of(
        """
        ## S3

        **Objects:**
        - Have a key that is the FULL path (for s3://bucket/folder/file.txt, the key is folder/file.txt)
        - key is composed from a prefix (folders) and object name (filename)
        - max object size is 5TB
        """
    )
    assert not any("| Objects => Have a key" in line for line in lines), lines
    assert any("Have a key that is the {{c1::" in line for line in lines), lines


def test_a_first_line_that_opens_on_a_limit_is_no_definition_under_the_bare_label() -> None:
    lines = cards_of(
        """
        ## Developer notes

        **S3**
        - object max 5 TB, single PUT max 5 GB. multipart recommended > 100 MB
        - strong read-after-write consistency for PUTs and DELETEs
        """
    )
    assert not any(line.split(" | ")[-1].startswith("S3 => object max") for line in lines), lines
    assert any("object max {{c1::5 TB}}" in line for line in lines), lines


def test_a_first_line_of_advice_is_no_definition_under_the_bare_label() -> None:
    lines = cards_of(
        """
        ## Reliability

        **EC2 Auto Scaling**
        - use launch templates (versions, mixed instance types, Spot); launch configurations = legacy

        **Access keys**
        - use for programmatic access to AWS resources from the AWS CLI or API
        """
    )
    assert not any(line.split(" | ")[-1].startswith("EC2 Auto Scaling => use") for line in lines), lines
    assert any("{{c1::" in line and "launch templates" in line for line in lines), lines  # asked by a key term
    assert any(line.split(" | ")[-1].startswith("Access keys => use for") for line in lines), lines  # what they are for


def test_a_first_line_that_maps_one_thing_to_another_is_no_definition() -> None:
    lines = cards_of(
        """
        ## Integration

        **App Service**
        - inbound private -> private endpoint; outbound to VNet -> VNet integration

        **Boot process**
        - BIOS/UEFI -> GRUB2 -> kernel + initramfs -> systemd -> default.target

        **AWS Snow Family**
        - Highly secure, portable devices to collect and process data at the edge -> offline devices
        """
    )
    assert not any(line.split(" | ")[-1].startswith("App Service => inbound") for line in lines), lines
    assert any("{{c1::" in line and "inbound private" in line for line in lines), lines  # asked by a key term
    # a chain of steps is what a process is; a long phrase before the arrow is a definition going on
    assert any(line.split(" | ")[-1].startswith("Boot process => BIOS/UEFI") for line in lines), lines
    assert any(line.split(" | ")[-1].startswith("AWS Snow Family => Highly secure") for line in lines), lines


def test_a_first_line_of_what_is_left_of_a_list_is_no_definition() -> None:
    lines = cards_of(
        """
        ## Architecture

        **Storage backends**
        - Integrated Storage (Raft) -> recommended, HA built in, no external dependency
        - others (file, s3, mysql, postgres...) are community, many without HA. `inmem` is dev only
        """
    )
    assert not any(line.split(" | ")[-1].startswith("Storage backends => others") for line in lines), lines
