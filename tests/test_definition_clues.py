"""A thing's side facts asked by its name are asked with its definition, which
singles the name out ("do regular health checks" alone fits any service that
checks health) (`side_facts.with_definitions`)."""

from __future__ import annotations

from .test_cards import cards_of, without_offers

_NOTES = """
## Scaling

**Load Balancer:**
- server that forwards traffic to multiple servers downstream
- spread load across multiple downstream instances
- expose a single point of access (dns) to the app
- seamlessly handle failures of downstream instances
- do regular health checks to instances
- provide SSL termination (HTTPS) for websites
- high availability across zones

**Auto Scaling Group:**
- scale out (add instances) to match an increased load
- scale in (remove instances) to match a decreased load
- replace unhealthy instances
- ensure we have a minimum and a maximum number of machines running
"""
_DEFINITION = "server that forwards traffic to multiple servers downstream"


def test_a_side_fact_asked_by_the_name_comes_after_the_definition() -> None:
    clozes = [line for line in without_offers(cards_of(_NOTES)) if line.startswith("[detail] Scaling | {{c1::Load Balancer}}")]
    health = next(line for line in clozes if "do regular health checks" in line)
    assert _DEFINITION in health, clozes
