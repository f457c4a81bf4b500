"""A list whose every member the comparison cards ask by its meaning
("Rehost, Replatform, ... or Relocate? lift and shift" → Rehost) is asked
whole there: each of those fronts shows the whole set, and asks a member
from what it does, the way the exam asks. The list's own cloze would ask
each member again from its place in the list alone ("[...]" between
Replatform and Refactor), which no exam question gives: it is left out, and
the first of those cards says its lines."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import Card
from pipeline.model.cardtext import ANSWERED_NAME, CLOZE, card_text
from pipeline.model.inline import plain_key
from pipeline.model.naming import name_key

_OPTIONS = re.compile(r'^<div class="sp-label">([^<]*)\?</div>')
_BETWEEN = re.compile(r",\s+|\s+or\s+")
_LISTED = re.compile(r'<(?:ul|ol) class="sp-enum">(.*?)</(?:ul|ol)>', re.DOTALL)
_ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)
MIN_MEMBERS = 3
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def without_recited_sets(cards: list[Card], asked: list[Card], off: frozenset[str] = frozenset()) -> tuple[list[Card], list[Card]]:
    """The cards less the lists whose every member a comparison card of `asked` answers
    among the same set; and `asked`, the first such card of each set now sourced at the
    list's lines as well."""
    answered: dict[frozenset[str], set[str]] = {}
    first: dict[frozenset[str], int] = {}
    said: dict[frozenset[str], set[str]] = {}  # the words the set's cards show: names and cues
    for index, card in enumerate(asked):
        if card.kind != "compare" or "compare" in off:
            continue
        options = _OPTIONS.match(card.prompt)
        name = ANSWERED_NAME.match(card.answer)
        if options is None or name is None:
            continue
        members = frozenset(name_key(card_text(o)) for o in _BETWEEN.split(card_text(options.group(1))) if o.strip())
        answered.setdefault(members, set()).add(name_key(card_text(name.group(1))))
        first.setdefault(members, index)
        said.setdefault(members, set()).update(plain_key(card_text(card.prompt + " " + card.answer)).split())
    asked = list(asked)
    kept = []
    for card in cards:
        members = _members(card) or _recited_back(card, answered, said)
        if members is None or len(members) < MIN_MEMBERS or not _asked_whole(members, answered.get(members, set())):
            kept.append(card)
            continue
        other = asked[first[members]]
        asked[first[members]] = replace(other, sources=other.sources + tuple(s for s in card.sources if s not in other.sources))
    return kept, asked


RECITED_SHARE = 0.8  # of a back's words the set's cards say, for the back to be that set recited


def _recited_back(card: Card, answered: dict[frozenset[str], set[str]], said: dict[frozenset[str], set[str]]) -> frozenset[str] | None:
    """`EC2 bootstrapping` → "cfn-init (reads ... metadata), cfn-signal + CreationPolicy (wait for
    signal), cfn-hup (detect metadata changes)": a bare label's back that names every member of a
    set the comparisons ask, and says little besides what their cards say."""
    if card.note_type != "basic" or card.kind not in ("term", "overview", "detail"):
        return None
    if _ACRONYM.fullmatch(card_text(card.prompt).strip()):
        return None  # "ACID" → "Atomicity (...), Consistency (...), ...": what it stands for is its answer
    text = card_text(card.answer)
    words, joined = plain_key(text).split(), name_key(text)
    items = len(_ITEM.findall(card.answer))
    for members, names in answered.items():
        if len(members) < MIN_MEMBERS or not _asked_whole(members, names) or items > len(members):
            continue  # ("Pricing Models — which 4?" over three asked and "Pay less as AWS grows": a set of its own)
        if all(m in joined for m in members) and sum(w in said[members] for w in words) >= RECITED_SHARE * len(words):
            return members
    return None


def _asked_whole(members: frozenset[str], answered: set[str]) -> bool:
    """Every member asked by its meaning; in a set of four or more, all but one ("Retire — turn
    it off" says too little to ask by): that one is still on every front among the options."""
    missing = len(members - answered)
    return answered <= members and (missing == 0 or (missing == 1 and len(members) >= ALL_BUT_ONE))


ALL_BUT_ONE = 4


def _members(card: Card) -> frozenset[str] | None:
    """The members a list's cloze shows, each hidden in turn: None for another card, or for a
    list with a member it never hides."""
    if card.note_type != "cloze" or card.kind not in ("enumeration", "overview"):
        return None
    listed = _LISTED.search(card.prompt)
    if listed is None:
        return None
    items = _ITEM.findall(listed.group(1))
    hidden = [CLOZE.search(item) for item in items]
    if not items or any(h is None for h in hidden):
        return None
    return frozenset(name_key(card_text(h.group(1))) for h in hidden if h is not None)
