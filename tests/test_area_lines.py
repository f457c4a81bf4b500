"""A line under an area of the notes (a heading in plain words over things of
its own) that opens on a name and a dash is asked by that name, never by a
blank over the area's label."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document

NOTES = """
## Secure networking

**Private connectivity**
- **Service endpoint** — extends the network identity to the platform service over the backbone; free
- **Private endpoint** (Private Link) — an interface with a private address for one resource instance
- Gateway endpoint rules — restrict which storage accounts can be reached through the endpoint
"""


def _clozes() -> list[str]:
    cards, _ = make_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p")
    return [c.prompt for c in cards if c.note_type == "cloze"]


def test_the_areas_label_is_no_blank() -> None:
    clozes = _clozes()
    assert not any("{{c1::Private connectivity}}" in c for c in clozes), clozes


def test_the_line_is_asked_by_the_name_it_opens_on() -> None:
    clozes = _clozes()
    assert any("{{c1::Gateway endpoint rules}} — restrict which storage accounts" in c for c in clozes), clozes
