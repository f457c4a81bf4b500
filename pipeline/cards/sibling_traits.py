"""Sibling lines that each list the traits of one side:

    - Shield Standard: free, automatic, L3/L4
    - Shield Advanced: paid, 24/7 response team, cost protection
    - pros: adaptability, simplicity, scale
    - cons: hallucinations, nondeterminism, cost

Each line's own card asks it forward ("Shield Advanced → paid, ..."), and
an item blanked in an open list ("cons: ..., [...]") asks a guess. The exam
gives the trait and asks the side: each trait becomes "Shield Standard or
Shield Advanced? cost protection" → Shield Advanced. Only sides that are
rivals are read so: names (`Standard`, `Lambda`, `T568A`) or a facet and
its opposite (`pros` / `cons`); a trait both lines list tells neither apart."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.cards.card_topics import card_topics
from pipeline.cards.classify import STEM_LETTERS
from pipeline.cards.glossed_lists import option_card, tells_its_name
from pipeline.cards.sink import CardSink, ImageSource
from pipeline.cards.sub_lists import split_outside_brackets
from pipeline.model import Card, Document, Node
from pipeline.model import inline as inl
from pipeline.model.inline import plain_key
from pipeline.model.inflection import stem
from pipeline.model.naming import name_key, names_of

MAX_SIDES = 4
MIN_TRAITS = 2
TRAIT_WORDS = 6  # a longer item is a clause of its own, no trait to sort
SIDE_WORDS = 5
_COMMAS = re.compile(r"\s*,(?!\d{3}\b)\s*")  # not the thousands of "$3,000"
# a facet and its opposite: the two sides of one thing
_OPPOSITES = (
    frozenset({"pros", "cons"}),
    frozenset({"advantages", "disadvantages"}),
    frozenset({"benefits", "drawbacks"}),
    frozenset({"benefits", "risks"}),
    frozenset({"strengths", "weaknesses"}),
    frozenset({"do", "don't"}),
    frozenset({"dos", "don'ts"}),
)
_NAME = re.compile(r"^[A-Z0-9]|.[A-Z0-9]")  # "Standard", "ECS", "T568A", "gp3": a name's capital or digit
# a heading over rivals: "Ansible vs Puppet", "Entra ID tiers", "Support plans"
_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)
_KINDS = re.compile(r"\b(?:tiers?|types?|kinds?|options?|plans?|editions?|modes?|classes|levels?|models?|flavou?rs?|versions?|sides?)\b", re.IGNORECASE)
# "or clientless via browser", "but no control over placement", "e.g. ML": a remark on the trait before
_LEANS_ON = re.compile(r"^(?:or|and|but|so|e\.?g\.?|i\.?e\.?|for\s+ex(?:ample)?|incl\.?|etc)\b", re.IGNORECASE)
_LITTLE = frozenset("a an the of for and or to in on aws azure google amazon microsoft".split())


def sibling_trait_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[Card]:
    sink = CardSink(document.path, pack_slug, image_src, once_per_id=True)
    for context, title, topic in card_topics(sink, document):
        for heading, nodes in _lists(title, topic.body):
            for run in _runs(nodes, heading):
                _asked(sink, context, run)
    return sink.cards


def _lists(heading: str, nodes: tuple[Node, ...]) -> Iterator[tuple[str, tuple[Node, ...]]]:
    """Each list of lines with the heading or the line it is under."""
    yield heading, nodes
    for node in nodes:
        if node.children:
            yield from _lists(inl.to_plain(node.inline), node.children)


Side = tuple[str, list[str], int]  # the side's name, its traits, its line


def _side(node: Node) -> Side | None:
    """`Shield Advanced: paid, 24/7 response team, cost protection`: a side and its traits."""
    if node.children or node.role not in ("item", "step", "line") or not node.cards or node.table is not None:
        return None
    split = inl.split_term(node.inline)
    if split is None:
        return None
    name, rest = inl.to_plain(split[0]).strip(), inl.to_plain(split[1]).strip().rstrip(".")
    traits = split_outside_brackets(rest, _COMMAS)
    if not name or len(name.split()) > SIDE_WORDS or not traits:
        return None
    traits = [t.strip() for t in traits if t.strip()]
    sizes = [len(inl.ASIDE.sub("", t).split()) for t in traits]
    if max(sizes) > TRAIT_WORDS or ". " in rest or _runs_on(traits, sizes):
        return None
    return name, traits, node.line


def _runs_on(traits: list[str], sizes: list[int]) -> bool:
    """`allow to change instance type, family, OS, scope and tenancy`: a lower-case word after a
    clause is that clause's list going on, no trait of its own."""
    return any(a >= CLAUSE_WORDS and b == 1 and t[:1].islower() for a, b, t in zip(sizes, sizes[1:], traits[1:]))


CLAUSE_WORDS = 4


def _runs(nodes: tuple[Node, ...], heading: str) -> Iterator[list[Side]]:
    """Runs of two to four sibling lines, each a side and its traits, the sides rivals."""
    run: list[Side] = []
    for node in (*nodes, None):
        side = _side(node) if node is not None else None
        if side is not None:
            run.append(side)
            continue
        listed = sum(len(traits) >= MIN_TRAITS for _, traits, _ in run)
        if listed >= 2 and len(run) <= MAX_SIDES and _rivals([name for name, _, _ in run], heading):
            yield run
        run = []


def _rivals(names: list[str], heading: str) -> bool:
    """A facet and its opposite, or names the heading over them sets side by side
    ("Ansible vs Puppet", a kind's tiers or plans, or naming them), or that share a word
    of their own (`Shield Standard`, `Shield Advanced`): not a heading's assorted topics."""
    keys = [name.lower() for name in names]
    if len(set(keys)) < len(keys):
        return False
    if frozenset(keys) in _OPPOSITES:
        return True
    if not all(_NAME.search(name) for name in names):
        return False
    if _VERSUS.search(heading) or _KINDS.search(heading) or sum(names_of(name).shows(heading) for name in names) >= 2:
        return True
    own = [set(re.findall(r"[a-z0-9]+", key)) - _LITTLE for key in keys]
    return bool(set.intersection(*own))


def _asked(sink: CardSink, context: tuple[str, ...], run: list[Side]) -> None:
    names = [name for name, _, _ in run]
    keys = [[plain_key(inl.ASIDE.sub("", t)) for t in traits] for _, traits, _ in run]
    for (name, traits, line), own in zip(run, keys):
        for trait, key in zip(traits, own):
            shared = any(key in theirs for theirs in keys if theirs is not own)
            if not key or shared or _says_a_side(trait, names) or _LEANS_ON.match(trait) or _gives_away(trait, name, names):
                continue  # a trait both sides have, or one that names a side, tells none apart
            option_card(sink, names, trait, name, context, line, ("traits", *sorted(name_key(n) for n in names), key))


def _gives_away(trait: str, name: str, names: list[str]) -> bool:
    """`GPUs and other hardware accelerators` of *Accelerated Computing*, `high performance
    computing` of *HPC Optimized*: a word of its own side's name, or its spelling, and of no other."""
    if tells_its_name(trait, name, ()):  # (the breadcrumb may name the sides: the front lists them anyway)
        return True
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", trait)).lower()
    if any(acronym.lower() in initials for acronym in re.findall(r"\b[A-Z]{2,6}\b", name)):
        return True  # "high performance computing" spells HPC
    others = {_root(w) for other in names if other != name for w in _words(other)}
    own = {_root(w) for w in _words(name)} - others
    return bool(own & {_root(w) for w in _words(trait)})


def _root(word: str) -> str:
    return word[:STEM_LETTERS] if len(word) >= STEM_LETTERS else stem(word)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _LITTLE and len(w) > 2]


def _says_a_side(trait: str, names: list[str]) -> bool:
    return any(names_of(name).shows(trait) for name in names)
