"""Forward cards without trivia, fragments or guesses: numbers no exam asks
make no number card, a label that reads on is asked with its parent, a
blank never hides part of a longer list or one example, and one thing
defined twice is one card."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.key_terms import cloze_text, first_name_run, name_runs
from pipeline.cards.maker import make_cards
from pipeline.curate.dedupe import dedupe
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import card_text, deletions
from pipeline.notes.parse import parse_document

from .test_cards import cards_of


def test_footprints_conversions_and_data_sheets_make_no_number_card() -> None:
    lines = cards_of(
        """
        ## Edge

        **Devices:**
        - Edge locations: 216 points of presence in 84 cities across 42 countries
        - truck: moves exabytes ( 1 EB = 1000 PB = 1000000 TBs), each truck holds 100PB
        - small box: 2CPU, 4GB of memory, USB-C power
        - big box: 52vCPU, 208GB of RAM, 42 TB usable storage
        - data kept up to 90 days
        """
    )
    numbers = [line for line in lines if line.startswith("[number]")]
    assert len(numbers) == 2, lines
    assert any("each truck holds {{c1::100PB}}" in line and "1 EB = 1000 PB" in line for line in numbers)
    assert any("up to {{c1::90 days}}" in line for line in numbers)
    assert not any("points of presence}}" in line or "GB}}" in line or "vCPU}}" in line for line in lines)
    # The machines are still items of their list, named without their data sheet.
    assert not any(line.startswith("[term]") and "box" in line.split("|")[1].split("=>")[0] for line in lines)


def test_a_size_said_again_in_brackets_is_one_blank() -> None:
    lines = cards_of(
        """
        ## Storage

        **Objects:**
        - max object size is 5TB (5000GB)
        """
    )
    assert any("max object size is {{c1::5TB (5000GB)}}" in line for line in lines), lines


def test_a_span_of_time_said_again_in_other_units_is_one_value() -> None:
    lines = cards_of(
        """
        ## Tokens

        **Lifetime:**
        - Default max TTL is 32 days (768 hours)
        - Every 5 minutes the logs are saved to S3, so a restore is at most 5 min behind
        """
    )
    assert any("Default max TTL is {{c1::32 days (768 hours)}}" in line for line in lines), lines
    assert any("Every {{c1::5 minutes}} the logs" in line and "at most {{c1::5 min}} behind" in line for line in lines), lines


def test_a_participle_an_article_or_a_qualifier_is_asked_with_its_parent() -> None:
    lines = cards_of(
        """
        ## Databases

        **RDS:**
        - relational database service
        - managed by AWS: provisioning, OS patching, backups, scaling
        - can't SSH into
        - images to launch from:
          - a public image: provided by the vendor
          - an own image: made and kept up by us
          - a marketplace image
        - Resource-Based:
          - bucket policies
          - access control lists
        """
    )
    assert any("| RDS — managed by AWS {{c1::provisioning}} {{c2::OS patching}}" in line for line in lines), lines
    assert any("| RDS — Resource-Based: which 2? =>" in line for line in lines), lines
    # "an own image: made and kept up by us" is one option of its list, not a term.
    assert not any(line.startswith("[term]") and "image" in line for line in lines), lines


def test_a_blank_never_hides_part_of_a_longer_list_or_an_example() -> None:
    def key(text: str) -> str | None:
        found = name_runs(text, frozenset({"AWS"}))
        return text[found[0][0] : found[0][1]] if found else None

    assert key("runtimes: NodeJS, Python, Java, Golang, Ruby, custom runtime API (for ex Rust)") is None
    assert key("subscribers can be SQS, lambda, kinesis data firehose, emails, sms..") is None
    assert key("the engines are Postgres, MySQL, Aurora, MariaDB") is None
    assert key("can be analyzed with Athena, Redshift or QuickSight") == "Athena, Redshift or QuickSight"
    # The vendor before "services" qualifies that word: it is no name of the run.
    text = "audit of calls made by Console, SDK, CLI and AWS services"
    assert key(text) == "Console, SDK, CLI"
    finder = first_name_run((Span("text", text),), frozenset({"AWS"}))
    cloze = cloze_text((Span("text", text),), lambda spans: inl.escape(inl.to_plain(spans)), finder)
    # A blank over several names says how many: read as one word it would ask for one.
    assert cloze == "audit of calls made by {{c1::Console, SDK, CLI::3 names}} and AWS services"
    assert deletions(cloze) == ["Console, SDK, CLI"]


def _built(markdown: str):  # type: ignore[no-untyped-def]
    document = parse_document(dedent(markdown), "n.md")
    cards, _ = make_cards(document, "pack")
    return dedupe(cards)


def test_a_thing_defined_as_a_topic_and_again_as_a_term_is_one_card() -> None:
    cards, report = _built(
        """
        ## Monitoring

        **Personal Health Dashboard:**
        - provides alerts and remediation guidance when the provider has events that may impact us

        ## Support

        **Basic plan:**
        - AWS Personal Health Dashboard: personalized view of the health of services, alerts when our resources are impacted
        - Trusted Advisor: core checks
        - Forums: community help around the clock
        """
    )
    defined = [c for c in cards if "Health Dashboard" in card_text(c.prompt)]
    assert len(defined) == 1 and defined[0].kind == "overview"
    # one definition on the back: the topic's; the term's line is still cited
    assert "remediation guidance" in defined[0].answer and "personalized view" not in defined[0].answer
    assert 10 in [s.line for s in defined[0].sources]
    assert any("defines the same thing as the card at n.md:4" in str(d) for d in report)


def test_a_term_that_only_shares_a_name_with_a_topics_list_is_kept_apart() -> None:
    cards, _ = _built(
        """
        ## Devices

        **Edge Computing:**
        - process data while it is being created, far from any data center or network
        - use cases are preprocessing, machine learning at the edge, transcoding

        ## Family

        **Snow Family:**
        - Edge computing: snowcone, snowball edge
        - Data migration: snowcone, snowball edge, snowmobile
        """
    )
    # (a front that offers "Edge computing or Data migration" as choices asks of neither)
    named = [c for c in cards if c.kind in ("overview", "term") and card_text(c.prompt).lower().startswith("edge computing")]
    assert len(named) == 2


def test_a_few_products_under_a_plural_that_is_not_their_kind_are_no_set() -> None:
    lines = cards_of(
        """
        ## Compute

        **Virtual machines:**
        - VM Scale Sets: identical, load-balanced VMs that scale automatically
        - Availability Sets: spread VMs across update domains and fault domains
        - Azure Virtual Desktop: desktop and app virtualization in the cloud

        **Service types:**
        - ClusterIP: internal virtual IP
        - NodePort: a port on every node
        - LoadBalancer: an external load balancer
        """
    )
    machines = [line for line in lines if "Virtual machines" in line]
    # No blank over one product of a few, and no card that lists them as if they were all.
    assert not any("{{c1::" in line for line in machines), machines
    assert not any("| Virtual machines =>" in line for line in machines), machines
    assert len([line for line in machines if line.startswith(("[term]", "[overview]"))]) == 3
    # "types" names the items' kind: a set, asked whole.
    assert any(line.startswith("[overview] Compute | Service types") and "{{c3::" in line for line in lines), lines


def test_a_remark_in_brackets_stays_outside_the_blank() -> None:
    lines = cards_of(
        """
        ## Architecture

        - **Worker nodes**
          - kubelet -> agent on every node
          - kube-proxy -> network rules for Services
          - container runtime -> containerd, CRI-O (dockershim removed in 1.24)
        """
    )
    assert any("container runtime → {{c1::containerd, CRI-O}} (dockershim removed in 1.24)" in line for line in lines), lines


def test_a_long_paragraphs_later_sentences_neither_ride_with_its_definition_nor_ask_a_guess() -> None:
    lines = cards_of(
        """
        ## Limits

        **Service Quotas:** Service Quotas lets you view and manage your quotas from a central place. Quotas, also called limits, are the maximum values for the resources, actions and items in your account. Each service defines its quotas and sets default values for those quotas.

        **Other:**
        - x
        """
    )
    quotas = [line for line in lines if "Service Quotas" in line]
    assert quotas == ["[overview] Limits | Service Quotas => Service Quotas lets you view and manage your quotas from a central place. @3"]


def test_items_that_say_what_a_thing_does_are_facts_not_a_set() -> None:
    lines = cards_of(
        """
        ## Workloads

        - **ReplicaSet**
          - keeps N identical pods running
          - uses label selectors
          - don't create directly, use a Deployment
        """
    )
    assert not any("{{c2::" in line or "[enumeration]" in line for line in lines), lines
    # What the thing is; each other fact is a card of its own, not a side fact on its back.
    assert any(line.startswith("[overview] n › Workloads | What is ReplicaSet? => keeps N identical pods running") for line in lines)
    assert any("{{c1::Deployment}}" in line for line in lines), lines


def test_a_summary_line_the_notes_already_say_makes_no_card() -> None:
    lines = cards_of(
        """
        # Cluster notes

        ## Config

        - **ConfigMap**
          - non-confidential key-value config
          - max size 1 MiB
        - **Secret**
          - base64 encoded, not encrypted by default

        ## Summary

        - ConfigMap max 1 MiB; Secret is base64 encoded
        - OOMKilled -> the container went over its memory limit
        """
    )
    assert len([line for line in lines if "1 MiB}}" in line]) == 1, lines
    assert any("OOMKilled" in line for line in lines), lines


def test_items_under_sorting_labels_are_not_asked_by_a_blank_over_the_label() -> None:
    lines = cards_of(
        """
        ## Security

        **Shared model for IAM:**
        - Provider responsibilities:
          - Infrastructure (global network security)
          - config and vulnerability of services they offer
          - compliance validation
        - Customer:
          - Users, groups, policies management and monitoring
          - Enable MFA on all accounts
          - rotate all keys often
          - use IAM tools to apply appropriate permissions
          - analyze access patterns & review permissions

        **Shared model for EC2:**
        - Provider responsibilities:
          - replacing faulty hardware
          - isolation on physical hosts
        - Customer:
          - security group rules
          - operating system patches
        """
    )
    assert not any("{{c1::Customer" in line or "{{c1::Provider" in line for line in lines), lines
    # Nor by a list of them under the label ("Customer => Users, groups, ..."): the
    # classification cards ask each item which label it is under.
    assert not any("| Customer" in line or "| Provider responsibilities" in line for line in lines), lines


def test_a_term_defined_after_a_questions_list_does_not_sit_under_the_question() -> None:
    lines = cards_of(
        """
        ## Computing

        **What is a VPC made of?**
        - Subnets: ranges of addresses in one AZ
        - Route tables: where traffic goes
        - Internet Gateway: the way out to the internet

        NAT Gateway = lets private instances reach the internet
        """
    )
    assert any(line.startswith("[term] Computing | NAT Gateway => lets private instances") for line in lines), lines
    assert any(line.startswith("[term] Computing | What is a VPC made of? — which one: where traffic goes? => Route tables") for line in lines), lines


def test_terms_that_are_lists_themselves_make_no_overview_that_recites_them_all() -> None:
    lines = cards_of(
        """
        ## Support

        **Advisor checks:**
        - 7 core checks: bucket permissions, open ports, one admin user, MFA on root, public snapshots, public images, limits
        - full checks: every category, alarms when reaching limits, access through the support API
        """
    )
    assert not any("| Advisor checks =>" in line for line in lines), lines
    assert any("7 core checks {{c1::bucket permissions}}" in line for line in lines), lines


def test_a_topic_is_defined_by_its_own_line_not_by_a_first_line_about_another_thing() -> None:
    lines = cards_of(
        """
        ## Storage

        **Instance Store:**
        - EBS volumes are network drives with limited performance
        - for a high-performance hardware disk we use the instance store, attached to the physical server
        - better I/O performance
        - lost when the instance stops, or when the hardware fails
        - good for buffers, caches and temporary content
        """
    )
    overview = next(line for line in lines if line.startswith("[overview]"))
    assert overview.startswith("[overview] Storage | Instance Store => for a high-performance hardware disk"), lines
    assert any("{{c1::EBS}} volumes are network drives" in line for line in lines), lines
    assert sum("EBS volumes" in line or "{{c1::EBS}}" in line for line in lines) == 1, lines


def test_under_a_versus_heading_a_blank_over_one_option_asks_which() -> None:
    lines = cards_of(
        """
        ## Cloud Concepts

        ### CapEx vs OpEx

        | | CapEx | OpEx |
        |---|---|---|
        | What | Up-front spending | Spending over time |

        The cloud is a consumption-based model -> OpEx.
        """
    )
    assert "[detail] Cloud Concepts | CapEx vs OpEx : The cloud is a consumption-based model → {{c1::OpEx}}. => @9,3" in lines, lines
    assert not any(line.startswith("[overview] Cloud Concepts | CapEx vs OpEx =>") for line in lines), lines


def test_a_products_name_said_again_as_its_kind_is_still_a_term() -> None:
    lines = cards_of(
        """
        ## Networking

        **Name services:**
        - Azure DNS: hosting of DNS domains on the provider's infrastructure
        - Encryption: use encryption keys
        - Traffic Manager: routes traffic by DNS to the closest endpoint
        """
    )
    assert any(line.startswith("[term] Networking › Name services | Azure DNS => hosting of DNS domains") for line in lines), lines
    assert not any(line.startswith("[term]") and "| Encryption =>" in line for line in lines), lines


def test_a_products_capacity_and_its_replication_make_no_number_card() -> None:
    lines = cards_of(
        """
        ## Databases

        **Aurora:**
        - storage automatically grows in increments of 10GB, up to 64TB
        - can create up to 5 read replicas
        - replicated across 3 AZ
        - max item size is 400KB
        - backups kept up to 35 days
        """
    )
    numbers = [line for line in lines if line.startswith("[number]")]
    assert len(numbers) == 2, lines
    assert any("max item size is {{c1::400KB}}" in line for line in numbers), numbers
    assert any("up to {{c1::35 days}}" in line for line in numbers), numbers


def test_an_example_or_bare_abbreviations_are_no_term() -> None:
    lines = cards_of(
        """
        ## Security

        **DDoS Protection:**
        - Distributed Denial-of-Service
        - CF and R53: availability protection, combined with Shield, at the edge
        - for ex: protect critical databases and enterprise apps
        - Shield Advanced: 24/7 response team
        """
    )
    terms = [line for line in lines if line.startswith("[term]")]
    assert terms == ["[term] Security › DDoS Protection | Shield Advanced => 24/7 response team @7"], lines


def test_a_label_answered_by_a_closed_list_is_asked_item_by_item() -> None:
    lines = cards_of(
        """
        ## Databases

        **RDS:**
        - relational database service
        - managed by the provider: provisioning, OS patching, backups (point in time, daily), multi-AZ setup, scaling
        - 6 core checks: bucket permissions, open ports, root MFA, public snapshots, public images, limits
        - supports: Postgres, MySQL, MariaDB, Oracle..
        """
    )
    managed = next(line for line in lines if line.startswith("[enumeration]") and "managed by the provider" in line)
    assert managed.startswith("[enumeration] Databases › RDS | RDS — managed by the provider {{c1::provisioning}}"), lines
    # the remark says what the item is: a cue beside the blank
    assert "{{c3::backups}} (point in time, daily)" in managed and "{{c5::scaling}}" in managed
    # A count announces the set: all six on one note.
    assert any("6 core checks" in line and "{{c6::limits}}" in line for line in lines), lines
    # A list that trails off is a few of many: no blanks over it.
    assert not any("Postgres}}" in line or "MySQL}}" in line for line in lines), lines


def test_a_vendors_claim_is_no_number_card_but_rides_with_the_definition() -> None:
    lines = cards_of(
        """
        ## Databases

        **DAX:**
        - fully managed in-memory cache for DynamoDB
        - 10x perf improvement

        **Global Accelerator:**
        - optimize the route to the app over the AWS network (60% improvement)
        - retention up to 14 days
        - 99.99% availability
        """
    )
    numbers = [line for line in lines if line.startswith("[number]")]
    assert not any("10x" in line or "60%" in line for line in numbers), numbers
    assert any("up to {{c1::14 days}}" in line for line in numbers) and any("{{c1::99.99%}} availability" in line for line in numbers), lines
    overview = next(line for line in lines if line.startswith("[overview] Databases | DAX =>"))
    assert "in-memory cache for DynamoDB 10x perf improvement" in overview, lines
