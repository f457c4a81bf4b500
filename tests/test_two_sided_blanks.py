"""A blank over one side of a two-sided word ("public"/"private", "inbound"/
"outbound") gives itself away when the front shows the other side: the only
opposite left is the answer."""

from __future__ import annotations

from pipeline.cards.deletions import gives_itself_away

from .test_cards import cards_of


def test_the_only_opposite_of_a_shown_word_gives_itself_away() -> None:
    common: frozenset[str] = frozenset()
    assert gives_itself_away("<b>Pricing</b>: use private IP instead of {{c1::Public Ip}} to save", (), common)
    assert gives_itself_away("<b>Security groups</b>: all outbound allowed, {{c1::inbound}} denied by default", (), common)
    # without the other side on the front, the blank still asks which
    assert not gives_itself_away("<b>Pricing</b>: use a {{c1::private IP}} between instances to save", (), common)
    # a word with more than one opposite, or a blank that hides more than the side, still asks
    assert not gives_itself_away("<b>NAT</b>: lets private subnets reach the {{c1::internet gateway}}", (), common)


def test_a_line_whose_blank_is_the_shown_words_opposite_makes_no_such_cloze() -> None:
    lines = cards_of(
        """
        ## Billing

        **Saving tips:**
        - Pay as you go: pay for what you use
        - Save when you commit: reserve capacity for one or three years
        - use private IP instead of Public Ip for good savings and better network perf
        - use the same zone for the lowest cost
        """
    )
    assert not any("{{c1::Public Ip}}" in line for line in lines)
    assert any("private IP instead of Public Ip" in line for line in lines)  # the line is still asked
