"""Obsidian's callouts (`> [!tip] Exam tip`): the marker is markup, a title that
only flags the lines goes, one that states a fact stays, a to-do is no knowledge."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_callouts_marker_and_flag_title_are_on_no_card() -> None:
    lines = cards_of(
        """
        ## Workspaces

        - multiple states for the same config in the same backend dir

        > [!warning] CLI workspace ≠ HCP Terraform workspace
        > CLI workspaces share one backend and its credentials, so they give no strong isolation between prod and dev.

        > [!tip] Exam tip
        > A workspace's name is read in config as `terraform.workspace`, often to size instances per environment.

        > [!todo] still weak on
        > - run task stages and which tier has what
        """
    )
    said = " ".join(lines)
    assert "[!" not in said and "Exam tip" not in said, lines
    assert "workspace ≠ HCP Terraform workspace" in said, lines
    assert "run task stages" not in said and "still weak on" not in said, lines


def test_a_wikilink_is_said_by_its_words_and_a_headings_pointer_goes() -> None:
    lines = cards_of(
        """
        ## 8. State – [[Terraform state deep dive]]

        - each state has a **serial** and a **lineage**
        - never edit by hand: see [[State commands|the state subcommands]] instead
        """
    )
    said = " ".join(lines)
    assert "[[" not in said and "deep dive" not in said, lines
    assert "the state subcommands" in said, lines


def test_a_plain_quote_flagged_by_its_first_line_says_only_its_other_lines() -> None:
    """`> ⚠️ **DON'T MIX UP**` over two lines: the flag is no topic, heading or answer."""
    lines = cards_of(
        """
        ## Databases

        - **RDS** 👉 managed relational DB: MySQL, PostgreSQL, Oracle, SQL Server
        - **DynamoDB** 👉 serverless NoSQL key-value, single-digit ms

        > ⚠️ **DON'T MIX UP**
        > Aurora = AWS's own MySQL/PostgreSQL-compatible engine, 5x faster than MySQL.
        > Redshift = data warehouse for analytics (OLAP), not for transactions.
        """
    )
    said = " ".join(lines)
    assert "MIX UP" not in said, lines
    assert "data warehouse for analytics" in said, lines
