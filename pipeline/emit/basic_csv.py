"""`<slug>-basic.csv`: every card with Anki's built-in note types, Basic and
Cloze, for a collection that does not have the pack (or another tool that
reads Anki's text format).

The pack's own CSV names the pack's note types, which a fresh collection does
not have, so every row of it fails there. Here the context and the source are
folded into the back, and each row has a guid of its own (derived from the
card's), so importing it twice updates instead of duplicating, and it never
collides with the pack's notes in a collection that has both.
"""

from __future__ import annotations

import html
from pathlib import Path

from pipeline.emit.csv import header, write
from pipeline.model import Card, Pack
from pipeline.model.ids import anki_guid

# Anki's stock note types, by the names a new collection gives them.
BASIC = "Basic"
CLOZE = "Cloze"
COLUMNS = ("guid", "notetype", "deck", "front", "back", "tags")


def basic_guid(card: Card) -> str:
    return anki_guid("basic-csv", card.guid)


def back(card: Card) -> str:
    """The answer, then where the card sits and the line it came from."""
    parts = [card.answer] if card.answer else []
    where = html.escape(" › ".join(card.shown_context), quote=False)
    source = html.escape(str(card.source), quote=False)
    parts.append(f'<div class="sp-context">{where}</div><div class="sp-source">{source}</div>')
    return "<hr>".join(parts) if card.note_type == "basic" else "".join(parts)


def front(card: Card) -> str:
    if card.note_type == "cloze":
        return card.prompt
    # The pack's template shows the context above the prompt; Basic has no field for it.
    return f'<div class="sp-context">{html.escape(" › ".join(card.shown_context), quote=False)}</div>{card.prompt}'


def rows(pack: Pack) -> list[list[str]]:
    deck = pack.config.deck
    return [
        [basic_guid(card), CLOZE if card.note_type == "cloze" else BASIC, deck, front(card), back(card), " ".join(card.tags)]
        for card in pack.cards
    ]


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    return [write(out_dir / f"{pack.config.slug}-basic.csv", header(COLUMNS), rows(pack))]
