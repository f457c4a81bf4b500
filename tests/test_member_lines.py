"""A line that opens with a name of its own is a member filed under its heading,
not the heading's definition: no card shows the heading as its question and the
member's line as the answer, nor hides the heading over the member's line."""

from __future__ import annotations

from pipeline.cards.entries import Fact
from pipeline.cards.member_lines import opens_with_member
from pipeline.model import Span

from .test_cards import cards_of

GLOSSARY = """
## Glossary

Availability Domain — isolated data centers within a region.
Bare metal instance — a whole physical server dedicated to you, no hypervisor.
Boot volume — block volume holding an instance's OS image.
Bucket — container for objects in Object Storage.
"""

OPTIONS = """
## SageMaker inference options

- **multi-model endpoint** — many models behind one endpoint, loaded from S3 on demand
- **multi-container endpoint** — several different containers, invoked directly or in a row
- **inference pipeline** — chain pre-processing, model and post-processing containers
- **ml.inf2** (Inferentia) instances — cheap high-throughput inference
"""


def _fact(*spans: Span) -> Fact:
    return Fact(tuple(spans), 1)


def test_a_glossary_line_in_sentence_case_is_a_term_among_its_siblings() -> None:
    lines = cards_of(GLOSSARY)
    assert any("| Bare metal instance => a whole physical server" in line for line in lines), lines
    assert not any("| Glossary =>" in line for line in lines), lines
    assert not any("[Glossary]" in line for line in lines), lines


def test_a_heading_over_members_is_not_answered_by_one_of_them() -> None:
    lines = cards_of(OPTIONS)
    assert not any("| SageMaker inference options => ml.inf2" in line for line in lines), lines
    assert any("{{c1:: ml.inf2 }}" in line for line in lines), lines  # asked by its own name


def test_member_lines_name_something_else_than_the_heading() -> None:
    assert opens_with_member("Requests and limits", _fact(Span("strong", children=(Span("text", "ResourceQuota"),)), Span("text", " caps totals")))
    assert opens_with_member("Switching", _fact(Span("text", "VLAN — separate broadcast domains on one switch")))
    # a stressed word of the heading's own fact, the heading's own name, or a phrase of plain words
    assert not opens_with_member("Feature Store", _fact(Span("strong", children=(Span("text", "feature groups"),)), Span("text", " with a record id")))
    assert not opens_with_member("SSPR & password protection", _fact(Span("text", "Self-service password reset — users reset themselves")))
    assert not opens_with_member("DynamoDB", _fact(Span("text", "single digit ms latency - low latency retrieval")))
    assert not opens_with_member("Volumes", _fact(Span("text", "ConfigMap / Secret – config as files")))


AREAS = """
## Data and AI

### Analytics

BigQuery is Google's serverless, fully managed data warehouse. It separates storage and compute, so you pay for queries when you run them.

- Use Dataproc when you already have Hadoop/Spark jobs and want to lift them to the cloud.
- Use Dataflow when you're building new pipelines, especially real-time streaming ones.

### Databases

Oracle obviously leans hard on this section.

Exadata Database Service: Oracle Database on Exadata hardware, dedicated infrastructure.
Data Guard: replication for high availability and disaster recovery with a standby database.
Autonomous Database: self-driving, self-securing, self-repairing managed Oracle Database.

### Jobs

A Job runs pods until a number of them finish successfully. Pod restartPolicy must be Never or OnFailure.

### Cost control

- Cloud bills can surprise organizations used to fixed budgets, so **FinOps** brings finance, technology and business together.
- Use Spot VMs when the job is fault-tolerant and can be interrupted (batch processing, rendering).
"""


def _recognised(lines: list[str]) -> list[str]:
    return [line.split("=>", 1)[1] for line in lines if line.startswith("[recognition]")]


def test_an_area_or_a_remark_is_no_answer_and_no_blank() -> None:
    from pipeline.cards.recognition import recognition_cards
    from pipeline.notes.parse import parse_document
    from textwrap import dedent

    answers = " ".join(c.answer for c in recognition_cards(parse_document(dedent(AREAS).lstrip("\n"), "n.md"), "p"))
    assert "Analytics" not in answers and "Databases" not in answers, answers  # a sentence about BigQuery; a remark
    assert "Jobs" in answers, answers  # "A Job runs ...": the heading's own word, in the singular
    lines = cards_of(AREAS)
    assert not any("{{c1:: Cost control }}" in line or "{{c1:: Analytics }}" in line for line in lines), lines


def test_a_sentence_whose_subject_shows_asks_the_name_it_ties_it_to() -> None:
    lines = cards_of(
        """
        ## The web

        **HTTP is a request-response protocol between a client and a server.** GET reads a resource and POST submits data.

        HTTPS is HTTP over TLS. The TLS handshake lets the client check the server's certificate and agree on keys.
        """
    )
    assert any("HTTPS is HTTP over {{c1::TLS}}" in line for line in lines), lines


def test_the_authors_remark_on_the_exam_is_no_blank() -> None:
    lines = cards_of(
        """
        ## CRDs and Operators

        CustomResourceDefinition adds a new kind to the API. For the exam, mostly: find the CRD (`k get crd`), read its schema (`k explain <kind>`), create an instance.

        ## Common traps

        - Availability set → single datacenter protection; zones → datacenter-level failure
        - ExpressRoute = private line, VPN Gateway = encrypted over the internet
        """
    )
    assert not any("{{c1::For the exam" in line or "{{c1::Common traps" in line for line in lines), lines


def test_a_collection_of_the_authors_is_no_blank_over_its_parts() -> None:
    lines = cards_of(
        """
        ## Network security

        - Hardening checklist: change default creds, disable unused ports, patch firmware, use SSH not Telnet, SNMPv3, ACLs (implicit deny at the end!), port security, separate guest network.
        - Port security: limits the MAC addresses a switch port accepts.
        """
    )
    assert not any("{{c1::Hardening checklist}}" in line for line in lines), lines
    assert any("Hardening checklist =>" in line and "SNMPv3, ACLs" in line for line in lines), lines


def test_a_paragraph_about_a_member_is_asked_by_the_members_name() -> None:
    lines = cards_of(
        """
        ## Config

        ### Requests, limits, quotas

        - **requests** – what the scheduler reserves.
        - **limits** – hard cap. CPU over limit → throttled.

        **ResourceQuota** caps totals per namespace (e.g. `requests.cpu: "2"`, `pods: "10"`). Once a quota exists, every new pod must set requests or it is rejected.
        """
    )
    assert not any("| Requests, limits, quotas => ResourceQuota" in line for line in lines), lines
    assert any("{{c1:: ResourceQuota }} caps totals per namespace" in line for line in lines), lines


def test_a_reminder_flag_is_no_answer() -> None:
    from pipeline.model.remark_flags import is_remark_flag

    assert is_remark_flag("don't forget") and is_remark_flag("favourite exam topic") and not is_remark_flag("forget")
    lines = cards_of(
        """
        ## Networking

        ### firewalld
        - `firewall-cmd --add-service=http --permanent`
        - don't forget: `--permanent` w/o `--reload` = not active now; w/o `--permanent` = gone after reboot
        """
    )
    assert not any("=> don't forget" in line for line in lines), lines
