"""Markdown in, section/topic tree out, with exact source lines."""

from __future__ import annotations

from textwrap import dedent

from pipeline.model import inline as inl
from pipeline.notes.parse import parse_document

from .conftest import SEED_NOTES
from .outline import outline


def parsed(markdown: str) -> str:
    return outline(parse_document(dedent(markdown).lstrip("\n"), "notes.md"))


def test_bold_topics_with_lists_directly_under_them():
    assert parsed(
        """
        # Title

        Subtitle line

        ## Cloud Computing

        **EFS:**
        - Elastic File System
        - scale on demand to petabytes
          - nested fact

        **How the web works ?**

        The client uses the network.  
        Client and server have an IP address.
        """
    ) == dedent(
        """\
        ## Cloud Computing @5
        ** EFS @7
          item@8: Elastic File System
          item@9: scale on demand to petabytes
            item@10: nested fact
        ** How the web works ? @12
          line@14: The client uses the network.
          line@15: Client and server have an IP address."""
    )


def test_topic_title_variants_and_text_after_the_title():
    assert parsed(
        """
        ## S

        **1. Operational Excellence**
        - runs systems

        **Service Quotes (= Service Limits):** Service Quotas enables you to view quotas.

        **CloudHSM**:
        - dedicated hardware

        **CW Logs**
        - collect logs

        Text with **bold** inside is not a topic.
        """
    ) == dedent(
        """\
        ## S @1
        ** 1. Operational Excellence @3
          item@4: runs systems
        ** Service Quotes (= Service Limits) @6
          line@6: Service Quotas enables you to view quotas.
        ** CloudHSM @8
          item@9: dedicated hardware
        ** CW Logs @11
          item@12: collect logs
          line@14: Text with bold inside is not a topic."""
    )


def test_italic_and_colon_lines_lead_the_list_after_them():
    assert parsed(
        """
        ## S

        **EFS:**
        - managed NFS

        *EFS Infrequent Access (EFS-IA):*
        - cost-optimized storage class

        Delete on Termination attribute:
        - controls the EBS behaviour
        """
    ) == dedent(
        """\
        ## S @1
        ** EFS @3
          item@4: managed NFS
          label@6: EFS Infrequent Access (EFS-IA):
            item@7: cost-optimized storage class
          label@9: Delete on Termination attribute:
            item@10: controls the EBS behaviour"""
    )


def test_continuation_lines_of_an_item_and_a_nested_list_under_an_italic_line():
    assert parsed(
        """
        ## S

        **AWS Global Infra:**
        - AWS Regions: clusters of data centers  
        *How to choose an AWS Region ?*
          - Compliance
          - Proximity
        - RAM: fast memory
        CPU + RAM = like a brain
        """
    ) == dedent(
        """\
        ## S @1
        ** AWS Global Infra @3
          item@4: AWS Regions: clusters of data centers
          line@5: How to choose an AWS Region ?
            item@6: Compliance
            item@7: Proximity
          item@8: RAM: fast memory
          line@9: CPU + RAM = like a brain"""
    )


def test_numbered_lists_code_shortcodes_and_literal_angle_brackets():
    document = parse_document(
        dedent(
            """\
            ## S

            **Process:**

            1. Request devices
            2. Ship back the device

            :warning: If we stop and relaunch, the IP can change
            - response <30 min and Windows >= 10
            `aws configure`: configure the CLI
            """
        ),
        "n.md",
    )
    assert outline(document) == dedent(
        """\
        ## S @1
        ** Process @3
          step@5: Request devices
          step@6: Ship back the device
          line@8: ⚠️ If we stop and relaunch, the IP can change
          item@9: response <30 min and Windows >= 10
          line@10: aws configure: configure the CLI"""
    )
    body = document.sections[0].topics[0].body
    assert inl.to_html(body[3].inline) == "response &lt;30 min and Windows &gt;= 10"
    assert inl.to_html(body[4].inline) == "<code>aws configure</code>: configure the CLI"


def test_an_unknown_emoji_shortcode_standing_apart_is_a_decoration_and_dropped():
    document = parse_document(
        dedent(
            """\
            ## S

            **Quiz:**

            :small_blue_diamond: Which object runs one container or more?
            - arn:aws:iam::123:role/x stays as written, and so does :notacode: or a:b_c:d
            """
        ),
        "n.md",
    )
    body = document.sections[0].topics[0].body
    assert inl.to_plain(body[0].inline) == "Which object runs one container or more?"
    assert inl.to_plain(body[1].inline) == "arn:aws:iam::123:role/x stays as written, and so does :notacode: or a:b_c:d"


def test_section_intro_and_preamble():
    document = parse_document(
        dedent(
            """\
            # AWS Cloud Practitioner

            Cloud Practitioner exam - CLF-C01

            ## EC2

            Elastic Compute Cloud = way of doing IaaS

            - Renting virtual machines

            **Pricing:**
            - pay per second
            """
        ),
        "n.md",
    )
    assert document.title == "AWS Cloud Practitioner"
    assert document.description == "Cloud Practitioner exam - CLF-C01"
    assert outline(document) == dedent(
        """\
        ## EC2 @5
        (intro) EC2 @5
          line@7: Elastic Compute Cloud = way of doing IaaS
          item@9: Renting virtual machines
        ** Pricing @11
          item@12: pay per second"""
    )


def test_headings_below_the_section_level_are_topics():
    assert parsed(
        """
        # Notes
        ## Storage
        ### S3
        Object storage.
        ### EBS
        - block storage
        """
    ) == dedent(
        """\
        ## Storage @2
        ** S3 @3
          line@4: Object storage.
        ** EBS @5
          item@6: block storage"""
    )


def test_every_node_of_the_seed_sits_on_the_line_that_holds_its_text():
    text = SEED_NOTES.read_text(encoding="utf-8")
    lines = text.split("\n")
    document = parse_document(text, SEED_NOTES.name)
    checked = 0

    def check(node, where):  # type: ignore[no-untyped-def]
        nonlocal checked
        plain = inl.to_plain(node.inline).replace("⚠️", ":warning:").replace("→", "->")
        first_word = plain.split()[0].strip("*`:")
        assert first_word in lines[node.line - 1], (where, node.line, plain)
        checked += 1
        for child in node.children:
            check(child, where)

    topics = 0
    for section in document.sections:
        assert inl.to_plain(section.title) in lines[section.line - 1]
        for topic in section.topics:
            topics += 1
            assert inl.to_plain(topic.title).split()[0] in lines[topic.line - 1]
            for node in topic.body:
                check(node, inl.to_plain(topic.title))
    assert len(document.sections) == 21
    assert topics - sum(1 for s in document.sections for t in s.topics if t.intro) == 216
    assert checked > 1300


def test_a_line_ending_on_a_word_no_sentence_ends_on_goes_on_whatever_the_case_of_the_next():
    assert parsed(
        """
        ## S

        **Defender:**
        - posture management and threat protection across
          Azure, on-prem and other clouds
        - secure score for each subscription
          Recommendations come with it
        """
    ) == dedent(
        """\
        ## S @1
        ** Defender @3
          item@4: posture management and threat protection across Azure, on-prem and other clouds
          item@6: secure score for each subscription
          line@7: Recommendations come with it"""
    )


def test_a_bold_label_with_a_remark_over_paragraphs_opens_its_own_topic():
    # over a list it leads the list; over paragraphs it is a topic, or its lines
    # would be asked under the topic before it
    assert parsed(
        """
        ## Practices

        **Continual improvement**

        Purpose: align services with changing needs.

        **Change enablement** (formerly change control)

        Purpose: maximise successful changes.

        **Editions** (each includes the one before)
        - Standard
        - Enterprise
        """
    ) == dedent(
        """\
        ## Practices @1
        ** Continual improvement @3
          line@5: Purpose: align services with changing needs.
        ** Change enablement @7
          line@9: Purpose: maximise successful changes.
          label@11: Editions (each includes the one before)
            item@12: Standard
            item@13: Enterprise"""
    )


def test_lines_each_a_bold_name_and_its_dash_definition_after_a_bold_topic_are_its_peers():
    assert parsed(
        """
        ## Security

        **AWS Shield** - managed DDoS protection
        - Standard: free, automatic

        **Amazon Macie** - finds PII in S3 buckets
        **AWS Certificate Manager** - provisions and renews TLS certificates
        """
    ) == dedent(
        """\
        ## notes @1
        ** Security @1
        ** AWS Shield @3
          line@3: managed DDoS protection
          item@4: Standard: free, automatic
        ** Amazon Macie @6
          line@6: finds PII in S3 buckets
        ** AWS Certificate Manager @7
          line@7: provisions and renews TLS certificates"""
    )


def test_terms_defined_on_their_own_lines_after_a_bold_topic_are_its_peers():
    # read as the bold topic's lines, MVP and Spike were filed under Kanban; the paragraph
    # after them is no more of Spike's
    assert parsed(
        """
        ## Agile

        **Kanban**: visualize the work, limit WIP, pull system.

        **MVP**: smallest thing that delivers value. **Spike**: timeboxed research task.

        In agile questions, the team estimates its own work.
        """
    ) == dedent(
        """\
        ## Agile @1
        ** Kanban @3
          line@3: visualize the work, limit WIP, pull system.
        ** MVP @5
          line@5: smallest thing that delivers value.
        ** Spike @5
          line@5: timeboxed research task.
        (intro) Agile @7
          line@7: In agile questions, the team estimates its own work."""
    )


def test_a_paragraph_after_a_term_defined_on_its_own_line_is_the_sections():
    # read as Error budget's lines, the prose after it (other SRE points, a product named
    # in a sentence) was asked under the breadcrumb "Error budget"; a list still follows its term
    assert parsed(
        """
        ## Operations

        **Error budget**: 100% minus the SLO.

        Other SRE points: blameless postmortems, less toil.

        **Cloud Trace** shows latency across requests.

        **Cloud Logging**: collect and route logs.
        - sinks export them
        """
    ) == dedent(
        """\
        ## Operations @1
        ** Error budget @3
          line@3: 100% minus the SLO.
        (intro) Operations @5
          line@5: Other SRE points: blameless postmortems, less toil.
          line@7: Cloud Trace shows latency across requests.
        ** Cloud Logging @9
          line@9: collect and route logs.
          item@10: sinks export them"""
    )


def test_a_thematic_break_ends_a_bold_topics_lines():
    # the commands table after `---` was filed under the bold topic before it
    assert parsed(
        """
        # TF

        **Terraform Cloud**
        - remote runs

        ---

        | Command | What it does |
        |---|---|
        | `terraform init` | init working dir |
        """
    ) == dedent(
        """\
        ## TF @1
        ** Terraform Cloud @3
          item@4: remote runs
        (intro) TF @6
          table@8: """
    )


def test_only_the_last_sentence_of_a_paragraph_leads_its_list():
    # the whole paragraph was the list's label, a passage on the front of every blank
    assert parsed(
        """
        ## Networking

        A VPC network is global; subnets are regional. Connection options to on-prem:
        - Cloud VPN
        - Dedicated Interconnect
        """
    ) == dedent(
        """\
        ## notes @1
        ** Networking @1
          line@3: A VPC network is global; subnets are regional.
          label@3: Connection options to on-prem:
            item@4: Cloud VPN
            item@5: Dedicated Interconnect"""
    )


def test_a_bold_name_with_a_bracket_remark_over_a_list_after_a_bold_topic_is_its_peer():
    # read as a label of the comparison before it, VPC Endpoints' cards sat under "Peering vs TGW"
    assert parsed(
        """
        ## Connecting VPCs

        **VPC Peering vs Transit Gateway**

        | | Peering | Transit Gateway |
        |---|---|---|
        | transitive | no | yes |

        **VPC Endpoints** (private access to AWS services w/o IGW/NAT)
        - Gateway endpoint: S3 and DynamoDB only
        """
    ) == dedent(
        """\
        ## Connecting VPCs @1
        ** VPC Peering vs Transit Gateway @3
          table@5: 
        ** VPC Endpoints @9
          line@9: private access to AWS services w/o IGW/NAT
          item@10: Gateway endpoint: S3 and DynamoDB only"""
    )


def test_a_bold_name_with_a_dash_remark_over_a_list_opens_its_own_topic():
    # read as a line of the bold topic before it, its list was filed there
    # (the agent's prerequisites under Config); a remark on how much it matters is no line.
    # Alone after a bold topic, such a line is that topic's peer: Zero Trust is no layer of
    # defence in depth (nor AWS Artifact a part of AWS Shield)
    assert parsed(
        """
        ## Operations

        **AWS Config**
        - records resource configuration over time

        **Systems Manager (SSM)** — huge on this exam
        - prereqs: SSM Agent and an instance profile
        - **Session Manager** — shell with no port 22

        **Defense in depth** – layers (outside -> in)
        1. Physical security
        2. Identity & access

        **Zero Trust** – verify explicitly / assume breach
        """
    ) == dedent(
        """\
        ## Operations @1
        ** AWS Config @3
          item@4: records resource configuration over time
        ** Systems Manager (SSM) @6
          item@7: prereqs: SSM Agent and an instance profile
          item@8: Session Manager — shell with no port 22
        ** Defense in depth @10
          line@10: layers (outside -> in)
          step@11: Physical security
          step@12: Identity & access
        ** Zero Trust @14
          line@14: verify explicitly / assume breach"""
    )


def test_a_bold_title_alone_on_its_line_is_no_start_of_a_wrapped_sentence() -> None:
    notes = "# Linux\n\n**SELinux**\nMAC on the RHEL family. Labels on everything.\n- `getenforce` mode\n\n**Firewalls**\nfirewalld (RHEL) - zones, runtime vs permanent\n- `firewall-cmd --reload` - load permanent into runtime\n"
    doc = parse_document(notes, "n.md")
    # "**Firewalls** firewalld (RHEL) - zones" read as one line filed firewalld's commands under SELinux
    assert [inl.to_plain(t.title) for s in doc.sections for t in s.topics] == ["SELinux", "Firewalls"]


def test_lines_of_every_length_in_one_paragraph_are_one_fact_each() -> None:
    # a paragraph hard-wrapped at a width reads on past a line in lower case; lines of one
    # fact each, short and long, do not: "capabilities ..." is no end of "... anything"
    notes = (
        "# K8s\n\n## Misc reminders\n\n"
        "`kubectl get pod x -o yaml > x.yaml` BEFORE deleting anything\n"
        "capabilities / privileged / readOnlyRootFilesystem are container-level only, pod level = unknown field error\n"
        "docker.sock mounted in a pod = root on node\n"
        "falco priority order, highest first: EMERGENCY ALERT CRITICAL ERROR WARNING NOTICE INFORMATIONAL DEBUG\n\n"
        "## Wrapped\n\n"
        "Clustering sorts storage blocks by up to four columns and is good for high-cardinality\n"
        "filter columns, and BigQuery re-clusters automatically and for free in the background.\n"
    )
    doc = parse_document(notes, "n.md")
    bodies = {inl.to_plain(t.title): [inl.to_plain(n.inline) for n in t.body] for s in doc.sections for t in s.topics}
    assert len(bodies["Misc reminders"]) == 4, bodies
    assert len(bodies["Wrapped"]) == 1, bodies


def test_lines_flush_left_right_after_a_labels_list_are_lines_of_their_own() -> None:
    # markdown reads "Asymmetric: ..." on as the last item's text; the author began a line of its own
    # (a remark after the items stays with them)
    assert parsed(
        """
        ## Cryptography
        Symmetric (fast, key distribution problem):
        - DES 56-bit key / 64-bit block
        - RC4 stream (WEP)
        Asymmetric: RSA (factoring), DH (key exchange only), ECC (small keys)
        Hash types:
        - wrapped item that goes on
          under its own indent
        - Recovery - get back to normal (DR site, backups)
        note: one thing can be several - a camera is detective AND deterrent
        """
    ) == dedent(
        """\
        ## notes @1
        ** Cryptography @1
          label@2: Symmetric (fast, key distribution problem):
            item@3: DES 56-bit key / 64-bit block
            item@4: RC4 stream (WEP)
          line@5: Asymmetric: RSA (factoring), DH (key exchange only), ECC (small keys)
          label@6: Hash types:
            item@7: wrapped item that goes on under its own indent
            item@9: Recovery - get back to normal (DR site, backups)
            line@10: note: one thing can be several - a camera is detective AND deterrent"""
    )


def test_a_shortcode_inside_a_record_s_fields_is_text() -> None:
    document = parse_document("## Groups\n\n- project1:x:501:john,peter\n- :x: not for production\n", "n.md")
    text = outline(document)
    assert "project1:x:501:john,peter" in text and "❌ not for production" in text, text
