"""A bare label over lines that all open on the same plain words asks those
words: the label alone ("Pricing") says nothing of what is asked."""

from __future__ import annotations

from pipeline.cards.entries import Fact
from pipeline.cards.shared_leads import shared_lead
from pipeline.model import Span

from .test_cards import cards_of


def _facts(*lines: str) -> list[Fact]:
    return [Fact((Span("text", line),), n) for n, line in enumerate(lines, 1)]


def test_a_label_over_lines_with_one_lead_asks_the_lead() -> None:
    lines = cards_of(
        """
        ## Cloud Computing

        **Pricing:**
        - Pay for compute time
        - pay for data stored in
        - pay for data transfer out but not in
        """
    )
    assert any("Pricing — pay for …: which 3? => " in line for line in lines), lines


def test_the_lead_is_plain_words_every_line_says_more_after() -> None:
    assert shared_lead(_facts("no security violations", "no network abuse")) == "no"
    assert shared_lead(_facts("Pay for compute", "pay for storage")) == "pay for"
    assert shared_lead(_facts("AWS Regions", "AWS Zones")) is None  # a name, not what the lines are about
    assert shared_lead(_facts("the owner decides", "the custodian does")) is None
    assert shared_lead(_facts("use private IP", "use")) is None  # a line that says nothing after it
    assert shared_lead(_facts("use private IP", "avoid public IP")) is None
