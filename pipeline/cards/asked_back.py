"""A name's card whose back packs several facts is asked from the facts to the name.

"Dynamic Routing Gateway (DRG)" -> "virtual router for private traffic between
VCN and outside: on-prem (via IPSec VPN or FastConnect), other VCNs ..." asks
the learner to recite a line of facts and grade it as one answer; the exam
gives such facts and asks which service they describe. Where no card of the
exam's direction asks that name already, the card turns round: its front
shows the facts with the name's words hidden (`___`), its back the name. A
label that names no thing ("Setup", "Access levels", "ETL vs ELT") stays
as it is: asked back, it would have the learner guess the author's heading."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from pipeline.cards.contrast import spelled_acronyms
from pipeline.cards.prompts import is_generic
from pipeline.model import Card
from pipeline.model.cardtext import ANSWERED_NAME, card_text
from pipeline.model.ids import anki_guid
from pipeline.model.inline import plain_key
from pipeline.model.label_remarks import without_heading_remark
from pipeline.model.naming import MASK, acronym_of, name_key
from pipeline.model.remark_flags import is_remark_flag

DUMP_WORDS = 12  # a longer back says more than one fact
NAME_WORDS = 5  # a longer front is a phrase, no name
CLUE_WORDS = 8  # words the front must still show once the name's words are hidden
MASKED = 3  # more hidden words than this leave a front of blanks
MOST_WORDS = 40  # a longer clue is a paragraph to read, no question
STEM = 5  # letters of a name's word that say it in any form
_PARENT = " — "
_NOT_A_NAME = re.compile(r"[/&,:?\"“”<>]|\bvs\.?\b|\bwhich\b", re.IGNORECASE)
# "MQ", "S3", "EventBridge", "C5": a word only a name is written as
_NAME_WORD = re.compile(r"^(?:[A-Z0-9]{2,}s?|\w*\d\w*|[A-Za-z]+[a-z][A-Z]\w*)$")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_SMALL = frozenset("a an the of for and or to in on at by with".split())
# words notes shout that name nothing ("NOT for", "MYTH")
_SHOUTED = frozenset("not no yes myth fact true false never always only must tip note".split())
_TAG = re.compile(r"(<[^>]+>)")


def asked_back(cards: list[Card], asked: list[Card]) -> list[Card]:
    """The cards, each name's dump turned round where no card of `asked` answers that name."""
    answered = {name_key(without_heading_remark(card_text(found.group(1)))) for card in asked if (found := ANSWERED_NAME.match(card.answer))}
    return [_turned(card, answered) or card for card in cards]


def _turned(card: Card, answered: set[str]) -> Card | None:
    if card.kind != "term" or card.note_type != "basic" or "<li>" in card.answer or "<span" in card.prompt:
        return None  # (a list on the back, or a front that asks a question of its own: "— which tool?")
    front = card_text(card.prompt).strip()
    parent, _, name = front.rpartition(_PARENT)
    if not _names_a_thing(name) or name_key(name) in answered:
        return None
    back = card_text(card.answer)
    if len(back.split()) <= DUMP_WORDS:
        return None
    hiding = _hiding(name)
    if hiding.search(parent) or "?" in parent:
        return None  # the label over it says the name, or asks a question of its own
    if spelled_acronyms(name, back) or _spelled(name, back) or any(spelled_acronyms(name, c) for c in card.context) or _initials_shown(name, back):
        return None  # "business impact analysis" of *BIA*, a heading "Disaster recovery" of *DRP*, "VPC" of *A Virtual Private Cloud*: the clue says it
    hidden = len(hiding.findall(back))
    if hidden > MASKED or not CLUE_WORDS <= len(back.split()) - hidden <= MOST_WORDS:
        return None
    shown = "".join(part if part.startswith("<") else hiding.sub(MASK, part) for part in _TAG.split(card.answer))
    asks = f"{html.escape(parent)} — which one is this?" if parent else "What is this?"
    # the back fills in what the front hid and the name does not say ("___ = region")
    named = set(plain_key(name).split())
    filled = list(dict.fromkeys(w for w in hiding.findall(back) if not set(plain_key(w).split()) <= named))
    filling = f'<div class="sp-filled">{MASK} = {html.escape(", ".join(filled))}</div>' if filled else ""
    return replace(
        card,
        guid=anki_guid("asked back", card.guid),
        prompt=f'<div class="sp-label">{asks}</div><div>{shown}</div>',
        answer=f"<div><b>{html.escape(name)}</b></div>{filling}",
        context=tuple(c for c in card.context if not hiding.search(c)),  # a heading that says the name is left off
        key=(*card.key, "asked back"),
    )


def _spelled(name: str, text: str) -> bool:
    """Whether a run of the text's words spells one of the name's acronyms by their first
    letters ("Hash-based Message Authentication Code" of *HMAC*)."""
    initials = "".join(w[0].lower() for w in re.findall(r"[A-Za-z][\w'-]*", text))
    return any(len(a) > 1 and a.lower() in initials for a in re.findall(r"\b[A-Z]{2,6}\b", name))


def _initials_shown(name: str, text: str) -> bool:
    """Whether the text writes the name's initials as a word ("a VPC's IP address space" of *A Virtual Private Cloud*)."""
    initials = acronym_of(_ASIDE.sub(" ", name))
    return len(initials) > 1 and re.search(rf"(?<![\w-]){re.escape(initials)}(?!\w)", text) is not None


def _hiding(name: str) -> re.Pattern[str]:
    """The name's words in any of their forms ("region" of *AWS Regions*, "encrypt" of
    *Encryption*), run together ("secretmanager" of *Secret Manager*), and the initials of
    a word written in parts ("SA" of *ServiceAccount*)."""
    words = [w for w in re.findall(r"[A-Za-z0-9][\w-]*", _ASIDE.sub(" ", name)) if w.lower() not in _SMALL]
    words += re.findall(r"\(([A-Za-z0-9][\w-]*)\)", name)  # the aside's acronym, "(DRG)"
    forms = {re.escape(w[: max(STEM, len(w) - 4)]) + r"\w*" if len(w) > STEM else re.escape(w) + "(?:e?s)?" for w in words}
    forms |= {re.escape("".join(words))} if len(words) > 1 else set()
    forms |= {"".join(parts) for w in words if len(parts := re.findall(r"([A-Z])[a-z]", w)) > 1 and re.fullmatch(r"(?:[A-Z][a-z0-9]+)+", w)}
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


def _names_a_thing(name: str) -> bool:
    """`Amazon MQ`, `Dynamic Routing Gateway (DRG)`, `EventBridge`: capitalised words, or one
    written as only a name is; not `Setup`, `Access levels`, `Filter traffic`, a label of the author's."""
    bare = _ASIDE.sub("", name).strip()
    words = bare.split()
    if not words or len(words) > NAME_WORDS or _NOT_A_NAME.search(name) or is_generic(bare) or is_remark_flag(bare):
        return False
    if any(w.lower() in _SHOUTED for w in words):
        return False
    titled = [w for w in words if w.lower() not in _SMALL]
    if not titled or not all(w[:1].isupper() for w in titled):
        return False  # "S3 storage classes", "NOT captured", "3 workflows": a phrase about names
    return len(titled) >= 2 or _NAME_WORD.match(titled[0]) is not None
