"""From a description to a name, the way the exam asks: "Which service ...?"

Each thing the notes name and describe (see `things`) gives a card whose
front is its defining lines with every form of its name hidden, and whose
back is the name and its one-line definition; a thing with more lines gives
one more card, of the further lines that single it out among all the notes
(see `further_cues`). A description too thin to tell the thing apart (a few generic words, a list of other names) or one that
another thing's own lines say as well gives no card. The breadcrumb keeps
the section but never a heading that shows the name.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.cards.chunking import without_asides
from pipeline.cards.classify import classify_cards
from pipeline.cards.entries import Fact
from pipeline.cards.member_lines import opens_with_member
from pipeline.cards.code_commands import command_lines, command_topics
from pipeline.cards.compare import comparisons
from pipeline.cards.area_headings import files_an_area
from pipeline.cards.asking import Asked, answer_html, breadcrumb, id_breadcrumb, options, question, reads_as_statement
from pipeline.cards.confusable import AMBIGUOUS, AMBIGUOUS_MORE, ambiguous, leans_on_another_cue, said_together, supported, tells_apart, unshared
from pipeline.cards.contrast import fits_a_confusable
from pipeline.cards.cue_labels import labelled
from pipeline.cards.deletions import names_kinds
from pipeline.cards.cue_words import CLAIMED_PROPERTIES, STOPWORDS, WORD, content_words, spelled_out, unspelled
from pipeline.cards.cues import COUNTED, about_another, asks_well, cue_lines
from pipeline.cards.further_cues import further_cues
from pipeline.cards.heading_peers import heading_peers
from pipeline.cards.facet_labels import facet_groups, field_label, plain_label, template_groups, template_labels
from pipeline.cards.part_titles import titles_a_part
from pipeline.cards.topic_headings import files_members, is_topic_heading, only_files_members, term_line
from pipeline.cards.kinds import list_title, notes_text
from pipeline.cards.option_peers import is_clause, only_its_list, same_kind
from pipeline.cards.others import LinesElsewhere
from pipeline.cards.outline_labels import outline_label
from pipeline.cards.per_document import per_document
from pipeline.cards.prompts import is_generic
from pipeline.cards.rival_cues import least_shared
from pipeline.cards.rivals import said_words
from pipeline.cards.series import are_tiers
from pipeline.cards.sink import CardSink, ImageSource
from pipeline.cards.things import Thing, things_of
from pipeline.model import Card, Document, Span
from pipeline.model.definitions import Line
from pipeline.model.inline import ASIDE
from pipeline.model.naming import name_key

CUE_LINES = 3
CUE_WORDS = 45
MIN_WORDS = 4  # content words a card's cues must have between them
SHORT_WORDS = 3  # ... when the lines that would add more are asked by comparison or classification cards
SHOUTED_LETTERS = 5  # letters of a word in capitals that no acronym has
_ANSWER = re.compile(r"^<div><b>([^<]*)</b>")


def recognition_plan(document: Document) -> list[Asked]:
    """Every recognition card the document gives, in the order of its lines."""
    return list(_plan(document))


@per_document
def _plan(document: Document) -> tuple[Asked, ...]:
    things = things_of(document)
    vocabulary, holders = said_words(document)
    among = _Among(document, things, vocabulary, holders)
    items = {t.described.line for t in things if t.item}
    elsewhere = LinesElsewhere([(t, [(text, line.line) for text, line in cue_lines(t)]) for t in things], content_words)
    plan: list[Asked] = []
    written = notes_text(document)
    tiers = _tiers(things)
    commands = command_lines(document)
    facets, template = facet_groups(things), template_labels(things)
    filled = template_groups(things, template)
    for position, thing in enumerate(things):
        if (thing.item and thing.group in facets and plain_label(thing.name)) or field_label(thing) or (thing.item and thing.group in filled):
            continue  # "Numbers:", "Delivery:" under Pub/Sub's own line, "Focus" under each persona: aspects, no things
        if list_title(thing, written) or _shouted(thing.name) or reads_as_statement(thing.name) or _label(thing):
            continue
        if outline_label(thing, written):
            continue  # "VM security", "Credentials" over "secret vs certificate": where the author filed lines
        if not thing.item and (names_kinds(thing.name) or thing.described.line in command_topics(document)):
            continue  # "Storage Classes": the set a thing is sorted into; "Nodes" over commands: what they act on
        if not thing.item and (is_topic_heading(thing.name) or titles_a_part(thing.name) or only_files_members(thing.described.lines, thing.name) or _opens_with_member(thing)):
            continue  # "Cost mgmt / FinOps", "Practice Exam 7", "actors" over its members: where a line is filed, not what it is
        if files_an_area(thing):
            continue  # "Network security" over "network policies — ...": an area of the notes, no thing
        # a member's line under a heading that files members ("Solicited-node: ..." under IPv6) asks the category
        filed = not thing.item and files_members(thing.described.lines, thing.name)
        # a cue another thing's own line says as well fits that one too
        cues = [(text, line) for text, line in cue_lines(thing, things) if not elsewhere.says(thing, text) and line.line not in commands]
        cues = [(text, line) for text, line in cues if not (filed and term_line(line.text, thing.name))]
        # the author's remark ("Oracle leans hard on this section") is no clue; a member's line
        # ("CGNAT shared space — ..." under *IPv4 addressing*) is a clue to the member, not the heading
        cues = [(text, line) for text, line in cues if not _remark_or_member(thing, line)]
        if spelled := spelled_out(thing.described.names):
            cues = [(cue, line) for text, line in cues if (cue := unspelled(spelled, text))]
        # a line none of whose words singles the thing out among its siblings and section fits them too
        judged = [(unshared(document, thing, t), n) for t, n in cues]
        # one that says, in other words, what a confusable's line says fits that one too
        judged = [(text, line) for text, line in judged if asks_well(thing, text) and not fits_a_confusable(document, thing, text)]
        # a cue whose blank hides a common word is kept beside one that singles the thing out anywhere
        leaning = {line.line for text, line in judged if leans_on_another_cue(document, thing, text, line.text)}
        # the defining line may say the thing by words each of which a different neighbour says
        first = judged[0][1].line if judged and judged[0][1].depth == 0 else None
        cues = [
            (text, line)
            for text, line in judged
            if line.line in leaning or tells_apart(document, thing, text, line.text) or (line.line == first and said_together(document, thing, text))
        ]
        if thing.holds_items and not _defines_itself(thing):
            # a heading over named items: they are the things, but its own lines say what it is
            cues = [(text, line) for text, line in cues if line.depth == 0 and line.line not in items]
        tier = tiers.get(thing.group, "")
        # past the definition, a line another thing's lines say most of trains that one's name:
        # left off while the thing still gets its card without it
        kept = least_shared(document, thing, cues, MIN_WORDS)
        planned = _planned(among, thing, position, kept, leaning, tier) if kept != cues else []
        plan.extend(planned or _planned(among, thing, position, cues, leaning, tier))
    return tuple(plan)


def _planned(among: _Among, thing: Thing, position: int, cues: list[tuple[str, Line]], leaning: set[int], tier: str) -> list[Asked]:
    """The thing's cards of its cues, less those a comparison or classification card asks."""
    own = cues
    if not tier:  # (the lowest tier with one fact is not the lowest with all of a card's)
        # past the defining cue, a line a comparison or classification card asks of the same answer is
        # theirs: one clue, one card. A card too short without them is made of its own telling cues,
        # short as they are (`AWS manages the keys for us`): with them, it asked their clue twice
        taken, key = _asked_by_others(among.document), name_key(thing.name)
        own = [(text, line) for n, (text, line) in enumerate(cues) if n == 0 or (key, line.line) not in taken]
    short = own != cues and len(own) < len(cues)
    return _cards_of(among, thing, position, own, leaning, tier) or (_cards_of(among, thing, position, own, leaning, tier, SHORT_WORDS) if short else [])


# "`gcloud storage cp` / `gsutil -m` — small ...": a line opening with a name of its own and a dash
_MEMBER_OPENING = re.compile(r"^\s*[^\s—–][^—–:=]{0,60}?\s[—–]\s")
MEMBER_WORDS = 8


def _opens_with_member(thing: Thing) -> bool:
    """A heading over members ("Transfer": `Storage Transfer Service — ...`, ...) whose first
    line is a member's too: nothing of its own says what it is, so it groups things, no thing."""
    lines = thing.described.lines
    own = [line.text for line in lines if line.depth == 0]
    if not own or not (thing.holds_items or files_members(lines, thing.name)):
        return False
    match = _MEMBER_OPENING.match(own[0])
    return match is not None and len(match.group(0).split()) <= MEMBER_WORDS + 1


def _remark_or_member(thing: Thing, line: Line) -> bool:
    spans = (Span("text", line.text),)
    return not without_asides(spans) or (not thing.item and opens_with_member(thing.name, Fact(spans, line.line)))


@dataclass(frozen=True)
class _Among:
    """What a thing's cards are read among: the document, its things and the words each says."""

    document: Document
    things: Sequence[Thing]
    vocabulary: list[set[str]]
    holders: dict[str, list[int]]


def _cards_of(
    among: _Among, thing: Thing, position: int, cues: list[tuple[str, Line]], leaning: set[int], tier: str, least: int = MIN_WORDS
) -> list[Asked]:
    """The thing's definition card of its first cues, when they tell it apart (in `least` words), and its further card."""
    for whole in _groups(cues, least):
        group = [whole[n] for n in supported(among.document, thing, [(text, line.line in leaning) for text, line in whole])]
        said = content_words(" ".join(text for text, _ in group))
        # a short card counts what it says of its own, not what every offering claims (`auto`)
        if len(said if least == MIN_WORDS else [w for w in said if w not in CLAIMED_PROPERTIES]) < least:
            continue
        texts = tuple(text for text, _ in group)
        if ambiguous(texts, position, among.things, among.vocabulary, among.holders, AMBIGUOUS):
            return []
        used = {line.line for _, line in whole}
        rest = [(text, line) for text, line in cues if line.line not in used and line.line not in leaning]
        first = Asked(thing, labelled(thing, group), tuple(line.line for _, line in group), 1, tier)
        return [first, *_further(among, thing, position, rest, tier)]
    return []


@per_document
def _asked_by_others(document: Document) -> frozenset[tuple[str, int]]:
    """(answer, line) of each comparison card's fact and each classification card's item: one clue, one card."""
    found = {(name_key(thing.name), line) for _, facts in comparisons(document) for thing, _, line in facts}
    for card in classify_cards(document, ""):
        if answer := _ANSWER.match(card.answer):
            found.add((name_key(html.unescape(answer.group(1))), card.sources[0].line))
    return frozenset(found)


def _further(among: _Among, thing: Thing, position: int, rest: list[tuple[str, Line]], tier: str) -> list[Asked]:
    """The thing's one further card, of the lines that single it out among all the notes."""
    group = further_cues(among.document, thing, rest)
    texts = tuple(text for text, _ in group)
    # with no definition beside it, half its words said of another thing make it that one's too
    if not texts or ambiguous(texts, position, among.things, among.vocabulary, among.holders, AMBIGUOUS_MORE):
        return []
    return [Asked(thing, labelled(thing, group), tuple(line.line for _, line in group), 2, tier)]


def _tiers(things: Sequence[Thing]) -> dict[str, str]:
    """The groups of named items that are tiers (see `series.are_tiers`), each with what its
    tiers are of: the words every tier's name says (`support` of `Basic support`, `Developer
    support plan`, ...), for a front that has lost the heading saying it."""
    groups: dict[str, list[Thing]] = {}
    for thing in things:
        if thing.item:
            groups.setdefault(thing.group, []).append(thing)
    found = {}
    for group, members in groups.items():
        if are_tiers([line.text for line in t.described.lines] for t in members):
            names = [[w for w in WORD.findall(ASIDE.sub(" ", t.name).lower()) if w not in STOPWORDS] for t in members]
            shared = [w for w in names[0] if all(w in other for other in names[1:])]
            found[group] = " ".join([*shared, "tier"])
    return found


def recognition_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[Card]:
    return [card for _, card in asked_cards(document, pack_slug, image_src)]


def asked_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[tuple[Asked, Card]]:
    """Each recognition card with what it asks, once per guid."""
    sink = CardSink(document.path, pack_slug, image_src, once_per_id=True)
    made: list[tuple[Asked, Card]] = []
    things = things_of(document)
    plan = recognition_plan(document)
    offers = _offers(document)
    for asked in plan:
        if _authors_label(asked.thing):
            continue  # "Strategies" over `Transfer - insurance`, ..., "OAuth flows to know": a label of the author's
        before = len(sink.cards)
        add_asked(sink, asked, "recognition", question(asked, offers(asked.thing)), answer_html(asked, things))
        if len(sink.cards) > before:
            made.append((asked, sink.cards[-1]))
    return made


@per_document
def _offers(document: Document) -> Callable[[Thing], list[str]]:
    """The names each asked thing is offered beside: a listed item's siblings, as the notes
    list them (its peers only: "Strategies" over its own list is none), or a topic's heading peers."""
    grouped: dict[str, list[Thing]] = {}  # a group of named items, as the notes list them
    for thing in things_of(document):
        if thing.item and not field_label(thing):  # "Symptom: ... -> fix: ..." is no peer to offer
            grouped.setdefault(thing.group, []).append(thing)
    written = notes_text(document)
    siblings = {group: [t.name for t in same_kind(members) if not (_label(t) or outline_label(t, written))] for group, members in grouped.items()}
    peers = heading_peers(recognition_plan(document))  # "Which one is this: LSI or GSI?", as the exam asks
    return lambda thing: siblings.get(thing.group, []) if thing.item else peers(thing)


def name_choices(document: Document) -> Callable[[str], list[str]]:
    """The names a card asking for a thing's name may offer, by the name's key: the options its
    recognition card offers (`asking.options`), none for a name no recognition card asks."""
    return lambda key: _choices(document).get(key, [])


@per_document
def _choices(document: Document) -> dict[str, list[str]]:
    offers = _offers(document)
    found: dict[str, list[str]] = {}
    for asked in recognition_plan(document):
        offered = options(asked.thing.name, offers(asked.thing))
        if offered and not _authors_label(asked.thing):
            found.setdefault(name_key(asked.thing.name), offered)
    return found


def _authors_label(thing: Thing) -> bool:
    """"Strategies" over its own list, "OAuth flows to know": an item that labels, no thing to ask."""
    return thing.item and (only_its_list(thing) or is_clause(thing.name))


def add_asked(sink: CardSink, asked: Asked, kind: str, prompt: str, answer: str) -> None:
    thing = asked.thing
    sink.section = thing.section
    sink.topic_title = thing.topic
    sink.add(
        kind,
        "basic",
        prompt=prompt,
        answer=answer,
        context=breadcrumb(thing),
        lines=(thing.described.line, *asked.lines),
        key=(kind, *asked.key[1:]),
        id_context=id_breadcrumb(thing),
    )


def _label(thing: Thing) -> bool:
    """`Purpose`, `Use cases`, `TRAPS`: the author's label for an aspect every sibling has, no answer;
    an item in lowercase among its list's terms (`use` of `inspect, read, use, manage`) is a term."""
    return is_generic(thing.name) and not (thing.item and thing.name[:1].islower())


def _shouted(name: str) -> bool:
    """`SECURITY FUNDAMENTALS`: a chapter's title in capitals, over whatever the chapter holds, is
    no answer its lines define (an acronym, `AWS CLI`, is short)."""
    words = WORD.findall(ASIDE.sub(" ", name))
    return len(words) >= 2 and name.isupper() and any(len(w) > SHOUTED_LETTERS for w in words)


def _defines_itself(thing: Thing) -> bool:
    """A topic whose first own line names it (`The OSI model splits ...`): a thing, not only a heading."""
    lines = thing.described.lines
    return bool(lines) and thing.described.names.shows(lines[0].text) and not about_another(thing, lines[0].text)


def _unrepeated(cues: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """The cues less each whose words an earlier one says all of (`run 100000s of computing ___ jobs`
    after `run hundreds of thousands of ___ computing jobs`): the card would say it twice."""
    kept: list[tuple[str, Line]] = []
    for text, line in cues:
        words = set(content_words(text))
        # a count the earlier one does not say (`up to 3 fault domains` after `spread across fault domains`) is more
        if not any(words <= set(content_words(earlier)) and (not COUNTED.search(text) or COUNTED.search(earlier)) for earlier, _ in kept):
            kept.append((text, line))
    return kept


def _groups(cues: list[tuple[str, Line]], least: int = MIN_WORDS) -> list[list[tuple[str, Line]]]:
    """The cues in cards of at most CUE_LINES lines and CUE_WORDS words, each
    with enough to recognise; a card's last lines may be left out."""
    groups: list[list[tuple[str, Line]]] = []
    current: list[tuple[str, Line]] = []
    for cue in _unrepeated(cues):
        words = sum(len(text.split()) for text, _ in current) + len(cue[0].split())
        if current and (len(current) >= CUE_LINES or words > CUE_WORDS):
            groups.append(current)
            current = []
        current.append(cue)
    if current:
        groups.append(current)
    return [g for g in groups if len(content_words(" ".join(text for text, _ in g))) >= least]
