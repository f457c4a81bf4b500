"""Acronyms each glossed are asked by their glosses, never recited bare."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_list_of_glossed_acronyms_is_no_set_of_bare_letters():
    lines = cards_of(
        """
        ## Third-party risk

        - agreement types:
          - **SLA** - service level (uptime %, response times)
          - **MOU** - memo of understanding (informal, not legally binding)
          - **MSA** - master service agreement (umbrella terms)
          - **BPA** - business partners agreement
        """
    )
    assert not any("{{c1::SLA}}" in line for line in lines), lines
    assert any("MOU => memo of understanding (informal, not legally binding) @5" in line for line in lines), lines


def test_named_kinds_with_their_facts_are_still_a_set():
    lines = cards_of(
        """
        ## Compute

        - Purchase options:
          - On-Demand - pay by the second
          - Reserved - 1 or 3 years, up to 72% off
          - Spot - spare capacity, up to 90% off
        """
    )
    assert any("{{c1::On-Demand}}" in line for line in lines), lines
