"""A name and an aspect word (`VM security`, `AKS auth`) and a common word over a
comparison of kinds that say it again (`Credentials: client secret vs ... vs
federated credentials`) label the notes' outline: no recognition or comparison
card answers with one or offers it."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import compare_cards
from pipeline.cards.recognition import recognition_cards
from pipeline.model.cardtext import card_text
from pipeline.notes.parse import parse_document

NOTES = """
## Compute and storage

**Key Vault**
- Tiers: Standard (software keys) vs Premium (HSM-backed keys)
- **Soft delete** — on by default, retention 7–90 days (default 90)
- **Purge protection** — can't purge during retention, even Global Admin. once enabled can NOT be disabled
- Backup/restore only within same geography + subscription

**VM security**
- Encryption options:
  - SSE with platform managed keys — default, always on for managed disks
  - SSE with CMK — via **Disk Encryption Set** + Key Vault (purge protection)
  - **Encryption at host** — encrypts temp disk + caches end to end, at the host
- Trusted Launch (secure boot, vTPM), Confidential VMs

**Containers (AKS, ACR)**
- AKS auth: Entra integration + Kubernetes RBAC, or Azure RBAC for Kubernetes authorization. Disable local accounts
- Private cluster (API server private IP) or authorized IP ranges
- Network policies: Azure NPM, Calico, Cilium — control pod-to-pod traffic

## Identity

**App registrations / service principals**
- App registration = application object (home tenant, global definition) + service principal (local instance per tenant)
- Credentials: client secret (expires, weak) vs certificate (better) vs federated credentials (workload identity federation, e.g. GitHub Actions → no secret at all)
- API permissions: Delegated (acting as signed-in user) vs Application (app-only, needs admin consent)
- **Managed identities**: system-assigned (tied to one resource) or user-assigned (standalone, shared)
"""


def _fronts_and_backs() -> list[tuple[str, str]]:
    document = parse_document(dedent(NOTES).lstrip("\n"), "n.md")
    cards = recognition_cards(document, "p") + compare_cards(document, "p")
    return [(card_text(c.prompt), card_text(c.answer)) for c in cards]


def test_a_name_and_an_aspect_word_is_no_answer_nor_option() -> None:
    cards = _fronts_and_backs()
    assert not any(a.startswith(("VM security", "AKS auth")) for _, a in cards), cards
    assert not any("VM security" in f for f, _ in cards), cards


def test_a_label_over_kinds_that_say_it_is_no_answer_nor_option() -> None:
    cards = _fronts_and_backs()
    assert not any(a.startswith("Credentials") or "Credentials" in f for f, a in cards), cards
    assert not any(a.startswith("Tiers") or "Tiers" in f for f, a in cards), cards  # "Tiers: Standard vs Premium"


def test_the_things_beside_them_are_still_asked() -> None:
    cards = _fronts_and_backs()
    assert any(a.startswith("API permissions") for _, a in cards) and any(a.startswith("Soft delete") for _, a in cards), cards


def test_outline_words_are_not_read_into_names() -> None:
    from pipeline.cards.outline_labels import aspect_of_a_name

    written = "the vault keeps secrets; envelope encryption wraps keys"
    assert aspect_of_a_name("VM security", written) and aspect_of_a_name("Redshift encryption", written)
    assert not aspect_of_a_name("Envelope encryption", written)  # a technique the notes write in lower case
    # a product named far more often than a stray lower-case "from redshift"
    assert aspect_of_a_name("Redshift encryption", "Redshift COPY; Redshift Spectrum; Redshift RA3; Redshift AQUA; from redshift")
    assert not aspect_of_a_name("Key Vault", written) and not aspect_of_a_name("Private cluster", written)


NOTE_TO_SELF = """
## Workloads

**Deployments**
- A Deployment manages ReplicaSets, which keep the pods running; rolling updates by default
- Note to self: `selector.matchLabels` MUST match the template labels or the API rejects the object
"""


def test_a_note_to_self_is_a_remarks_flag_no_label() -> None:
    from pipeline.cards.maker import make_cards

    document = parse_document(dedent(NOTE_TO_SELF).lstrip("\n"), "n.md")
    cards = make_cards(document, "p")[0] + recognition_cards(document, "p")
    said = [card_text(c.prompt) + " => " + card_text(c.answer) for c in cards]
    assert not any("Note to self" in s for s in said), said
    assert any("matchLabels" in s for s in said), said


SCHEMES = """
## Web security

**Web app sign-in**
- **Basic auth** — base64 user and password in the Authorization header on each request
- **OAuth 2.0** — delegated access with tokens from an authorization server
- **Client certificates** — mutual TLS, the client presents a certificate
"""


def test_a_named_scheme_ending_in_an_aspect_word_is_asked_and_offered() -> None:
    document = parse_document(dedent(SCHEMES).lstrip("\\n"), "n.md")
    cards = [(card_text(c.prompt), card_text(c.answer)) for c in recognition_cards(document, "p") + compare_cards(document, "p")]
    assert any(a.startswith("Basic auth") for _, a in cards), cards
    assert any("Basic auth" in f and a.startswith("OAuth 2.0") for f, a in cards), cards


NUMBERED = """
## Tables

**Primary keys**
- Option I: partition key only (HASH), must be unique for each item
    - the partition key must be diverse so data is spread out
- Option II: partition key + sort key, the combination must be unique
    - data is grouped by partition key
"""


def test_the_authors_numbered_options_are_no_answer_nor_option() -> None:
    document = parse_document(dedent(NUMBERED).lstrip("\n"), "n.md")
    cards = [(card_text(c.prompt), card_text(c.answer)) for c in recognition_cards(document, "p") + compare_cards(document, "p")]
    assert not any("Option I" in f + a for f, a in cards), cards
