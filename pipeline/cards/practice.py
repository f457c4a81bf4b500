"""Multiple-choice questions shaped like the exam's, one per recognition card.

The stem is the recognition card's masked description; the options are the
right name and three wrong ones, taken from things of the same kind and the
same exam task (storage with storage: what the exam guide groups together),
nearest first: the right one's siblings (plans with plans, classes with
classes), then things of its section, then of its exam task elsewhere whose
lines share rare words with its own. A wrong
option is never a form of the right name, never named in the stem, and never
a thing whose own lines say what the stem says. The options are shuffled by
the card's id, so their order is the same on every build. The back gives the
right option with its definition and each wrong option's own definition.

This runs after tagging: a question's domain is its recognition card's
exam-domain tag, and the question carries the same tags.
"""

from __future__ import annotations

import hashlib
import math
import heapq
from collections.abc import Iterator, Sequence
from collections import Counter
from dataclasses import dataclass, replace
from itertools import chain

from pipeline.cards.answer_keys import as_asked
from pipeline.cards.kinds import heading_word, notes_text, option_kind
from pipeline.cards.asking import Asked, ask_line, cues_html, definition_text, on_front
from pipeline.cards.compare import are_options_tiers, compared_cards
from pipeline.cards.cue_words import as_shown
from pipeline.cards.recognition import add_asked, asked_cards, content_words
from pipeline.cards.series import TIERS_ASKED
from pipeline.cards.others import either_names_the_other
from pipeline.cards.sink import CardSink
from pipeline.cards.things import Thing, things_of
from pipeline.model import Card, Document
from pipeline.model.inline import escape, plain_key
from pipeline.model.naming import VENDORS, Names, acronym_of, name_key

OPTIONS = 4
LETTERS = "ABCDEFGH"
FITS = 0.6  # share of the stem's words a wrong option's own lines may hold
FAR_OPTIONS = 1  # wrong options from elsewhere in the exam task a question may have: more are guesses
NEAR_WORDS = 3  # words an option from elsewhere in the exam domain shares with the answer's lines
RARE_WORDS = 2  # of them, said by few options: a word most lines say ties nothing together
RARE_SHARE, RARE_MIN = 30, 3  # few: a thirtieth of the options, and at least three


@dataclass(frozen=True)
class _Option:
    thing: Thing
    words: frozenset[str]  # everything its lines say
    domains: frozenset[str]
    kind: str


def with_practice(cards: Sequence[Card], documents: Sequence[Document], pack_slug: str) -> tuple[list[Card], list[Card]]:
    """The cards (tagged) with practice questions in place of the recognition
    cards whose further cues they ask, so the learner meets one front once;
    and the questions on things' definitions, which the deck asks as recall
    cards (without options): those are for the printed practice test only."""
    documents = [as_asked(d) for d in documents]  # as the cards they follow read them
    made = practice_cards(cards, documents, pack_slug)
    further = [(guid, card) for guid, index, card in made if index > 1]
    stood_in = {guid for guid, _ in further}
    deck = [*(c for c in cards if c.guid not in stood_in), *(card for _, card in further)]
    return deck, [card for _, index, card in made if index == 1] + compare_questions(cards, documents, pack_slug)


def compare_questions(cards: Sequence[Card], documents: Sequence[Document], pack_slug: str) -> list[Card]:
    """For the printed test, the comparisons among three options or more (the cloud models,
    the recovery strategies, the support plans) as questions: the fact is the stem, the
    right option and up to three of the others (chosen by the card's id) are the options."""
    tags = {card.guid: card.tags for card in cards if card.kind == "compare"}
    made = []
    for document in documents:
        sink = CardSink(document.path, pack_slug, None)
        for card, thing, options, fact in compared_cards(document, pack_slug):
            if card.guid in tags and len(options) >= OPTIONS - 1:
                others = sorted((o for o in options if o is not thing), key=lambda o: _shuffle(card.guid, o.name))[: OPTIONS - 1]
                made.append(_compare_question(sink, card, thing, [thing, *others], fact, are_options_tiers(options), tags[card.guid]))
    return made


def _compare_question(sink: CardSink, compared: Card, thing: Thing, options: list[Thing], fact: str, tiers: bool, tags: tuple[str, ...]) -> Card:
    things = sorted(options, key=lambda t: _shuffle(compared.guid, t.name))
    letters = dict(zip((id(t) for t in things), LETTERS))
    listed = "".join(f"<li><b>{letters[id(t)]}.</b> {escape(t.name)}</li>" for t in things)
    label = f"{TIERS_ASKED} it?" if tiers else "Which one is this?"
    others = "".join(f"<li><b>{letters[id(t)]}. {escape(t.name)}</b>: {escape(definition_text(t, things))}</li>" for t in things if t is not thing)
    sink.section, sink.topic_title = thing.section, thing.topic
    sink.add(
        "practice",
        "basic",
        prompt=f'<div class="sp-label">{escape(label)}</div><div>{escape(as_shown(fact))}</div><ul class="sp-options">{listed}</ul>',
        answer=f"<div><b>{letters[id(thing)]}. {escape(thing.name)}</b></div>" + f'<ul class="sp-explanation">{others}</ul>',
        context=compared.context,
        lines=tuple(ref.line for ref in compared.sources),
        key=("practice-compare", *sorted(name_key(t.name) for t in things), " ".join(plain_key(fact).split()[:16])),
    )
    card = sink.cards.pop()
    return replace(card, tags=tuple(t for t in tags if not t.startswith("kind::")) + ("kind::practice",))


def practice_cards(cards: Sequence[Card], documents: Sequence[Document], pack_slug: str) -> list[tuple[str, int, Card]]:
    """Practice questions for the recognition cards among `cards` (tagged), each
    with the guid of the recognition card whose cues it asks and that card's
    place among its thing's cards (1: the thing's definition)."""
    tags = {card.guid: card.tags for card in cards if card.kind == "recognition"}
    made: list[tuple[str, int, Card]] = []
    for document in documents:
        asked = [(a, c) for a, c in asked_cards(document, pack_slug) if c.guid in tags]
        written = notes_text(document)
        catalog = _indexed(_catalog([(a, tags[c.guid]) for a, c in asked if a.index == 1], written))
        sink = CardSink(document.path, pack_slug, None)
        known = things_of(document)
        seen: set[tuple[str, ...]] = set()
        for question, card in asked:
            if len(question.cues) == 1:
                continue  # one clue with options added reads as a guess
            options = _distractors(question, card.guid, catalog)
            # the same stem over the same options is one question, whichever card it came from
            same = (*question.cues, "\x1f", *sorted(name_key(o.thing.name) for o in options), name_key(question.thing.name))
            if len(options) == OPTIONS - 1 and same not in seen:
                seen.add(same)
                made.append((card.guid, question.index, _card(sink, question, card, options, tags[card.guid], known)))
    return made


def _catalog(first_cards: list[tuple[Asked, tuple[str, ...]]], written: str) -> list[_Option]:
    catalog = []
    for asked, tags in first_cards:
        thing = asked.thing
        words = frozenset(w for line in thing.described.lines for w in content_words(line.text))
        catalog.append(_Option(thing, words, _domains(tags), option_kind(thing, written)))
    return catalog


def _domains(tags: Sequence[str]) -> frozenset[str]:
    """The exam-domain task tags (`CLF-C02::2-security-and-compliance::2.3-access-management`),
    or the domain tags where a card has no task: options from elsewhere come from the nearest."""
    kept = [t for t in tags if not t.startswith(("section::", "kind::"))]
    tasks = frozenset(t for t in kept if t.count("::") == 2)
    return tasks or frozenset(t for t in kept if t.count("::") == 1)


def _distractors(asked: Asked, guid: str, index: _Index) -> list[_Option]:
    thing = asked.thing
    answer = index.option.get(id(thing))
    if answer is None:
        return []
    stem = " ".join(asked.cues)
    stem_words = set(content_words(stem))

    def fits(option: _Option) -> bool:
        # services with services, ideas with ideas, even among siblings
        # and of the same exam task (storage with storage, compute with compute): close in what they do
        return option.thing is not thing and option.kind == answer.kind and _same_tasks(option, answer)

    def nearest() -> list[_Option]:
        return [o for o in index.by_group.get(thing.group, ()) if fits(o)]

    def same_section() -> list[_Option]:
        if thing.item:
            return []  # a named line is asked among its siblings only
        return [o for o in index.by_section.get(thing.section, ()) if fits(o) and o.thing.group != thing.group and not o.thing.item]

    def same_domain() -> list[_Option]:
        if thing.item:
            return []
        return [
            o
            for o in index.near(answer)  # of the same area, not only of the same domain
            if fits(o) and o.thing.group != thing.group and not o.thing.item and o.thing.section != thing.section
        ]

    chosen: list[_Option] = []
    names = {name_key(thing.name)}
    # the tiers, nearest first, each only when the ones before it left a place;
    # options from elsewhere in the domain are few, or the question is a guess
    for tier, most in ((nearest, OPTIONS), (same_section, OPTIONS), (same_domain, FAR_OPTIONS)):
        # in the card's own order; whether an option would be right too is
        # only asked of those that come up, until three are found
        taken = 0
        for option in _in_card_order(guid, tier(), answer.words, index.weight):
            if len(chosen) == OPTIONS - 1 or taken == most:
                break
            if name_key(option.thing.name) not in names and _wrong(option, thing, stem, stem_words):
                names.add(name_key(option.thing.name))
                chosen.append(option)
                taken += 1
        if len(chosen) == OPTIONS - 1:
            break
    return chosen


@dataclass
class _Index:
    """A catalog's options by thing, group, section and rare word, each in catalog order."""

    catalog: list[_Option]
    option: dict[int, _Option]
    by_group: dict[str, list[_Option]]
    by_section: dict[str, list[_Option]]
    by_rare_word: dict[str, list[int]]  # the options whose lines say each word that few options say
    weight: dict[str, float]  # how much saying a word ties two options together: the fewer say it, the more

    def near(self, answer: _Option) -> list[_Option]:
        """The options of the answer's domains sharing words with its lines, some of them rare
        (`replication`, not `create` or `network`): found through the rare words' own options,
        so the cost follows those, not the whole domain."""
        shared = Counter(chain.from_iterable(self.by_rare_word.get(word, ()) for word in answer.words))  # counted in C
        options = (self.catalog[n] for n in sorted(n for n, rare in shared.items() if rare >= RARE_WORDS))
        return [o for o in options if len(o.words & answer.words) >= NEAR_WORDS and not o.domains.isdisjoint(answer.domains)]


def _indexed(catalog: list[_Option]) -> _Index:
    said_by = Counter(w for option in catalog for w in option.words)  # how many options' lines say each word
    rare = max(RARE_MIN, len(catalog) // RARE_SHARE)
    weight = {w: math.log(len(catalog) / n) for w, n in said_by.items()}
    index = _Index(catalog, {}, {}, {}, {}, weight)
    for n, option in enumerate(catalog):
        index.option.setdefault(id(option.thing), option)
        index.by_group.setdefault(option.thing.group, []).append(option)
        index.by_section.setdefault(option.thing.section, []).append(option)
        for word in option.words:
            if said_by[word] <= rare:
                index.by_rare_word.setdefault(word, []).append(n)
    return index


def _same_tasks(option: _Option, answer: _Option) -> bool:
    """The option shares the answer's task in every exam both are tagged for (`3.6-storage`
    of CLF-C02, whatever the coarser `3.3-core-services` of CLF-C01 lumps together)."""
    exams = {tag.split("::", 1)[0] for tag in answer.domains} & {tag.split("::", 1)[0] for tag in option.domains}
    return all(any(tag.startswith(f"{exam}::") for tag in option.domains & answer.domains) for exam in exams)


def _wrong(option: _Option, thing: Thing, stem: str, stem_words: set[str]) -> bool:
    """Neither a form of the right name, nor named in the stem, nor a thing whose lines say what the stem says."""
    other = option.thing
    if _alias(other.described.names, thing.described.names) or other.described.names.leaks(stem) or _part(other, thing):
        return False
    if heading_word(other.name) and not heading_word(thing.name):
        return False  # `Tagging`, `Credits`: a heading of the notes is no rival of a name
    return len(stem_words & option.words) < FITS * max(len(stem_words), 1)


def _alias(a: Names, b: Names) -> bool:
    """One name a form of the other, or one inside the other (`Well Architected`
    and `AWS Well-Architected Tool`, `ELB` and `Load Balancer`): both would be right."""
    if a.same_thing(b):
        return True
    keys = [(name_key(x), name_key(acronym_of(x))) for x in (a.full, b.full)]
    (ka, aa), (kb, ab) = keys
    return ka in kb or kb in ka or (len(aa) > 1 and aa in kb) or (len(ab) > 1 and ab in ka)


def _in_card_order(guid: str, options: list[_Option], near: frozenset[str], weight: dict[str, float]) -> Iterator[_Option]:
    """The options nearest in what their notes say to `near` first, in words
    few options say (they are the ones a learner confuses), then in `_shuffle`'s order (the same
    digests, compared as bytes rather than hex), the first ones first: a
    question seldom needs more than a few of a long list, so the rest are never sorted."""
    prefix = hashlib.sha256(f"{guid}\x1f".encode())
    keyed = []
    for position, option in enumerate(options):
        digest = prefix.copy()
        digest.update(option.thing.name.encode())
        keyed.append((-round(math.fsum(weight.get(w, 0.0) for w in option.words & near), 6), digest.digest(), position))
    heapq.heapify(keyed)
    while keyed:
        yield options[heapq.heappop(keyed)[2]]


def _part(a: Thing, b: Thing) -> bool:
    """One named in the other's name (`CW Alarms` and `CloudWatch`, `VPC Endpoints` and `VPC
    Interface Endpoint`) or defined by it: a part, a kind or a companion is never a wrong answer."""
    if a.described.names.shows(b.name) or b.described.names.shows(a.name):
        return True
    words = [{name_key(w) for w in t.described.names.full.split() if w.lower() not in VENDORS} for t in (a, b)]
    if len(words[0]) > 1 and len(words[1]) > 1 and (words[0] <= words[1] or words[1] <= words[0]):
        return True
    if b.described.names.shows(a.described.definition) or a.described.names.shows(b.described.definition):
        return True
    # a feature the other's lines name (`consolidated billing:` under `Organizations`) offered against it fits too
    return either_names_the_other(a, b)


def _shuffle(guid: str, name: str) -> str:
    """A stable order that depends on the card, not on the build or the hash seed."""
    return hashlib.sha256(f"{guid}\x1f{name}".encode()).hexdigest()


def _card(sink: CardSink, asked: Asked, recognition: Card, wrong: list[_Option], tags: tuple[str, ...], known: Sequence[Thing]) -> Card:
    things = sorted([asked.thing, *(o.thing for o in wrong)], key=lambda t: _shuffle(recognition.guid, t.name))
    letters = dict(zip((id(t) for t in things), LETTERS))
    options = "".join(f"<li><b>{letters[id(t)]}.</b> {escape(t.name)}</li>" for t in things)
    prompt = (
        f'<div class="sp-label">{escape(ask_line(asked))}</div>{cues_html(asked.cues)}'
        f'<ul class="sp-options">{options}</ul>'
    )
    definition = definition_text(asked.thing, known)
    right = f"<div><b>{letters[id(asked.thing)]}. {escape(asked.thing.name)}</b></div>"
    right += f"<div>{escape(definition)}</div>" if definition and not on_front(asked.thing.described.names.mask(definition), asked.cues) else ""
    others = "".join(
        f"<li><b>{letters[id(t)]}. {escape(t.name)}</b>: {escape(definition_text(t, known))}</li>"
        for t in things
        if t is not asked.thing
    )
    add_asked(sink, asked, "practice", prompt, right + f'<ul class="sp-explanation">{others}</ul>')
    card = sink.cards.pop()
    kept = tuple(t for t in tags if not t.startswith("kind::")) + ("kind::practice",)
    return replace(card, tags=kept)
