"""Rules for the shapes other authors write in: a section on the exam itself,
terse nested bullets with commands, bold words in prose."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_section_on_the_exam_itself_makes_no_cards() -> None:
    lines = cards_of(
        """
        # Cert notes

        ## Exam basics

        - Passing score is **700** on a scale of 1–1000
        - Roughly 40–60 questions; multiple choice

        ## Storage

        - **Blob Storage** — object storage for unstructured data
        """
    )
    assert not any("Passing score" in line or "questions" in line for line in lines), lines
    assert any("Blob Storage" in line for line in lines), lines


def test_a_nested_logistics_heading_ends_at_the_next_heading_of_its_level() -> None:
    lines = cards_of(
        """
        ## Setup

        ### exam logistics / setup

        - format
          - pass = 66%
          - 2h, online proctored

        ### pods

        - init containers run sequentially, each must exit 0 first
        """
    )
    assert not any("66%" in line or "proctored" in line for line in lines), lines
    assert any("init containers" in line for line in lines), lines


def test_a_lead_in_on_the_exams_weights_keeps_its_list_out_of_the_cards() -> None:
    lines = cards_of(
        """
        # Some cloud exam

        Exam: 2 hours, 50–60 multiple choice, $125 USD
        Sections (approx. weights from the exam guide):
        1. Setting up an environment — ~23%
        2. Planning a solution — ~30%

        ## 1. Setting up

        **Hierarchy**
        - Organization → Folders → Projects
        """
    )
    assert not any("23%" in line or "30%" in line for line in lines), lines
    assert any("Organization" in line for line in lines), lines


def test_a_heading_on_exam_tips_still_makes_cards() -> None:
    lines = cards_of(
        """
        ## Exam tips

        - **Spot VMs** — up to 91% off, can be reclaimed at any time
        """
    )
    assert any("Spot VMs" in line for line in lines), lines
