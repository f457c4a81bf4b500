"""A topic's first line that sets two or three terms side by side, each defined
by " = ", is no definition of the topic: it is asked as "A vs B", the topic in
the breadcrumb, never under the topic's bare name."""

from __future__ import annotations

from pipeline.cards.compared_terms import compared_terms

from .test_cards import cards_of
from .text_facts import fact_of

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


def test_what_sets_terms_side_by_side() -> None:
    assert compared_terms("Config", fact_of("Labels = used by selectors. Annotations = non-identifying metadata.")) == ["Labels", "Annotations"]
    assert compared_terms("Reliability / DR", fact_of("RPO = data loss tolerated, RTO = downtime tolerated.")) == ["RPO", "RTO"]
    assert compared_terms("Risk", fact_of("SLE = AV x EF, then ALE = SLE x ARO")) is None  # a formula reading on, no second term
    # formulas, each side computed from others, are no comparison
    assert compared_terms("Risk", fact_of("SLE = AV × EF, ALE = SLE × ARO")) is None
    assert compared_terms("Metrics", fact_of("CTR = clicks / impressions, CPC = cost / clicks")) is None
    assert compared_terms("Containers", fact_of("Container = image + writable layer, Image = read-only layers")) == ["Container", "Image"]
    assert compared_terms("Laptops", fact_of("LCD (IPS = best angles, TN = fast) or OLED")) is None  # terms inside an aside
    assert compared_terms("Networking", fact_of("NetworkPolicy = pod firewall. Only enforced by some CNIs. Default = all allowed.")) is None
    # the topic against a rival is asked so; the topic's own line, beside no rival, stays its definition
    assert compared_terms("AWS Config", fact_of("Config = WHAT changed, CloudTrail = WHO called the API.")) == ["Config", "CloudTrail"]
    assert compared_terms("AWS Config", fact_of("Config = what changed, AWS Config = recorder")) is None
    assert compared_terms("Alerts", fact_of("Alert rule = scope + condition (+ severity 0-4, 0 = critical)")) is None  # inside an aside
    assert compared_terms("Sizes", fact_of("A = 1, B = 2, C = 3, D = 4")) is None  # a list to recite
    assert compared_terms("Cryptography", fact_of("confusion (key to ciphertext complex) vs diffusion (1 bit → many)")) == ["confusion", "diffusion"]
    assert compared_terms("Security", fact_of("AuthN (certs, tokens) ≠ AuthZ (RBAC, Webhook).")) == ["AuthN", "AuthZ"]
    assert compared_terms("KMS", fact_of("AWS managed keys (yearly) vs customer managed keys (optional) vs AWS owned")) is None  # a third
    assert compared_terms("Virtualization", fact_of("Type 1 (Xen, KVM) vs Type 2 (VirtualBox). Containers share the host kernel.")) is None
