"""Which lists are lists of named things: a name alone on a line, or a question
leading a list, says nothing the named lines must outnumber; the topic's own
name spelled out under it is a line about the topic."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.recognition import recognition_plan
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document


def _document(markdown: str):  # type: ignore[no-untyped-def]
    return parse_document(dedent(markdown).lstrip("\n"), "n.md")


MAP = """
## Basics

**Zephyr Global Map:**
- Zephyr Regions: all around the world, each one a cluster of buildings, most offerings are scoped to one
*How to pick a Zephyr Region ?*
  - laws on where records may live
  - closeness to buyers
- Zephyr Quarters:
  - one or more discrete buildings with redundant power, cooling and uplinks
  - linked together by fast private fibre
  - usually three per region, at least two
- Zephyr Halls
"""


def test_a_name_alone_and_a_question_over_a_list_do_not_hide_the_named_lines() -> None:
    items = {t.name for t in things_of(_document(MAP)) if t.item}
    assert {"Zephyr Regions", "Zephyr Quarters"} <= items, items
    asked = [a.cues for a in recognition_plan(_document(MAP)) if a.thing.name == "Zephyr Quarters"]
    assert asked and any("redundant power" in cue for group in asked for cue in group), asked


VAULT = """
## Security

**VKS:**
- Vault Key Service
- Vault keeps the sealing keys for us
- Sealing Opt-in: disks (seal volumes), buckets, etc..
- Sealing Always On: logs, archives, gateways
"""


def test_the_topics_own_name_spelled_out_is_a_line_about_the_topic() -> None:
    things = things_of(_document(VAULT))
    assert not [t.name for t in things if t.item], [t.name for t in things]


RENAMED = """
## Security

**Harbor Trust & Safety (formerly Harbor Abuse):**
- report suspected resources used for abusive or illegal purposes
- prohibited behaviours: spam, port scanning, intrusion attempts, distributing malware

**Harbor Shield:**
- protection from network floods at no added cost for every account
"""


def test_a_title_with_its_former_name_names_one_thing_whatever_joins_its_words() -> None:
    names = [t.name for t in things_of(_document(RENAMED))]
    assert "Harbor Trust & Safety (formerly Harbor Abuse)" in names, names
    asked = [a.thing.name for a in recognition_plan(_document(RENAMED))]
    assert "Harbor Trust & Safety (formerly Harbor Abuse)" in asked, asked
