"""A thing whose defining line another thing (its twin) says as well leaves off
its card the lines closest to that twin: they train the twin's name."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.cues import cue_lines
from pipeline.cards.recognition import recognition_plan
from pipeline.cards.rival_cues import least_shared
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document

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


def _cues(markdown: str, name: str) -> list[str]:
    document = parse_document(dedent(markdown).lstrip("\n"), "n.md")
    return [cue for asked in recognition_plan(document) if asked.thing.name == name and asked.index == 1 for cue in asked.cues]


def test_a_thing_whose_definition_another_says_leaves_off_the_lines_closest_to_that_one() -> None:
    cues = _cues(TWINS, "Harbor Lift")
    # the definition is the twin's too, so it is no clue; the replication line reads as the twin's
    assert cues and not [cue for cue in cues if "replication" in cue], cues
    assert [cue for cue in cues if "ransomware" in cue] and [cue for cue in cues if "fail over" in cue], cues


def test_the_lines_stay_when_the_card_would_say_too_little_without_them() -> None:
    document = parse_document(dedent(TWINS).lstrip("\n"), "n.md")
    lift = next(thing for thing in things_of(document) if thing.name == "Harbor Lift")
    cues = cue_lines(lift)[1:]  # past the definition the twin says
    assert len(least_shared(document, lift, cues, 4)) == len(cues) - 1
    assert least_shared(document, lift, cues, 40) == cues
