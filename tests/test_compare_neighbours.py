"""Comparisons: two topics that share a term few others say (`file
system`) are rivals, unless one's lines name the other (a part of it); a count
with little else said is no fact to tell them apart; over tiers that say what each
adds to the one before, the lowest tier that has a fact is asked."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import compare_cards, comparisons
from pipeline.notes.parse import parse_document

from .test_series_prompt import TIERS

# other topics, so that words the rivals share are rare in the notes
FILLER = """
## Other

**MailPost:**
- sends newsletters to subscribers on a schedule

**PhotoTag:**
- labels faces and objects in pictures

**ClockSync:**
- keeps machine clocks in step with atomic time

**LedgerBook:**
- append-only journal of payments, verifiable by hash

**TalkBot:**
- chatbot that answers customers by voice and text

**MapTiles:**
- renders street maps for mobile apps
"""

STORAGE = """
## Storage

**BlockStore:**
- network drive attached to one instance at a time
- bound to a single zone, moved by snapshot

**ShareFS:**
- managed network file system mounted by hundreds of Linux instances
- scales on demand to petabytes

**WinFS:**
- third-party file system built on a Windows file server
- speaks SMB and NTFS, joins the company directory

**ArchiveVault:**
- cold storage for backups kept for years
- 12 retrieval tiers

## Accounts

**FleetHub:**
- one place to manage many accounts and create new ones
- the main account pays for the others

**GuardSet:**
- allow or deny lists of actions for the accounts of a FleetHub tree
- never apply to the main account
"""


def _document(markdown: str):  # type: ignore[no-untyped-def]
    return parse_document(dedent(markdown).lstrip("\n") + dedent(FILLER), "n.md")


def _pairs(markdown: str) -> list[set[str]]:
    return [{t.name for t in options} for options, _ in comparisons(_document(markdown))]


def test_neighbours_sharing_a_rare_term_are_compared() -> None:
    assert {"ShareFS", "WinFS"} in _pairs(STORAGE), _pairs(STORAGE)


def test_a_part_that_names_its_whole_is_no_rival() -> None:
    assert {"FleetHub", "GuardSet"} not in _pairs(STORAGE), _pairs(STORAGE)


def test_a_count_is_no_fact_to_compare() -> None:
    notes = """
    ## Edge

    **CDNova:**
    - caches content at edge locations close to viewers
    - 216 points of presence (cache sites)
    - retention from 1 day to 1 year
    - great for static content

    **GlobeLnk:**
    - routes packets over the global network through edge locations
    - two static anycast addresses as the entry point
    """
    document = _document(notes)
    facts = [text for _, found in comparisons(document) for _, text, _ in found]
    assert facts and not [f for f in facts if "216" in f or "1 year" in f], facts


def test_tiers_that_say_what_each_adds_ask_the_lowest_that_has_it() -> None:
    cards = compare_cards(_document(TIERS), "p")
    assert cards and all("Lowest tier that includes it: Starter, Growth or Premier?" in c.prompt for c in cards), [c.prompt for c in cards]
    plain = compare_cards(_document(TIERS.replace("(+ ", "(")), "p")
    assert plain and not [c for c in plain if "Lowest tier" in c.prompt], [c.prompt for c in plain]


def test_a_line_led_by_two_names_is_no_option() -> None:
    notes = """
    ## Protection

    **Flood Defence:**
    - Shieldo Basic: on for every customer at no cost, stops floods at layers 3 and 4
    - Shieldo Plus: premium flood response team around the clock
    - Filtra: rules that block injection and scripting attacks at layer 7
    - Cachy and Namer: availability protection at the edge, combined with Shieldo
    """
    options = [{t.name for t in found} for found, _ in comparisons(_document(notes))]
    assert options and not [o for o in options if "Cachy and Namer" in o], options

