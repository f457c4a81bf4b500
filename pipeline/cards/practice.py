"""Multiple-choice questions shaped like the exam's, one per recognition card.

The stem is the recognition card's masked description; the options are the
right name and three wrong ones, taken from things of the same kind, nearest
first: the right one's siblings (plans with plans, classes with classes),
then things of the same kind in its section, then in its exam domain. A wrong
option is never a form of the right name, never named in the stem, and never
a thing whose own lines say what the stem says. The options are shuffled by
the card's id, so their order is the same on every build. The back gives the
right option with its definition and each wrong option's own definition.

This runs after tagging: a question's domain is its recognition card's
exam-domain tag, and the question carries the same tags.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.cards.recognition import SERVICE, SERVICE_WORDS, Asked, add_asked, ask_line, asked_cards, content_words, cues_html
from pipeline.cards.recognition import definition_text, on_front
from pipeline.cards.sink import CardSink
from pipeline.cards.things import Thing
from pipeline.model import Card, Document
from pipeline.model.inline import escape
from pipeline.model.naming import VENDORS, Names, acronym_of, name_key

OPTIONS = 4
LETTERS = "ABCDEFGH"
FITS = 0.6  # share of the stem's words a wrong option's own lines may hold
_CODED = re.compile(r"^[A-Z0-9]{2,}$|\d")
_CAMEL = re.compile(r"[a-z][A-Z]")


@dataclass(frozen=True)
class _Option:
    thing: Thing
    words: frozenset[str]  # everything its lines say
    domains: frozenset[str]
    kind: str


def practice_cards(cards: Sequence[Card], documents: Sequence[Document], pack_slug: str) -> list[Card]:
    """Practice questions for the recognition cards among `cards` (tagged)."""
    tags = {card.guid: card.tags for card in cards if card.kind == "recognition"}
    made: list[Card] = []
    for document in documents:
        asked = [(a, c) for a, c in asked_cards(document, pack_slug) if c.guid in tags]
        catalog = _catalog([(a, tags[c.guid]) for a, c in asked if a.index == 1])
        sink = CardSink(document.path, pack_slug, None)
        seen: set[tuple[str, ...]] = set()
        for question, card in asked:
            if len(question.cues) == 1:
                continue  # one clue with options added is its recognition card again
            options = _distractors(question, card.guid, catalog)
            # the same stem over the same options is one question, whichever card it came from
            same = (*question.cues, "\x1f", *sorted(name_key(o.thing.name) for o in options), name_key(question.thing.name))
            if len(options) == OPTIONS - 1 and same not in seen:
                seen.add(same)
                made.append(_card(sink, question, card, options, tags[card.guid]))
    return made


def _catalog(first_cards: list[tuple[Asked, tuple[str, ...]]]) -> list[_Option]:
    catalog = []
    for asked, tags in first_cards:
        thing = asked.thing
        words = frozenset(content_words(" ".join(line.text for line in thing.described.lines)))
        catalog.append(_Option(thing, words, _domains(tags), kind_of(thing)))
    return catalog


def kind_of(thing: Thing) -> str:
    """A product (`CloudFront`, `AWS WAF`, `SQS`, or described as a service) or
    an idea (`High availability`, `Pricing Models`): options are of one kind."""
    name = thing.described.names.full
    words = name.split()
    coined = bool(words) and (
        words[0].lower() in VENDORS or _CODED.search(words[0]) is not None or any(_CAMEL.search(w) for w in words)
    )
    # "a fully managed service to ...", not "recover from service disruptions"
    said = " ".join(thing.described.definition.split()[:SERVICE_WORDS])
    return "product" if coined or SERVICE.search(said) else "idea"


def _domains(tags: Sequence[str]) -> frozenset[str]:
    """The exam-domain tags (`CLF-C02::2-security-and-compliance`), not their task children."""
    return frozenset(t for t in tags if t.count("::") == 1 and not t.startswith(("section::", "kind::")))


def _distractors(asked: Asked, guid: str, catalog: list[_Option]) -> list[_Option]:
    thing = asked.thing
    answer = next((o for o in catalog if o.thing is thing), None)
    if answer is None:
        return []
    stem = " ".join(asked.cues)
    stem_words = set(content_words(stem))
    tiers: list[list[_Option]] = [[], [], []]
    for option in catalog:
        other = option.thing
        if other is thing or _alias(other.described.names, thing.described.names) or _part(other, thing):
            continue
        if _heading_word(other.name) and not _heading_word(thing.name):
            continue  # `Tagging`, `Credits`: a heading of the notes is no rival of a name
        if other.described.names.leaks(stem) or len(stem_words & option.words) >= FITS * max(len(stem_words), 1):
            continue
        if option.kind != answer.kind:
            continue  # services with services, ideas with ideas, even among siblings
        if other.group == thing.group:
            tiers[0].append(option)
        elif thing.item or other.item:
            continue  # a named line is asked among its siblings only
        elif other.section == thing.section:
            tiers[1].append(option)
        elif option.domains & answer.domains:
            tiers[2].append(option)
    chosen: list[_Option] = []
    names = {name_key(thing.name)}
    own = answer.words
    for tier in tiers:
        # the options nearest in what their notes say first: they are the ones a learner confuses
        for option in sorted(tier, key=lambda o: (-len(o.words & own), _shuffle(guid, o.thing.name))):
            if len(chosen) < OPTIONS - 1 and name_key(option.thing.name) not in names:
                names.add(name_key(option.thing.name))
                chosen.append(option)
    return chosen


def _alias(a: Names, b: Names) -> bool:
    """One name a form of the other, or one inside the other (`Well Architected`
    and `AWS Well-Architected Tool`, `ELB` and `Load Balancer`): both would be right."""
    if a.same_thing(b):
        return True
    keys = [(name_key(x), name_key(acronym_of(x))) for x in (a.full, b.full)]
    (ka, aa), (kb, ab) = keys
    return ka in kb or kb in ka or (len(aa) > 1 and aa in kb) or (len(ab) > 1 and ab in ka)


def _part(a: Thing, b: Thing) -> bool:
    """One named in the other's name (`CW Alarms` and `CloudWatch`, `VPC Endpoints` and `VPC
    Interface Endpoint`) or defined by it: a part, a kind or a companion is never a wrong answer."""
    if a.described.names.shows(b.name) or b.described.names.shows(a.name):
        return True
    words = [{name_key(w) for w in t.described.names.full.split() if w.lower() not in VENDORS} for t in (a, b)]
    if len(words[0]) > 1 and len(words[1]) > 1 and (words[0] <= words[1] or words[1] <= words[0]):
        return True
    return b.described.names.shows(a.described.definition) or a.described.names.shows(b.described.definition)


def _heading_word(name: str) -> bool:
    """A single common noun or gerund (`Buckets`, `Tagging`), not a coined name."""
    words = name.split()
    if len(words) != 1 or not name[1:].islower():
        return False
    return name.endswith("ing") or (name.endswith("s") and not name.endswith(("ss", "is", "us")))


def _shuffle(guid: str, name: str) -> str:
    """A stable order that depends on the card, not on the build or the hash seed."""
    return hashlib.sha256(f"{guid}\x1f{name}".encode()).hexdigest()


def _card(sink: CardSink, asked: Asked, recognition: Card, wrong: list[_Option], tags: tuple[str, ...]) -> Card:
    things = sorted([asked.thing, *(o.thing for o in wrong)], key=lambda t: _shuffle(recognition.guid, t.name))
    letters = dict(zip((id(t) for t in things), LETTERS))
    options = "".join(f"<li><b>{letters[id(t)]}.</b> {escape(t.name)}</li>" for t in things)
    prompt = (
        f'<div class="sp-label">{escape(ask_line(asked))}</div>{cues_html(asked.cues)}'
        f'<ul class="sp-options">{options}</ul>'
    )
    definition = definition_text(asked.thing)
    right = f"<div><b>{letters[id(asked.thing)]}. {escape(asked.thing.name)}</b></div>"
    right += f"<div>{escape(definition)}</div>" if definition and not on_front(asked.thing.described.names.mask(definition), asked.cues) else ""
    others = "".join(
        f"<li><b>{letters[id(t)]}. {escape(t.name)}</b>: {escape(definition_text(t))}</li>"
        for t in things
        if t is not asked.thing
    )
    add_asked(sink, asked, "practice", prompt, right + f'<ul class="sp-explanation">{others}</ul>')
    card = sink.cards.pop()
    kept = tuple(t for t in tags if not t.startswith("kind::")) + ("kind::practice",)
    return replace(card, tags=kept)
