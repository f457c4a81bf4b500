"""A topic's list whose items include the author's labels (a word over a list
of its own, a quoted need, a count, a remark's flag) asks no blank over them:
under a label naming the things' kind the set is asked less those labels;
under an area the list makes no cloze at all."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.entries import Entry, entries_of
from pipeline.cards.maker import make_cards
from pipeline.cards.sub_labels import labels_of_values
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.notes.parse import parse_document

from .test_cards import cards_of

NOTES = """
## Storage

### File formats
- **Parquet** — columnar, compressed, splittable, best for analytics
- **ORC** — columnar too, the Hive world
- **Avro** — row based, schema embedded, good schema evolution
- CSV/JSON — human readable, slow and expensive to query
- compression: gzip (good ratio), bzip2 (splittable), snappy (fast), zstd
- "reduce query cost" -> convert to parquet + partition + compress

## Identity

**Authentication**
- MFA methods: authenticator app, FIDO2 keys, OATH tokens, SMS/voice (weakest)
- Passwordless = FIDO2, Windows Hello, phone sign-in
- SSPR (Self-Service Password Reset) — needs P1 for writeback to on-prem AD
- Smart lockout — locks attackers out, not the real user
- exam tip: "block legacy authentication" → a Conditional Access policy
"""


def _clozes() -> list[str]:
    cards, _ = make_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p")
    return [c.prompt for c in cards if c.note_type == "cloze" and c.kind in ("overview", "enumeration")]


def test_a_set_of_kinds_is_asked_less_the_authors_labels() -> None:
    formats = [c for c in _clozes() if "{{c1::Parquet}}" in c]
    assert formats, _clozes()
    assert not any("compression" in c or "reduce query cost" in c for c in formats), formats


def test_an_areas_topics_beside_labels_make_no_cloze() -> None:
    assert not any("Authentication" in c for c in _clozes()), _clozes()


FIGURES = """
## Streaming

### Data streams
- real time, ms latency, you manage the consumers
- shard limits:
  - write: 1 MB/s or 1,000 records/s per shard
  - read: 2 MB/s per shard shared across all classic consumers
  - enhanced fan-out: 2 MB/s per consumer per shard, ~70 ms latency
"""


def test_labels_of_figures_are_no_list_but_their_figures_are_asked() -> None:
    cards, _ = make_cards(parse_document(dedent(FIGURES).lstrip("\n"), "n.md"), "p")
    clozes = [c.prompt for c in cards if c.note_type == "cloze"]
    assert not any("{{c1::write}}" in c for c in clozes), clozes
    assert any("{{c1::1 MB}}" in c for c in clozes) and any("{{c1::2 MB}}" in c for c in clozes), clozes


VALUES = """
## Networking

- DNS (CoreDNS)
  - service: `web-svc.dev.svc.cluster.local`
  - pod: `10-244-1-5.dev.pod.cluster.local` (dots become dashes)
  - config: ConfigMap `coredns` in kube-system
  - test: `k run t --image=busybox:1.28 --rm -it --restart=Never -- nslookup web-svc.dev`
- Service types
  - cluster IP: `type: ClusterIP`, reachable inside the cluster only
  - node port: `type: NodePort`, a port on every node
"""


def test_labels_of_values_in_code_are_no_list_but_their_values_are_asked() -> None:
    cards, _ = make_cards(parse_document(dedent(VALUES).lstrip("\n"), "n.md"), "p")
    clozes = [c.prompt for c in cards if c.note_type == "cloze"]
    assert not any("{{c2::pod}}" in c or "{{c1::service}}" in c for c in clozes), clozes
    assert any("web-svc.dev.svc.cluster.local" in c.answer for c in cards), [c.answer for c in cards]
    # nor is a label asked from its command among the others ("service, pod, config or test: k run ...?")
    assert not any("service, pod, config or test" in c.prompt for c in cards), [c.prompt for c in cards]
    # under a kind, the labels are its members: a set to ask
    document = parse_document(dedent(VALUES).lstrip("\n"), "n.md")
    assert not labels_of_values((Span("text", "Service types"),), _items_of(document, "Service types"))
    assert labels_of_values((Span("text", "Service"),), _items_of(document, "Service types"))


def _items_of(document, label: str) -> list[Entry]:  # type: ignore[no-untyped-def]
    """The entries of the list item `label` of the document's one topic."""
    item = next(node for node in document.sections[0].topics[0].body if inl.to_plain(node.inline).strip() == label)
    return entries_of(list(item.children))


COMPONENTS = """
## Kubernetes

### Control plane
- kube-apiserver: front door, REST API, authn, admission
- etcd: key-value store, raft consensus, watch API
- kube-scheduler: filters nodes, scores nodes, binds pods
- kube-controller-manager: reconcile loops, node controller, job controller
"""


def test_a_list_of_lower_case_names_each_over_its_list_is_the_set() -> None:
    cards, _ = make_cards(parse_document(dedent(COMPONENTS).lstrip("\n"), "n.md"), "p")
    clozes = [c.prompt for c in cards if c.note_type == "cloze"]
    assert any("{{c1::kube-apiserver}}" in c and "{{c2::etcd}}" in c for c in clozes), clozes


VOLUMES = """
## Storage

### EBS volume types
- gp3: 3,000 IOPS baseline, up to 16,000 IOPS
- io2: up to 64,000 IOPS, 99.999% durability
- st1: 500 MB/s throughput, HDD
- sc1: 250 MB/s throughput, cold HDD
"""


def test_a_kinds_members_with_their_figures_are_the_set() -> None:
    cards, _ = make_cards(parse_document(dedent(VOLUMES).lstrip("\n"), "n.md"), "p")
    clozes = [c.prompt for c in cards if c.note_type == "cloze"]
    assert any("{{c1::gp3}}" in c and "{{c4::sc1}}" in c for c in clozes), clozes


GUARDS = """
## Migration

### Migration strategies
- **Rehost** — lift and shift, no changes
- **Replatform** — a few cloud tweaks, same core
- "Retire" — switch off what no one uses
- "reduce migration cost" -> retire first, then rehost

### Query problems
- **Missing index** — full table scans on every query
- **Lock contention** — writers wait on each other
- Symptom: slow reads → cause: no index → fix: add an index
"""


def test_a_quoted_name_with_its_definition_is_a_member_and_a_record_of_fields_a_label() -> None:
    cards, _ = make_cards(parse_document(dedent(GUARDS).lstrip("\n"), "n.md"), "p")
    clozes = [c.prompt for c in cards if c.note_type == "cloze"]
    strategies = [c for c in clozes if "{{c1::Rehost}}" in c]
    assert strategies and "Retire" in strategies[0] and "reduce migration cost" not in strategies[0], clozes
    problems = [c for c in clozes if "{{c1::Missing index}}" in c]
    assert problems and "Symptom" not in problems[0], clozes


def test_an_areas_topics_are_no_set_to_recite() -> None:
    lines = cards_of(
        """
        # GCP notes

        ## Networking

        - Private Google Access (subnet setting): VMs without external IPs can reach Google APIs such as Cloud Storage and BigQuery.
        - Cloud NAT: outbound internet for private VMs, no inbound traffic; regional and configured on a Cloud Router.
        - Shared VPC: the host project owns the network and service projects use its subnets through a network user role.
        - VPC Network Peering: private connectivity between two VPCs, even of different organisations, never transitive.

        ### Databases quick hits
        - Cloud SQL: managed MySQL or PostgreSQL, a regional instance with a standby in another zone for HA.
        - Spanner: relational at global scale with strong consistency, capacity bought in nodes or processing units.
        - Bigtable: wide-column NoSQL for time series and IoT, row key design decides whether it hotspots.

        ## Deployment models
        - Public cloud: resources owned and run by a provider and shared with other customers over the internet.
        - Private cloud: infrastructure used by one organisation only, on premises or hosted by a provider for it.
        - Hybrid cloud: private infrastructure connected to a public cloud so that workloads move between the two.
        """
    )
    said = " ".join(lines)
    assert "{{c1::Private Google Access}}" not in said and "{{c1::Cloud SQL}}" not in said, lines
    assert "{{c1::Public cloud}}" in said or "{{c1::Public}} cloud" in said, lines  # a set the label names


def test_a_sub_headings_topics_are_no_set_to_recite() -> None:
    """A `###` heading files topics as an area does; a bold line over things is still their list."""
    lines = cards_of(
        """
        # Security notes

        ## Software

        ### Secure SDLC
        - Shift left: security early in development, SAST on source code and DAST on the running application.
        - Secure coding: input validation on the server side, output encoding, parameterised queries, no stack traces.
        - Threat modelling: STRIDE names six threats, walked through for each component before it is built.

        **Scaling**
        - Manual scaling: an operator changes the size of the group by hand when load is expected to change.
        - Dynamic scaling: the group follows a metric such as CPU through alarms or a target it tracks.
        - Predictive scaling: machine learning forecasts traffic and provisions instances ahead of time.
        """
    )
    said = " ".join(lines)
    assert "{{c1::Shift left}}" not in said and "{{c2::Secure coding}}" not in said, lines
    assert "SAST on source code" in said, lines  # each topic asked by its own card
    assert "{{c1::Manual scaling}}" in said or "{{c1::Manual}} scaling" in said, lines


def test_a_numbered_chapters_topics_are_no_set_to_recite() -> None:
    """The number a course gives its chapter ("Ch 12") or a protocol its version ("IPv6")
    counts nothing; a count or a hierarchy in the title still names a set."""
    lines = cards_of(
        """
        # Network notes

        ## Ch 12 — WAN, Remote Access

        - WAN connection types: fiber, DSL (ADSL asymmetric), cable (DOCSIS), MPLS (label switching, private carrier WAN), satellite.
        - IPsec: AH gives integrity and authentication only, ESP adds encryption; tunnel mode for site-to-site links.
        - Remote mgmt: SSH, RDP, VNC, a jump box, out-of-band management that works when the production network is down.

        ## 1. Resource hierarchy

        - Organization: the root node, tied to a Cloud Identity or Workspace domain of the company.
        - Folders: group projects by department, team or environment, and can be nested in each other.
        - Projects: the base unit for enabling APIs, billing and IAM; every resource lives in exactly one.
        """
    )
    said = " ".join(lines)
    assert "{{c1::WAN connection types}}" not in said and "{{c3::Remote mgmt}}" not in said, lines
    assert "{{c1::Organization}}" in said, lines


def test_a_long_glossary_is_no_set_to_recite() -> None:
    terms = "\n".join(f"        - Term{n}: the {n}th thing of the glossary, defined in a few words" for n in range(1, 15))
    lines = cards_of(f"""
        ## Key definitions glossary
{terms}
        """)
    said = " ".join(lines)
    assert "{{c1::Term1}}" not in said and "{{c2::" not in said, lines
    assert "the 14th thing" in said, lines  # each term asked by its own card


def test_an_adding_label_is_no_member_of_the_list_nor_its_answer() -> None:
    lines = cards_of(
        """
        ## AI workloads

        **Common workload types**
        - Machine learning -> predictions from data
        - Computer vision -> interpret images and video
        - NLP -> understand text and speech
        - also seen: anomaly detection (unusual patterns), conversational AI (bots)
        """
    )
    said = " ".join(lines)
    assert "{{c3::NLP}}" in said and "{{c4::" not in said, lines  # the three types, "also seen" no fourth
    assert not any(line.split(" => ")[-1].startswith("also seen") for line in lines), lines


def test_a_list_too_long_to_recite_is_said_on_one_back() -> None:
    types = ", ".join(["Auto Number", "Formula", "Roll-Up Summary", "Lookup", "Master-Detail", "Checkbox", "Currency", "Date", "Email", "Geolocation", "Number", "Percent", "Phone", "Picklist", "Text", "URL"])
    lines = cards_of(f"""
        ## Objects & fields
        Field types to remember: {types}
        """)
    assert not any("{{c" in line for line in lines), lines
    assert any("Field types to remember" in line and "=> Auto Number" in line for line in lines), lines


def test_a_list_of_others_is_no_set_to_recite() -> None:
    lines = cards_of(
        """
        ## Ingestion

        Other ingestion/processing tools:

        - **Cloud Data Fusion** — GUI, code-free ETL with lots of connectors
        - **Dataprep** — visual data wrangling and cleaning
        - **Datastream** — serverless change data capture from MySQL and PostgreSQL
        """
    )
    said = " ".join(lines)
    assert "{{c1::Cloud Data Fusion}}" not in said and "{{c2::" not in said, lines
    assert "visual data wrangling" in said, lines


def test_a_name_and_its_negation_are_hidden_together() -> None:
    from pipeline.cards.paired_items import negated

    assert negated("In", "NotIn") and negated("DoesNotExist", "Exists") and not negated("Exists", "Exit")
    lines = cards_of(
        """
        ## scheduling
        - operators: In, NotIn, Exists, DoesNotExist, Gt, Lt
        """
    )
    said = " ".join(lines)
    # either one shown answers a blank over the other
    assert "{{c1::In}} {{c1::NotIn}} {{c2::Exists}} {{c2::DoesNotExist}} {{c3::Gt}} {{c3::Lt}}" in said, lines


def test_an_item_and_its_other_side_are_hidden_together() -> None:
    from pipeline.cards.deletions import opposites

    assert opposites("ReadIOPS", "WriteIOPS") and opposites("NetworkIn", "NetworkOut") and opposites("Launch", "Terminate")
    assert not opposites("ReadIOPS", "ReadLatency") and not opposites("CPUUtilization", "SwapUsage")
    assert opposites("BeforeInstall", "AfterInstall") and opposites("source", "destination")
    from pipeline.cards.paired_items import paired_units, twins

    assert twins("aes256-gcm96", "aes128-gcm96 (default)") and twins("token_ttl", "token_max_ttl") and twins("SKIP_FILE_n", "SKIP_FILE_n%")
    assert not twins("token_policies", "token_ttl") and not twins("/24", "/25") and not twins("Reserved Instances", "Convertible Reserved Instances")
    assert paired_units(["ABORT_STATEMENT", "CONTINUE", "SKIP_FILE", "SKIP_FILE_n", "SKIP_FILE_n%"], [0, 1, 2, 3, 4]) == [[0], [1], [2, 3, 4]]
    lines = cards_of(
        """
        ## RDS / Aurora
        - metrics: `CPUUtilization`, `FreeableMemory`, `DatabaseConnections`, `ReadIOPS`, `WriteIOPS`, `ReplicaLag`
        - read replicas: async, up to 15 for Aurora
        """
    )
    said = " ".join(lines)
    assert "{{c4::ReadIOPS}}" in said and "{{c4::WriteIOPS}}" in said, lines


def test_a_facet_in_the_authors_word_is_no_member_to_blank() -> None:
    """`**DevOps**: ...` over `benefits: ...`, `risks: ...`: the facets are asked by their
    own cards ("DevOps — risks"); blanked, "[...]" over "benefits" asks the outline."""
    lines = cards_of(
        """
        ## SDLC models

        **DevOps**: organisational approach creating synergy between development and operations.
        - benefits: fast feedback on code quality; CI promotes shift left; less repetitive manual testing
        - risks: the delivery pipeline must be defined; CI/CD tools must be maintained
        - manual testing still needed (user's perspective)
        """
    )
    assert not [line for line in lines if "{{c1::benefits}}" in line or "{{c1::risks}}" in line], lines
    assert [line for line in lines if "DevOps — risks" in line], lines
