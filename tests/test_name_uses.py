"""A blank asks for a name the notes call a thing by. A plain heading they
never say again (`Token Type`, `Terraform State Management`) only files its
lines: hidden, it is no answer a learner could recall."""

from __future__ import annotations

from pipeline.cards.name_uses import phrase_lines

from .test_cards import cards_of, without_offers


def test_a_phrase_is_counted_by_the_lines_that_say_it_as_whole_words() -> None:
    count = phrase_lines(["Token Types", "3. Token Type: Periodic", "a token  type is set", "Token Typed"])
    assert count("Token Type") == 2  # any case and spacing; not "Types" nor "Typed"
    assert count("Periodic") == 1
    assert count("Batch") == 0


def test_a_heading_the_notes_never_say_again_is_no_blank() -> None:
    lines = cards_of(
        """
        ## Tokens

        ### Token Types

        1. **Batch Token**

           - Not default, must be explicitly created
           - Lightweight

        2. Token Type: **Periodic**
           - Is also a service token
           - Not default, must be explicitly created
           - Can be renewed indefinitely, does not expire, no max TTL
           - TTL is set to period at creation and renewals
           - Requires root (`sudo`) privileges to create
        """
    )
    assert not any("{{c1::Token Type}}" in line for line in lines), lines


def test_a_heading_the_notes_define_is_still_asked() -> None:
    lines = cards_of(
        """
        ## Adopters

        * **Late Majority** group is most susceptible to risk and will wait until a technology has achieved widespread adoption.
        * **Laggards** are individuals or organizations that are highly resistant to change and prefer traditional methods over adopting new technologies.
        	* They adopt new technologies only when they are forced to, such as when older systems are no longer supported.
        * The CNCF committee considers several factors to establish a project's maturity.
        """
    )
    lines = without_offers(lines)
    assert any("{{c1::Laggards}}" in line for line in lines), lines
