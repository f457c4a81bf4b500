"""The flaws a script can find in a deck, as a learner would name them.

- `split`: a prompt numbered by parts ("Redshift (1/2)"), which asks nothing
  a learner can anticipate;
- `generic`: a prompt that is a bare generic label ("features", "for ex");
- `dump`: a basic card whose answer lists five or more bullets;
- `deletions`: a cloze note with more than five deletions, unless its label
  announces the list with a count ("Six advantages");
- `twin`: a card at least 95% alike another one (prompt and answer), and
  for cloze notes hiding some of the same text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from pipeline.model import Card
from pipeline.model.cardtext import card_text

GENERIC = {
    "advantages", "benefits", "characteristics", "components", "concepts", "considerations",
    "design principles", "details", "disadvantages", "e g", "eg", "example", "examples",
    "features", "for ex", "for example", "how it works", "important", "info", "key concepts",
    "key features", "key points", "limitations", "misc", "note", "notes", "options", "other",
    "overview", "properties", "pros", "cons", "remember", "services", "steps", "summary",
    "supports", "types", "usage", "use", "use case", "use cases", "uses",
}
_COUNT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE
)
_LABEL = re.compile(r'<div class="sp-label">(.*?)</div>', re.S)
_DELETION = re.compile(r"\{\{c(\d+)::")
_HIDDEN = re.compile(r"\{\{c\d+::(.*?)\}\}")
TWIN_SCORE = 95


def question(card: Card) -> str:
    """What the card's front asks: a basic card's prompt, a cloze list's label."""
    if card.note_type == "cloze":
        label = _LABEL.search(card.prompt)
        return card_text(label.group(1)) if label else ""
    return card_text(card.prompt)


def _bare(text: str) -> str:
    return " ".join(re.sub(r"\buses\b", "use", re.sub(r"[^\w\s]", " ", text.lower())).split())


def flaws_of(card: Card) -> list[str]:
    found = []
    asked = question(card)
    part = re.search(r"\((\d+)/(\d+)\)\s*$", asked)
    if part and int(part.group(1)) <= int(part.group(2)):
        found.append("split")
    if _bare(asked) in GENERIC or _bare(asked).startswith(("for ex ", "e g ")):
        found.append("generic")
    if card.note_type == "basic" and card.answer.count("<li") >= 5:
        found.append("dump")
    if card.note_type == "cloze" and len(set(_DELETION.findall(card.prompt))) > 5 and not _COUNT.search(asked):
        found.append("deletions")
    return found


def flaws(cards: Sequence[Card]) -> dict[str, list[Card]]:
    """Each flaw with the cards that have it; `twin` names the later card of each pair."""
    found: dict[str, list[Card]] = {}
    for card in cards:
        for flaw in flaws_of(card):
            found.setdefault(flaw, []).append(card)
    texts = [" ".join((card_text(c.prompt), card_text(c.answer))).lower() for c in cards]
    hidden = [set(_HIDDEN.findall(c.prompt)) for c in cards]
    for i in range(1, len(cards)):
        alike = process.extract(texts[i], texts[:i], scorer=fuzz.ratio, score_cutoff=TWIN_SCORE, limit=None)
        # Notes of one long list show the same text but ask different items: not twins.
        if any(not hidden[i] or hidden[i] & hidden[j] for _, _, j in alike):
            found.setdefault("twin", []).append(cards[i])
    return found


def flawed_share(cards: Sequence[Card]) -> tuple[float, Counter[str]]:
    """The share of cards with at least one flaw, and the count of each flaw."""
    found = flaws(cards)
    flawed = {c.guid for group in found.values() for c in group}
    return len(flawed) / max(len(cards), 1), Counter({k: len(v) for k, v in found.items()})
