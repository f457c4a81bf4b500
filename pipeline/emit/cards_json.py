"""The normalised card model: a JSON array, one card object per line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.model import notetypes
from pipeline.model import Card, Pack


def card_record(pack: Pack, card: Card) -> dict[str, Any]:
    return {
        "guid": card.guid,
        "kind": card.kind,
        "notetype": notetypes.note_type_name(pack.config, card),
        "deck": pack.config.deck,
        "prompt": card.prompt,
        "answer": card.answer,
        "section": card.section,
        "topic": card.topic,
        "context": list(card.shown_context),
        "source": str(card.source),
        "sources": [str(s) for s in card.sources],
        "tags": list(card.tags),
    }


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    target = out_dir / f"{pack.config.slug}.cards.json"
    # card by card: a large deck's file is never held whole in memory
    with target.open("w", encoding="utf-8", newline="") as out:
        out.write("[\n")
        for n, card in enumerate(pack.cards):
            out.write((",\n" if n else "") + json.dumps(card_record(pack, card), ensure_ascii=False, sort_keys=True))
        out.write("\n]\n")
    return [target]
