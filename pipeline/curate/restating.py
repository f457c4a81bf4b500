"""A definition card whose back only says its name again: "Password Policy" ->
"strong passwords", "HPC Optimized" -> "high performance computing at scale,
for ex large complex simulations". The learner reads the answer off the
front; the fact is asked the exam's way, from the need to the name, by the
recognition or comparison card that shows its words. Where such a card says
all its back says, the definition card is left out, and that card says its
lines. A name that is only an
acronym ("SNS" -> "simple notification service") is asked what it stands
for: its expansion is the answer, not a restating."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.curate.twins import card_words
from pipeline.model.inflection import stem
from pipeline.model import Card
from pipeline.model.cardtext import ANSWERED_NAME, card_text
from pipeline.model.label_remarks import without_heading_remark
from pipeline.model.inline import plain_key
from pipeline.model.naming import name_key

OWN_WORDS = 1  # content words a back may say besides the name's own and its examples, and still restate it
NAME_WORDS = 4  # a longer front is a question or a phrase, not a name
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_EXAMPLES = re.compile(r"\b(?:for ex(?:ample)?|e\.g\.|such as)\b.*$", re.IGNORECASE)
# words that say nothing of a thing: articles, links, and words in many names
_PLAIN = frozenset(
    "a an the of to and or for with by in on at is are be as it its our we from that this which can "
    "aws amazon azure google microsoft".split()
)


def restates_its_name(card: Card) -> bool:
    """Whether a basic card asking a bare name is answered by the name's own words,
    or the words its acronym stands for, and at most `OWN_WORDS` more."""
    found = _restating(card)
    return found is not None and len(found[1]) <= OWN_WORDS


def _restating(card: Card) -> tuple[list[str], list[str], list[str]] | None:
    """A bare name's card: the back's words, those besides the name's own, and the run its
    acronym's letters spell; None for another card."""
    if card.note_type != "basic" or card.kind not in ("term", "overview"):
        return None
    name = card_text(card.prompt).strip()
    words = _WORD.findall(name)
    if not words or len(words) > NAME_WORDS or "?" in name or "—" in name:
        return None
    if all(_ACRONYM.fullmatch(w) or w.lower() in _PLAIN for w in words):
        return None  # "SNS": what it stands for is the answer
    back = [w.lower() for w in _WORD.findall(_EXAMPLES.sub("", card_text(card.answer)))]
    back = [w for w in back if w not in _PLAIN]
    # the words that tell the name apart: its last word is the kind ("General [management]",
    # "Password [Policy]"), which siblings share
    telling = words[:-1] if len(words) > 1 else words
    said = {stem(w) for w in telling if not _ACRONYM.fullmatch(w)}
    rest = [w for w in back if stem(w) not in said]
    spelled: list[str] = []
    for acronym in (w for w in telling if _ACRONYM.fullmatch(w)):
        rest, run = _without_spelling(rest, acronym.lower())
        spelled += run
    return (back, rest, spelled) if back and len(rest) < len(back) else None


def _without_spelling(words: list[str], acronym: str) -> tuple[list[str], list[str]]:
    """The words less a run whose initials spell the acronym ("high performance computing"
    of HPC), and that run."""
    for start in range(len(words) - len(acronym) + 1):
        if "".join(w[0] for w in words[start : start + len(acronym)]) == acronym:
            return words[:start] + words[start + len(acronym) :], words[start : start + len(acronym)]
    return words, []




def without_restating(cards: list[Card], asked: list[Card], off: frozenset[str] = frozenset()) -> tuple[list[Card], list[Card]]:
    """The cards less those that restate their name where a card of `asked` (the exam's
    direction; a kind `off` is made for practice questions only, no stand-in) answers that
    name and says every word of the back; and `asked`, each such card now sourced at the
    lines of the cards it stands for."""
    by_name: dict[str, list[int]] = {}
    for index, card in enumerate(asked):
        if card.kind not in off and (found := ANSWERED_NAME.match(card.answer)) is not None:
            by_name.setdefault(name_key(without_heading_remark(card_text(found.group(1)))), []).append(index)
    asked = list(asked)
    kept = []
    for card in cards:
        found = _restating(card)
        standing = _standing_for(card, found[2], asked, by_name) if found is not None and len(found[1]) <= OWN_WORDS else None
        if standing is None:
            kept.append(card)
            continue
        other = asked[standing]
        asked[standing] = replace(other, sources=other.sources + tuple(s for s in card.sources if s not in other.sources))
    return kept, asked


def _standing_for(card: Card, spelled: list[str], asked: list[Card], by_name: dict[str, list[int]]) -> int | None:
    """The index of the first card of `asked` that answers the card's name and says its back
    but the run that `spelled` the name (hidden on a card that asks it)."""
    back = set(plain_key(card_text(card.answer)).split()) - set(spelled)
    for index in by_name.get(name_key(without_heading_remark(card_text(card.prompt))), []):
        if back <= card_words(asked[index].prompt, asked[index].answer):
            return index
    return None
