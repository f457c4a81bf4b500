"""A table column of a few repeated values offers them on each cell's front."""

from __future__ import annotations

from pipeline.cards.column_choices import column_choices

from .test_cards import cards_of


def test_a_column_of_a_few_repeated_values_offers_them() -> None:
    lines = cards_of(
        """
        ## Load balancing

        | Service | Scope | Layer | Notes on use |
        |---|---|---|---|
        | Load Balancer | regional | L4 | internal or public, TCP/UDP |
        | Application Gateway | regional | L7 | WAF, path routing |
        | Front Door | global | L7 | CDN, anycast, WAF at the edge |
        | Traffic Manager | global | DNS | DNS-based routing, any endpoint |
        """
    )
    assert any("Front Door — Scope: regional or global? => global" in line for line in lines), lines
    assert any("Traffic Manager — Layer: L4, L7 or DNS? => DNS" in line for line in lines), lines
    # a column whose every row says its own thing offers nothing
    assert not any("Notes on use:" in line for line in lines), lines


def test_only_a_few_short_values_one_of_them_repeated_are_choices() -> None:
    assert column_choices(["regional", "Regional", "global"]) == "regional or global"
    assert column_choices(["99.99%", "99.9%", "99.5%", "99.9%"]) == "99.5%, 99.9% or 99.99%"  # figures from the least
    assert column_choices(["30 days", "90 days", "180 days"]) is None  # no value repeats: each row its own
    assert column_choices(["yes", "no"]) is None  # two rows set two things side by side
    assert column_choices(["a", "b", "c", "d", "a"]) is None  # four values are no few choices
    assert column_choices(["indexers, in parallel", "search head", "search head"]) is None  # a comma would read as two
