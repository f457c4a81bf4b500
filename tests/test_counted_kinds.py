""""Pentesting — which 4?" does not say 4 of what: an idea's members named in a
few plain words are its kinds, and the front says so; examples (plural nouns)
and a named thing's parts are not counted as kinds."""

from __future__ import annotations

from .test_cards import cards_of


def test_an_ideas_members_are_asked_as_its_kinds() -> None:
    lines = cards_of(
        """
        ## Audits

        - Pentesting
          - physical, offensive (red), defensive (blue), integrated (purple)
        - Redundancy: LRS, ZRS, GRS, GZRS (+ RA- versions for reads)
        """
    )
    assert any("Pentesting — which 4 kinds?" in line for line in lines), lines
    assert any("Redundancy — which 4 kinds?" in line or "Redundancy: which 4 kinds?" in line for line in lines), lines


def test_examples_and_a_named_things_parts_are_no_kinds() -> None:
    lines = cards_of(
        """
        ## Controls

        - Physical security: locks, fences, bollards
        - Cloud SDK: gcloud, gsutil, bq
        """
    )
    assert not any("kinds?" in line for line in lines), lines
