"""A topic whose one line is a list of short items (`account lockout,
concurrent session usage, blocked content, impossible travel, ...` under
*Indicators*): recited from one basic back, five items or more are a dump; each
is a blank of the whole list shown, as a label's list on its own line is."""

from __future__ import annotations

import re

from pipeline.cards.item_clozes import item_clozes
from pipeline.cards.entries import Fact, Group
from pipeline.cards.prompts import asked, is_open_list
from pipeline.cards.sink import CardSink
from pipeline.cards.sub_lists import comma_items
from pipeline.cards.term_shapes import CATEGORY_ITEMS, OPEN, RECITED_ITEMS, SHORT_ITEM_WORDS
from pipeline.model import inline as inl

# a second list or a sentence on the line ("... record. Also transport", "Sensors: infrared, ...")
_NOT_ONE_LIST = re.compile(r"[.!?]\s|[:;=]|→|->")


def listed_items(group: Group, facts: list[Fact]) -> list[str] | None:
    """The items of a topic's one line when it is a closed list of five or more short items."""
    if not group.is_topic or len(facts) != 1 or is_open_list(inl.to_plain(group.label)):
        return None
    text = inl.to_plain(facts[0].inline).strip().rstrip(".")
    if _NOT_ONE_LIST.search(text) or OPEN.search(text):
        return None
    items = [re.sub(r"^(?:and|or)\s+", "", item) for item in comma_items(text)]
    if not CATEGORY_ITEMS <= len(items) <= RECITED_ITEMS or any(len(inl.ASIDE.sub(" ", item).split()) > SHORT_ITEM_WORDS for item in items):
        return None
    return items


def paragraph_list_cards(sink: CardSink, group: Group, fact: Fact, items: list[str]) -> None:
    """Each item a blank, the whole list shown, at most five blanks a note."""
    label = f'<div class="sp-label">{sink.html(asked(group.label, group.context))}</div>'
    for index, shown in enumerate(item_clozes(items, label=group.label)):
        sink.add(
            "overview" if index == 0 else "enumeration",
            "cloze",
            prompt=label + shown,
            answer="",
            context=group.context,
            lines=(group.line, fact.line),
            key=("paragraph list", group.key, str(index + 1)),
        )
