"""The cards that ask the way the exam asks, made from a document next to
`make_cards`: recognition, comparison and classification (practice
questions follow the recognition cards once they are tagged, see `practice`).

They repeat the notes' facts on purpose, in the other direction, so they are
made after duplicates are merged and never merged into the other cards.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from pipeline.cards.classify import classify_cards
from pipeline.cards.compare import compare_cards, compared
from pipeline.cards.contrast import unspelled_acronyms
from pipeline.cards.glossed_lists import glossed_cards
from pipeline.cards.recognition import recognition_cards
from pipeline.cards.series import TIERS_ASKED
from pipeline.cards.sibling_traits import sibling_trait_cards
from pipeline.cards.answer_keys import as_asked
from pipeline.cards.missing_pictures import says_only_missing_pictures
from pipeline.cards.sink import ImageSource
from pipeline.model import Card, Document
from pipeline.model.cardtext import ANSWERED_NAME, card_text
from pipeline.model.label_remarks import without_heading_remark
from pipeline.model.inline import plain_key
from pipeline.model.naming import MASK, name_key

_ONE_CUE = re.compile(r'^<div class="sp-label">[^<]*</div><div>([^<]*)</div>$')
_CUES = re.compile(r'^<div class="sp-label">[^<]*</div>(?:<div>([^<]*)</div>|<ul>((?:<li>[^<]*</li>)*)</ul>)')
_ITEM = re.compile(r"<li>([^<]*)</li>")
_BLANK_WORDS = r"\S+(?: \S+){0,2}"  # what a cue's blank may hide (`Internet of Things`)
_TIERED = re.compile(rf'^<div class="sp-label">{re.escape(TIERS_ASKED)}')


def _compare_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[Card]:
    """Things side by side, and the names of a list told apart by their glosses."""
    made = compare_cards(document, pack_slug, image_src) + glossed_cards(document, pack_slug, image_src)
    return made + sibling_trait_cards(document, pack_slug, image_src)


MAKERS: dict[str, Callable[[Document, str, ImageSource | None], list[Card]]] = {
    "recognition": recognition_cards,
    "compare": _compare_cards,
    "classify": classify_cards,
}


def direction_cards(document: Document, pack_slug: str, off: frozenset[str], image_src: ImageSource | None = None) -> list[Card]:
    """The document's cards of each kind not turned off; recognition cards are
    also made when only practice questions are wanted, which need their tags."""
    document = as_asked(document)
    wanted = [k for k in MAKERS if k not in off or (k == "recognition" and "practice" not in off)]
    made = [card for kind in wanted for card in MAKERS[kind](document, pack_slug, image_src) if not says_only_missing_pictures(card)]
    if "compare" in off:
        return made
    # a recognition card whose one cue a comparison card asks, with the same answer, is that card again
    asked = compared(document)
    made = [c for c in made if c.kind != "recognition" or not _asked_already(_cue_and_answer(c), asked)]
    # and a comparison card whose fact a recognition card of the same answer shows asks that clue a second
    # time (not among tiers: the lowest tier with one fact is not the lowest with all of a card's facts);
    # past its first, a recognition card leaves such lines out (`recognition`)
    shown = {cue for c in made if c.kind == "recognition" for cue in _cues_and_answer(c)}
    return [c for c in made if c.kind != "compare" or _TIERED.match(c.prompt) or _fact_and_answer(c) not in shown]


def _asked_already(cue: tuple[str, str] | None, asked: frozenset[tuple[str, str]]) -> bool:
    """Whether a comparison card asks the cue, with the same answer: its words as they are, or
    with what the cue blanks (`starting/stopping ___` of ECS, which the comparison says: `containers`)."""
    if cue is None or MASK not in cue[1]:
        return cue in asked
    filled = re.compile(" ".join(_BLANK_WORDS if word == MASK else re.escape(word) for word in cue[1].split()))
    return any(answer == cue[0] and filled.fullmatch(fact) is not None for answer, fact in asked)


def _cue_and_answer(card: Card) -> tuple[str, str] | None:
    """A one-cue recognition card's (answer, cue), as `compared` keys them: with the run
    that spells an acronym of the name hidden, as a comparison card hides it."""
    cue = _ONE_CUE.search(card.prompt)
    keyed = _keyed(cue, card)
    answer = ANSWERED_NAME.match(card.answer)
    if keyed is None or answer is None or cue is None:
        return keyed
    return keyed[0], plain_key(html.unescape(unspelled_acronyms(without_heading_remark(html.unescape(answer.group(1))), cue.group(1))))


def _cues_and_answer(card: Card) -> list[tuple[str, str]]:
    """A recognition card's (answer, cue) for each cue it shows, keyed as `_keyed` keys them."""
    found = _CUES.search(card.prompt)
    answer = ANSWERED_NAME.match(card.answer)
    if not found or not answer:
        return []
    cues = [found.group(1)] if found.group(1) is not None else _ITEM.findall(found.group(2))
    return [(name_key(without_heading_remark(html.unescape(answer.group(1)))), plain_key(html.unescape(cue))) for cue in cues]


def _fact_and_answer(card: Card) -> tuple[str, str] | None:
    """A comparison card's (answer, fact), keyed as recognition cues are."""
    return _keyed(_ONE_CUE.search(card.prompt), card)


def _keyed(cue: re.Match[str] | None, card: Card) -> tuple[str, str] | None:
    answer = ANSWERED_NAME.match(card.answer)
    if not cue or not answer:
        return None
    return name_key(without_heading_remark(html.unescape(answer.group(1)))), plain_key(html.unescape(cue.group(1)))


def once_each(cards: Iterable[Card]) -> list[Card]:
    """The cards without a later one of the same guid (the same thing in two files), or one
    that asks an earlier one's question again with the same answer: two readers of one line
    (`LRS = 3 copies 1 datacenter; ZRS = ...` read as pairs and as a run of definitions), or a
    comparison and a classification of one gloss. The first keeps the lines of both. Only the
    kinds that ask the exam's way are compared: dedupe has merged the others already."""
    seen: set[str] = set()
    kept: list[Card] = []
    where: dict[tuple[str, ...], int] = {}
    for card in cards:
        if card.guid in seen:
            continue
        seen.add(card.guid)
        if card.kind not in MAKERS:
            kept.append(card)
            continue
        name = ANSWERED_NAME.match(card.answer)
        answer = name_key(html.unescape(name.group(1))) if name else plain_key(card_text(card.answer))
        key = (*card.context, plain_key(card_text(card.prompt)), answer)
        if key not in where:
            where[key] = len(kept)
            kept.append(card)
            continue
        first = kept[where[key]]
        kept[where[key]] = replace(first, sources=first.sources + tuple(s for s in card.sources if s not in first.sources))
    return kept
