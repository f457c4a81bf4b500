"""A table of a command's options, led by the command's name ("tar:"), asks each
option of that command, not of the heading it sits under."""

from __future__ import annotations

from .test_cards import cards_of


def test_an_option_table_led_by_its_command_names_the_command() -> None:
    cards = cards_of(
        """
        ## Files

        ### Perform basic file management

        - `cp -r` recursive

        tar:

        | flag | meaning |
        |---|---|
        | `-c` | create |
        | `-v` | verbose |
        """
    )
    asked = [c for c in cards if "which option?" in c]
    assert asked and all("| tar : " in c for c in asked), cards
