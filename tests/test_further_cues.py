"""A thing's further recognition card: at most one past its definition's, of
lines that single it out among all the notes; a leftover that says what the
thing is not, that another thing's lines say as well, or that says what another
thing is known by, makes no card."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import comparisons
from pipeline.cards.recognition import recognition_plan
from pipeline.notes.parse import parse_document

NOTES = """
## Edge

**Bastion Wall:**
- web request filter that blocks injection attacks at the edge
- rules match headers, query strings and request bodies of each call
- written as access lists of ordered statements
- rate-based rules count requests and help with flood protection
- connection refused comes from the origin, not from a missing rule
- geo-match rules block whole countries from reaching the origin
- sits in front of load balancers and API gateways to guard their routes

**Aegis Plus:**
- premium flood protection with a response team on call
- covers edge caches and static addresses

**Tollgate Cache:**
- edge cache that serves static files close to viewers
- caches content for a day by default
- blocks whole countries from reaching the origin with geo-match lists
"""


def _plan(markdown: str, name: str):  # type: ignore[no-untyped-def]
    document = parse_document(dedent(markdown).lstrip("\n"), "n.md")
    return [asked for asked in recognition_plan(document) if asked.thing.name == name]


def test_a_thing_gets_its_definition_card_and_at_most_one_more() -> None:
    asked = _plan(NOTES, "Bastion Wall")
    assert [a.index for a in asked] == [1, 2], [a.cues for a in asked]
    assert "injection attacks" in asked[0].cues[0]


def test_the_further_card_leaves_out_what_fits_another_thing_or_says_what_it_is_not() -> None:
    further = [cue for asked in _plan(NOTES, "Bastion Wall")[1:] for cue in asked.cues]
    assert further, "the line no other thing says makes a card"
    # `flood protection` is what Aegis Plus is known by; geo-match lists are Tollgate's too;
    # `not from a missing rule` says when the thing is no cause
    assert not [cue for cue in further if "flood protection" in cue or "geo-match" in cue or "refused" in cue], further


def test_no_further_card_when_only_weak_lines_are_left() -> None:
    notes = NOTES + dedent("""
        **Lantern Queue:**
        - durable message queue that decouples producers from consumers
        - messages are kept for four days
        - it is not a streaming service
        """)
    assert [a.index for a in _plan(notes, "Lantern Queue")] == [1]


def test_a_defining_line_whose_words_each_another_neighbour_says_is_still_the_first_clue() -> None:
    notes = """
    ## Machine Learning

    **Seeker:**
    - fully managed document search service with ML
    - learns from user feedback to promote preferred results

    **Scanner:**
    - extracts text and handwriting from scanned documents

    **Faces:**
    - face analysis and search in images and videos
    """
    asked = _plan(notes, "Seeker")
    assert asked and "document search" in asked[0].cues[0], [a.cues for a in asked]


def test_a_command_line_is_no_further_clue() -> None:
    notes = """
    ## Access

    **Shellgate:**
    - encrypted remote terminal sessions to servers and instances
    - key pairs replace passwords for logging in
    - clients exist for every desktop system and the browser

    `shellgate -i key.pem admin@10.0.0.12`: open a session as the admin user on the private address of the host

    **Portal View:**
    - a web console for browsing resources
    """
    further = [cue for asked in _plan(notes, "Shellgate")[1:] for cue in asked.cues]
    assert not [cue for cue in further if "key.pem" in cue or "10.0.0.12" in cue], further


def test_a_clue_that_opens_with_a_hidden_word_of_the_name_is_kept() -> None:
    notes = """
    ## Network

    **Private Endpoints:**
    - endpoints let instances reach hosted services over a private network instead of the internet
    - better security and less latency

    **Public Gateway:**
    - lets a network reach the internet
    """
    cues = [cue for asked in _plan(notes, "Private Endpoints") for cue in asked.cues]
    assert [cue for cue in cues if cue.startswith("___ let instances reach hosted services")], cues


def test_a_line_led_by_a_part_named_after_the_thing_is_no_clue_to_it() -> None:
    notes = """
    ## Transfer

    **Frost Family:**
    - rugged offline devices that carry data into and out of the cloud by courier
    - data migration:
      - frostmobile: carries exabytes of data in a guarded truck, each frostmobile holds a hundred petabytes
      - frostcone: small rugged box for edge computing with eight terabytes usable

    **Wire Transfer:**
    - moves data over the network on a schedule
    """
    cues = [cue for asked in _plan(notes, "Frost Family") for cue in asked.cues]
    assert cues and not [cue for cue in cues if "exabytes" in cue or "eight terabytes" in cue], cues


def test_a_word_no_other_thing_says_weighs_more_than_words_many_say() -> None:
    """`protect against attacks` is half of the words of the miner line, but what few things
    say (`cryptocurrency`) outweighs it: the line still singles its thing out."""
    notes = NOTES + dedent("""
    **Watchtower:**
    - threat discovery for accounts from logs of calls, flows and names
    - anomaly detection with machine learning over the account's event history
    - reads trails of calls, flow logs and name lookups
    - can protect against cryptocurrency miner and botnet attacks
    - alerts a function or a chat topic to act on each finding

    **Probe Scanner:**
    - scans instances and images for package vulnerabilities
    - findings sent to the event bus
    - protect against attacks by patching
    """)
    asked = [cue for asked in _plan(notes, "Watchtower") for cue in asked.cues]
    # asked once in the exam's direction: on a recognition card (the lines comparison cards ask
    # make room for it on the first), or by a comparison card with Probe Scanner
    document = parse_document(dedent(notes).lstrip("\n"), "n.md")
    compared = [text for _, facts in comparisons(document) for thing, text, _ in facts if thing.name == "Watchtower"]
    assert any("cryptocurrency" in cue for cue in asked + compared), (asked, compared)
