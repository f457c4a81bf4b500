"""Term and list cards that ask one clear thing: no sentence or pointer as a
term, no answer that spells its term, no list that mixes a thing's facts
with its kinds, no blank that holds two options or shows its own label."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards import make_cards
from pipeline.cards.enumerations import names_only
from pipeline.cards.prompts import everyday
from pipeline.cards.reading_only import with_maps_off
from pipeline.model import Inline, Span
from pipeline.notes.parse import parse_document

from .outline import card_line
from .test_cards import cards_of

_PILLAR = """
## Architecture

**Reliability:**
- ability of a system to recover from disruptions
- Design principles:
  - test recovery procedures
  - auto recover from failure
- Services:
  - foundations: IAM, VPC, Trusted Advisor
  - change management: Auto Scaling, CloudWatch, CloudTrail
"""


def built_cards_of(markdown: str) -> list[str]:
    """The cards a build makes: the lines kept for reading are off before cards are made."""
    cards, problems = make_cards(with_maps_off(parse_document(dedent(markdown).lstrip("\n"), "n.md")), "p")
    return [card_line(c) for c in cards] + [f"! {p}" for p in problems]


def test_a_sentence_before_a_colon_is_no_term() -> None:
    lines = cards_of(
        """
        ## Integration

        **Amazon MQ:**
        - SQS and SNS are "cloud-native" services: proprietary protocols from AWS
        - managed message broker for RabbitMQ and ActiveMQ
        """
    )
    assert not any(line.startswith("[term]") for line in lines), lines
    assert any("proprietary protocols" in line for line in lines)  # the line is still said


def test_the_rest_is_asked_with_the_line_it_points_past() -> None:
    lines = cards_of(
        """
        ## Networking

        **VPC Endpoints:**
        - endpoints connect a VPC to AWS services over a private network
        - Gateway endpoint: S3 & DynamoDB
        - Interface endpoint: the rest (ENI)
        """
    )
    rest = next(line for line in lines if "the rest" in line)
    assert rest.startswith("[term] Networking | VPC Endpoints — which name? Gateway endpoint: S3 & DynamoDB {{c1::Interface endpoint}}: the rest (ENI)"), rest
    assert not any(line.endswith("=> the rest (ENI) @6") for line in lines)


def test_an_answer_that_only_adds_a_word_to_its_term_asks_the_term() -> None:
    lines = cards_of(
        """
        ## Storage

        **Intelligent Tiering:**
        - moves objects between access tiers by usage
        - frequent access tier: default tier
        - infrequent access tier: objects not accessed for 30 days
        """
    )
    assert "[term] Storage | Intelligent Tiering — which name? {{c1::frequent access tier}}: default tier => @5" in lines, lines


def test_a_one_word_term_whose_answer_opens_on_it_is_an_item_of_its_list() -> None:
    lines = cards_of(
        """
        ## IAM

        **Policy:**
        - statement:
          - effect: whether the statement allows or denies
          - principal: account, user or role it applies to
          - action: list of actions this policy allows or denies
          - resource: list of resources the actions apply to
        """
    )
    terms = [line for line in lines if line.startswith("[term]")]
    assert not any("| action =>" in line or "| resource =>" in line for line in terms), terms
    assert any("{{c" in line and "action" in line for line in lines if line.startswith(("[enumeration]", "[overview]")))


def test_a_phrase_based_on_a_name_asks_the_name() -> None:
    lines = cards_of(
        """
        ## Other services

        **Fault Injection Simulator:**
        - fully managed fault injection experiments
        - based on Chaos Engineering: stressing an app with disruptive events and observing how it responds
        """
    )
    assert any(line.startswith("[term] Other services › Fault Injection Simulator | Chaos Engineering => stressing") for line in lines), lines


def test_facts_mixed_with_the_kinds_of_a_thing_are_no_list() -> None:
    lines = cards_of(
        """
        ## Storage

        **Storage Classes:**
        - Glacier:
          - low-cost object storage meant for archiving
          - automatic data encryption
          - Glacier Instant Retrieval: millisecond retrieval
          - Glacier Deep Archive: long term storage, retrieval within 12 hours
        """
    )
    assert not any("{{c1::low-cost object storage meant for archiving}}" in line for line in lines), lines


def test_an_item_that_joins_two_options_is_not_hidden() -> None:
    lines = cards_of(
        """
        ## IAM

        **Password Policy:**
        - options:
          - minimum password length
          - require specific character types
          - allow users to change their own password, or to change it after some time
          - prevent password re-use
        """
    )
    listed = next(line for line in lines if "minimum password length" in line)
    assert "{{c3::prevent password re-use}}" in listed and "{{c2::allow users" not in listed and "{{c3::allow" not in listed, listed


def test_a_misspelt_generic_label_is_asked_with_its_parent() -> None:
    lines = cards_of(
        """
        ## Storage

        **Storage Gateway:**
        - hybrid storage between on-premises and AWS
        - Differents Types: File Gateway, Volume Gateway, Tape Gateway
        """
    )
    assert any("Storage Gateway — Differents Types" in line for line in lines), lines


def test_a_counted_kind_or_a_qualifying_phrase_is_asked_with_its_parent() -> None:
    lines = cards_of(
        """
        ## Load balancing

        **ELB:**
        - managed load balancer
        - 3 kinds:
          - Application Load Balancer
          - Network Load Balancer
          - Gateway Load Balancer

        **RDS:**
        - managed relational database
        - for production:
          - Multi-AZ deployment
          - Read Replicas
          - Automated Backups
        """
    )
    assert any("| ELB — 3 kinds" in line for line in lines), lines
    beanstalk = cards_of(
        """
        ## Deploying

        **Elastic Beanstalk:**
        - developer-centric view of deploying an app
        - 3 archi models:
          - single instance deployment for dev
          - load balancer and auto scaling group for prod
          - auto scaling group only
        - Policies:
          - Simple Routing Policy
          - Weighted Routing Policy
          - Latency Routing Policy
        """
    )
    assert any("| Elastic Beanstalk — 3 archi models" in line for line in beanstalk), beanstalk
    assert any("| Elastic Beanstalk — Policies" in line for line in beanstalk), beanstalk
    assert any("| RDS — for production" in line for line in lines), lines


def test_a_term_under_a_counted_kind_keeps_its_own_prompt() -> None:
    lines = cards_of(
        """
        ## Security

        **Encryption:**
        - 2 types:
          - at rest: data stored or archived on a device
          - in transit: data being moved from one place to another
        """
    )
    # asked from its meaning, the way exams ask, under the kind it is one of
    assert any(line.startswith("[term] Security › Encryption › 2 types | Which type of Encryption: data being moved from one place to another? => in transit") for line in lines), lines


def test_look_alike_items_hide_the_word_that_tells_them_apart() -> None:
    lines = cards_of(
        """
        ## Storage

        **Snow Family:**
        - snowcone
        - snowball edge - compute optimized
        - snowball edge - storage optimized

        **Control plane:**
        - kube-scheduler
        - kube-controller-manager
        - cloud-controller-manager
        """
    )
    snow = next(line for line in lines if "snowcone" in line and "{{c" in line)
    assert "snowball edge - {{c2::compute}} optimized" in snow and "snowball edge - {{c3::storage}} optimized" in snow, snow
    plane = next(line for line in lines if "kube-scheduler" in line)
    assert "{{c2::kube-controller-manager}}" in plane, plane  # a hyphenated name is one word


def test_an_item_the_breadcrumb_shows_is_not_hidden() -> None:
    lines = cards_of(
        """
        ## Networking

        **VPC Flow Logs:**
        - capture IP traffic going into our interfaces:
          - VPC Flow Logs
          - Subnet Flow Logs
          - Elastic Network Interface Flow Logs
        """
    )
    listed = next(line for line in lines if "Subnet" in line and "{{c" in line)
    assert "{{c1::VPC}}" not in listed and "{{c1::VPC Flow Logs}}" not in listed and "{{c1::Subnet}} Flow Logs" in listed, listed


def test_an_example_for_an_answer_asks_the_term_it_illustrates() -> None:
    lines = cards_of(
        """
        ## Scaling

        **Dynamic Scaling:**
        - respond to changing demand automatically
        - simple/step scaling: when a CloudWatch alarm fires, add 2 units
        - target tracking scaling: for ex keep the average ASG CPU around 40%
        """
    )
    assert "[term] Scaling | Dynamic Scaling — which name? {{c1::target tracking scaling}}: for ex keep the average ASG CPU around 40% => @6" in lines, lines
    logs = cards_of(
        """
        ## Monitoring

        **CloudWatch Logs:**
        - collect logs from apps, Lambda and VPC flow logs
        - log agents: on EC2 machines or on-premises servers, to send their logs
        """
    )
    assert "[term] Monitoring | CloudWatch Logs — which name? {{c1::log agents}}: on EC2 machines or on-premises servers, to send their logs => @5" in logs, logs


def test_classification_cards_say_the_label_and_the_heading_they_sort_under() -> None:
    from textwrap import dedent

    from pipeline.cards.classify import classify_cards
    from pipeline.notes.parse import parse_document

    notes = """
        ## Security

        **Shared model for S3:**
        - Provider responsibilities:
          - infrastructure and global network security
          - configuration and vulnerability analysis
        - Customer:
          - bucket policies and access control
          - replication setup across regions

        **Shared model for Lambda:**
        - Provider responsibilities:
          - runtime and operating system patching
          - scaling the function's compute
        - Customer:
          - the function's own code
          - execution role permissions
        """
    cards = classify_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p")
    lines = {card.sources[0].line: {s.line for s in card.sources} for card in cards}
    assert lines[5] == {5, 4, 3} and lines[8] == {8, 7, 3}, lines


def test_a_hidden_item_keeps_its_remark_as_a_clue() -> None:
    lines = cards_of(
        """
        ## Load balancing

        **ELB:**
        - managed load balancer
        - kinds:
          - Application Load Balancer (HTTP/HTTPS only) - Layer 7
          - Network Load Balancer (ultra high perf, TCP) - Layer 4
          - Elastic Load Balancer (ELB)
        """
    )
    kinds = next(line for line in lines if "Layer 7" in line)
    assert "{{c1::Application Load Balancer}} (HTTP/HTTPS only) - Layer 7" in kinds, kinds
    assert "{{c3::Elastic Load Balancer (ELB)}}" in kinds, kinds  # an abbreviation is no remark


def test_a_phrase_that_describes_is_asked_of_its_parent() -> None:
    lines = cards_of(
        """
        ## Billing

        **Cost Explorer:**
        - visualize and manage costs and usage over time
        - analyze data at high level: total costs and usage across all accounts
        - vertical scaling: adding CPU and RAM to one machine
        """
    )
    assert "[term] Billing | Cost Explorer : analyze data at high level → {{c1::total costs and usage across all accounts}} => @5" in lines, lines
    # a term stays a term of its own; under one named thing whose list offers no short
    # choices, "which one" would name no set, so it is asked forward, the thing named
    assert "[term] Billing | Cost Explorer — vertical scaling => adding CPU and RAM to one machine @6" in lines, lines


def test_a_map_of_headings_over_names_is_for_reading_and_the_definition_stays_short() -> None:
    lines = built_cards_of(
        """
        ## Architecture

        **Reliability:**
        - ability of a system to recover from disruptions
        - Design principles:
          - test recovery procedures
          - auto recover from failure
          - stop guessing capacity
        - Services:
          - foundations: IAM, VPC, Service Limits (= Service Quotas), Trusted Advisor
          - change management: Auto Scaling, CloudWatch, CloudTrail
          - Failure management: Backups, CloudFormation, S3 Glacier
        """
    )
    assert not any("foundations" in line or "Failure management" in line for line in lines), lines
    # the pillar's definition alone, not a definition plus the map
    assert "[overview] Architecture | Reliability => ability of a system to recover from disruptions @3,4" in lines, lines
    assert any(line.startswith("[enumeration]") and "{{c1::test recovery procedures}}" in line for line in lines), lines


def test_a_map_is_kept_out_of_the_cards_and_in_the_document() -> None:
    document = with_maps_off(parse_document(dedent(_PILLAR).lstrip("\n"), "n.md"))
    nodes = document.sections[0].topics[0].body
    assert [node.cards for node in nodes] == [True, True, False]
    assert all(not child.cards for child in nodes[2].children)  # the cheat sheet still prints them; no card asks them


def test_a_map_with_no_list_beside_it_is_left_to_the_cheat_sheet() -> None:
    lines = cards_of(
        """
        ## Operations

        **Steps:**
        - Prepare: CloudFormation, Config
        - Operate: CloudTrail, CloudWatch, X-Ray
        - Evolve: CodeBuild, CodeDeploy, CodePipeline
        """
    )
    assert not any("{{c" in line and ("Prepare" in line or "Evolve" in line) for line in lines), lines


def test_only_a_generic_label_over_names_is_a_map() -> None:
    lines = cards_of(
        """
        ## Kubernetes

        **Node components:**
        - kubelet: agent on each node, runs pods
        - kube-proxy: network rules, Services
        - container runtime: containerd, CRI-O
        """
    )
    # a label that names its items' kind: the list is still asked
    assert any(line.startswith(("[enumeration]", "[overview]")) and "{{c" in line for line in lines), lines


def test_names_only_is_a_run_of_names_most_of_them_capitalised() -> None:
    def spans(text: str) -> Inline:
        return (Span("text", text),)

    assert names_only(spans("CloudWatch, Lambda"))
    assert names_only(spans("Budgets, Cost and Usage Report, Cost Explorer"))
    assert names_only(spans("spot instances, S3 Glacier, Auto Scaling"))
    assert not names_only(spans("spot instances, reserved instance, S3 Glacier"))
    assert not names_only(spans("CloudWatch"))
    assert not names_only(spans("vertical & horizontal"))
    assert not names_only(spans("Backups of every database, taken each night by the Backup service"))


def test_what_a_thing_is_built_on_or_integrated_with_is_no_set_to_recite() -> None:
    lines = cards_of(
        """
        ## Storage

        **Amazon FSx:**
        - FSx for Windows File Server: fully managed Windows native shared file system
          - built on Windows File Server
          - supports SMB protocol & NTFS
          - integrated with Microsoft Active Directory
        """
    )
    assert not any("{{c" in line and "built on" in line for line in lines), lines
    assert any("built on Windows File Server" in line and "integrated with Microsoft Active Directory" in line for line in lines)


def test_items_named_after_a_participle_are_still_a_set() -> None:
    lines = cards_of(
        """
        ## Containers

        **EKS node types:**
        - managed node groups
        - self-managed nodes
        - Fargate profiles
        """
    )
    assert any("{{c" in line and "managed node groups" in line for line in lines), lines


def test_an_everyday_word_of_computing_is_asked_by_its_meaning_in_its_list() -> None:
    lines = cards_of(
        """
        ## Computing

        **What is a server composed of?**
        - CPU: does the computations
        - RAM: fast memory
        - Storage: keeps files
        - Database: stores data in a structured way
        - Network: cables and routers connected with each other
        """
    )
    # "Database?" -> "stores data...": what every exam of computing takes as known
    assert not any(line.startswith("[term]") for line in lines), lines
    listed = next(line for line in lines if "What is a server composed of?" in line and "{{c" in line)
    assert "{{c1::CPU}}: does the computations" in listed and "{{c4::Database}}: stores data in a structured way" in listed


def test_an_everyday_word_of_computing_is_no_term_of_an_exam_about_what_runs_on_it() -> None:
    lines = cards_of(
        """
        ## Computing

        **Networking basics:**
        - traffic flows through many devices
        Router = forwards data packets between networks
        Switch = sends a packet to the right server on the network
        Transit Gateway = connects thousands of VPCs and on-premises networks
        """
    )
    assert not any(line.startswith("[term]") and ("Router" in line or "Switch" in line) for line in lines), lines
    assert any(line.startswith("[term]") and "Transit Gateway" in line for line in lines), lines


def test_everyday_words_are_the_parts_of_a_computer_not_a_product() -> None:
    def spans(text: str) -> Inline:
        return (Span("text", text),)

    assert everyday(spans("CPU")) and everyday(spans("CPU + RAM")) and everyday(spans("Router"))
    assert not everyday(spans("Network card")) and not everyday(spans("Database Migration Service"))
    assert not everyday(spans("Storage Gateway")) and not everyday(spans(""))


def test_a_plural_kind_answered_by_a_few_glossed_phrases_says_how_many_it_asks() -> None:
    lines = cards_of(
        """
        ## Identity

        **Hybrid identity:**
        - sync auth options: password hash sync (simplest), pass-through auth (on-prem agent), federation (AD FS)
        - Risk responses: mitigate (controls), transfer (insurance), avoid (stop the activity), accept (documented)
        - VM Scale Sets orchestration modes: Uniform (identical instances) vs Flexible (mixed sizes)
        - good for: spiky loads (scale to zero), dev/test (cheap), batch (short jobs)
        """
    )
    assert any("sync auth options — which 3? => password hash sync (simplest)" in line for line in lines), lines
    assert any("Risk responses — which 4? => mitigate (controls)" in line for line in lines), lines
    assert any("orchestration modes — which 2? => Uniform (identical instances) vs Flexible" in line for line in lines), lines
    assert not any("good for — which" in line for line in lines), lines  # no plural kind


def test_a_term_answered_by_a_few_names_says_how_many_it_asks() -> None:
    lines = cards_of(
        """
        ## Workloads

        **Pods:**
        - smallest deployable unit
        - restartPolicy: Always (default), OnFailure, Never
        - Gateway endpoint: S3 & DynamoDB
        - Web tier: ELB → EC2 → RDS
        - Probes: check a container's health
        - scaling: vertical & horizontal
        - Secret types: Opaque, kubernetes.io/tls, kubernetes.io/dockerconfigjson
        - alarm states: OK/INSUFFICIENT_DATA/ALARM
        - Shield Advanced: 24/7 response team
        - Serverless v2: scales in ACUs, good for spiky/unpredictable
        """
    )
    assert any(line.startswith("[term] Workloads › Pods | restartPolicy — which 3? => Always (default)") for line in lines), lines
    assert any("Gateway endpoint — which 2? => S3 & DynamoDB" in line for line in lines), lines
    assert not any("Web tier —" in line or "Probes — which" in line for line in lines), lines  # a chain, a sentence
    assert any("Pods — scaling: which 2 kinds? => vertical & horizontal" in line for line in lines), lines  # single words, its kinds
    assert any("Secret types — which 3?" in line for line in lines), lines  # a name with a slash is one name
    assert any("alarm states — which 3?" in line for line in lines), lines
    assert not any("Shield Advanced —" in line for line in lines), lines  # "24/7" is no pair of names
    # phrases of lower-case words are what it does, no names to count, whatever a word's capitals
    assert not any("Serverless v2 — which 2?" in line for line in lines), lines


def test_a_phrase_explained_at_length_is_asked_for_its_gist_not_word_for_word() -> None:
    lines = cards_of(
        """
        ## Sustainability

        **Design principles:**
        - reduce the downstream impact of our workloads: reduce the energy or resources needed to use our services and the need for customers to upgrade their devices
        - maximize utilization of what runs
        - analyze data at high level: total costs
        """
    )
    long = next(line for line in lines if line.startswith("[term]") and "downstream impact" in line)
    assert "{{c" not in long and ": reduce the downstream impact of our workloads => reduce the energy" in long, long
    assert any("analyze data at high level → {{c1::total costs}}" in line for line in lines), lines  # short: as written


def test_a_definition_of_several_sentences_asks_each_later_fact_from_the_need() -> None:
    lines = cards_of(
        """
        ## Compute

        **Pricing:**
        - pay for what you use
        - Dedicated Hosts: book an entire physical server, control instance placement. Allows to address compliance requirements and use existing server-bound licences.
        - Spot Instances: short workloads, cheap. Can lose the instance.
        """
    )
    assert "[term] Compute › Pricing | Dedicated Hosts => book an entire physical server, control instance placement. @5" in lines, lines
    assert any("{{c1::Dedicated Hosts}}: Allows to address compliance requirements and use existing server-bound licences." in line for line in lines), lines
    # short: one card says both sentences
    assert any(line.startswith("[term]") and "Spot Instances => short workloads, cheap. Can lose the instance." in line for line in lines), lines


def test_a_sentence_long_item_stays_shown_but_is_never_blanked() -> None:
    lines = cards_of(
        """
        ## Architecture

        **Operations:**
        - Design principles:
          - perform operations as code
          - annotate documentation
          - make frequent, small, reversible changes
          - refine operations procedures frequently and ensure that team members are familiar with them
        """
    )
    listed = [line for line in lines if "annotate documentation" in line]
    assert listed and all("refine operations procedures frequently" in line for line in listed), lines
    assert not any("{{c" in line and "::refine operations" in line for line in lines), lines
    assert any("{{c1::perform operations as code}}" in line for line in listed), lines


def test_a_counted_list_blanks_its_long_items_too() -> None:
    lines = cards_of(
        """
        ## Cloud

        **Three advantages:**
        - trade capital expense for operational and variable expense
        - benefit from massive economies of scale
        - stop spending money running and maintaining data centers
        """
    )
    assert any("{{c1::trade capital expense for operational and variable expense}}" in line for line in lines), lines


def test_a_term_line_that_is_its_topics_whole_overview_is_not_asked_again() -> None:
    lines = cards_of(
        """
        ## Networking

        **ELB:**
        - managed load balancer: AWS guarantees it will be working, takes care of upgrades and maintenance
        - 3 kinds:
          - Application Load Balancer (HTTP/HTTPS only) - Layer 7
          - Network Load Balancer (ultra high perf, TCP) - Layer 4
          - Classic Load Balancer (slowly retiring) - Layer 4 & 7

        **Security Tools:**
        - Credentials Report: lists the account's users and the status of their credentials
        - Access Advisor: shows the permissions granted to a user and when they were last used
        """
    )
    assert not any(line.startswith("[term]") and "managed load balancer" in line for line in lines), lines
    assert any(line.startswith("[overview] Networking | ELB => managed load balancer: AWS guarantees") for line in lines), lines
    # an overview reciting a few terms leaves each its own card
    assert sum(line.startswith("[term] Networking › Security Tools") for line in lines) == 2, lines


def test_a_walkthrough_for_one_kind_of_user_is_for_reading_and_no_card_asks_it() -> None:
    lines = built_cards_of(
        """
        ## Ecosystem

        **AWS IQ:**
        - find AWS certified third-party experts for on-demand project work
        - for customers:
          - submit request: describe project
          - review responses: connect to experts
          - select expert: based on rates, experience
          - pay per milestone: charges added into the AWS bill
        """
    )
    assert not any(line.startswith(("[term]", "[enumeration]")) for line in lines), lines
    assert not any("submit request" in line or "milestone" in line for line in lines), lines
    assert "[overview] Ecosystem | AWS IQ => find AWS certified third-party experts for on-demand project work @3,4" in lines, lines


def test_a_list_for_an_audience_of_named_things_is_still_asked() -> None:
    lines = cards_of(
        """
        ## Support

        **Support Plans:**
        - plans of AWS support, from free to enterprise
        - for businesses:
          - Business Support Plan
          - Enterprise On-Ramp Support Plan
          - Enterprise Support Plan
        """
    )
    assert any("{{c1::" in line for line in lines), lines


def test_a_list_of_models_data_sheets_is_for_reading_and_the_line_after_it_is_asked() -> None:
    lines = built_cards_of(
        """
        ## Storage

        **Edge Computing:**
        - process data where it is created, with little or no internet
        - Snow Family:
          - snowcone: 2CPU, 4GB of memory, USB-C power
          - snowball edge - compute optimized: 52vCPU, 208GB of RAM, optional GPU
          - snowball edge - storage optimized: up to 40vCPU, 80GB of RAM, object storage clustering
          -> all can run EC2 instances and Lambda functions
        """
    )
    # a blank in a list of figures asked a word its neighbours spell ("[compute] optimized")
    assert not any("2CPU" in line or "52vCPU" in line for line in lines), lines
    assert not any(line.startswith("[number]") for line in lines), lines
    assert any("all can run EC2 instances and Lambda functions" in line for line in lines), lines


def test_a_list_that_ends_in_a_catch_all_is_given_no_count() -> None:
    lines = cards_of(
        """
        ## Delivery

        **CloudFront:**
        - content delivery network caching at edge locations
        - Custom Origin (HTTP): ALB, EC2 instance, S3 website, or any HTTP backend
        - Gateway endpoint: S3 & DynamoDB
        """
    )
    origin = next(line for line in lines if "Custom Origin (HTTP)" in line and line.startswith("[term]"))
    assert "which" not in origin, lines
    assert any("Gateway endpoint — which 2?" in line or "Gateway endpoint: which 2?" in line for line in lines), lines


def test_a_line_whose_only_number_is_a_window_is_for_reading() -> None:
    lines = built_cards_of(
        """
        ## Storage

        **Intelligent Tiering:**
        - moves objects between access tiers based on usage
        - infrequent access tier: objects not accessed for 30 days
        - archive access tier: from 90 days to 700+ days
        - scales from 1 message per sec to 10000s
        """
    )
    assert not any("700+" in line or "10000s" in line for line in lines), lines
    assert any(line.startswith("[number]") and "{{c1::30 days}}" in line for line in lines), lines
