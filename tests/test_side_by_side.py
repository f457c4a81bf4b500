"""A line that defines two or three terms side by side is asked once per side,
from the definition to the name, as an exam asks it; the card on the whole
difference stays."""

from __future__ import annotations

from pipeline.cards.side_by_side import sides

from .test_cards import cards_of

NOTES = """
## Storage

- **Blob vs Files** - Blob = object storage reached by URL or API. Files = mountable share like a network drive
- **Trigger vs Bindings** - Trigger = starts the fn, exactly 1. Bindings = declarative in/out data, no trigger needed

## Continuity

- RTO = how long the service is down; RPO = how much data is lost.
"""


def test_each_side_of_a_line_of_terms_is_asked_from_its_definition() -> None:
    lines = cards_of(NOTES)
    said = "\n".join(lines)
    assert "Blob or Files? mountable share like a network drive => Files" in said, lines
    assert "Blob or Files? object storage reached by URL or API => Blob" in said, lines
    assert "Blob vs Files => Blob = object storage" in said, lines  # the whole difference, asked as before
    assert "RTO or RPO? how much data is lost => RPO" in said, lines
    # a side whose definition says another term's word would answer itself
    assert "no trigger needed => Bindings" not in said, lines
    assert "starts the fn, exactly 1 => Trigger" in said, lines


def test_a_statement_of_equality_is_no_line_of_terms() -> None:
    assert sides("longest path through network = shortest project duration. Usually total float = 0") is None
    assert sides("SLE = AV x EF, ALE = SLE x ARO") is None  # one clause, formulas
    assert sides("AzCopy = one-way copy. File Sync = ongoing 2-way sync. I keep mixing these up") == [("AzCopy", "one-way copy"), ("File Sync", "ongoing 2-way sync")]


def test_two_names_each_glossed_in_brackets_either_side_of_vs_are_sides_too() -> None:
    lines = cards_of(
        """
        ## Compute choice

        - Containers: ECS (simpler, AWS native) vs EKS (k8s portability, existing k8s skills). Fargate = no nodes to manage.
        """
    )
    assert any("ECS or EKS? k8s portability, existing k8s skills => EKS" in line for line in lines), lines
    assert any("ECS or EKS? simpler, AWS native => ECS" in line for line in lines), lines
