"""A topic whose one line is a closed list of five or more short items is asked
item by item, the whole list shown, not recited from one basic back."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_topics_one_line_of_many_short_items_is_asked_item_by_item() -> None:
    lines = cards_of(
        """
        ## Malicious activity

        ### Indicators (memorize this list!)
        account lockout, concurrent session usage, blocked content, impossible travel, resource consumption, missing logs
        """
    )
    blanks = [line for line in lines if "{{c1::account lockout}}" in line]
    assert blanks and all("missing logs" in line for line in blanks), lines
    assert any("::missing logs}}" in line for line in lines), lines  # six items: two notes, each asking its own
    assert not any(line.endswith("=> account lockout, concurrent session usage, blocked content, impossible travel, resource consumption, missing logs @3,4") for line in lines), lines


def test_a_line_of_two_lists_or_an_open_list_stays_one_card() -> None:
    two = cards_of(
        """
        ## Physical

        ### Physical security
        bollards, fencing, video surveillance, guards, lighting. Sensors: infrared, pressure, microwave
        """
    )
    assert not any("{{c" in line for line in two), two
    open_list = cards_of(
        """
        ## Data

        ### Formats
        CSV, JSON, Avro, ORC, Parquet, etc.
        """
    )
    assert not any("{{c1::CSV}}" in line for line in open_list), open_list
