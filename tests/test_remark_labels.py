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
