"""A recognition back gives the thing's definition, never a line of its kinds each
defined ("BLB = layer 7 ... NLB = layer 4") nor one facet's member list ("Engines:
MySQL, PostgreSQL, ..."); a line led by a verb ("Stores key-value pairs: ...") is a
definition, not a label over members."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.answer_keys import as_asked
from pipeline.cards.asking import definition_text
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document


def test_a_line_defining_the_things_kinds_by_equals_is_no_definition_on_its_back() -> None:
    # the back said "BLB = layer 7 ... NLB = layer 4 ...": every rival of the card, defined
    notes = """
        ## Networking

        - **Balancers** — BLB = layer 7, path routing. NLB = layer 4, static address. GLB = appliances.
          - drain delay is 300 s by default; access logs go to the bucket, off by default
        - **Charts** — package manager. Chart = templates + values. Release = installed chart.
          - list only shows the current namespace unless you pass -A
        """
    things = things_of(as_asked(parse_document(dedent(notes).lstrip("\n"), "n.md")))
    balancers = next(t for t in things if t.name == "Balancers")
    assert "layer 7" not in definition_text(balancers, things)
    charts = next(t for t in things if t.name == "Charts")
    assert definition_text(charts, things) == "Package manager"


def test_a_plural_label_over_its_members_is_no_definition_on_its_back() -> None:
    # "RDS -> Engines: MySQL, PostgreSQL, ...": one facet's members, and no later fact stands in for them
    notes = """
        ## Databases

        - **Relay DB**
          - Engines: MySQL, PostgreSQL, MariaDB, Oracle
          - Multi-AZ keeps a synchronous standby in another zone for failover
        - **Stream Store**
          - Scope: one region / all regions
          - keeps ordered records of every change for replay
        """
    things = things_of(as_asked(parse_document(dedent(notes).lstrip("\n"), "n.md")))
    relay = next(t for t in things if t.name == "Relay DB")
    assert definition_text(relay, things) == ""
    store = next(t for t in things if t.name == "Stream Store")
    assert definition_text(store, things) != ""  # a singular label is no list of members


def test_a_verb_over_its_objects_is_the_definition_not_a_member_list() -> None:
    notes = """
        ## Databases

        - **Table Store**
          - Stores key-value pairs: single-digit ms latency, serverless
          - global tables replicate across regions
        - **Secret Vault**
          - Manages secrets: rotation, encryption
          - charges per secret per month
        """
    things = things_of(as_asked(parse_document(dedent(notes).lstrip("\n"), "n.md")))
    table = next(t for t in things if t.name == "Table Store")
    assert definition_text(table, things).startswith("Stores key-value pairs"), definition_text(table, things)
    vault = next(t for t in things if t.name == "Secret Vault")
    assert definition_text(vault, things).startswith("Manages secrets"), definition_text(vault, things)
