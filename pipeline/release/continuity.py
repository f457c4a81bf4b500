"""A card whose text changed a little since the last release keeps that
release's guid.

A card's guid hashes what identifies it, and for a cloze that is its text: a
typo mended in the notes (or by the pack's errata) would otherwise make a new
note and retire the old one, and the learner would lose that card's reviews.
A card the last release had and this build no longer makes is matched to a
card this build makes new when both are of the same kind and note type, sit
under nearly the same context and say nearly the same; the match takes the
old guid, so Anki updates the learner's note in place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from pipeline.model import Card
from pipeline.model.cardtext import readable_text
from pipeline.model.records import CardEntry, Record

ALIKE = 90.0  # rapidfuzz ratio (0-100) of the prompts, and of the contexts: the same card, reworded


def carried_over(previous: Record | None, cards: Sequence[Card]) -> list[Card]:
    """`cards`, with each one that rewords a card of `previous` under its guid."""
    if previous is None:
        return list(cards)
    made = {card.guid for card in cards}
    released = {entry.guid for entry in previous.cards}
    gone: dict[tuple[str, str], list[CardEntry]] = defaultdict(list)
    for entry in previous.cards:
        if entry.guid not in made and entry.retired_in is None:
            gone[entry.kind, entry.notetype].append(entry)
    if not gone:
        return list(cards)
    pairs: list[tuple[float, int, str]] = []  # likeness, the new card's index, the old guid
    for index, card in enumerate(cards):
        if card.guid in released:
            continue
        candidates = gone.get((card.kind, card.note_type), ())
        if not candidates:
            continue
        prompt = readable_text(card.prompt)
        for entry in candidates:
            if fuzz.ratio(card.context_text, entry.context) < ALIKE:
                continue
            likeness = fuzz.ratio(prompt, entry.prompt)
            if likeness >= ALIKE:
                pairs.append((likeness, index, entry.guid))
    taken: dict[int, str] = {}
    used: set[str] = set()
    for _, index, guid in sorted(pairs, key=lambda pair: (-pair[0], pair[1], pair[2])):
        if index not in taken and guid not in used:
            taken[index] = guid
            used.add(guid)
    return [replace(card, guid=taken[i]) if i in taken else card for i, card in enumerate(cards)]
