"""Docusaurus admonitions (`:::note` ... `:::`) are read as callouts: the fences
are markup on no card, the lines inside are lines of the notes."""

from __future__ import annotations

from pipeline.notes.admonitions import as_callouts

from .test_cards import cards_of


def test_an_admonition_is_a_callout_line_for_line_and_code_is_left_alone() -> None:
    text = ":::caution Beware\nDeleting a deployment deletes its pods.\n\nIt cannot be undone.\n:::\n```\n:::note\n```\n:::tip unclosed\n"
    assert as_callouts(text) == (
        "> [!caution] Beware\n> Deleting a deployment deletes its pods.\n>\n> It cannot be undone.\n\n```\n:::note\n```\n:::tip unclosed\n"
    )
    assert as_callouts(text).count("\n") == text.count("\n")


def test_no_card_shows_an_admonition_fence_and_its_lines_are_asked() -> None:
    lines = cards_of(
        """
        ## Orchestration

        ### Ports mapping
        Ports mapping always goes from HOST to CONTAINER: -p 8080:80 maps host port 8080 to container port 80.

        :::tip
        A published port is reachable on every node of a swarm through the routing mesh.
        :::
        """
    )
    assert lines and not any(":::" in line for line in lines), lines
    assert any("routing mesh" in line for line in lines), lines
