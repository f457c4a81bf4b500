"""Whether a cue singles its answer out among the things a learner confuses it with.

A cue (a recognition card's line, a comparison card's fact) is read by a
learner who knows the notes' other things too. It tells its answer apart only
where it says something the answer's own lines say and no confusable thing's
lines say in any form: a word whose stem no sibling, nor any other thing of the
same section, ever writes. A clause that opens as a confusable's line does
(`short workloads` of both On-Demand and Spot, `track costs` of four cost
tools) fits that one as well, so its words tell nothing apart either.
"""

from __future__ import annotations

import re
import sys
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from pipeline.cards.cue_words import CLAIMED_PROPERTIES, CUE_MIN_WORDS, MEASURE_WORDS, OFFERING_WORDS, STOPWORDS, WORD, content_words
from pipeline.cards.others import may_mention_in, mentions
from pipeline.cards.rivals import PARTIES, Listed, Rivals, agents_of, unordered
from pipeline.cards.per_document import per_document, per_value
from pipeline.cards.kinds import kind_of, notes_text
from pipeline.cards.things import Thing, things_of
from pipeline.model import Document
from pipeline.model.naming import MASK

# Stemmed, "provides" is "provid"; and "used", "can" tell no offering apart either.
GENERIC = OFFERING_WORDS | {"manag", "provid", "used", "use", "can"}
_SUFFIXES = ("ations", "ation", "ings", "ing", "ments", "ment", "ities", "ity", "ies", "ed", "es", "s", "ly", "al")
AMBIGUOUS = 0.9  # share of a cue's words another thing's lines also hold, for the cue to be that one's too
AMBIGUOUS_MORE = 0.5  # the same, for a further cue, which has no definition beside it
COMMON_HOLDERS = 2  # other things whose lines say a word, for it to be a common one (`storage`, `container`)
VOCABULARIES_KEPT = 64  # a thing's cues are weighed one after another: the last few things' confusables suffice
ECHO_HOLDERS = 3  # other things whose lines say two words together (a parent repeats its items), for them to be what one is known by
STEM_MIN = 4  # letters a stem keeps: `uses` is no form of `user`
# a clause that sets two things apart: `full version of the app, but at minimum size`
_CONTRAST = re.compile(r"(?:but|whereas|while|yet|though|unlike|except|only)\b", re.IGNORECASE)
# two words joined by a direction: `speech into text`
_DIRECTION = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:to|into|from|->|→)\s+([A-Za-z][\w-]*)", re.IGNORECASE)


@lru_cache(maxsize=None)  # every word of the notes, again per cue and line: a bounded cache misses most at 10x
def stem(word: str) -> str:
    """A word's form without its common ending: `tracking` and `track`, `workloads` and `workload`."""
    word = word.lower().strip("'-")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= STEM_MIN:
            word = word[: -len(suffix)]
            break
    return sys.intern(word)  # each line's stems are kept: one copy of each


PROPERTIES = frozenset(stem(w) for w in CLAIMED_PROPERTIES)
MEASURES = frozenset(stem(w) for w in MEASURE_WORDS)


def _stems(text: str) -> list[str]:
    """The text's telling words as stems, in order: no stopword, nothing every offering says."""
    return [s for s in (stem(w) for w in content_words(text)) if s not in GENERIC]


class _Said:
    """What each thing's lines say: stems and pairs of neighbouring stems, line by line."""

    def __init__(self, things: Sequence[Thing], written: str) -> None:
        self.things = things
        # a line's stems as a tuple, not sets of stems and of pairs: read in whole, they cost a fraction kept for every line
        self.lines: list[tuple[int, int, str, tuple[str, ...]]] = []
        self.by_section: dict[str, list[int]] = {}
        self.by_group: dict[str, list[int]] = {}
        for n, thing in enumerate(things):
            self.by_section.setdefault(thing.section, []).append(n)
            self.by_group.setdefault(thing.group, []).append(n)
        self.of_thing: dict[int, list[int]] = {}
        for n, thing in enumerate(things):
            texts = [(line.line, line.text) for line in thing.described.lines] + [(thing.described.line, thing.name)]
            for number, text in texts:
                words = _stems(text)
                self.of_thing.setdefault(n, []).append(len(self.lines))
                self.lines.append((n, number, text, tuple(words)))
        self.index = {id(t): n for n, t in enumerate(things)}
        self.kinds = [kind_of(t, written) for t in things]
        self.by_name: dict[str, list[int]] = {}  # the things a one-word name names
        for n, thing in enumerate(things):
            self.by_name.setdefault(thing.described.names.full.lower(), []).append(n)
        holders: dict[str, set[int]] = {}  # the things whose lines say each stem, anywhere in the notes
        pair_holders: dict[tuple[str, str], set[int]] = {}  # the things whose lines say two words side by side
        for n, _, _, words in self.lines:
            for word in words:
                holders.setdefault(word, set()).add(n)
            for pair in zip(words, words[1:]):
                pair_holders.setdefault(unordered(pair), set()).add(n)
        # kept as long as the lines: tuples, a fraction of a set's size
        self.holders = {word: tuple(found) for word, found in holders.items()}
        self.pair_holders = {pair: tuple(found) for pair, found in pair_holders.items()}
        # the neighbouring words of each thing's name and defining line: what a learner knows it by
        self.defining_pairs: dict[tuple[str, str], set[int]] = {}
        for n, thing in enumerate(things):
            for text in (thing.name, thing.described.definition):
                words = _stems(text)
                for pair in zip(words, words[1:]):
                    if pair[0] != pair[1]:
                        self.defining_pairs.setdefault(unordered(pair), set()).add(n)
        # what a thing's confusables say, for the things asked last
        self.rivals: OrderedDict[tuple[int, ...], Rivals | Listed] = OrderedDict()


@per_document  # asked of every cue of every card kind
def _said(document: Document) -> _Said:
    return _Said(things_of(document), notes_text(document))


def confusables(document: Document, thing: Thing, among: Sequence[Thing] = ()) -> list[Thing]:
    """The things a learner confuses the thing with: `among`, the options a card
    shows, or else its siblings, the things named under it (`Site to Site VPN`
    under `VPN`) and the other things of its section of its kind; never a form of itself."""
    said = _said(document)
    things = said.things
    near = set() if among else _near(said, thing)
    found = [things[n] for n in sorted(near)] + list(among)
    return [t for t in found if t is not thing and not t.described.names.same_thing(thing.described.names)]


def confusable_with(document: Document, thing: Thing) -> Callable[[Thing], bool]:
    """Whether another thing is one of `confusables(document, thing)`: asked of one thing, not listed."""
    said = _said(document)
    near = _near(said, thing)

    def confusable(other: Thing) -> bool:
        n = said.index.get(id(other))
        return n is not None and n in near and other is not thing and not other.described.names.same_thing(thing.described.names)

    return confusable


def _kind(said: _Said, thing: Thing) -> str:
    return said.kinds[said.index[id(thing)]] if id(thing) in said.index else ""


def _near(said: _Said, thing: Thing) -> set[int]:
    """The places of the things `confusables` finds besides options: siblings whatever their
    kind; of the section, things of the thing's kind (a pillar is no rival of a product); the
    named lines under it."""
    kind = _kind(said, thing)
    section = [n for n in said.by_section.get(thing.section, ()) if said.kinds[n] == kind]
    return {*said.by_group.get(thing.group, ()), *section, *_children(said, thing)}


def singles_out(document: Document, thing: Thing, text: str, among: Sequence[Thing] = ()) -> bool:
    """Whether the cue says a word that no confusable's lines say in any form,
    or two words in the order none of them does (`speech into text` where
    another turns `text into speech`)."""
    words = _telling(text)
    # a direction (`speech into text`), not any two neighbouring words: most pairs turn up reversed somewhere
    pairs = {(stem(a), stem(b)) for a, b in _DIRECTION.findall(text)}
    rivals = _rivals(document, thing, tuple(t for t in among if t is not thing))
    if any(not rivals.says(w) for w in words) or any(rivals.says_pair((b, a)) and not rivals.says_pair((a, b)) for a, b in pairs):
        return True
    # who does it (`AWS manages the keys` where another says `we manage keys ourselves`)
    return any(rivals.says_agent((_other_party(party), verb)) and not rivals.says_agent((party, verb)) for party, verb in agents_of(text))


def _other_party(party: str) -> str:
    return PARTIES[1] if party == PARTIES[0] else PARTIES[0]


def _telling(text: str) -> set[str]:
    """The cue's words that may tell a thing apart: no property every offering claims, and no
    unit (`1 message per sec to 10000s`: how much, which any rival may reach)."""
    return {w for w in _stems(text.replace(MASK, " ")) if w not in PROPERTIES and w not in MEASURES}


def unshared(document: Document, thing: Thing, text: str, among: Sequence[Thing] = ()) -> str:
    """The cue without an opening trait a confusable's line opens the same way
    with (`Short workloads, billing per second` of On-Demand, where Spot says
    `short workloads` too): the learner would read that one into it. A line
    whose next clause sets the two apart (`..., but at minimum size`) is kept whole."""
    opening, comma, rest = text.partition(", ")
    first = _stems(opening)
    plain = [w for w in WORD.findall(rest) if w[:1].islower() and w.lower() not in STOPWORDS]  # `ASG, EBS, Lambdas` says no trait
    if not comma or len(first) < 2 or _CONTRAST.match(rest) or len(plain) < CUE_MIN_WORDS:
        return text
    rivals = _rivals(document, thing, tuple(t for t in among if t is not thing))
    if rivals.says_pair((first[0], first[1])) and all(rivals.says(w) for w in first):
        return rest[:1].upper() + rest[1:]
    return text


def tells_apart(document: Document, thing: Thing, cue: str, written: str) -> bool:
    """Whether a recognition cue (the line `written`, its name hidden) singles the
    thing out: among its section, and among all the notes where its blank hides a common word."""
    if not singles_out(document, thing, cue) or _blanks_another(document, thing, written, cue):
        return False
    return not hides_a_common_word(document, thing, written, cue) or singles_out_anywhere(document, thing, cue)


def leans_on_another_cue(document: Document, thing: Thing, cue: str, written: str) -> bool:
    """A cue that singles the thing out among its section, but whose blank hides a
    word other things say (`show all regions and all services ___` of Service Health
    Dashboard): a clue beside one that singles it out among all the notes (`RSS feed`)."""
    if not singles_out(document, thing, cue) or _blanks_another(document, thing, written, cue):
        return False
    return hides_a_common_word(document, thing, written, cue) and not singles_out_anywhere(document, thing, cue)


def supported(document: Document, thing: Thing, group: Sequence[tuple[str, bool]]) -> list[int]:
    """The places of a card's cues (each with whether it leans on another) that
    stay: the leaning ones only beside a cue that singles the thing out anywhere."""
    strong = any(not leans and singles_out_anywhere(document, thing, cue) for cue, leans in group)
    return [n for n, (_, leans) in enumerate(group) if strong or not leans]


def _blanks_another(document: Document, thing: Thing, written: str, cue: str) -> bool:
    """The blank hides a word that is another thing's whole name (`within the ___
    cluster` of `CloudHSM Keys`): the cue then reads as a clue to that one."""
    if MASK not in cue:
        return False
    said = _said(document)
    hidden = [w for w in WORD.findall(written) if w.lower() not in {x.lower() for x in WORD.findall(cue)}]
    others = [said.things[n] for word in hidden for n in said.by_name.get(word.lower(), ())]
    return any(other is not thing and not other.described.names.same_thing(thing.described.names) for other in others)


def hides_a_common_word(document: Document, thing: Thing, written: str, cue: str) -> bool:
    """The cue's blank hides one word of a longer name that other things' lines say as a
    plain word (`storage` of `Storage Explorer`, `container` of `Container
    Instances`): the rest of the line must then single the thing out among all
    the notes' things, not only its section's, or it reads as any of them."""
    names = thing.described.names
    # a blank over the whole name (`automate ___` of `AWS Backup`) hides the answer, not a clue to it
    if MASK not in cue or cue.startswith(MASK) or len(names.words) < 2 or not names.leaks(written):
        return False
    said = _said(document)
    me = said.index.get(id(thing))
    hidden = {stem(w) for w in content_words(written)} - {stem(w) for w in content_words(cue)}
    return any(sum(n != me for n in said.holders.get(w, ())) >= COMMON_HOLDERS for w in hidden)


def singles_out_anywhere(document: Document, thing: Thing, text: str) -> bool:
    """Whether the cue says a word that no other thing of the notes says (nor a
    parent over the thing's own lines): what a cue short of its key word needs."""
    return bool(said_nowhere_else(document, thing, text))


def said_nowhere_else(document: Document, thing: Thing, text: str) -> frozenset[str]:
    """The cue's telling words (as stems) that no other thing of the notes says."""
    said = _said(document)
    me = said.index.get(id(thing))
    own = _own_lines(thing)

    def elsewhere(n: int) -> bool:
        other = said.things[n]
        return n != me and not other.described.names.same_thing(thing.described.names) and not own >= _own_lines(other) and not _own_lines(other) >= own

    words = {w for w in _stems(text) if w not in PROPERTIES}
    return frozenset(w for w in words if not any(elsewhere(n) for n in said.holders.get(w, ())))


def said_together(document: Document, thing: Thing, text: str) -> bool:
    """A line each of whose telling words some confusable says, but none of them two
    (`document search` where one says `documents`, another `search`): together the
    words say the thing, as a learner reads them."""
    said = _said(document)
    words = {w for w in _stems(text) if w not in PROPERTIES}
    if len(words) < 2 or MASK in text:  # a blank may hide the word that told it apart
        return False
    own = _own_lines(thing)
    for other in confusables(document, thing):
        n = said.index.get(id(other))
        entries = [said.lines[k] for k in said.of_thing.get(n, ())] if n is not None else _entries(other)
        named = may_mention_in(thing.described.names, other)
        theirs = set().union(*(e[3] for e in entries if e[1] not in own and not (named and mentions(thing.described.names, e[2]))))
        if len(words & theirs) > 1:
            return False
    return True


def echoes_another(document: Document, thing: Thing, text: str) -> bool:
    """The cue says two neighbouring words that another thing's name or defining line
    says together (`DDoS protection` of a firewall, where a shield is `premium DDoS
    protection`): a learner reads that one into it."""
    said = _said(document)
    me = said.index.get(id(thing))
    own = _own_lines(thing)
    words = [w for w in _stems(text.replace(MASK, " ")) if w not in PROPERTIES]
    for pair in {unordered(p) for p in zip(words, words[1:]) if p[0] != p[1]}:
        # two words many things say together (`EC2 instances`) are known by none of them
        if sum(n != me for n in said.pair_holders.get(pair, ())) > ECHO_HOLDERS:
            continue
        for n in said.defining_pairs.get(pair, ()):
            other = said.things[n]
            if n != me and not other.described.names.same_thing(thing.described.names) and not _own_lines(other) >= own:
                return True
    return False


@per_value
def _own_lines(thing: Thing) -> frozenset[int]:
    return frozenset(line.line for line in thing.described.lines)


def _rivals(document: Document, thing: Thing, among: tuple[Thing, ...]) -> Rivals | Listed:
    """What the thing's confusables' lines say, past the thing's own lines listed
    under one of them and their lines about the thing: asked once per thing (and set of options)."""
    said = _said(document)
    key = (id(thing), *sorted(id(t) for t in among))
    if key in said.rivals:
        said.rivals.move_to_end(key)
        return said.rivals[key]
    own = _own_lines(thing)
    places = [said.index.get(id(t)) for t in among]
    found: Rivals | Listed
    if None not in places:  # the document's things: looked up word by word
        found = Rivals(said, thing, set(places) if among else _near(said, thing), own, set(_children(said, thing)).__contains__)
    else:  # an option of another document: every line read
        children = set(_children(said, thing))
        words: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        agents: set[tuple[str, str]] = set()
        for other in confusables(document, thing, among):
            n = said.index.get(id(other))
            for _, number, text, line_words in [said.lines[k] for k in said.of_thing.get(n, ())] if n is not None else _entries(other):
                # a parent lists the thing's own lines; a thing named under it says its own
                if (number not in own or n in children) and not mentions(thing.described.names, text):
                    words.update(line_words)
                    pairs.update(zip(line_words, line_words[1:]))
                    agents.update(agents_of(text))
        found = Listed(frozenset(words), frozenset(pairs), frozenset(agents))
    said.rivals[key] = found
    if len(said.rivals) > VOCABULARIES_KEPT:
        said.rivals.popitem(last=False)
    return found


def _children(said: _Said, thing: Thing) -> list[int]:
    """The named lines under a topic (`Site to Site VPN` and `Direct Connect` under `VPN`)."""
    if thing.item:
        return []
    return [n for n in said.by_section.get(thing.section, ()) if said.things[n].item and said.things[n].topic == thing.topic]


def _entries(thing: Thing) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """A thing outside the indexed list (an option of another document): its lines read afresh."""
    texts = [(line.line, line.text) for line in thing.described.lines] + [(thing.described.line, thing.name)]
    found = []
    for number, text in texts:
        words = _stems(text)
        found.append((-1, number, text, tuple(words)))
    return found


def ambiguous(
    cues: Sequence[str], position: int, things: Sequence[Thing], vocabulary: list[set[str]], holders: dict[str, list[int]], share: float = AMBIGUOUS
) -> bool:
    """Another thing's own lines (not the thing's at `position`, nor another
    form of it) say `share` of what these cues say."""
    words = set(content_words(" ".join(cues)))
    need = share * len(words)
    thing = things[position]
    if not words:
        candidates: Iterable[int] = range(len(things))
    else:
        # A thing that holds all but a few of the words holds one of the rarest
        # few: only those are compared, so the cost does not grow with the notes.
        rarest = sorted(words, key=lambda w: (len(holders.get(w, ())), w))[: len(words) - int(need) + 1]
        candidates = sorted({n for w in rarest for n in holders.get(w, ())})
    return any(n != position and len(words & vocabulary[n]) >= need and not things[n].described.names.same_thing(thing.described.names) for n in candidates)
