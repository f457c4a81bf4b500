"""A topic's first line that sets two or three terms side by side, each defined
by " = ", is no definition of the topic: it is asked as "A vs B", the topic in
the breadcrumb, never under the topic's bare name."""

from __future__ import annotations

from pipeline.cards.compared_terms import compared_terms
from pipeline.cards.entries import Fact
from pipeline.model import Span

from .test_cards import cards_of

NOTES = """
## Databases

### Relational store
- **Standby copy** = synchronous, not readable, failover in about a minute. **Reader copy** = async, readable, promotable.
- Backups kept 0-35 days, restore makes a new instance.
"""


def test_terms_side_by_side_are_asked_by_their_names_not_by_the_topic() -> None:
    lines = cards_of(NOTES)
    asked = [line for line in lines if "synchronous, not readable" in line]
    assert any(line.startswith("[term] Databases › Relational store | Standby copy vs Reader copy =>") for line in asked), lines
    assert not any(line.startswith("[overview]") and "synchronous" in line for line in lines), lines


def _fact(text: str) -> Fact:
    return Fact((Span("text", text),), 1)


def test_what_sets_terms_side_by_side() -> None:
    assert compared_terms("Config", _fact("Labels = used by selectors. Annotations = non-identifying metadata.")) == ["Labels", "Annotations"]
    assert compared_terms("Reliability / DR", _fact("RPO = data loss tolerated, RTO = downtime tolerated.")) == ["RPO", "RTO"]
    assert compared_terms("Risk", _fact("SLE = AV x EF, then ALE = SLE x ARO")) is None  # a formula reading on, no second term
    assert compared_terms("Laptops", _fact("LCD (IPS = best angles, TN = fast) or OLED")) is None  # terms inside an aside
    assert compared_terms("Networking", _fact("NetworkPolicy = pod firewall. Only enforced by some CNIs. Default = all allowed.")) is None
    # the topic against a rival is asked so; the topic's own line, beside no rival, stays its definition
    assert compared_terms("AWS Config", _fact("Config = WHAT changed, CloudTrail = WHO called the API.")) == ["Config", "CloudTrail"]
    assert compared_terms("AWS Config", _fact("Config = what changed, AWS Config = recorder")) is None
    assert compared_terms("Alerts", _fact("Alert rule = scope + condition (+ severity 0-4, 0 = critical)")) is None  # inside an aside
    assert compared_terms("Sizes", _fact("A = 1, B = 2, C = 3, D = 4")) is None  # a list to recite
    assert compared_terms("Cryptography", _fact("confusion (key to ciphertext complex) vs diffusion (1 bit → many)")) == ["confusion", "diffusion"]
    assert compared_terms("Security", _fact("AuthN (certs, tokens) ≠ AuthZ (RBAC, Webhook).")) == ["AuthN", "AuthZ"]
    assert compared_terms("KMS", _fact("AWS managed keys (yearly) vs customer managed keys (optional) vs AWS owned")) is None  # a third
    assert compared_terms("Virtualization", _fact("Type 1 (Xen, KVM) vs Type 2 (VirtualBox). Containers share the host kernel.")) is None
