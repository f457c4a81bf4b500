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


def test_the_kind_is_the_counted_noun_in_the_singular() -> None:
    lines = cards_of(
        """
        ## Access

        There are 3 policies in the account:

        **1. Identity Policy**
        - Attached to a user, group or role to say what it may do

        **2. Resource Policy**
        - Attached to a resource to say who may act on it

        **3. Session Policy**
        - Passed when a role is assumed to narrow what the session may do
        """
    )
    assert any("| Identity Policy — policy in the account => Attached to a user" in line for line in lines), lines
