"""Siblings asked alike.

`Shared Responsibility:` over `- Customer: security in the cloud` and `- AWS:
security of the cloud`: the common word "Customer" is asked with its parent
("Shared Responsibility — Customer"), its short sibling "AWS" was asked bare,
which says nothing of what its line answers. A short head (a code, an acronym,
a word or two in lower case: "P1", "AWS", "inspect") whose sibling is asked
with the parent is asked with it too."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from pipeline.model import Card
from pipeline.model.cardtext import markup_text

SHORT_LETTERS = 4  # "AWS", "P1", "F1", "on": a head this short says nothing alone
LOWER_WORDS = 2  # "inspect", "host route": a word or two in lower case
NEAR_LINES = 8  # siblings of one list sit this close
_JOINED = re.compile(r"^<b>(.*?)</b> — (?!.*\?)")
_PARENT_WORD = re.compile(r"[\w&.-]+")


def _short(head: str) -> bool:
    return len(head) <= SHORT_LETTERS or (head.islower() and len(head.split()) <= LOWER_WORDS)


def siblings_alike(cards: list[Card]) -> list[Card]:
    """Each short bare term whose sibling is asked with their parent is asked with it too."""
    joined: dict[str, list[int]] = {}  # a parent's plain name: the lines of siblings asked with it
    for card in cards:
        found = _JOINED.match(card.prompt) if card.kind == "term" and card.note_type == "basic" else None
        if found is not None:
            joined.setdefault(markup_text(found.group(1)), []).append(card.source.line)
    out = []
    for card in cards:
        head = markup_text(card.prompt)
        parent = card.context[-1] if card.context else ""
        if (
            card.kind == "term" and card.note_type == "basic" and parent in joined and _short(head)
            and "—" not in head and "?" not in head and "<" not in card.prompt.replace("<b>", "").replace("</b>", "")
            and any(abs(line - card.source.line) <= NEAR_LINES for line in joined[parent])
            and head.lower() not in _PARENT_WORD.findall(parent.lower())  # "CloudFormation / SAM / CDK" names "CDK"
        ):
            prompt = f"<b>{html.escape(parent)}</b> — {card.prompt}"
            card = replace(card, prompt=prompt)  # the breadcrumb stops short of the parent it opens with
        out.append(card)
    return out
