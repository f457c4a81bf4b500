"""A topic that is a list of things asks the whole list, not the plain items its
things left over; a window's two ends are no card; an open list of uses asks
the name."""

from __future__ import annotations

from .test_cards import cards_of


def _overview(lines: list[str]) -> str:
    return next(line for line in lines if line.startswith("[overview]"))


def test_a_list_of_things_is_asked_whole_not_by_its_leftover_item() -> None:
    lines = cards_of(
        """
        ## Storage

        **Access control:**
        - Identity-Based:
          - role policies: which calls a principal may make
        - Resource-Based:
          - share policies: rules on the share itself, across tenants
        - Audit logs
        """
    )
    # before: "Access control => Audit logs", one item read as what the topic is
    assert _overview(lines) == "[overview] Storage | Access control — which 3? => Identity-Based Resource-Based Audit logs @3,4,6,8"
    # each thing is still asked by its own lines
    assert any("role policies" in line and not line.startswith("[overview]") for line in lines), lines


def test_a_label_spelling_the_titles_abbreviation_joins_the_front() -> None:
    lines = cards_of(
        """
        ## Network

        **WAN Defence:**
        - Wide Area Network:
        - Edge Firewall:
          - on for every tenant at no cost
          - blocks floods at layers 3 and 4
        - Edge Firewall Plus:
          - paid tier with a response team
        - Be ready to scale - autoscaling
        """
    )
    overview = _overview(lines)
    assert overview.startswith("[overview] Network | WAN Defence (Wide Area Network) — which 3? => Edge Firewall Edge Firewall Plus"), overview
    assert "Be ready to scale - autoscaling" in overview


def test_a_topic_that_opens_by_saying_what_it_is_keeps_its_definition() -> None:
    lines = cards_of(
        """
        ## Queues

        **Broker:**
        - fully managed message queue that decouples the parts of an app
        - Standard queue:
          - at-least-once delivery
        - FIFO queue:
          - exactly-once processing, in order
        - Dead letters
        """
    )
    assert _overview(lines).startswith("[overview] Queues | Broker => fully managed message queue"), lines


def test_a_lone_leftover_line_under_things_is_asked_by_the_name() -> None:
    lines = cards_of(
        """
        ## Events

        **Event Hub:**
        - formerly Event Rules:
          - schedule: cron jobs
          - pattern: react to a change in a resource
        - schema store: describes the events
        - default channel comes from platform services, partner channel from partners, custom channel from apps
        """
    )
    assert not any(line.startswith("[overview] Events | Event Hub =>") for line in lines), lines
    assert any(line.startswith("[detail] Events | {{c1::Event Hub}}: default channel comes from platform services") for line in lines), lines


def test_a_window_item_stays_in_its_list_and_gets_no_card_of_its_own() -> None:
    lines = cards_of(
        """
        ## Archive

        **Auto tiers:** moves data between tiers by its use:
        - hot tier: default tier
        - cool tier: not read for 30 days
        - cold tier: not read for 90 days
        - frozen tier (opt): from 90 days to 700+ days
        - deep frozen tier (opt) from 180 days to 700+ days
        """
    )
    enumerations = [line for line in lines if "frozen tier" in line]
    assert enumerations and all("{{c" in line and "hot" in line for line in enumerations), lines
    # the whole of every item is on the list card, the window included
    assert any("frozen tier (opt): from 90 days to 700+ days" in line for line in enumerations), enumerations
    assert not any(line.startswith(("[number]", "[term]")) and "700+" in line for line in lines), lines


def test_an_open_list_of_uses_asks_the_name() -> None:
    lines = cards_of(
        """
        ## Workflows

        **Orchestrator:**
        - runs steps of a workflow in order or in parallel
        - use cases: invoice approval, media pipelines, any workflow
        """
    )
    assert any(line.startswith("[term] Workflows | {{c1::Orchestrator}} — use cases: invoice approval") for line in lines), lines


def test_the_causes_an_author_met_ask_what_they_cause() -> None:
    lines = cards_of(
        """
        ## troubleshooting

        ### node NotReady
        - `systemctl status kubelet` first
        - causes: kubelet stopped, wrong ca in kubelet.conf, containerd down, cni missing, swap

        ### control plane broken
        - typical: typo in flag, wrong cert path, wrong etcd endpoint, bad image tag
        """
    )
    assert any(line.startswith("[term] troubleshooting | {{c1::node NotReady}} — causes: kubelet stopped, wrong ca") for line in lines), lines
    assert any(line.endswith("| {{c1::control plane broken}} — typical: typo in flag, wrong cert path, wrong etcd endpoint, bad image tag => @8,7") for line in lines), lines
    # no blank over one cause of many: nothing on the front would point to it
    assert not any("{{c1::kubelet stopped}}" in line or "{{c1::typo in flag}}" in line for line in lines), lines


def test_the_line_that_names_the_kind_defines_the_topic_with_its_short_list() -> None:
    lines = cards_of(
        """
        ## Messaging

        **Relay:**
        - when moving to the cloud, instead of rewriting the app for the native queues we can use Relay
        - hosted message broker service for:
          - RabbitMQ
          - ActiveMQ
        - has both queues and topics
        """
    )
    # before: "Relay => when moving to the cloud, ... we can use Relay", a remark read as the definition
    assert _overview(lines) == (
        "[overview] Messaging | Relay => hosted message broker service for: RabbitMQ, ActiveMQ has both queues and topics @3,5,6,7,8"
    ), lines
    # the remark that names the thing is asked from the need to the name
    assert any("{{c1::Relay}}" in line and "rewriting the app" in line for line in lines), lines
    # the kind's list has no card of its own under its bare label
    assert not any(line.startswith("[detail] Messaging › Relay | hosted message broker service for") for line in lines), lines


def test_a_line_with_two_members_of_a_counted_list_is_not_one_blank() -> None:
    lines = cards_of(
        """
        ## Advice

        **Advisor:**
        - checks our account and gives advice in 5 areas:
          - cost
          - speed
          - safety
          - quotas, operations
        """
    )
    enumerations = [line for line in lines if "quotas, operations" in line]
    assert enumerations and all("{{c1::cost}}" in line or "{{c" in line for line in enumerations), lines
    assert not any("::quotas, operations}}" in line for line in lines), lines


def test_a_heading_that_spells_out_its_abbreviation_is_asked_as_a_name() -> None:
    lines = cards_of(
        """
        ## Networking

        **NSG is Network Security Group:**
        - firewall rules on a subnet or a network interface
        - allow and deny rules by port and address
        """
    )
    assert _overview(lines).startswith("[overview] Networking | NSG (Network Security Group) => firewall rules"), lines


def test_a_word_and_its_negation_do_not_blank_each_other() -> None:
    lines = cards_of(
        """
        ## Storage

        **Auto tiers:** moves data between tiers by its use:
        - frequent access tier
        - infrequent access tier
        - archive instant access tier
        - glacier access tier
        """
    )
    clozes = [line for line in lines if "access tier" in line and "{{c" in line]
    assert clozes, lines
    assert not any("{{c1::infrequent}}" in line or "{{c1::frequent}}" in line or "::infrequent" in line for line in clozes), clozes


def test_plain_facts_beside_terms_are_no_list_of_things() -> None:
    lines = cards_of(
        """
        ## Compute

        **Functions:**
        - FaaS: Function as a Service, code run without servers to manage
        - Event-Driven: run on demand when an event invokes the function
        - serverless and billed by the request and by the compute time used
        """
    )
    assert not any("— which" in line for line in lines), lines


def test_a_remark_after_the_topics_list_is_said_on_the_list_card() -> None:
    lines = cards_of(
        """
        ## Accounts

        ### Hierarchy

        From top to bottom:

        1. Tenants
        2. Projects
        3. Folders
        4. Items

        Removing a folder removes every item inside it.
        """
    )
    # before: "Hierarchy => Removing a folder removes every item inside it.", a remark read as the definition
    assert not any(line.startswith("[overview] Accounts | Hierarchy =>") for line in lines), lines
    assert any("Tenants" in line and line.endswith("=> Removing a folder removes every item inside it. @5,7,8,9,10,12,3") for line in lines), lines


def test_a_blank_another_item_spells_is_not_asked() -> None:
    lines = cards_of(
        """
        ## Accounts

        **Levels:** from top to bottom:
        1. Management groups
        2. Subscriptions
        3. Resource groups
        4. Resources
        """
    )
    assert any("{{c1::Management}} groups" in line for line in lines), lines
    assert not any("::Resource}} groups" in line for line in lines), lines


def test_a_summary_line_of_names_treated_above_is_no_card() -> None:
    lines = cards_of(
        """
        ## Workloads

        **Pod:** smallest deployable unit of the cluster
        **DaemonSet:** runs one pod per node of the cluster

        ## Summary

        - Pod = smallest unit, DaemonSet = stateless agents per node
        - OOMKilled -> memory limit exceeded
        """
    )
    # before: a card whose front was the notes' title alone, the whole line on its back
    assert not any("stateless agents" in line for line in lines), lines
    assert any("OOMKilled" in line for line in lines), lines



def test_a_long_list_of_things_is_asked_whole_by_blanks_not_by_its_plain_items() -> None:
    lines = cards_of(
        """
        ## Resources

        **Learning Hub:**
        - Hub Blogs
        - Hub Forums (replaced by Hub Answers)
        - Hub Papers: long guides by the vendor
        - Hub Starter Kits:
          - ready templates for common stacks
          - deployed in minutes
        - Hub Catalog: listings of third-party software
        - Hub Support
        - Hub Academy: courses for universities
        """
    )
    # before: "Learning Hub => Hub Blogs, Hub Forums, Hub Support", the items with no lines of their own
    assert not any(line.startswith("[overview] Resources | Learning Hub =>") for line in lines), lines
    listed = [line for line in lines if "Learning Hub" in line and "{{c1::" in line and "Catalog" in line]
    assert listed and all("Blogs" in line and "Academy" in line for line in listed), lines


def test_an_opening_abbreviation_spelled_out_is_the_topics_kind_on_its_overview() -> None:
    lines = cards_of(
        """
        ## Compute

        **Runner:**
        - FaaS: Function as a Service
        - regional scope, deployed in one region at a time
        - virtual functions that start and stop on their own
        - limited temporary disk space for each running function
        - Event-Driven: run on demand, invoked by the platform when needed
        """
    )
    # before: "Runner => regional scope, ...", what it is on another card
    assert _overview(lines).startswith("[overview] Compute | Runner => FaaS: Function as a Service"), lines
    assert not any(line.startswith("[term]") and "| FaaS =>" in line for line in lines), lines


def test_everyday_parts_of_a_computer_are_no_blanks_of_a_list() -> None:
    lines = cards_of(
        """
        ## Compute

        **Instance options:**
        - Operating system choice
        - CPU
        - RAM
        - Storage space
        - Firewall rules
        - Bootstrap script
        """
    )
    clozes = [line for line in lines if "{{c1::" in line]
    assert clozes, lines
    assert not any("::RAM}}" in line or "::CPU}}" in line or "::Storage space}}" in line for line in clozes), clozes


def test_a_bare_phrase_after_the_topics_list_rides_on_the_list_card() -> None:
    lines = cards_of(
        """
        ## Security

        **Sealing:**
        - 2 kinds:
          - at rest: data kept on a device
          - in transit: data moving between places
        - uses sealing keys
        """
    )
    # before: "Sealing => uses sealing keys", the title said again as its answer
    assert not any(line.startswith("[overview] Security | Sealing =>") for line in lines), lines
    assert any("2 kinds" in line and line.endswith("=> uses sealing keys @5,6,7,8,3") or "=> uses sealing keys" in line for line in lines), lines


def test_causes_that_lead_to_their_fixes_are_no_one_set_of_blanks() -> None:
    lines = cards_of(
        """
        ## Cabling issues

        - interference (EMI/RFI) = motors, fluorescent lights, power lines → STP, fiber, reroute
        - attenuation = signal loss over distance
        """
    )
    assert not any("{{c" in line and "power lines" in line for line in lines), lines
    assert any(line.endswith("interference (EMI/RFI) => motors, fluorescent lights, power lines → STP, fiber, reroute @3") for line in lines), lines


def test_a_labelled_list_inside_a_terms_line_sits_under_the_term() -> None:
    lines = cards_of(
        """
        ## Security

        ### Threat protection services
        - **WAF** – L7 filter on ALB, API Gateway, CloudFront (NOT NLB). Web ACLs: IP sets, SQLi, XSS, geo match, rate-based rules
        - **Shield** – DDoS protection
        - **GuardDuty** – threat detection from CloudTrail, VPC Flow Logs
        """
    )
    # the breadcrumb says whose Web ACLs they are
    assert any(line.startswith("[enumeration] Security › Threat protection services › WAF | Web ACLs {{c1::IP sets}}") for line in lines), lines
