"""What sets a thing apart from its rivals: a line whose subject is another
thing is no clue to it nor its definition; a rate or size any rival may reach,
or a list of what every offering claims, tells none apart; a base tier named as
such asks for the lowest tier that has a fact; a clue is shown without the word
that tied it to the line before, and no clue twice; the back defines the thing, not one item
of its list; one fact is compared once, and an item listed in two places is classified once; a
tier card names what its tiers are of."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.asking import ask_line, definition_text
from pipeline.cards.classify import classify_cards
from pipeline.cards.compare import compare_cards, comparisons
from pipeline.cards.recognition import recognition_cards, recognition_plan
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document

from .test_compare_neighbours import FILLER, STORAGE
from .test_series_prompt import TIERS


def _document(markdown: str):  # type: ignore[no-untyped-def]
    return parse_document(dedent(markdown).lstrip("\n") + dedent(FILLER), "n.md")


DISKS = """
## Disks

**NetDisk:**
- network drive attached to one machine at a time
- kept when the machine stops

**LocalDisk:**
- NetDisk volumes are network drives with limited speed
- hardware drive inside the host, lost when the machine stops
- good for buffers, caches and scratch files
"""


def test_a_line_whose_subject_is_another_thing_is_no_clue_nor_definition() -> None:
    document = _document(DISKS)
    cues = [cue for asked in recognition_plan(document) if asked.thing.name == "LocalDisk" for cue in asked.cues]
    assert cues and not [c for c in cues if "network drives" in c], cues
    backs = [c.answer for c in recognition_cards(document, "p") if "LocalDisk" in c.answer]
    assert backs and not [b for b in backs if "network drives" in b], backs


def test_a_size_any_rival_may_reach_is_no_fact_to_compare() -> None:
    """`scales on demand to petabytes` of one file system: the other may reach it too."""
    facts = [text for _, found in comparisons(_document(STORAGE)) for _, text, _ in found]
    assert facts and not [f for f in facts if "petabytes" in f], facts


SHIELDS = """
## Protection

**Flood Defence:**
- Guardo Standard: on for every customer at no cost, stops floods at layers 3 and 4
- Guardo Advanced: premium flood response team around the clock
- Filtra: rules that block injection and scripting attacks at layer 7
"""


def test_a_base_tier_named_as_such_asks_the_lowest_tier_that_has_it() -> None:
    cards = compare_cards(_document(SHIELDS), "p")
    labels = {re.sub(r"<[^>]+>", "|", c.answer).strip("|"): re.findall(r'sp-label">([^<]*)<', c.prompt)[0] for c in cards}
    assert labels.get("Guardo Standard", "").startswith("Lowest tier that includes it"), labels
    assert labels.get("Filtra") and not labels["Filtra"].startswith("Lowest tier"), labels


def test_a_list_of_claimed_properties_is_no_fact_to_compare() -> None:
    notes = STORAGE.replace("- scales on demand to petabytes", "- highly available, scalable, expensive, pay per use, no capacity planning")
    facts = [text for _, found in comparisons(_document(notes)) for _, text, _ in found]
    assert facts and not [f for f in facts if "expensive" in f], facts


def test_a_clue_is_shown_without_the_word_that_tied_it_to_the_line_before() -> None:
    notes = """
    ## Recovery

    **ReviveIt:**
    - recovers physical and virtual servers into the cloud after a disaster
    - for ex: protect critical databases from ransomware attacks
    """
    prompts = [c.prompt for c in recognition_cards(_document(notes), "p")]
    assert any("Protect critical databases" in p for p in prompts), prompts
    assert not [p for p in prompts if "for ex" in p.lower()], prompts


def test_the_back_defines_the_thing_not_an_item_of_its_list_nor_a_side_note() -> None:
    notes = """
    ## Accounts

    **Key Rules:**
    - options:
      - min key length
      - require digits
    - strong keys for every user of the account

    **Vaulting:**
    - it is enabled at the vault level
    - keeps every past copy of a document so that a deleted one can be restored
    """
    things = {t.name: t for t in things_of(_document(notes))}
    assert definition_text(things["Vaulting"]).startswith("Keeps every past copy"), definition_text(things["Vaulting"])
    assert "min key length" not in definition_text(things["Key Rules"]).lower(), definition_text(things["Key Rules"])


def test_a_card_does_not_say_one_clue_twice() -> None:
    notes = """
    ## Compute

    **Crunchly:**
    - lets scientists run hundreds of thousands of computing jobs on rented machines
    - run 100000s of computing jobs
    - a job has a start and an end, opposed to a continuous service
    """
    cues = [cue for asked in recognition_plan(_document(notes)) if asked.thing.name == "Crunchly" for cue in asked.cues]
    assert cues and not [c for c in cues if c.lower().startswith("run 100000s")], cues


def test_one_fact_is_compared_once_and_classified_once() -> None:
    firewalls = """
    ## Network

    **Gatekeeper:**
    - firewall which controls traffic from and to a subnet
    - attached at the subnet level
    - stateless: return traffic must be allowed by rules

    **Doorman:**
    - firewall which controls traffic from and to an instance
    - stateful: return traffic is allowed
    """
    facts = [text for options, found in comparisons(_document(firewalls)) for _, text, _ in found]
    cards = [c.prompt for c in compare_cards(_document(firewalls), "p")]
    assert facts and len([c for c in cards if "subnet" in c]) == 1, cards
    duties = """
    ## Compute

    **Shared duties for machines:**
    - Provider:
      - compliance validation
      - replacing faulty hardware
    - Customer:
      - guest OS patches

    ## Storage

    **Shared duties for buckets:**
    - Provider:
      - compliance validation
      - durability of the stored objects
    - Customer:
      - bucket policies
    """
    asked = [c for c in classify_cards(_document(duties), "p") if "compliance validation" in c.prompt]
    assert len(asked) == 1 and len(asked[0].sources) > 2, [(c.prompt, c.sources) for c in asked]


def test_a_tier_card_names_what_its_tiers_are_of() -> None:
    notes = TIERS.replace("**Starter:**", "**Starter Desk:**").replace("**Growth:**", "**Growth Desk:**").replace("**Premier:**", "**Premier Desk:**")
    labels = {a.thing.name: ask_line(a) for a in recognition_plan(parse_document(dedent(notes).lstrip("\n"), "n.md"))}
    tiers = [label for name, label in labels.items() if "Desk" in name]
    assert tiers and all(label.startswith("Lowest desk tier that includes") for label in tiers), labels
