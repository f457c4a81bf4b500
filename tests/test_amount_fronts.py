"""A label over one line that gives an amount ("one credit per hour") is not asked
"What is XS?": the amount does not say what it is; the front asks how much."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_label_over_an_amount_asks_how_much() -> None:
    lines = cards_of(
        """
        ## Sizes

        - XS
          - one credit per hour
        - Premium
          - 24/7 phone support with a named engineer
        """
    )
    assert any("XS: how much? => one credit per hour" in line for line in lines), lines
    assert not any("What is XS?" in line for line in lines), lines
    assert not any("Premium: how much?" in line for line in lines), lines
