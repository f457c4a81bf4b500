"""Labels the notes repeat over sibling lists (`Pros:` / `Cons:` under each
option) name facets, not members: no blank hides them, and a list of nothing
else makes no overview cloze; each line is asked by its own term card."""

from __future__ import annotations

import random
from textwrap import dedent

from pipeline.cards.aspects import _ASPECT_WORDS, SHARED, aspect_labels, shared_labels
from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document

from .outline import card_line

NOTES = """
## Storage options

### Block storage
- Pros: low latency, attaches to one server
- Cons: one availability zone, sized in advance
- Cost: per provisioned gigabyte

### Object storage
- Pros: unlimited size, eleven nines of durability
- Cons: no partial writes, eventual listing
- Cost: per stored gigabyte and per request

## Security services

### Detection
- Sentinel: analyses event logs for threats
- Inspector: scans hosts for vulnerabilities
- Auditor: records who changed what

### Recap
- Sentinel: the threat finder
- Inspector: the vulnerability scanner
- Auditor: the change recorder
"""


def _cards() -> list[str]:
    document = parse_document(dedent(NOTES).lstrip("\n"), "n.md")
    cards, _ = make_cards(document, "p")
    return [card_line(c) for c in cards]


def test_repeated_aspect_labels_are_found_and_names_are_not() -> None:
    document = parse_document(dedent(NOTES).lstrip("\n"), "n.md")
    found = aspect_labels(document)
    assert {"pro", "con", "cost"} <= found or {"pros", "cons", "cost"} <= found, found
    assert not any(name in found for name in ("sentinel", "inspector", "auditor")), found


def test_no_cloze_hides_an_aspect_label() -> None:
    cards = _cards()
    assert not any("{{c1::Pros}}" in c or "::Cons}}" in c or "::Cost}}" in c for c in cards), cards


def test_each_aspect_line_is_still_asked() -> None:
    cards = _cards()
    for said in ("low latency", "one availability zone", "per provisioned gigabyte", "eventual listing", "per request"):
        assert any(said in c for c in cards), (said, cards)


def test_repeated_names_stay_blanks() -> None:
    cards = _cards()
    assert any("{{c" in c and "Sentinel" in c for c in cards), cards


def _shared_pairwise(lists: list[set[str]]) -> frozenset[str]:
    """`shared_labels` the plain way: every two lists weighed."""
    found: set[str] = set()
    for index, keys in enumerate(lists):
        for other in lists[index + 1 :]:
            shared = keys & other
            if len(shared) >= SHARED and 2 * len(shared) >= max(len(keys), len(other)) and shared & _ASPECT_WORDS:
                found |= shared
    return frozenset(found)


def test_shared_labels_match_weighing_every_pair() -> None:
    randomly = random.Random(17)
    words = sorted(_ASPECT_WORDS)[:6] + ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    for _ in range(400):
        lists = [set(randomly.sample(words, randomly.randint(SHARED, 6))) for _ in range(randomly.randint(0, 12))]
        assert shared_labels(lists) == _shared_pairwise(lists), lists
