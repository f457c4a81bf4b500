"""A clue read on the exam points at one answer: a line under a named feature of
a thing (`AuditLog Insights:`) is that feature's, not the thing's, and a
comparison fact that a thing outside the options says in one of its lines
reads as that one, however right it is among the options."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.compare import comparisons
from pipeline.cards.recognition import recognition_plan
from pipeline.notes.parse import parse_document

from .test_compare_neighbours import FILLER


def _document(markdown: str):  # type: ignore[no-untyped-def]
    return parse_document(dedent(markdown).lstrip("\n") + dedent(FILLER), "n.md")


AUDIT = """
## Monitoring

**AuditLog:**
- records every API call made in the account
- keeps a history of console and SDK actions
- AuditLog Insights:
  - automated analysis of the recorded events
  - raise alarms whenever the baseline resource numbers are crossed
- Pricing:
  - the first copy of management events is free of charge
"""


def test_lines_under_a_named_feature_are_no_clue_to_the_whole_thing() -> None:
    cues = [cue for asked in recognition_plan(_document(AUDIT)) if asked.thing.name == "AuditLog" for cue in asked.cues]
    assert any("every API call" in cue for cue in cues), cues
    assert not any("baseline" in cue or "automated analysis" in cue for cue in cues), cues


def test_lines_under_a_part_label_stay_clues() -> None:
    cues = [cue for asked in recognition_plan(_document(AUDIT)) if asked.thing.name == "AuditLog" for cue in asked.cues]
    # `Pricing:` names no feature: what it leads is still said of the thing
    assert any("management events is free" in cue for cue in cues), cues


LANGUAGE = """
## Language

**Scribe:**
- converts audio files into written transcripts
- uses automatic speech recognition to convert speech to text quickly

**Bots:**
- two ways to talk with customers
- ChatDesk:
  - builds chatbots and call center bots
  - automatic speech recognition to convert speech to text for callers
- MailDesk:
  - answers customer emails with templates
  - routes each message to a human queue
"""


def _facts(markdown: str) -> list[tuple[str, str]]:
    return [(thing.name, fact) for _, facts in comparisons(_document(markdown)) for thing, fact, _ in facts]


def test_a_fact_another_thing_says_in_one_line_is_not_compared() -> None:
    facts = _facts(LANGUAGE)
    assert ("MailDesk", "Answers customer emails with templates") in facts, facts
    assert not any("speech" in fact for _, fact in facts), facts


def test_a_fact_no_thing_outside_the_options_says_is_compared() -> None:
    # without the transcriber, nothing outside the two options says it: it tells them apart
    facts = _facts(LANGUAGE.replace("- uses automatic speech recognition to convert speech to text quickly\n", ""))
    assert ("ChatDesk", "Automatic speech recognition to convert speech to text for callers") in facts, facts


def test_a_base_tier_is_asked_among_its_tiers_alone() -> None:
    from pipeline.cards.compare import compare_cards

    from .test_rival_rules import SHIELDS

    prompts = [c.prompt for c in compare_cards(_document(SHIELDS), "p") if "<b>Guardo Standard</b>" in c.answer]
    # the firewall is no tier of the shield: "lowest tier" is asked of the shield's tiers only,
    # one question with no "Or Filtra?" tacked on
    assert prompts and all("Lowest tier that includes it: Guardo Standard or Guardo Advanced?</div>" in p for p in prompts), prompts


SPEEDUPS = """
## Delivery

**CacheNet:**
- content delivery service caching pages near viewers

**Speedups:**
- two ways to reach faraway users faster
- SpeedRoute:
  - fixed addresses send traffic to the nearest edge
  - no caching, proxying packets to apps running in one or more regions
- FastLane:
  - files sent to a nearby site then forwarded to the bucket's region
  - only for uploads and downloads
"""


def test_a_negated_trait_is_asked_only_where_another_option_has_it() -> None:
    # caching is the delivery network's: among these two, the rest of the line tells them apart
    kept, cached = _facts(SPEEDUPS), _facts(SPEEDUPS.replace("files sent to a nearby site", "files cached at a nearby site"))
    assert ("SpeedRoute", "Proxying packets to apps running in one or more regions") in kept, kept
    assert not any("caching" in fact for _, fact in kept), kept
    # where the other option caches, `no caching` sets the two apart
    assert ("SpeedRoute", "No caching, proxying packets to apps running in one or more regions") in cached, cached


def test_a_short_fact_that_only_narrows_its_own_lines_is_not_compared() -> None:
    facts = _facts(SPEEDUPS)
    assert ("FastLane", "Files sent to a nearby site then forwarded to the bucket's region") in facts, facts
    assert not any(fact.startswith("Only") for _, fact in facts), facts


EDGES = """
## Delivery

**SpeedRoute:**
- faster apps over the global network from the edge
- fixed addresses send traffic to the nearest edge
- good for games and voice over UDP

**TowerZone:**
- compute at the edge of 5G networks
- for connected cars and live video
- traffic never leaves the phone carrier

## Names

**PortGuard:**
- firewall for each network card

**NameBook:**
- directory of network names

**WireMap:**
- charts the office network cables
"""


def test_topics_whose_definitions_share_one_rare_word_are_no_rivals() -> None:
    # `edge` of a global network and of 5G networks: a field they share, not a need an exam would set them against
    assert not [options for options, _ in comparisons(_document(EDGES))], comparisons(_document(EDGES))
    # a second rare word both say (the edge of `global` networks) makes them rivals
    twice = EDGES.replace("compute at the edge of 5G networks", "compute at the edge of global 5G networks")
    assert [{t.name for t in options} for options, _ in comparisons(_document(twice))] == [{"SpeedRoute", "TowerZone"}]


def test_lines_under_one_label_make_one_cue_that_says_the_label_once() -> None:
    from pipeline.model.naming import MASK

    from .test_exam_needs import LOGIN

    cues = [cue for asked in recognition_plan(_document(LOGIN)) if asked.thing.name == "Gate Center" for cue in asked.cues]
    joined = [cue for cue in cues if cue.startswith(f"One login ({MASK}) for all: ")]
    assert joined and all(cue.count("One login") <= 1 for cue in cues), cues
    assert "; " in joined[0], joined


BOXES = """
## Containers

**ShipKit:**
- platform to package apps in portable containers
- containers run the same on any operating system
- scale containers up and down within seconds
- in the cloud, images can be kept in PCR (Private Container Registry), a managed ShipKit registry that schedulers pull from
- signs images with SBOM (Software Bill Of Materials) files for audits
"""


def test_a_line_that_brings_in_another_product_by_its_full_name_is_no_clue() -> None:
    cues = [cue for asked in recognition_plan(_document(BOXES)) if asked.thing.name == "ShipKit" for cue in asked.cues]
    assert any("portable containers" in cue for cue in cues), cues
    # the registry is what the line is about: the thing is only named inside it
    assert not any("Private Container Registry" in cue for cue in cues), cues
    # an acronym spelled out where the thing is not named is still the thing's own line
    assert any("Software Bill Of Materials" in cue for cue in cues), cues


MACHINES = """
## Machines

**Machine kinds:**
- three kinds of rented machines
- Memory Tuned:
  - fast work on large data sets held in memory
  - real-time analytics of big unstructured data
- Disk Tuned:
  - sequential reads and writes of large data sets on local disks
  - transaction systems, cache for in-memory db, data warehouses, distributed file systems
- Chip Tuned:
  - graphics chips for drawing and model training
"""


def test_a_listed_example_that_says_another_options_distinct_word_is_left_out() -> None:
    facts = _facts(MACHINES)
    # `in-memory` reads as Memory Tuned: the other examples still tell Disk Tuned apart
    assert ("Disk Tuned", "Transaction systems, data warehouses, distributed file systems") in facts, facts
    assert not any("in-memory" in fact for _, fact in facts), facts


REDUNDANCY = """
## Storage

### Redundancy options

- **LRS** (locally redundant) — 3 copies in one datacenter in the primary region; cheapest
- **ZRS** (zone-redundant) — 3 copies across 3 availability zones in the primary region
- **GRS** (geo-redundant) — LRS in primary + async copy to a secondary region
- Durability: LRS at least 11 nines, ZRS at least 12 nines
"""


def test_a_property_listed_among_things_is_no_option_and_a_names_gloss_is_no_clue() -> None:
    sets = comparisons(_document(REDUNDANCY))
    names = [{t.name for t in options} for options, _ in sets]
    assert {"LRS", "ZRS", "GRS"} in names, names
    assert not any("Durability" in found for found in names), names
    facts = [fact for _, found in sets for _, fact, _ in found]
    # `(geo-redundant)` spells the answer out: the clue starts after it
    assert facts and not [f for f in facts if f.startswith("(") or "redundant)" in f], facts


def _cues(markdown: str, name: str) -> list[str]:
    return [cue for asked in recognition_plan(_document(markdown)) if asked.thing.name == name for cue in asked.cues]


NAT = """
## IP services

**NAT:**
- translates private addresses to public ones at the edge router
- inside local = private IP of host. inside global = public IP it's translated to. outside global = real public IP of remote
- overload lets many hosts share one public address by port
"""


def test_a_line_that_defines_several_terms_is_no_clue_to_its_topic() -> None:
    cues = _cues(NAT, "NAT")
    assert any("edge router" in cue for cue in cues), cues
    assert not any("inside global" in cue for cue in cues), cues


OWNER = """
## Team

**Product Owner:**
- Accountable for maximizing the value of the product resulting from the work of the team.
- Accountable for effective Product Backlog management:
  - developing and explicitly communicating the Product Goal
"""


def test_a_label_that_is_a_clue_itself_is_said_once_before_what_it_leads() -> None:
    cues = _cues(OWNER, "Product Owner")
    assert any(cue.endswith(": developing and explicitly communicating the ___ Goal") for cue in cues), cues
    assert sum("Backlog management" in cue for cue in cues) == 1, cues


CHAPTERS = """
## SECURITY FUNDAMENTALS

- a threat is a potential danger to an asset of the company
- enable secret is stored hashed, enable password in plain text

## AWS CLI

- command line tool to manage cloud services from a terminal
"""


def test_a_chapter_title_in_capitals_is_no_recognition_answer() -> None:
    names = {asked.thing.name for asked in recognition_plan(_document(CHAPTERS))}
    assert "AWS CLI" in names and "SECURITY FUNDAMENTALS" not in names, names


DEPLOYMENTS = """
## Databases

**Deployments:**
- three ways to run the database
- Read Copies:
  - scale the read workload of the database
  - asynchronous copies that serve reads
- Standby Zone:
  - failover to a standby in another zone when the main one fails
- Far Region:
  - disaster recovery when a whole geographic area is lost
- Caching is optional:
  - keep hot rows in memory in front of the database
"""


def test_a_recognition_card_of_one_of_a_few_siblings_offers_them_by_name() -> None:
    from pipeline.cards.recognition import recognition_cards

    labels = {re.sub(r"<[^>]+>", "|", c.answer).strip("|").split("|")[0]: re.findall(r'sp-label">([^<]*)<', c.prompt)[0] for c in recognition_cards(_document(DEPLOYMENTS), "p")}
    offered = [labels[name] for name in ("Read Copies", "Standby Zone", "Far Region") if name in labels]
    assert offered and all(label == "Which one is this: Read Copies, Standby Zone or Far Region?" for label in offered), labels
    # a statement made bold is no sibling to choose, nor an answer
    assert "Caching is optional" not in labels, labels
