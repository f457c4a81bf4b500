"""A detail cloze on a thing's name whose line says a word of that name again
("[Storage Optimized]: storage-intensive tasks ...", "[Edge Computing]: ...
machine learning at the edge") is answered off its own front. Where the
thing's recognition or comparison card already says all the line's words
(with the name's words blanked on its front), the line is asked by that card:
it leaves the cloze, and a cloze left with no line is left out."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.curate.twins import Shown
from pipeline.model import Card
from pipeline.model.cardtext import card_text, deletions
from pipeline.model.inflection import stem
from pipeline.model.inline import plain_key
from pipeline.model.lead_words import LEAD_WORDS
from pipeline.model.naming import name_key

_NAME_FIRST = re.compile(r"^(\{\{c1::(?:(?!\}\}).)*\}\}:\s*)(.*)$", re.DOTALL)
_ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_EXAMPLE = re.compile(r"^(?:for ex(?:ample)?|e\.g\.|such as|like)\b", re.IGNORECASE)
TELLING_LETTERS = 4  # a shorter word of a name ("Run", "Hub") is no word the line would echo by chance
_BRACKET = re.compile(r"\([^)]*\)")  # "(SSM)": an aside, no telling word
_BLANK = re.compile(r"\{\{c\d+::.*?\}\}")
_PLAIN = frozenset("aws amazon azure google microsoft".split())


def without_echoes(cards: list[Card], asked: dict[str, list[Shown]]) -> list[Card]:
    """The cards, each name cloze less the lines that say its name again and that a
    card of that name asks the exam's way (`asked`: `twins.asked_lines`)."""
    if not asked:
        return cards
    return [found for card in cards if (found := _trimmed(card, asked)) is not None]


def _trimmed(card: Card, asked: dict[str, list[Shown]]) -> Card | None:
    if card.kind != "detail" or card.note_type != "cloze" or not card.sources:
        return card
    found = _NAME_FIRST.match(card.prompt)
    hidden = deletions(card.prompt)
    if found is None or len(set(hidden)) != 1:
        return card
    name, lead, body = hidden[0], found.group(1), found.group(2)
    shown = asked.get(name_key(name), [])
    listed = body.startswith("<ul>") and body.endswith("</ul>")
    items = _ITEM.findall(body) if listed else [body]
    if not shown or (listed and "".join(f"<li>{i}</li>" for i in items) != body[4:-5]):
        return card  # items nested deeper: left whole
    telling = _telling(name)
    # the card keeps its sources: the lines it said are still said, by it or the card that asks them
    trimmed = [_echoes(telling, item) and _asked_there(item, shown) for item in items]
    if trimmed[0] and not all(trimmed[1:]) and not all(_EXAMPLE.match(card_text(item)) for item, cut in zip(items, trimmed) if not cut):
        # "[Read Replicas]: scale the read workload; writing is only done to the main db": the defining
        # line singles the name out for a side fact, which an example list does by itself
        trimmed[0] = False
    kept = [item for item, cut in zip(items, trimmed) if not cut]
    if len(kept) == len(items):
        return card
    if not kept:
        return None
    return replace(card, prompt=lead + (kept[0] if len(kept) == 1 else "<ul>" + "".join(f"<li>{item}</li>" for item in kept) + "</ul>"))


def _telling(name: str) -> set[str]:
    """The stems of the words that tell a name apart: all but its last, the kind siblings share."""
    words = [w for w in _WORD.findall(_BRACKET.sub(" ", name)) if w.lower() not in _PLAIN]
    words = words[:-1] if len(words) > 1 else words
    return {stem(w) for w in words if len(w) >= TELLING_LETTERS}


def _echoes(telling: set[str], item: str) -> bool:
    """Whether the item's shown words (not its blanks) say a telling word of the name."""
    shown = _BLANK.sub(" ", item)
    return bool(telling & {stem(w) for w in _WORD.findall(card_text(shown))})


def _asked_there(item: str, shown: list[Shown]) -> bool:
    """Whether a card of the name says every word of the item (a comparison card may leave a few out)."""
    words = frozenset(plain_key(card_text(item)).split()) - LEAD_WORDS
    return any(len(words - said) <= dropped for _, said, dropped in shown)
