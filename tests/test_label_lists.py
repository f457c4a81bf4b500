"""A label in sentence case over four short items or more on its line ("Web
filter: agent-based, centralized proxy, ...") is a list asked item by item:
never a basic card reciting them, nor halves of it that hide the label over
the rest. A name (`Spot Instances`) keeps its facts asked apart. A section on
the author's own studying ("My study plan") makes no cards."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_labels_list_on_one_line_is_asked_item_by_item() -> None:
    lines = cards_of(
        """
        ## Security operations

        ### Enterprise capabilities
        - Web filter: agent-based, centralized proxy, URL scanning, content categorization, block rules, reputation
        - Downsides: complexity, cost, single point of failure, technical debt
        - DNS filtering blocks lookups of known bad domains before a connection starts
        """
    )
    listed = [line for line in lines if line.startswith("[enumeration]")]
    assert any("Web filter" in line and "{{c1::agent-based}}" in line for line in listed), lines
    assert any("Downsides" in line and "{{c4::technical debt}}" in line for line in listed), lines
    assert not any("{{c1::Web filter}}" in line or "{{c1::Downsides}}" in line for line in lines), lines
    assert not any(line.startswith("[term]") and "Web filter" in line for line in lines), lines


def test_a_name_keeps_its_facts_and_a_bold_word_in_a_sentence_is_no_label() -> None:
    lines = cards_of(
        """
        ## Compute

        ### Purchasing options
        - Spot Instances: short workloads, cheap, can lose instance, unused capacity, batch jobs
        - Reserved Instances: steady workloads, one or three years, up to 72% off
        - **Dapr** integration, ingress (external/internal), secrets, managed identity, jobs
        """
    )
    assert not any(line.startswith("[enumeration]") for line in lines), lines
    assert any(line.startswith("[term]") and "Spot Instances" in line for line in lines), lines


def test_a_section_on_the_authors_studying_makes_no_cards() -> None:
    lines = cards_of(
        """
        ## Plan tiers
        - Basic: 10 GB disk, no deployment slots
        - Standard: 50 GB disk, 5 deployment slots

        ## My study plan

        Target exam date: **Sat 29 March** (booked at test centre, 9:00).

        Rules for myself:
        1. Don't start a new objective until the previous one has notes here
        2. Practice score target 85%+ before exam week

        Weak spots so far:
        - agreement types - keep mixing up
        - order of volatility
        """
    )
    assert any("Plan tiers" in line for line in lines), lines
    said = " ".join(lines)
    assert "exam date" not in said and "85%" not in said and "volatility" not in said, lines
