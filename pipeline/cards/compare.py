"""Confusable things side by side: "NACL or Security Groups: stateless?"

Two kinds of sets are compared:
- siblings: named lines under one parent (the support plans, the storage
  classes, `Site to Site VPN` and `Direct Connect` under `VPN`);
- neighbours: topics close together in a section whose descriptions share
  rare words (`KMS` and `CloudHSM`, `CloudFront` and `Global Accelerator`).

Each fact of one thing that no line of the others says as well, in its words
or in others (see `contrast`), becomes a card naming the options on its front
and the right one on its back. A fact that shows any option's name is left out.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence, Set
from dataclasses import replace

from rapidfuzz import fuzz

from pipeline.cards.code_commands import command_topics
from pipeline.cards.confusable import singles_out, unshared
from pipeline.cards.fact_shapes import PROPERTIES, a_count, claims, echoes_another_option, only_negates, unanchored, without_others_names, without_others_trait, without_shared_examples
from pipeline.cards.contrast import fits_another_line, fits_one_elsewhere, spells_a_form, spelled_acronyms, unspelled_acronyms
from pipeline.cards.cue_words import OFFERING_WORDS, as_shown, content_words, spelled_out, unspelled
from pipeline.cards.asking import breadcrumb, id_breadcrumb, lines_cut_short
from pipeline.cards.cues import about_another, asks_well, cue_lines
from pipeline.cards.kinds import kind_of, notes_text
from pipeline.cards.option_peers import peers_only, spelled_by_items
from pipeline.cards.others import either_names_the_other
from pipeline.cards.per_document import per_document, per_value
from pipeline.cards.series import TIERS_ASKED, are_tiers, below_by_name
from pipeline.cards.sink import CardSink, ImageSource
from pipeline.cards.facet_labels import without_facets
from pipeline.cards.outline_labels import outline_label
from pipeline.cards.things import Thing, things_of
from pipeline.model import Card, Document
from pipeline.model.definitions import Line
from pipeline.model.inline import escape, plain_key
from pipeline.model.naming import MASK, VENDORS, Names, name_key

MAX_OPTIONS = 8
FACTS_PER_THING = 3
MANY_OPTIONS = 5  # siblings from which each gives one fact
NEIGHBOURS = 3  # topics this close in a section may be confused
NEIGHBOUR_OVERLAP = 0.25  # weight of a topic's defining words the other's lines also say
TERM_OVERLAP = 0.15  # the same, for topics that share a rare two-word term
DEFINING_LINES = 2
SHARED_WORDS = 3
RARE_ALIKE = 2  # rare words both definitions say, for topics with no rare term in common to be rivals
RARE_SHARE, RARE_MIN = 25, 3  # a word few topics say: a 25th of them, and at least three
PARTNERS = 2  # neighbours compared with one topic, the closest first
SAME_FACT = 75  # token-sort similarity at which two lines say the same
NEIGHBOUR_FACTS = 2  # facts per topic of a pair of neighbours
GENERIC_WORDS = OFFERING_WORDS
STEM_LETTERS = 3  # letters a word shares as the start of a longer one, for the two to be one word's forms
PROPERTY_LETTERS = 5  # the same for a property's word: `use` is no form of `users`
_CLAIMED = PROPERTIES | GENERIC_WORDS  # what every offering claims: no fact's own word
_CLAIMED_IN_ORDER = sorted(_CLAIMED)
FITS_OTHER = 3  # telling words of a fact another option's definition says, for the fact to fit that one
ELSEWHERE = 0.75  # share of a fact's telling words, more than this, one line of another option says: it fits that one too
FACT_WORDS = 3  # "Regional scope" tells nothing apart


def option_list(names: Sequence[str]) -> str:
    """`A or B`, `A, B or C`."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@per_document
def comparisons(document: Document) -> tuple[tuple[list[Thing], list[tuple[Thing, str, int]]], ...]:
    """Each set of confusable things with the facts that tell them apart:
    the comparison cards and the recognition cards they stand in for ask it."""
    filing = command_topics(document)  # "Swarm setup" over `docker node ls` and other commands: what the author files them under, no rival
    things = [t for t in things_of(document) if t.item or t.described.line not in filing]
    return tuple((options, facts_of(options, document)) for options in comparison_sets(things, notes_text(document)))


def compare_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[Card]:
    return [card for card, *_ in compared_cards(document, pack_slug, image_src)]


def compared_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[tuple[Card, Thing, list[Thing], str]]:
    """Each comparison card with its answer, its options and the fact it asks."""
    sink = CardSink(document.path, pack_slug, image_src, once_per_id=True)
    asked: set[tuple[str, str]] = set()  # a fact asked among one set of options is not asked again among another
    made = []
    for options, facts in comparisons(document):
        if len(names := list(dict.fromkeys(t.name for t in options))) < 2:  # "EAC" defined three ways is one option
            continue
        telling: dict[int, list[set[str]]] = defaultdict(list)  # what each option's asked facts say that no other option does
        stems = {id(o): _stems(*(x.text for x in o.described.lines)) for o in options}
        for thing, text, line in facts:
            card = _card(sink, thing, options, names, text, line)
            fact = (name_key(thing.name), plain_key(text))
            if card is None or fact in asked or (len(options) > 2 and only_negates(text)):
                continue
            own = _stems(text) - GENERIC_WORDS - PROPERTIES - set().union(*(stems[id(o)] for o in options if o is not thing))
            # `attached at the subnet level` after `firewall which controls traffic from and to subnet`: one fact twice
            if not any(own <= said or said <= own for said in telling[id(thing)]):
                asked.add(fact)
                telling[id(thing)].append(own)
                sink.cards.append(card)
                made.append((card, thing, options, text))
    return made


def comparison_sets(things: list[Thing], written: str = "") -> list[list[Thing]]:
    sets: list[list[Thing]] = []
    things = [t for t in things if not outline_label(t, written)]  # "VM security": a label of the notes, no option
    groups: dict[str, list[Thing]] = defaultdict(list)
    for thing in without_facets(things):  # `windowing`, `time` under Dataflow's own line: aspects, no rivals
        if thing.item:
            groups[thing.group].append(thing)
    # an option with nothing of its own to say (a heading over its own named lines) is no rival
    sets.extend(g for g in ([t for t in g if _says_own(t)] for g in map(peers_only, _closed(groups))) if 2 <= len(g) <= MAX_OPTIONS)
    # a numbered series (the pillars of a framework) is sorted by classification cards
    sets.extend(_neighbours([t for t in things if not t.item and not t.holds_items and not t.group.startswith("series:")], written))
    return sets


def _closed(groups: dict[str, list[Thing]]) -> list[list[Thing]]:
    """Each list of siblings with the named lines under a plain label of it
    (`reserved (1 & 3 years):` over `Reserved Instances` among the EC2 purchase
    options): a list that offers the options as all of them must not leave
    those out. The nested ones are compared among themselves too."""
    found: list[list[Thing]] = []
    inside: set[int] = set()  # a list with others nested in it, and those (lists are apart: no other is part of one)
    by_parent: dict[tuple[str, ...], list[list[Thing]]] = {}  # only a list's own children may nest in it
    for group in groups.values():
        by_parent.setdefault(group[0].context[:-1], []).append(group)
    for group in groups.values():
        context, lines = group[0].context, [t.described.line for t in group]

        def under_a_label(other: list[Thing]) -> bool:  # amid the list, under a line that names none of it
            label = other[0].context[-1]
            amid = min(lines) < other[0].described.line < max(lines)
            return amid and not any(g.described.names.shows(label) for g in group) and not spelled_by_items(label, [t.name for t in other])

        under = [other for other in by_parent.get(context, ()) if other is not group and under_a_label(other)]
        inside.update(map(id, [group, *under] if under else []))
        found.append(sorted(group + [t for other in under for t in other], key=lambda t: t.described.line) if under else group)
    found.extend(group for group in groups.values() if id(group) in inside)
    return found


def _says_own(thing: Thing) -> bool:
    return any(line.depth == 0 and not about_another(thing, line.text) for line in thing.described.lines)


def _neighbours(topics: list[Thing], written: str = "") -> list[list[Thing]]:
    """Pairs of nearby topics where what defines one is said of the other too, in rare words
    other than what every offering claims (`fully managed`, `high perf`), and whose
    definitions share a word few topics say: what each does (`encryption keys`, `speech`),
    not only the field they are in (`security`, `account`: Config and Macie)."""
    # what a topic says of itself: a line about another thing (`SRR: ...`) is no common ground
    cues = [cue_lines(t) for t in topics]
    words = [_stems(*(text for text, _ in c)) for c in cues]
    defining = [_stems(*(text for text, _ in c[:DEFINING_LINES])) - GENERIC_WORDS - PROPERTIES for c in cues]
    counts = Counter(word for found in words for word in found)
    weight = {w: math.log(len(topics) / c) for w, c in counts.items()}
    # sums over sets of words go through fsum: its exact result does not hang on the order a set
    # is walked in, which changes with the hash seed, and ties between alike pairs must stay ties
    rare = max(RARE_MIN, len(topics) // RARE_SHARE)
    terms, defining_terms = _terms(cues)
    held: dict[tuple[str, str], int] = defaultdict(int)
    for found in terms:
        for term in found:
            held[term] += 1
    scored: list[tuple[float, int, int]] = []
    for i, a in enumerate(topics):
        for j in range(i + 1, min(i + 1 + NEIGHBOURS, len(topics))):
            b = topics[j]
            shared = (defining[i] & words[j]) | (defining[j] & words[i])
            # a product is no rival of an idea (`CloudHSM` and `Encryption`)
            if b.section != a.section or _related(a, b) or kind_of(a, written) != kind_of(b, written):
                continue
            total = min(math.fsum(weight[w] for w in defining[i]), math.fsum(weight[w] for w in defining[j])) or 1.0
            score = math.fsum(weight[w] for w in shared) / total
            # a term few topics say, in what defines one and said by the other (`file system`, `edge locations`)
            term = any(held[t] <= RARE_MIN for t in (defining_terms[i] & terms[j]) | (defining_terms[j] & terms[i]))
            alike = defining[i] & defining[j]
            # one's lines naming the other (`combined usage across the accounts in the AWS Org`): a part or a
            # thing built on it, which shares its terms without being its rival
            if term and score >= TERM_OVERLAP and not either_names_the_other(a, b):
                scored.append((score, i, j))
            # one rare word both definitions say is a field they share (`edge` of 5G and of a global network), not a need
            elif len(shared) >= SHARED_WORDS and sum(counts[w] <= rare for w in alike) >= RARE_ALIKE and score >= NEIGHBOUR_OVERLAP:
                scored.append((score, i, j))
            elif len(alike) >= SHARED_WORDS and sum(counts[w] <= rare for w in alike) >= RARE_ALIKE and not either_names_the_other(a, b):
                scored.append((score, i, j))  # definitions that say the same need in several words (`physical, virtual and cloud-based servers`)
    partners: dict[int, int] = defaultdict(int)
    pairs = []
    for _score, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if partners[i] < PARTNERS and partners[j] < PARTNERS:
            partners[i] += 1
            partners[j] += 1
            pairs.append((i, j))
    # the pairs whose definitions say most alike first: a fact of a topic with two rivals is asked against
    # the one that meets the same need (`physical, virtual and cloud-based servers`), not one it only shares a place with
    def alike(pair: tuple[int, int]) -> float:
        return math.fsum(weight[w] for w in defining[pair[0]] & defining[pair[1]])

    return [[topics[i], topics[j]] for i, j in sorted(pairs, key=lambda p: (-alike(p), p))]


def _terms(cues: list[list[tuple[str, Line]]]) -> tuple[list[set[tuple[str, str]]], list[set[tuple[str, str]]]]:
    """Each topic's two-word terms (neighbouring telling words), in all its lines and in its defining ones."""

    def of(texts: Sequence[str]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for text in texts:
            stems = [w for w in (_stem(w) for w in content_words(text)) if w not in GENERIC_WORDS]
            found |= {(a, b) for a, b in zip(stems, stems[1:]) if a != b}
        return found

    return [of([t for t, _ in c]) for c in cues], [of([t for t, _ in c[:DEFINING_LINES]]) for c in cues]


def _related(a: Thing, b: Thing) -> bool:
    """One named after the other (`Snow Family`, `Snow Family Usage Process`): parts, not rivals."""
    words = [{w for w in plain_key(t.described.names.full).split() if w not in VENDORS} for t in (a, b)]
    return a.described.names.same_thing(b.described.names) or bool(words[0] & words[1])


def _stems(*texts: str) -> set[str]:
    """The texts' words as stems: several lines read one by one, as joined by spaces (each line's words are kept)."""
    return {_stem(w) for text in texts for w in content_words(text)}


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def facts_of(options: list[Thing], document: Document) -> list[tuple[Thing, str, int]]:
    """Each option's facts that tell it apart: (option, fact, line), never one
    that fits another option, sibling or thing of the section as well."""
    found: list[tuple[Thing, str, int]] = []
    for thing in options:
        others = [o for o in options if o is not thing]
        other_lines = [line.text.lower() for o in others for line in o.described.lines]
        said = frozenset(re.findall(r"[A-Za-z0-9]+", " ".join(other_lines)))  # lines already in lowercase
        other_words = [_stems(*(line.text for line in o.described.lines)) for o in others]
        count = 0
        for text, line in cue_lines(thing):
            if count >= (_facts_per_option(options) if thing.item else NEIGHBOUR_FACTS):
                break
            text = without_others_trait(unshared(document, thing, text, options), said)
            text = without_others_names(text, thing.name, [o.name for o in others])
            text = without_shared_examples(text, line.text, [x.text for x in thing.described.lines], other_lines)
            if not text:
                continue
            if MASK in text or len(content_words(text)) < FACT_WORDS or a_count(text) or claims(text) or unanchored(text):
                continue
            if any(o.described.names.shows(text) for o in options) or _all_words_telling(thing).leaks(text, said):
                continue
            if echoes_another_option(text, thing.name, [o.name for o in others]):
                continue
            text = unspelled_acronyms(thing.name, text)  # "[High performance computing] at scale" of HPC Optimized
            if spells_a_form(thing.described.names, others, text):
                # hidden as the name is (`AWS provisions ___ device` of CloudHSM), or left out when that leaves a puzzle
                spelled = spelled_out(thing.described.names)
                text = unspelled(spelled, text) if spelled else ""
                if not text or MASK not in text:
                    continue
            if any(fuzz.token_sort_ratio(text.lower(), other) >= SAME_FACT for other in other_lines):
                continue
            # every telling word of it said of another option too: it fits that one as well
            telling = _stems(text) - GENERIC_WORDS
            if not telling or any(telling <= words for words in other_words) or _fits_another(thing, others, line.line, telling):
                continue
            if _said_elsewhere(telling, thing, others) or not _own_words(telling, other_words):
                continue
            if fits_another_line(text, _their_own_lines(thing, others)) or not asks_well(thing, text):
                continue
            if not singles_out(document, thing, text, options) or fits_one_elsewhere(document, thing, text, options):
                continue
            count += 1
            found.append((thing, text, line.line))
    return found


@per_value  # in every set of options the thing is one of, its words judged once
def _all_words_telling(thing: Thing) -> Names:
    """A word of a name that many other names share still tells these options apart (`compute`)."""
    return replace(thing.described.names, plain=frozenset())


def _own_words(telling: set[str], other_words: Sequence[set[str]]) -> list[str]:
    """The fact's words no other option's lines say, in any form (`app` and
    `applications`), past the properties every offering claims: none, and it fits them too."""
    said = set().union(*other_words)
    in_order = sorted(said)
    return [w for w in telling if not _stem_in(w, _CLAIMED, _CLAIMED_IN_ORDER, PROPERTY_LETTERS) and not _stem_in(w, said, in_order)]


def _stem_in(word: str, said: Set[str], in_order: Sequence[str], letters: int = STEM_LETTERS) -> bool:
    """One of the words and this one the start of the other, the shorter at least `letters` long (or whole):
    `app` and `applications`, `accros` and `accross`. The word's starts are looked up, and the longer words
    it starts are found in `in_order` (the words sorted), not every word compared."""
    if word in said or any(word[:n] in said for n in range(letters, len(word))):
        return True
    # a longer word this one starts sorts right after it: whatever sorts between starts with it too
    after = bisect_right(in_order, word)
    return len(word) >= letters and after < len(in_order) and in_order[after].startswith(word)


def _said_elsewhere(telling: set[str], thing: Thing, others: Sequence[Thing]) -> bool:
    """Most of a fact's telling words in one line another option says of itself
    (`replicated across 3 AZ` of both databases): the fact fits that one too."""
    if len(telling) < FACT_WORDS:
        return False
    own = {line.line for line in thing.described.lines}
    for other in others:
        for line in other.described.lines:
            if line.line in own or about_another(other, line.text):
                continue  # the thing's own line, or one about a third thing, listed under the other
            if len(telling & _stems(line.text)) > ELSEWHERE * len(telling):
                return True
    return False


def _their_own_lines(thing: Thing, others: Sequence[Thing]) -> list[str]:
    """What the other options say of themselves: not the thing's own lines listed under one, nor a line about a third thing."""
    own = {line.line for line in thing.described.lines}
    return [line.text for o in others for line in o.described.lines if line.line not in own and not about_another(o, line.text)]


def _fits_another(thing: Thing, others: list[Thing], line: int, telling: set[str]) -> bool:
    """A further fact more like another option's name and definition than its
    own thing's (`speech to text` of Lex, when Transcribe converts speech to text)."""
    first = next((entry.line for entry in thing.described.lines if entry.text.startswith(thing.described.definition[:20])), None)
    if line == first:
        return False  # its own definition
    mine = len(telling & _stems(f"{thing.name} {thing.described.definition}"))
    return any(len(telling & _stems(f"{o.name} {o.described.definition}")) >= max(FITS_OTHER, mine + 1) for o in others)


def compared(document: Document) -> frozenset[tuple[str, str]]:
    """(answer, fact) of every comparison card: a recognition card with that
    one cue and answer would ask the same again."""
    return frozenset((name_key(thing.name), plain_key(text)) for _, facts in comparisons(document) for thing, text, _ in facts)


def _card(sink: CardSink, thing: Thing, options: list[Thing], names: list[str], fact: str, line: int) -> Card | None:
    sink.section = thing.section
    sink.topic_title = thing.topic
    context = _shared_context(options)
    before = len(sink.cards)
    sink.add(
        "compare",
        "basic",
        prompt=f'<div class="sp-label">{escape(_asked(options, names, thing))}</div><div>{escape(as_shown(fact))}</div>',
        # the words a blank hides because they spell the name ("___ at scale" of HPC Optimized) are said with it
        answer=f"<div><b>{escape(thing.name)}</b></div>" + "".join(f"<div>{escape(run)}</div>" for line_ in thing.described.lines if line_.line == line and MASK in fact for run in spelled_acronyms(thing.name, line_.text))
        + lines_cut_short(thing, (line,)),
        context=context,
        id_context=_shared_context(options, id_breadcrumb),
        lines=(line, thing.described.line),
        key=("compare", *sorted(name_key(n) for n in names), " ".join(plain_key(fact).split()[:16])),
    )
    return sink.cards.pop(before) if len(sink.cards) > before else None  # None: an id already asked


def _asked(options: list[Thing], names: list[str], answer: Thing | None = None) -> str:
    """`A or B?`; over tiers whose lines say what each adds to the one before (`(+ prod system
    down)`), or of a base tier named as such (`Shield Standard` beside `Shield Advanced`), a fact
    of one tier holds for the tiers above it too: the lowest that has it is asked."""
    if are_options_tiers(options):
        return f"{TIERS_ASKED} it: {option_list(names)}?"
    if answer is not None and below_by_name(answer.name, names):
        # `Shield Standard` beside `Shield Advanced` and `WAF`: the firewall is no tier of the shield,
        # so the lowest tier is asked among the shield's tiers alone, one question
        tiers = [n for n in names if n == answer.name or below_by_name(answer.name, [n])]
        return f"{TIERS_ASKED} it: {option_list(tiers)}?"
    return f"{option_list(names)}?"


def are_options_tiers(options: Sequence[Thing]) -> bool:
    return are_tiers([line.text for line in t.described.lines] for t in options)


def _shared_context(options: list[Thing], crumb: Callable[[Thing], tuple[str, ...]] = breadcrumb) -> tuple[str, ...]:
    """The breadcrumb all options share, without a heading that shows any of them."""
    crumbs = [crumb(t) for t in options]
    shared: list[str] = []
    for parts in zip(*crumbs):
        if len(set(parts)) > 1:
            break
        shared.append(parts[0])
    return tuple(shared)


def _facts_per_option(options: list[Thing]) -> int:
    """Facts asked of each sibling: fewer in a long list, whose every option is asked."""
    return FACTS_PER_THING if len(options) < MANY_OPTIONS else 1
