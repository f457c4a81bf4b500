"""A label that reads on into its list (`Choice depends on: ...`) is no name:
its list says whose it is under its heading, and no comparison offers it."""

from __future__ import annotations

from pipeline.cards.directions import direction_cards
from pipeline.cards.prompts import is_fragment
from pipeline.notes.parse import parse_document

from .test_cards import cards_of

NOTES = """## Incident Response

### Containment, eradication, recovery

Choice depends on: damage potential, evidence preservation needs, service availability, time/resources, effectiveness.

Eradication: reimage (best), remove malware, patch, reset creds, disable compromised accts.

Sanitization: clear (overwrite), purge (degauss / crypto erase), destroy (NIST 800-88).

Recovery: restore from clean backups, reconstruct, harden, monitor closely after.
"""


def test_a_label_that_reads_on_into_its_list_is_asked_under_its_heading():
    assert is_fragment("Choice depends on") and is_fragment("relies on") and not is_fragment("Add on")
    assert any("Containment, eradication, recovery — Choice depends on {{c1::damage potential}}" in line for line in cards_of(NOTES)), cards_of(NOTES)


def test_no_comparison_offers_a_label_that_reads_on():
    prompts = [c.prompt for c in direction_cards(parse_document(NOTES, "n.md"), "p", frozenset()) if c.kind == "compare"]
    assert prompts and not any("Choice depends on" in p for p in prompts), prompts
