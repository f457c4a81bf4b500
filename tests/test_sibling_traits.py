"""Sibling lines that list the traits of rival sides ask each trait's side."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.sibling_traits import sibling_trait_cards
from pipeline.model.cardtext import card_text
from pipeline.notes.parse import parse_document


def _asked(markdown: str) -> list[str]:
    document = parse_document(dedent(markdown).lstrip("\n"), "n.md")
    return [f"{card_text(c.prompt).strip()} => {card_text(c.answer).strip()}" for c in sibling_trait_cards(document, "p")]


def test_each_trait_of_rival_sides_asks_its_side() -> None:
    asked = _asked(
        """
        ## DDoS

        - Shield Standard: free, automatic, L3/L4 attacks
        - Shield Advanced: $3,000/month/org, 24/7 response team, cost protection, L3/L4 attacks
        """
    )
    assert any("Shield Standard or Shield Advanced?" in a and "cost protection => Shield Advanced" in a for a in asked), asked
    assert any("free => Shield Standard" in a for a in asked), asked
    assert not any("L3/L4 attacks" in a for a in asked), asked  # both sides have it: it tells neither apart
    assert not any("000/month" in a and "$3" not in a for a in asked), asked  # a thousands comma is no trait's end


def test_a_facet_and_its_opposite_are_rival_sides() -> None:
    asked = _asked(
        """
        ## GenAI pros vs cons

        - pros: adaptability, simplicity, scale
        - cons: hallucinations, nondeterminism, cost
        - remember: regulated + exact answers -> GenAI risky
        """
    )
    assert any("pros or cons?" in a and "nondeterminism => cons" in a for a in asked), asked
    assert len(asked) == 6, asked


def test_a_headings_assorted_topics_are_no_rivals() -> None:
    """`Monitoring: ...` beside `Privacy: ...` under "Other domains": no "Monitoring or Privacy?"."""
    asked = _asked(
        """
        ## Other domains

        - Monitoring: SIEM, log review, alert tuning
        - Privacy: right to be forgotten, data minimisation, consent
        """
    )
    assert asked == [], asked


def test_a_clauses_own_list_is_no_run_of_traits() -> None:
    """`allow to change instance type, family, OS, scope and tenancy`: "family" is no trait."""
    asked = _asked(
        """
        ## Reserved options

        - Reserved Instances: long workloads, regional or zonal scope
        - Convertible Reserved Instances: long workloads with flexible instances, allow to change instance type, family, OS, scope and tenancy
        """
    )
    assert not any(a.split("?")[1].strip().startswith(("family", "OS")) for a in asked), asked


def test_a_trait_saying_its_own_sides_word_is_no_question() -> None:
    """`GPUs and other hardware accelerators` of *Accelerated Computing*, `high performance
    computing` of *HPC Optimized*: the trait spells its own side."""
    asked = _asked(
        """
        ## Instance types

        - Accelerated Computing: GPUs and other hardware accelerators, graphics processing
        - HPC Optimized: high performance computing at scale, tightly coupled jobs
        """
    )
    assert any("graphics processing => Accelerated Computing" in a for a in asked), asked
    assert not any("accelerators" in a or "high performance computing" in a for a in asked), asked
