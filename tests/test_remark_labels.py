"""A bracket remark alone after a label says something of the label and answers
nothing: it stays with the label, and the lines under the label answer."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_remark_after_a_bold_label_is_no_answer() -> None:
    lines = cards_of(
        """
        ## Access control

        **System roles:** (top to bottom)

        - Owner
          - full control of the account
        - Admin
          - manages users and settings
        - Viewer
          - read-only access
        """
    )
    assert not any(line.endswith("=> (top to bottom) @3") or "=> (top to bottom)" in line for line in lines), lines
    enumeration = next(line for line in lines if line.startswith("[enumeration]") or "{{c1::Owner}}" in line)
    assert "System roles (top to bottom){{c1::Owner}}" in enumeration.replace(" {{", "{{"), enumeration


def test_a_remark_after_an_item_label_is_no_part_of_its_answer() -> None:
    lines = cards_of(
        """
        ## Access control

        - Reader roles: (read only)
          - Viewer
          - Auditor
        """
    )
    card = next(line for line in lines if "Reader roles" in line)
    assert "Reader roles (read only)" in card and "=> Viewer" in card.replace("<br>", " "), lines
    assert not any("=> (read only)" in line for line in lines), lines


def test_a_bold_label_with_a_remark_and_no_colon_leads_its_list() -> None:
    # `**Editions** (each includes the one before)`: no colon, yet a label over the list
    # under it; a line of its own, its remark was the answer of a card "Editions"
    lines = cards_of(
        """
        ## Platform

        Intro line about the platform and its layers.

        **Editions** (each includes everything in the one before)
        - Standard
          - one day of history
        - Enterprise
          - ninety days of history

        **Caching** ⚡ (big exam topic)
        - Result cache
          - keeps query results
        - Disk cache
          - keeps table data
        """
    )
    assert not any("=> (each includes" in line or "(big exam topic)" in line.split("=>")[-1] for line in lines), lines
    assert not any("⚡" in line for line in lines), lines
    assert any("Editions (each includes everything in the one before)" in line for line in lines), lines


def test_the_authors_remark_to_themselves_is_no_part_of_the_label() -> None:
    # "(memorise, they ask ...)", "(know the copies!)": a note to self, shown on every front under the label
    lines = cards_of(
        """
        ## Cloud concepts

        Intro line about the cloud and its benefits.

        **Benefits of cloud** (they LOVE definitions here)
        - Elasticity: automatic scaling based on demand
        - Reliability: recover from failure, regions worldwide
        - Predictability: performance and cost you can forecast
        """
    )
    assert not any("LOVE" in line for line in lines), lines
    assert any("Benefits of cloud" in line and "Elasticity" in line for line in lines), lines
