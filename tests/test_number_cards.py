"""Figures in a line of cases: those the case gives stay on the front, the answer's are asked."""

from __future__ import annotations

from .test_cards import cards_of


CASES = """
## "Why not" list

- why not Lambda for 2h job → 15 min limit.
- why not Snowball for 5 TB with 1 Gbps link → network is faster (< 1 day).
"""


def test_a_case_s_own_figures_are_given_and_the_answer_s_are_asked() -> None:
    """Before the arrow, "2h" is the case the question gives; after it, "15 min" is the fact."""
    lines = cards_of(CASES)
    assert any("why not Lambda for 2h job → {{c1::15 min}} limit" in line for line in lines), lines
    assert not any("{{c1::2h}}" in line or "{{c1::5 TB}}" in line for line in lines), lines
