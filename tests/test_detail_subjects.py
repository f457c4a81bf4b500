"""A detail card hides the name of what its line is about: never a bold
label's name over a paragraph set apart after that label's list (the
paragraph is the section's), never a heading over many unlike lines."""

from __future__ import annotations

from .test_cards import cards_of

_NOTES = """
## Compute

**Startup Script:**
- bootstrapping = launching commands when a machine starts
- run once at first start
- the script runs with the root user

If we stop and relaunch a machine, its {address} can change

**Machine Sizes:**
- General: balance between compute and memory
- Memory: large data sets in memory
"""


def test_a_paragraph_set_apart_after_a_bold_lines_list_is_asked_of_the_section() -> None:
    lines = cards_of(_NOTES.format(address="PUBLIC Ip address"))
    paragraph = [line for line in lines if "relaunch a machine" in line]
    assert paragraph and not any("{{c1::Startup Script}}" in line for line in paragraph)
    assert any("{{c1::PUBLIC Ip}}" in line and "| Compute :" in line for line in paragraph)


def test_a_paragraph_without_a_key_term_is_not_asked_by_the_bold_lines_name() -> None:
    lines = cards_of(_NOTES.format(address="public address"))
    paragraph = [line for line in lines if "relaunch a machine" in line]
    assert paragraph and not any("Startup Script" in line for line in paragraph)


def test_a_line_right_after_the_list_still_belongs_to_it() -> None:
    lines = cards_of(
        """
        ## Compute

        **Startup Script:**
        - run once at first start
        - the script runs with the root user
        - installs updates and downloads files at boot
        -> automation of a machine's first boot
        """
    )
    assert any("Startup Script" in line and "first boot" in line for line in lines)
