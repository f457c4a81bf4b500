"""A cue singles its answer out among the things a learner confuses it with:
recognition lines and comparison facts that fit a sibling or a thing of the
section as well are not asked; a line that defines another term is no clue;
a list of siblings offered as options leaves none of them out."""

from __future__ import annotations

import html
import re
from textwrap import dedent

from pipeline.cards.compare import compare_cards
from pipeline.cards.confusable import singles_out, stem, unshared
from pipeline.cards.others import defines_another
from pipeline.cards.recognition import recognition_plan
from pipeline.cards.things import things_of
from pipeline.model.naming import names_of
from pipeline.notes.parse import parse_document


def _document(markdown: str):  # type: ignore[no-untyped-def]
    return parse_document(dedent(markdown).lstrip("\n"), "n.md")


def _cues(markdown: str, name: str) -> list[str]:
    return [cue for asked in recognition_plan(_document(markdown)) if asked.thing.name == name for cue in asked.cues]


def _compared(markdown: str) -> list[tuple[str, str, str]]:
    """(options, fact, answer) of each comparison card."""
    found = []
    for card in compare_cards(_document(markdown), "p"):
        label, fact = re.findall(r"<div[^>]*>([^<]*)</div>", card.prompt)
        answer = re.match(r"<div><b>([^<]*)</b>", card.answer)
        assert answer
        found.append((html.unescape(label), html.unescape(fact), html.unescape(answer.group(1))))
    return found


STORAGE = """
## Storage

**Zeta Vault:**
- cold archive with retrieval in twelve hours for compliance records
- keeps snapshots encrypted for seven years

**Omega Cache:**
- in-memory store for hot reads
- keeps snapshots of the cache nodes

**Sigma Drive:**
- block volume attached to one server
- encrypted for seven years by default with managed keys
"""


def test_a_cue_whose_every_word_a_neighbour_says_is_not_asked() -> None:
    # no one neighbour says most of `keeps snapshots encrypted for seven years`, but between them they say it all
    cues = _cues(STORAGE, "Zeta Vault")
    assert cues and not [c for c in cues if "seven years" in c]
    assert [c for c in cues if "twelve hours" in c]
    document = _document(STORAGE)
    vault = next(t for t in things_of(document) if t.name == "Zeta Vault")
    assert not singles_out(document, vault, "keeps snapshots encrypted for seven years")
    assert singles_out(document, vault, "cold archive for compliance records")


def test_the_order_of_two_words_tells_apart_what_their_words_do_not() -> None:
    markdown = """
    ## Language

    **Scribe:**
    - turns speech into text for subtitles

    **Voice:**
    - turns text into speech for subtitles
    """
    document = _document(markdown)
    scribe = next(t for t in things_of(document) if t.name == "Scribe")
    assert singles_out(document, scribe, "turns speech into text")
    assert not singles_out(document, scribe, "for subtitles")


PRICING = """
## Compute

**Purchase options:**
- On-Demand Instances: short workloads, billed per second of use with no commitment
- reserved (1 & 3 years):
  - Reserved Instances: long commitment for a discount on the hourly rate
  - Convertible Reserved Instances: long commitment, may change the instance family later
- Spot Instances: short workloads, spare capacity that can be interrupted at two minutes notice
- Warm Standby: full version of the app ready to serve, but at minimum size
- Hot Standby: full version of the app ready to serve, running at full size in a second region with live traffic from users everywhere
"""


def test_an_opening_trait_a_sibling_opens_with_too_is_left_out_of_the_fact() -> None:
    facts = {fact: answer for _, fact, answer in _compared(PRICING)}
    assert facts.get("Billed per second of use with no commitment") == "On-Demand Instances"
    assert facts.get("Spare capacity that can be interrupted at two minutes notice") == "Spot Instances"
    assert not [f for f in facts if f.lower().startswith("short workloads")]
    # what follows sets the two apart: the line stays whole
    document = _document(PRICING)
    warm = next(t for t in things_of(document) if t.name == "Warm Standby")
    line = "full version of the app ready to serve, but at minimum size"
    assert unshared(document, warm, line) == line


def test_siblings_offered_as_options_take_in_those_under_a_plain_label_of_their_list() -> None:
    options = {label for label, _, answer in _compared(PRICING) if answer == "On-Demand Instances"}
    assert options and all("Reserved Instances" in label and "Convertible Reserved Instances" in label for label in options)


def test_a_line_that_defines_another_term_is_no_clue_to_the_thing() -> None:
    names = names_of("Route 99")
    assert defines_another(names, "DNS is a collection of rules and records that map names to addresses")
    assert defines_another(names, "A ledger is a book recording financial transactions")
    assert not defines_another(names, "Route 99 is a managed name service")
    assert not defines_another(names, "It is a managed name service")
    assert not defines_another(names, "managed name service with health checks")
    markdown = """
    ## Network

    **Route 99:**
    - managed name service with health checks and failover routing
    - DNS is a collection of rules and records that map names to addresses
    """
    cues = _cues(markdown, "Route 99")
    assert cues and not [c for c in cues if "collection" in c]


def test_a_word_and_its_forms_share_a_stem() -> None:
    assert stem("tracking") == stem("track") and stem("workloads") == stem("workload")
    assert stem("uses") != stem("user")


def test_a_blank_over_another_things_whole_name_is_no_clue() -> None:
    markdown = """
    ## Security

    **Vaultex:**
    - dedicated hardware module that stores encryption keys for one tenant

    **Vaultex Keys:**
    - cryptographic operations are performed within the Vaultex cluster
    - generated on tamper-resistant hardware that we manage ourselves
    """
    cues = _cues(markdown, "Vaultex Keys")
    assert cues and not [c for c in cues if "cluster" in c]


def test_a_heading_over_named_lines_is_weighed_against_them() -> None:
    markdown = """
    ## Network

    **Tunnel:**
    - secure link for on-premises sites over dedicated lines
    - Site Link:
      - secure link over the public internet between on-premises sites and the cloud
      - encrypted with keys we rotate
    - Fibre Link:
      - dedicated private line from the data center, takes weeks to set up
    """
    assert not _cues(markdown, "Tunnel")
