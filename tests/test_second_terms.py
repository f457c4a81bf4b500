"""A back says one fact: a second term defined on the same line as another
("MTTR — mean time to repair. MTBF — mean time between failures") is a card of
its own, however short the line; a sentence that opens on a name in bold
("**Autopilot** mode has ...") is asked by that name; and a sentence that opens
in bold ends the one before it. Nothing taken off a back goes unsaid."""

from __future__ import annotations

from pipeline.cards.chunking import split_spans, split_words
from pipeline.cards.apart_sentences import SENTENCE_END
from pipeline.model import Span
from pipeline.model import inline as inl

from .test_cards import cards_of


def test_a_second_term_on_the_line_is_a_card_of_its_own() -> None:
    lines = cards_of(
        """
        ## Operations

        ### High availability
        - MTTR — mean time to repair. MTBF — mean time between failures (higher = better).
        - Access port — one untagged VLAN (end devices). Trunk port — carries multiple VLANs tagged; native VLAN is untagged on the trunk.
        - UDF — returns a value (SQL, JavaScript, Python); UDTF — returns a table
        """
    )
    mttr = next(line for line in lines if "MTTR =>" in line)
    assert "mean time to repair" in mttr and "MTBF" not in mttr, lines
    assert any("MTBF => mean time between failures (higher = better)" in line for line in lines), lines
    access = next(line for line in lines if "| Access port =>" in line)
    assert "Trunk" not in access, access
    assert any("Trunk port" in line and "carries multiple VLANs tagged; native VLAN is untagged on the" in line for line in lines), lines
    udf = next(line for line in lines if "UDF =>" in line)
    assert "UDTF" not in udf and not udf.rstrip(" @0123456789").endswith(";"), udf
    assert any("UDTF => returns a table" in line for line in lines), lines


def test_the_sides_of_a_comparison_and_an_example_stay_on_the_back() -> None:
    lines = cards_of(
        """
        ## Network

        ### Filtering
        - NSG vs Azure Firewall: NSG = basic L3/L4 filtering per subnet; Azure Firewall = central, FQDN, threat intel
        - SaaS: the whole application is delivered. Example: Oracle Fusion Cloud ERP.
        """
    )
    assert not any("| Azure Firewall =>" in line for line in lines), lines
    assert not any("| Example =>" in line or "— Example =>" in line for line in lines), lines


def test_a_sentence_that_leans_on_the_lines_list_stays_on_the_back() -> None:
    # "[UC] needs one of the first two": the two are on another card
    lines = cards_of(
        """
        ## Compute

        - **Access modes**: *Single user* (one user), *Shared* (many users), *No isolation* (legacy). UC needs one of the first two.
        """
    )
    assert not any("{{c1::UC}}" in line for line in lines), lines
    assert any("| Access modes =>" in line and "UC needs one of the first two." in line for line in lines), lines


def test_a_label_of_a_named_thing_is_asked_with_it() -> None:
    lines = cards_of(
        """
        ## Storage

        ### Drives
        - M.2 — a form factor/slot, NOT a protocol. Keys: B, M, B+M.
        """
    )
    assert any("M.2 — Keys" in line and "B, M, B+M" in line for line in lines), lines


def test_a_facet_of_the_term_is_asked_with_it_not_beside_it() -> None:
    lines = cards_of(
        """
        ## Storage

        ### Snow Family
        - Data migration:
          - snowcone: small, portable computing, rugged and secured, used for edge computing
          - snowball edge: move TBs or PBs of data in or out of AWS, pay per data transfer job
          - snowmobile: transfer exabytes of data in a truck. High security: temperature controlled, GPS, video surveillance
        """
    )
    assert not any("=> High security" in line for line in lines), lines
    assert any("snowmobile — High security =>" in line and "temperature controlled, GPS" in line for line in lines), lines


def test_a_sentence_that_opens_on_a_bold_name_is_asked_by_that_name() -> None:
    lines = cards_of(
        """
        ## Compute

        **Google Kubernetes Engine (GKE)** is managed Kubernetes for running containers. **Autopilot** mode has Google managing the nodes too; **Standard** mode gives you more control over nodes.

        ## AI

        The quality of ML output depends on the quality of the data.

        **Vertex AI** is the unified ML platform for building and deploying models. **Gemini** is the family of multimodal foundation models.
        """
    )
    gke = next(line for line in lines if "Google Kubernetes Engine (GKE) =>" in line)
    assert "Autopilot" not in gke and "Standard" not in gke, gke
    assert any("Google Kubernetes Engine (GKE) : {{c1:: Autopilot }} mode has Google managing the nodes too =>" in line for line in lines), lines
    assert any("Google Kubernetes Engine (GKE) : {{c1:: Standard }} mode gives you more control over nodes." in line for line in lines), lines
    vertex = next(line for line in lines if "Vertex AI =>" in line)
    assert "Gemini" not in vertex, vertex
    assert any("Gemini => is the family of multimodal foundation models" in line for line in lines), lines


def test_a_bold_name_that_acts_after_a_bold_name_that_acts_is_its_peer_not_its_part() -> None:
    lines = cards_of(
        """
        ## Security

        **Cloud HSM** is a FIPS 140-2 Level 3 hardware security module for keys, managed through KMS. **Secret Manager** stores API keys, passwords and certs.

        ## Crypto

        PKI: **CA** issues and signs X.509 certs; **RA** verifies identity for the CA before any certificate is issued.
        """
    )
    # under "Cloud HSM:" the blank read as a part of Cloud HSM
    assert not any("Cloud HSM : {{c1:: Secret Manager }}" in line for line in lines), lines
    assert any("{{c1:: Secret Manager }} stores API keys" in line for line in lines), lines
    # a label over its parts stays: the RA is a part of PKI
    assert any("PKI : {{c1:: RA }} verifies identity" in line for line in lines), lines


def test_a_bold_name_that_extends_the_term_is_asked_without_the_term_in_front() -> None:
    lines = cards_of(
        """
        ## Business intelligence

        **Looker** is the enterprise BI platform; its modeling layer **LookML** defines metrics once. **Looker Studio** (formerly Data Studio) is the free, self-service dashboarding tool for quick reports.
        """
    )
    # "Looker: [Looker Studio] ...": the label says half the hidden name
    assert not any("Looker : {{c1:: Looker Studio }}" in line or "Looker : {{c1::Looker Studio}}" in line for line in lines), lines
    # its former name in brackets answers the blank as well, and goes in with it (`spelled_blanks`)
    assert any("{{c1::Looker Studio (formerly Data Studio)}}" in line.replace("{{c1:: ", "{{c1::").replace(" }}", "}}") for line in lines), lines


def test_a_sentence_boundary_before_a_bold_span_is_read() -> None:
    spans = (Span("text", "is the platform. "), Span("strong", children=(Span("text", "Gemini"),)), Span("text", " is a model family."))
    assert len(split_spans(spans, SENTENCE_END)) == 2
    # "(e.g. `europe-west1`)": an abbreviation's full stop before code ends nothing
    example = (Span("text", "runs in regions (areas, e.g. "), Span("code", "europe-west1"), Span("text", ") made of zones."))
    assert len(split_spans(example, SENTENCE_END)) == 1


def test_a_cell_of_several_limits_asks_one_limit_a_card() -> None:
    lines = cards_of(
        """
        ## Inference

        | Option | When | Limits to remember |
        |---|---|---|
        | Real-time endpoint | steady traffic | payload up to 6 MB, 60 s per request |
        | Serverless inference | spiky traffic | payload 4 MB, 60 s, memory 1–6 GB, no GPUs |
        | Batch transform | whole dataset offline | runs then shuts down |
        """
    )
    serverless = next(line for line in lines if "Serverless inference" in line and "Limits" in line)
    assert "{{c1::4 MB}}" in serverless and "{{c2::1–6 GB}}" in serverless and "no GPUs" in serverless, serverless
    # two facts are one answer; a cell without numbers stays a basic card
    assert any("Real-time endpoint" in line and "Limits" in line and "{{c" not in line for line in lines), lines
    assert any("Batch transform" in line and "runs then shuts down" in line and "{{c" not in line for line in lines), lines


def test_a_names_definition_of_three_semicolon_facts_keeps_the_first_and_asks_the_rest_to_the_name() -> None:
    lines = cards_of(
        """
        ## Ingestion

        ### Streaming
        - **Amazon Data Firehose** — near real-time delivery to S3 / Redshift; buffers by size/time; can convert JSON to Parquet; Lambda transform
        - **Azure Firewall** — managed, stateful firewall-as-a-service; SKUs Basic/Standard/Premium; threat-intel filtering, FQDN filtering, outbound SNAT, inbound DNAT
        - password rules: length over complexity, no reuse; password managers; passwordless
        """
    )
    firehose = next(line for line in lines if "| Amazon Data Firehose =>" in line)
    assert firehose.split("=>")[1].split("@")[0].strip() == "near real-time delivery to S3 / Redshift", firehose
    assert any("{{c1::Amazon Data Firehose}}: buffers by size/time; can convert JSON to Parquet; Lambda transform" in line for line in lines), lines
    # a part of the term's own list is the term's: no blank over the name it opens with
    assert any("{{c1::Azure Firewall}}: SKUs Basic/Standard/Premium; threat-intel filtering, FQDN filtering" in line for line in lines), lines
    assert not any("{{c1::FQDN}}" in line for line in lines), lines
    # a label's list is its answer
    assert not any("{{c1::password rules}}" in line for line in lines), lines


def test_a_sentence_too_long_for_one_card_is_cut_where_its_clauses_meet() -> None:
    text = (
        "OCI Compute offers bare metal instances (a whole physical server, no hypervisor, you get everything), "
        "virtual machines (a share of a physical host), and dedicated virtual machine hosts "
        "(run your VMs on a host nobody else uses, for compliance or licensing)."
    )
    parts = [inl.to_plain(p) for p in split_words((Span("text", text),), 30)]
    assert parts == [
        "OCI Compute offers bare metal instances (a whole physical server, no hypervisor, you get everything), "
        "virtual machines (a share of a physical host)",
        "dedicated virtual machine hosts (run your VMs on a host nobody else uses, for compliance or licensing).",
    ], parts


def test_a_sentence_that_opens_on_a_bold_name_in_a_paragraph_is_asked_by_it() -> None:
    lines = cards_of(
        """
        ## Vault

        ### Replication and Enterprise-only features

        Replication is an Enterprise feature. **Performance replication** copies configuration and secrets to secondary clusters, which can serve reads and handle their own tokens and leases — good for scaling reads across regions. **Disaster recovery (DR) replication** copies everything, including tokens and leases, but the DR secondary does not serve client requests until it is promoted. The short version: performance replication is for scale, DR replication is for failover.
        """
    )
    assert any("{{c1:: Performance replication }} copies configuration and secrets" in line for line in lines), lines
    assert any("{{c1:: Disaster recovery (DR) replication }} copies everything" in line for line in lines), lines


def test_a_pronoun_after_the_verb_is_the_sentences_own_subject() -> None:
    # "before they show up" speaks of the tags: the sentence is theirs, not a fact of "Tools"
    lines = cards_of(
        """
        ## Cost

        - Tools: Cost Explorer for trends, AWS Budgets for alerts and budget actions on the accounts. Cost allocation tags must be activated in the payer account before they show up in reports.
        """
    )
    assert any("{{c1::Cost allocation tags}} must be activated" in line for line in lines), lines
    assert not any("{{c1::Tools}}" in line for line in lines), lines


def test_a_subject_that_names_what_came_before_is_no_subject_of_its_own() -> None:
    # "The opposite is DAD": the blank would hide "The opposite"
    lines = cards_of(
        """
        ## Security

        - CIA triad: confidentiality, integrity and availability of the data. The opposite is DAD, disclosure, alteration and destruction of the data.
        """
    )
    assert not any("{{c1::The opposite}}" in line for line in lines), lines


def test_a_stressed_not_is_no_subject_of_its_sentence() -> None:
    # "[NOT] authentication on its own": the blank hid the stress, the term was left out
    lines = cards_of(
        """
        ## Standards

        - **OAuth 2.0** - **authorization** framework, delegated access via access tokens ("let this app read my calendar"). NOT authentication on its own.
        """
    )
    assert not any("{{c1::NOT}}" in line for line in lines), lines


def test_a_sentence_of_three_words_stays_on_the_terms_back() -> None:
    lines = cards_of(
        """
        ## Governance

        - **Sentinel/OPA**: policy as code, an HCP Terraform and Enterprise feature, not in the open-source CLI. Private registry too.
        - **Servant leadership**: leader serves the team, removes impediments, shields it from distractions. Default agile mindset.
        """
    )
    # "[Sentinel/OPA]: Private registry too." gave nothing to tell the name by
    assert not any("{{c1::Sentinel/OPA}}: Private registry too" in line for line in lines), lines
    assert any("Sentinel/OPA =>" in line and "Private registry too" in line for line in lines), lines
    assert not any("Default {{c1::agile mindset}}" in line or "{{c1::Servant leadership}}: Default" in line for line in lines), lines
