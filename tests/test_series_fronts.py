"""A member of a counted series says the kind the series counts."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_numbered_member_under_a_counted_lead_says_its_kind() -> None:
    lines = cards_of(
        """
        ## Architecture

        There are 3 pillars in the Framework:

        **1. Reliability**
        - Ability of a system to recover from infra or service disruptions

        **2. Security**
        - Includes the ability to protect information, systems and assets

        **3. Cost Optimization**
        - Includes the ability to run systems at the lowest price point
        """
    )
    assert any("| Reliability — pillar in the Framework => Ability of a system to recover" in line for line in lines), lines
    assert not any("| Security => " in line for line in lines), lines
