"""A bare label answered by a line that opens with a label of its own.

`**SAM**: Transform: AWS::Serverless-2016-10-31` gives "SAM" => "Transform:
AWS::Serverless-2016-10-31", and `**Storage accounts** / - Name: 3-24 chars`
gives "Storage accounts" => "Name: 3-24 chars, ...". The bare label reads as
"what is it?", which the back does not answer: the line's own label says
which aspect it tells, so the front asks that ("SAM — Transform"). The back
stays the line as written."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from pipeline.cards.prompts import is_remark_flag
from pipeline.model import Card

ASKED_KINDS = frozenset({"term", "overview", "detail"})
MAX_FRONT_WORDS = 3  # a longer front says more than a bare label
STEM = 5  # letters that make two words one ("encryption", "encrypted")
_TAG = re.compile(r"<[^>]+>")
# "Transform:", "HTTP:", "Consumption pricing:" (a capitalised label of one or two words),
# or a lowercase plural over values ("records: A, AAAA, CNAME")
_LABELLED = re.compile(r"^([A-Z][\w./+-]*(?: [a-z][\w-]*)?|[a-z][a-z-]{2,}s)\s*:\s+(\S.*)$", re.DOTALL)
_ONE_FACT = re.compile(r"^\s*(?:<div>)?(?!.*<(?:li|div)\b).*?(?:</div>)?\s*$", re.DOTALL)
_ASKS = re.compile(r"\?|—|\{\{c\d|sp-column|sp-label")
# "e.g.: ...", "Example: ...": a flag over the line, no aspect of the label
_FLAGS = frozenset("e.g eg ex example examples why how also so then i.e ie".split())
_WORD = re.compile(r"[A-Za-z0-9]+")
_NOT_LETTER = re.compile(r"[^a-z0-9]")
_LOWER = re.compile(r"[a-z]")
_LONG_WORD = re.compile(r"[a-z]{4,}")
_FRONT_WORD = re.compile(r"[\w-]+")


def _plain(text: str) -> str:
    """A field's text as written, its spaces kept (`_LABELLED` reads a label's one space)."""
    return html.unescape(_TAG.sub(" ", text)).strip()


def _expands(label: str, value: str) -> bool:
    """"TTS: Text-To-Speech", "FaaS: Function as a Service": the value spells the label out."""
    initials = "".join(w[0] for w in _WORD.findall(value)).lower()
    letters = _NOT_LETTER.sub("", label.lower())
    return len(letters) >= 2 and (initials.startswith(letters) or initials.startswith(_LOWER.sub("", label).lower() or "#"))


def _restates(label: str, value: str) -> bool:
    """"Encryption: use encryption keys": the value says the label again, no aspect to ask."""
    stems = {w[:STEM] for w in _LONG_WORD.findall(label.lower())}
    return any(w[:STEM] in stems for w in _LONG_WORD.findall(value.lower()))


def aspect_label(card: Card) -> str | None:
    """The label the back's one line opens with, when the front is only a bare label."""
    if card.note_type != "basic" or card.kind not in ASKED_KINDS or _ASKS.search(card.prompt):
        return None
    front = _plain(card.prompt)
    if not front or len(front.split()) > MAX_FRONT_WORDS or not _ONE_FACT.match(card.answer):
        return None
    found = _LABELLED.match(_plain(card.answer))
    if found is None:
        return None
    label, value = found.group(1), found.group(2)
    said = {w.lower() for w in _FRONT_WORD.findall(front)}
    if label.lower().rstrip(".") in _FLAGS or is_remark_flag(label) or label.lower() in said or _expands(label, value) or _restates(label, value):
        return None
    return label


def inner_label_fronts(cards: list[Card]) -> list[Card]:
    """Each bare-label card whose one line names its aspect asks that aspect."""
    out = []
    for card in cards:
        label = aspect_label(card)
        if label is not None:
            card = replace(card, prompt=f'{card.prompt} <span class="sp-column">— {html.escape(label)}</span>')
        out.append(card)
    return out
