"""A recognition card's lines past the definition are read against the thing a
learner would name instead: a line another thing's lines say most of is left
off the card (it trains that one's name), unless it sets itself against them
or the card would say too little without it."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.recognition import recognition_plan
from pipeline.cards.cues import cue_lines
from pipeline.cards.rival_cues import fits_another_thing, least_shared
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document

NOTES = """
## Costs

**Penny Scout:**
- recommends smaller machine sizes from last month's usage graphs
- reduce costs and improve perf by recommending resources per cluster
- an agent on each host reads memory counters for it

## Governance

**Ledger Owl:**
- checks the whole account against best practice rules
- reduce costs, improve perf and raise security by recommending fixes
- resources are flagged in a weekly digest mail

**Quill Vault:**
- stores invoices as signed documents for auditors
- keeps each invoice for seven years
"""


def _cues(markdown: str, name: str) -> list[str]:
    document = parse_document(dedent(markdown).lstrip("\n"), "n.md")
    return [cue for asked in recognition_plan(document) if asked.thing.name == name and asked.index == 1 for cue in asked.cues]


def test_a_line_another_things_lines_say_most_of_is_left_off() -> None:
    cues = _cues(NOTES, "Penny Scout")
    assert cues and "machine sizes" in cues[0], cues
    # Ledger Owl says `reduce costs`, `improve perf`, `recommending`, `resources` too
    assert not [cue for cue in cues if "reduce costs" in cue], cues
    assert [cue for cue in cues if "memory counters" in cue], cues


def test_a_line_set_against_the_other_things_lines_fits_it_no_more() -> None:
    document = parse_document(dedent(NOTES).lstrip("\n"), "n.md")
    scout = next(thing for thing in things_of(document) if thing.name == "Penny Scout")
    assert fits_another_thing(document, scout, "reduce costs and improve perf by recommending resources per cluster")
    assert not fits_another_thing(document, scout, "never reduce costs and improve perf by recommending resources per cluster")


def test_the_line_stays_when_the_card_would_say_too_little_without_it() -> None:
    document = parse_document(dedent(NOTES).lstrip("\n"), "n.md")
    scout = next(thing for thing in things_of(document) if thing.name == "Penny Scout")
    cues = cue_lines(scout)
    assert len(least_shared(document, scout, cues, 4)) == len(cues) - 1
    assert least_shared(document, scout, cues, 40) == cues


TWINS = """
## Moving

**Harbor Lift:**
- copies physical, virtual and cloud servers into the region
- nightly ransomware snapshots guard the crown jewels of the company
- continuous replication of corporate servers into a staging subnet
- on an outage we fail over to bigger machines and fail back later

## Migrating

**Ferry Shift:**
- copies physical, virtual and cloud servers into the region
- lift and shift of whole apps to run them natively
- continuous replication, then cut over from staging to production

**Pelican Store:**
- keeps objects in buckets across zones of the region
- servers read objects over the company network
"""


def test_a_thing_whose_definition_another_says_leaves_off_the_lines_closest_to_that_one() -> None:
    cues = _cues(TWINS, "Harbor Lift")
    # the definition is the twin's too, so it is no clue; the replication line reads as the twin's
    assert cues and not [cue for cue in cues if "replication" in cue], cues
    assert [cue for cue in cues if "ransomware" in cue] and [cue for cue in cues if "fail over" in cue], cues
