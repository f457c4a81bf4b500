"""A category under a heading that catalogues one kind ("CNCF project glossary (by
category)"): a card listing the category's names says how many of what it asks,
counting each name of a line that lists several; a category whose other lines have
cards of their own gets no count it would leave short."""

from __future__ import annotations

from pipeline.cards.catalogues import catalogued_kind, names_listed

from .test_cards import cards_of

NOTES = """
# Notes

## CNCF project glossary (by category)

*g* = graduated when I last checked the landscape (things move, don't over-memorize).

**Storage / database**
- etcd *g*, Rook *g* (Ceph orchestration), Vitess *g* (sharded MySQL), TiKV *g*

**Observability**
- Prometheus *g*, Jaeger *g*, Fluentd *g*
- OpenTelemetry — incubating, 2nd most active CNCF project after k8s

**Security**
- Open Policy Agent (OPA) *g* — policy engine, Rego; Gatekeeper = admission integration
- Falco *g* — runtime security via syscalls
- Kyverno — policies written in YAML
- TUF *g*, SPIFFE / SPIRE *g* (workload identity), cert-manager
"""


def test_a_category_of_a_catalogue_says_how_many_of_what_it_asks() -> None:
    lines = cards_of(NOTES)
    assert any(line.startswith("[overview] CNCF project glossary (by category) | Storage / database — which 4 CNCF projects? =>") for line in lines), lines
    assert any("| Security — which 6 CNCF projects? =>" in line for line in lines), lines  # TUF, SPIFFE / SPIRE, cert-manager: three
    assert not any("Observability — which" in line for line in lines), lines  # OpenTelemetry is asked apart: no count left short


def test_what_a_catalogue_heading_names() -> None:
    assert catalogued_kind(("CNCF project glossary (by category)",)) == "CNCF projects"
    assert catalogued_kind(("Glossary of roles",)) == "roles"
    assert catalogued_kind(("AWS services by category",)) == "AWS services"
    assert catalogued_kind(("Storage",)) is None
    assert catalogued_kind(("Security", "Glossary")) is None
    assert names_listed(["etcd, Rook (Ceph orchestration), TiKV"]) == 3
    assert names_listed(["Thanos, Cortex — Prometheus long-term storage"]) == 2
    assert names_listed(["pay for what you use, when you use it"]) is None
