"""Numbers written with their thousands apart ("2,048", "10,000") are one number:
no list splits at their commas, no blank hides half of one, and a count of things
per scope ("10,000 management groups per directory") is a quota to learn."""

from __future__ import annotations

from pipeline.cards.numbers import number_spans
from pipeline.cards.sub_lists import comma_items

from .test_cards import cards_of


def test_a_list_keeps_the_commas_inside_its_numbers() -> None:
    assert comma_items("user 2,048 chars, group 5,120, role 10,240 (aggregate)") == [
        "user 2,048 chars",
        "group 5,120",
        "role 10,240 (aggregate)",
    ]
    assert comma_items("1,2345, a") == ["1", "2345", "a"]  # four digits after a comma group none


def test_a_label_over_numbers_with_thousands_asks_no_half_numbers() -> None:
    lines = cards_of(
        """
        ## IAM

        ### Numbers (IAM)
        - 2 access keys per user
        - managed policy doc size: 6,144 chars
        - inline: user 2,048 chars, group 5,120, role 10,240 (aggregate)
        - HDD speeds — 5,400 / 7,200 / 10,000 / 15,000 RPM. Form factors 3.5" and 2.5".
        """
    )
    said = " ".join(lines)
    assert "user 2}}" not in said and "048" not in said.replace("2,048", ""), lines
    assert "5, 400" not in said and "000 /" not in said.replace(",000 /", ""), lines
    assert any("{{c1::2,048 chars}}" in line for line in lines), lines


def test_a_count_of_things_per_scope_is_asked_as_a_number() -> None:
    lines = cards_of(
        """
        ## Governance

        ### Management groups / subscriptions
        - Root management group at the top, one per tenant
        - 10,000 management groups per directory
        - Each MG / sub has exactly one parent
        """
    )
    assert any(line.startswith("[number]") and "{{c1::10,000}} management groups per directory" in line for line in lines), lines
    assert not any("10,{{" in line for line in lines), lines


def test_a_count_per_scope_counts_only_where_it_opens_a_clause() -> None:
    text = "60 inbound + 60 outbound rules per SG, 5 SGs per ENI"
    assert [text[a:b] for a, b in number_spans(text)] == ["5"]  # "+ 60 outbound rules": the second 60 would show the first
