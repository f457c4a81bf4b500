"""A detail card (or a term's cloze over the rest of its line) that hides a
thing's name behind a line that the thing's recognition or comparison card
already shows as its clue asks one question twice, from the same words to the
same name: the card written for that question (its breadcrumb and prompt never
show the name), keeps the line."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from pipeline.model import Card
from pipeline.model.cardtext import card_text, deletions
from pipeline.model.inline import plain_key
from pipeline.model.label_remarks import without_heading_remark
from pipeline.model.lead_words import LEAD_WORDS
from pipeline.model.naming import name_key

DROPPED_WORDS = 3  # words of a line a comparison card may leave out
# a card's lines, its words, and how many of a line's words it may leave out
Shown = tuple[frozenset[tuple[str, int]], frozenset[str], int]


# "[Device Farm]: <ul><li>definition</li><li>side fact</li>": the definition's words, which its
# definition card says and a recognition card shows with the name's words blanked ("real mobile ___")
_DEFINITION_FIRST = re.compile(r"^(\{\{c\d+::.*?\}\}:\s*<ul>)<li>.*?</li>(?=<li>)")
_LABEL = re.compile(r'<div class="sp-label">[^<]*</div>')  # the question a card puts over its clue


def card_words(*fields: str) -> frozenset[str]:
    """The words a card's fields say, the question over a clue left out."""
    return frozenset(plain_key(" ".join(card_text(_LABEL.sub(" ", field)) for field in fields)).split())


def asked_lines(asked: Iterable[Card]) -> dict[str, list[Shown]]:
    """Each recognition card's lines (its heading and the clues it shows) and
    words, by the name it asks."""
    found: dict[str, list[Shown]] = defaultdict(list)
    for card in asked:
        lines = frozenset((s.path, s.line) for s in card.sources)
        if card.kind == "recognition":  # its key: note type, kind, the name's key, which card of the thing
            found[card.key[2]].append((lines, card_words(card.prompt, card.answer), 0))
        elif card.kind == "compare":  # its back is the option the fact is about
            # (it leaves out an example another option has too, "cache for in-memory db")
            found[name_key(card_text(card.answer))].append((lines, card_words(card.prompt, card.answer), DROPPED_WORDS))
    return found


def _twin(card: Card, asked: dict[str, list[Shown]]) -> bool:
    if card.kind not in ("detail", "term") or card.note_type != "cloze" or not card.sources:
        return False
    hidden = {name_key(text) for text in deletions(card.prompt)}
    if len(hidden) != 1:
        return False
    lines = {(s.path, s.line) for s in card.sources}
    # a one-line cloze's first source is its line, the rest the headings it sits under: those the
    # recognition card shows in its breadcrumb ("RDS Deployment"), not as clues
    own = {(card.sources[0].path, card.sources[0].line)} if "<li>" not in card.prompt else lines
    # less a heading's remark in the blank ("S3 (developer angle)"), which no answer shows
    remarks = frozenset().union(*(card_words(text) - card_words(without_heading_remark(text)) for text in deletions(card.prompt)))
    words = card_words(_DEFINITION_FIRST.sub(r"\1", card.prompt)) - remarks
    # every line and word it says is a clue of one recognition card of that name (which shows a line without its `For ex:`)
    found = asked.get(hidden.pop(), [])
    if any(own <= shown and len(words - LEAD_WORDS - said) <= dropped for shown, said, dropped in found):
        return True
    # or its lines are asked apart, each by a card of that name: "Tunnel Link: encrypted, over the
    # internet, needs a gateway" asked by one comparison card per line and a recognition card
    return len(lines) > 1 and lines <= frozenset().union(*(s for s, _, _ in found)) and words - LEAD_WORDS <= frozenset().union(*(w for _, w, _ in found))


def without_twins(cards: list[Card], asked: dict[str, list[Shown]]) -> list[Card]:
    """The cards, less each detail cloze that a recognition or comparison card already
    asks (`asked`: their `asked_lines`, read once for this and `said_backs`)."""
    return [card for card in cards if not _twin(card, asked)] if asked else cards
