"""A count in words after a limit ("only one role", "at most two") is what
its line says: asked forward, it is the blank, as a number would be, rather
than the line riding unasked on the definition."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_count_in_words_after_a_limit_is_the_blank() -> None:
    lines = cards_of(
        """
        ## Identity

        **Machine Roles:**
        - some services act on our behalf and need permissions of their own
        - we give those permissions to services through roles
        - a machine can hold only one role at a time, through its profile
        """
    )
    assert any("a machine can hold only {{c1::one}} role at a time" in line for line in lines), lines
    overview = next(line for line in lines if line.startswith("[overview]"))
    assert "only one role" not in overview


def test_a_count_in_words_without_a_limit_is_no_blank() -> None:
    lines = cards_of(
        """
        ## Identity

        **Machine Roles:**
        - some services act on our behalf and need permissions of their own
        - we give those permissions to services through roles
        - one role may serve many machines of one account
        """
    )
    assert not any("{{c1::one}}" in line for line in lines), lines
