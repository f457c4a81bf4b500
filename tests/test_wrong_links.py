"""A blank asks what its line is about: a later sentence with a subject of its
own is never asked under the term's blank, a list's part never by a fragment
of a name, and a blank spelled out by a name in capitals beside it asks that
name instead."""

from __future__ import annotations

from pipeline.cards.apart_sentences import own_subject, own_words, says_term
from pipeline.cards.topic_headings import is_collection
from pipeline.cards.deletions import abbreviation_of, gives_itself_away
from pipeline.cards.key_terms import cloze_text, emphasised, name_runs
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.cards.compare import compare_cards
from pipeline.cards.recognition import recognition_cards
from pipeline.notes.parse import parse_document

from .test_cards import cards_of

_REMARK_OVER_A_SECTION = """
# OCI notes

## 6. Storage

Block Volume: network-attached block storage for compute instances, with backups and clones.

Object Storage: internet-scale storage for unstructured data of any type, with standard and archive tiers.

## 7. Databases

Oracle obviously leans hard on this section.

Autonomous Database: a fully managed Oracle Database described as self-driving, self-securing and self-repairing.

Base Database Service: Oracle Database on VM DB systems where Oracle handles the infrastructure.
"""


def test_a_later_sentence_about_another_thing_is_asked_by_its_own_subject() -> None:
    lines = cards_of(
        """
        # Network+

        ## Network Implementation

        ### Cables

        Coax — RG-6 (cable modems/TV, F-connector), RG-59 older/shorter runs.
        Twinax — DAC cables in the data center, short and cheap, SFP+ ends attached.
        Straight-through — same standard both ends (T568B–T568B). Crossover — T568A one end, T568B other. Auto-MDIX makes this mostly irrelevant now.

        ### CronJobs

        Same as a Job but with a `schedule` in cron syntax.

        `concurrencyPolicy`: `Allow` (default), `Forbid` (skip the new run if the old one is still going), `Replace` (kill the old one). History limits default to 3 successful and 1 failed.
        """
    )
    joined = "\n".join(lines)
    assert "{{c1::Straight-through}}: Crossover" not in joined, lines
    assert any("{{c1::Crossover}} — T568A one end, T568B other." in line for line in lines), lines
    assert "{{c1::concurrencyPolicy}}: History" not in joined and any("{{c1::History limits}} default to 3" in line for line in lines), lines


def test_a_later_sentence_that_says_more_of_the_term_still_asks_it() -> None:
    lines = cards_of(
        """
        ## Compute

        **Pricing:**
        - pay for what you use
        - Dedicated Hosts: book an entire physical server, control instance placement. Allows to address compliance requirements and use existing server-bound licences.
        - Cloud Guard: finds misconfigured resources and insecure activity across the tenancy, and can fix them with responders. Targets define which compartments it watches.
        """
    )
    assert any("{{c1::Dedicated Hosts}}: Allows to address" in line for line in lines), lines
    assert any("{{c1::Cloud Guard}}: Targets define which compartments it watches." in line for line in lines), lines


def test_subjects_of_their_own() -> None:
    assert own_subject("Salting adds random data so identical passwords hash differently") == ("Salting", " adds random data so identical passwords hash differently")
    assert own_subject("The Compliance Reports Manager gives access to audit reports")[0] == "Compliance Reports Manager"
    assert own_subject("DAC: every object has an owner")[0] == "DAC"
    assert own_subject("Allows to use existing licences") is None
    assert own_subject("It's regional, and spans all ADs") is None
    assert own_subject("Lots of instances can share it") is None


def test_a_sentence_naming_the_term_in_any_form_stays_on_its_back() -> None:
    assert says_term("Policies are written in a human-readable syntax", own_words("Policy"))
    assert says_term("A region has either one AD or three ADs", own_words("Availability Domain (AD)"))
    assert says_term("An M.2 drive can be SATA or NVMe", own_words("M.2"))
    assert says_term("De-encapsulation is the reverse", own_words("Encapsulation"))
    assert not says_term("Crossover — T568A one end", own_words("Straight-through"))


def test_a_list_of_the_terms_features_is_asked_by_the_term_not_a_fragment_of_a_name() -> None:
    lines = cards_of(
        """
        ## Network protection

        - **Azure Firewall** — managed, stateful, cloud firewall-as-a-service; SKUs Basic/Standard/Premium; threat-intel filtering, FQDN filtering, outbound SNAT, inbound DNAT; Premium adds TLS inspection + IDPS
        """
    )
    joined = "\n".join(lines)
    assert "{{c1::FQDN}} filtering" not in joined, lines


def test_a_blank_spelled_out_by_a_name_in_capitals_asks_the_name() -> None:
    assert abbreviation_of("canonical name", "CNAME — alias".split()) == "CNAME"
    assert abbreviation_of("elastic beanstalk", "it uses EC2, ASG, ELB".split()) is None
    assert abbreviation_of("canonical name", "you can alias".split()) is None
    assert gives_itself_away("DNS record types: CNAME — alias → {{c1::canonical name}}", (), frozenset())
    lines = cards_of(
        """
        # Network+

        ## Network Operations

        ### Network services

        DHCP — DORA: Discover, Offer, Request, Acknowledge. Scope, exclusions, reservations (MAC → IP), lease time.
        DNS record types:
        - A — name → IPv4
        - AAAA — name → IPv6
        - CNAME — alias → canonical name
        - MX — mail server for the domain (with priority)
        - NS — authoritative name servers
        - PTR — IP → name (reverse lookup)
        - TXT — free text; SPF, DKIM, DMARC live here
        """
    )
    joined = "\n".join(lines)
    assert "{{c1::canonical name}}" not in joined, lines
    assert any("{{c1::CNAME}} — alias → canonical name" in line for line in lines), lines


def test_the_authors_remarks_on_the_exam_are_asked_by_no_card() -> None:
    lines = cards_of(
        """
        # OCI notes

        ## 6. Storage

        Block Volume: network-attached block storage for compute instances, with backups and clones.

        ## 7. Databases

        Oracle obviously leans hard on this section.

        Autonomous Database: a fully managed Oracle Database described as self-driving (automates provisioning, tuning, scaling, patching), self-securing and self-repairing.

        Base Database Service: Oracle Database on VM DB systems where Oracle handles infrastructure and automates some lifecycle tasks.

        ## 8. Networking

        ### IPv4 addressing

        Private (RFC 1918) — 10.0.0.0/8, 172.16.0.0/12 (172.16–172.31), 192.168.0.0/16.
        APIPA — 169.254.0.0/16. If a Windows box has one of these, it didn't get a DHCP lease. Big exam clue.
        Loopback — 127.0.0.0/8 (usually 127.0.0.1).

        ### Ports you must know

        Not negotiable. I made flashcards for this table and did them every morning.

        | Port | Protocol | Transport | Notes |
        |---|---|---|---|
        | 20/21 | FTP | TCP | data / control |
        | 22 | SSH / SFTP / SCP | TCP | |
        | 23 | Telnet | TCP | cleartext, don't |
        """
    )
    joined = "\n".join(lines)
    for remark in ("leans hard", "Big exam clue", "Not negotiable"):
        assert remark not in joined, lines
    assert any("169.254.0.0/16. If a Windows box has one of these, it didn't get a DHCP lease." in line for line in lines), lines


def test_a_remark_on_the_exam_is_no_clue_to_its_section() -> None:
    cards = recognition_cards(parse_document(_REMARK_OVER_A_SECTION.lstrip("\n"), "n.md"), "p")
    assert cards and not any("leans hard" in c.prompt for c in cards), [c.prompt for c in cards]


def test_a_star_after_a_name_is_the_authors_mark_not_a_promotion() -> None:
    lines = cards_of(
        """
        # SC-900

        ## Microsoft security solutions

        ### Azure infrastructure protection
        - **Azure Firewall** — managed, stateful, cloud firewall-as-a-service; SKUs Basic/Standard/Premium
        - **Network security groups (NSGs)** ⭐
          - filter inbound/outbound traffic to subnets or NICs
          - rules: name, priority (100–4096, lower = first), source/destination, port, protocol, allow/deny
        - **Azure Bastion** — RDP/SSH in the browser over TLS (port 443), VMs need no public IP ⭐
        """
    )
    joined = "\n".join(lines)
    assert "Azure Bastion => RDP/SSH in the browser over TLS (port 443), VMs need no public IP" in joined and "⭐" not in joined, lines
    assert "Azure infrastructure protection — rules" not in joined, lines
    assert any("Network security groups (NSGs) | rules" in line for line in lines), lines


def test_two_things_the_author_set_in_bold_are_two_blanks() -> None:
    lines = cards_of(
        """
        # AWS MLA

        ## Domain 3: Deployment

        ### Autoscaling endpoints
        - Application Auto Scaling on the variant's `DesiredInstanceCount`
        - **target tracking** on `SageMakerVariantInvocationsPerInstance` (most common), or CPU/GPU utilization
        - step scaling, scheduled scaling for known peaks; scale-out cooldown short, scale-in cooldown longer
        """
    )
    assert any("{{c1:: target tracking }} on {{c2:: SageMakerVariantInvocationsPerInstance }}" in line for line in lines), lines
    # "prefix [aws:] for ex [aws:createdBy]": one shows the other, so they are one blank
    spans = (Span("text", "start with prefix "), Span("code", "aws:"), Span("text", " for ex "), Span("code", "aws:createdBy"))
    assert cloze_text(spans, lambda s: inl.to_plain(s), hide_spans=emphasised(spans)).count("{{c1::") == 2


def test_the_first_word_of_a_phrase_is_no_name_to_blank() -> None:
    lines = cards_of(
        """
        # OCI notes

        ## 1. Cloud concepts

        Cloud computing: on-demand delivery of compute, storage and applications over the internet with pay-as-you-go pricing.

        High availability, disaster recovery, scalability and elasticity also come up as definitions. Scaling **vertically** means a bigger machine (more OCPUs/memory); scaling **horizontally** means more machines. Elasticity is scaling automatically with demand.
        """
    )
    joined = "\n".join(lines)
    assert "{{c1::High}}" not in joined, lines
    assert "{{c1::vertically}}" in joined.replace(" }}", "}}").replace(":: ", "::") and "{{c2::" in joined, lines


def test_a_gloss_after_a_run_of_names_asks_the_name_it_glosses() -> None:
    text = "triggers at % thresholds: NOTIFY, SUSPEND (let running queries finish), SUSPEND_IMMEDIATE (cancel running)"
    (start, end), = name_runs(text, frozenset())
    assert text[start:end] == "SUSPEND", text[start:end]
    # a gloss at the end of a list of names is one member's remark: no blank picks that member out
    listed = "support EC2 instances, ASG, EBS, Lambdas, RDS, ECS (on Fargate)"
    assert all(listed[s:e] != "ECS" for s, e in name_runs(listed, frozenset()))


def test_a_remark_at_the_end_of_a_line_is_no_part_of_its_clue() -> None:
    notes = """
# Network+

## IPv4 addressing

Private (RFC 1918) — 10.0.0.0/8, 172.16.0.0/12 (172.16–172.31), 192.168.0.0/16.
APIPA — 169.254.0.0/16. If a Windows box has one of these, it didn't get a DHCP lease. Big exam clue.
Loopback — 127.0.0.0/8 (usually 127.0.0.1).
"""
    document = parse_document(notes.lstrip("\\n"), "n.md")
    fronts = [c.prompt for c in compare_cards(document, "p") + recognition_cards(document, "p")]
    assert any("DHCP lease" in f for f in fronts) and not any("Big exam clue" in f for f in fronts), fronts


def test_a_later_sentence_naming_the_term_by_its_short_name_is_asked_apart_with_the_name_hidden() -> None:
    lines = cards_of(
        """
        ## OCI architecture

        Availability Domain (AD): one or more fault-tolerant data centers inside a region. ADs are isolated from each other — they don't share power, cooling or the internal AD network — and are connected by a low-latency, high-bandwidth network. A region has either one AD or three ADs.

        ARG vs ENV: ARG is build-time only (`--build-arg`), ENV persists into the running container. ARG before FROM is only usable in FROM, so it sets the base image tag.
        """
    )
    term = next(line for line in lines if "| Availability Domain (AD) =>" in line)
    assert term.split("=>")[1].split("@")[0].strip() == "one or more fault-tolerant data centers inside a region.", lines
    assert any("{{c1::Availability Domain (AD)}}: A region has either one {{c1::AD}} or three {{c1::ADs}}." in line for line in lines), lines
    assert any("{{c1::ADs}} are isolated from each other" in line and "internal {{c1::AD}} network" in line for line in lines), lines
    # a head of two names: a mention is one of them, never the blank's answer
    assert not any("{{c1::ARG}}" in line for line in lines), lines


def test_dual_stack_is_a_thing_a_tech_stack_a_collection() -> None:
    assert not is_collection("Dual stack") and not is_collection("Protocol stack")
    assert is_collection("My tech stack") and is_collection("Exam snapshot")


def test_a_term_said_again_in_full_is_hidden_unless_part_of_a_longer_name() -> None:
    lines = cards_of(
        """
        ## OCI architecture

        Fault Domain (FD): a grouping of hardware and infrastructure within an availability domain. Every AD has **three** fault domains. Spreading instances across fault domains protects you from a single hardware failure.

        Data Guard: Oracle's replication for high availability and disaster recovery — a standby database you can switch over or fail over to. Autonomous Data Guard is the managed version.
        """
    )
    assert any("{{c1::Fault Domain (FD)}}: Every AD has three {{c1::fault domains}}." in line for line in lines), lines
    # "Autonomous Data Guard" is another thing: its sentence is no mention of Data Guard to hide
    assert not any("{{c1::Data Guard}}" in line for line in lines), lines
