"""A word's bold initials (`**A**tomicity`) are no term of their own."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_bold_initial_stays_with_its_word() -> None:
    lines = cards_of(
        """
        ## Transactions

        **OLTP** (online transaction processing) - lots of small reads/writes, live system
        **OLAP** (online analytical processing) - big aggregated queries, read-mostly
        **ACID**:
        - **A**tomicity - transaction is all or nothing
        - **C**onsistency - the DB moves from one valid state to another
        - **I**solation - concurrent transactions don't interfere with each other
        - **D**urability - once committed, it stays committed

        **Batch processing** - collect data, process it later in bulk
        """
    )
    assert any("ACID — Atomicity => transaction is all or nothing" in line for line in lines), lines
    assert any("Durability => once committed, it stays committed" in line for line in lines), lines
    assert not any("=> tomicity" in line or "=> urability" in line for line in lines), lines
    # an acronym of its own items is a set of its own: no option among the processing kinds
    assert not any("OLTP" in line and "Consistency" in line and "?" in line for line in lines), lines
