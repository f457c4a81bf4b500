"""A blank over a thing's name offers the names its recognition card offers.

"[...]: NoSQL serverless database" fits any database the learner knows; the exam
asks "Which service ...?" among four. A detail card that asks a thing's name
(`single_facts.name_cloze`) shows, in its blank, the options the thing's
recognition card offers (`recognition.name_choices`): "[RDS, Aurora, DynamoDB or
Redshift?]: NoSQL serverless database". A name no recognition card offers
among others keeps its bare blank."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.cards.asking import neighbours
from pipeline.model import Card
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe
from pipeline.model.naming import name_key

# the line opens on its one blank, over a name: "{{c1::DynamoDB}}: ...", "<b>{{c1::S3}}</b> — ..."
_NAME_BLANK = re.compile(r"^((?:<b>)?\{\{c1::)([^{}:<>]+)(\}\})")
_DELETION = re.compile(r"\{\{c\d+::")


def offered_in_blanks(cards: Sequence[Card], choices: Callable[[str], list[str]]) -> list[Card]:
    return [_offered(card, choices) for card in cards]


def _offered(card: Card, choices: Callable[[str], list[str]]) -> Card:
    if card.note_type != "cloze" or card.kind != "detail" or len(_DELETION.findall(card.prompt)) != 1:
        return card
    blank = _NAME_BLANK.match(card.prompt)
    key = name_key(html.unescape(blank.group(2))) if blank else ""
    offered = choices(key) if blank else []
    if not blank or not offered:
        return card
    # a blank holds as many as an exam offers: the name and its neighbours among the options
    offered = neighbours(offered, next((i for i, name in enumerate(offered) if name_key(name) == key), 0))
    hint = cloze_safe(inl.escape(f"{', '.join(offered[:-1])} or {offered[-1]}?"))
    return replace(card, prompt=f"{blank.group(1)}{blank.group(2)}::{hint}{blank.group(3)}{card.prompt[blank.end():]}")
