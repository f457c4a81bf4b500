"""A bare label over one line that names a few kinds of one noun ("Default event
bus ..., Partner event bus ..., Custom event bus ...") asks for those kinds, and
its front says so; a line of sentences or of contrasts is no such list."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_label_over_kinds_of_one_noun_asks_which_kinds() -> None:
    lines = cards_of(
        """
        ## Messaging

        **Event router:**

        - Default event bus comes from the platform's services, Partner event bus comes from partners, and Custom event bus comes from your apps
        - schema registry: model event schema
        """
    )
    assert any("Event router: which 3 kinds of event bus? => Default event bus" in line for line in lines), lines


def test_contrasts_and_sentences_are_no_kinds() -> None:
    lines = cards_of(
        """
        ## Networking

        **Load balancers:**

        - internal vs external, global vs regional is the main question
        """
    )
    assert not any("kinds of" in line for line in lines), lines
