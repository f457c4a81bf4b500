"""The things a document names and describes: its topics, and the named lines
under a topic that have siblings like them (`Private Cloud: ...`, `Glacier:`
with lines under it). Recognition, comparison and practice cards ask about them.

A topic whose title is a question or a generic label ("Pricing", "Use
cases"), or whose lines are all its named items, is no thing of its own;
its items may be. A title naming two things ("Internet Gateway & NAT
Gateways") gives each the lines that start with its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from pipeline.cards.knowledge_lines import knowledge
from pipeline.cards.line_shapes import VERSUS
from pipeline.cards.named_runs import named_runs, run_start
from pipeline.cards.per_document import per_document
from pipeline.cards.prompts import is_fragment, is_remark_flag
from pipeline.cards.series import NUMBERED, series_leads
from pipeline.cards.summaries import in_recap
from pipeline.cards.written_names import as_written, written_words
from pipeline.model import Document, Inline, Node, Topic
from pipeline.model import inline as inl
from pipeline.model.definitions import Described, Line, describe_node, described, flatten
from pipeline.model.naming import Names, acronym_of, clean_title, compound_parts, name_key, names_of, without_former_name

_COINED_WORD = re.compile(r"[a-z][A-Z]|[A-Z]{2}|\d")

MAX_NAME_WORDS = 6
# Labels that name a part of a topic (its pricing, its security), not a thing of
# their own (prompts.GENERIC_LABELS, another set, are labels no prompt may be).
PART_LABELS = frozenset(
    """advantages benefits cli commands definition details examples features kinds notes options other
    overview policies pricing principles process steps services summary supports types usage
    permissions objects networking volumes storage security compute structure resources components
    architecture concepts basics limits tips workflow lifecycle""".split()
) | frozenset({"cost benefits", "design principles", "use cases", "for ex", "for example", "how it works"})
# A title ending in one of these names a part or a procedure of something (`Policy Structure`, `Usage Process`).
_GENERIC_TAILS = frozenset(
    """structure process steps procedure workflow usage overview basics concepts tips models strategies
    considerations hierarchy ecosystem infra infrastructure""".split()
)
_QUESTION_WORDS = frozenset("how what when where which who why".split())
_FACETS = frozenset({"tiers", "skus", "editions", "limits", "pricing"})  # a thing's facet beside its members, none of them
_TASK_VERBS = frozenset("revoke rotate create enable disable configure install remove delete grant assign deploy migrate move upgrade reset restore".split())
_TAIL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
_NAME_CHARS = re.compile(r"^[\w][\w\s\-&/().'’:]*$")
Head = tuple[Inline, Inline]  # a named line's name and what it says after it
_STARTS_WITH_TERM = re.compile(r"^\S.{0,40}?\s(?:refers to|means)\s", re.IGNORECASE)
_COUNTED = re.compile(r"^(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s", re.IGNORECASE)
_QUESTION = re.compile(r"\?\s*:?\s*$")
_GLOSS = re.compile(r"\s+[-–—]\s+.*$")  # `AWS responsibility - security of the Cloud`: a side and its gloss


@dataclass(frozen=True)
class Thing:
    described: Described
    section: str
    topic: str  # the title of the topic it is in, as cards name their topic
    context: tuple[str, ...]  # where it sits: section, headings, and the topic for an item
    group: str  # things of one group are siblings: items of one parent, a numbered series
    item: bool  # a named line under a topic, rather than a topic
    holds_items: bool = False  # a topic whose named lines, or labelled lists, are asked on their own
    lead: str = ""  # the line that introduces the numbered series it is a member of

    @property
    def name(self) -> str:
        return self.described.names.display


def things_of(document: Document) -> list[Thing]:
    return list(_things_of(document))


_QUESTION_NUMBER = re.compile(r"^(?:(?:q|question|#|no\.?)\s*\d+|[A-Za-z\d])[.:)]?$", re.IGNORECASE)
# "RAID quick ref", "Self-quiz", "Other roles mentioned", "EtherChannel lab": the author's
# own headings for a part of the notes, no thing to recognise or to choose among others
_STUDY_HEADING = re.compile(
    r"\b(?:quick\s+ref(?:erence)?|cheat\s*sheet|self[\s-]*quiz|quiz|lab|recap|mentioned|misc|stuff|gotchas|tips)$|^others?\b"
    # "Also: vendor monitoring, ...": a word that only adds on to the lines before
    r"|^(?:also|plus|more|extras?|and|then|finally|besides)$"
    r"|\((?:general|misc|other|overview)\)$|^(?:mnemonics?|parts|general|overview|basics|summary|notes)$"
    # "Deployment models", "Characteristics": a heading over a kind's members, no member itself
    r"|^(?:\w+\s+)?(?:models|characteristics|concepts|principles|benefits|features|categories|components|considerations|fundamentals|types|kinds)$",
    re.IGNORECASE,
)


def _no_thing(name: str) -> bool:
    """A question's number ("Q3") or an answer's letter ("C" of "2. **C** — ..."), a heading of the
    author's, or a callout's flag ("EXAM TIP", "Remember"): none names a thing to choose. Nor does a
    heading that compares ("Secrets Manager vs Parameter Store"): it is both sides, none of its own,
    and a side's fact answered with it teaches the wrong link."""
    name = name.strip(" `*:")
    return bool(_QUESTION_NUMBER.match(name) or _STUDY_HEADING.search(name) or is_remark_flag(name) or VERSUS.search(name))


@per_document
def _things_of(document: Document) -> tuple[Thing, ...]:
    found: list[Thing] = []
    schemes = label_schemes(document)
    for section in document.sections:
        section_title = inl.to_plain(section.title).strip()
        series = _named_series(section.topics)
        leads = series_leads(section.topics, series)
        for index, topic in enumerate(section.topics):
            # a summary's labels ("Training: Spot + checkpoints, ...") recap parts of the notes: no thing to recognise
            if topic.cards and topic.body and not in_recap(section_title, inl.to_plain(topic.title)):
                things = _topic_things(section_title, topic, schemes, topic.parents in series, resumed=topic.intro and index > 0)
                lead = leads.get(topic.parents, "") if NUMBERED.match(inl.to_plain(topic.title)) else ""
                # "Q3: Which protocol ...?": a question's number names no thing
                things = [t for t in things if t.described.lines and not _no_thing(t.name)]
                found.extend(replace(t, lead=lead) if lead and not t.item else t for t in things)
    return tuple(as_written(found, written_words(document)))


def _named_series(topics: Iterable[Topic]) -> set[tuple[str, ...]]:
    """Where numbered headings are mostly names (`1. Operational Excellence`,
    `2. Security`): each of them names a thing, a plain word too."""
    series: dict[tuple[str, ...], list[bool]] = {}
    for topic in topics:
        title = inl.to_plain(topic.title).strip()
        if NUMBERED.match(title):
            series.setdefault(topic.parents, []).append(_is_name(title, heading=True))
    return {parents for parents, named in series.items() if len(named) >= 3 and sum(named) * 2 >= len(named)}


@per_document
def label_schemes(document: Document) -> frozenset[str]:
    """First words of the labels of sorting lists that recur in the notes
    (`AWS responsibilities` / `User` under several topics): a scheme to sort
    by, not names of things."""
    seen: dict[str, int] = {}
    for nodes in all_lists(document):
        if is_sorting_list(nodes):
            for key in {_label_key(n) for n in nodes}:
                seen[key] = seen.get(key, 0) + 1
    return frozenset(key for key, count in seen.items() if count > 1)


def is_classification(nodes: list[Node], schemes: frozenset[str]) -> bool:
    """A sorting list whose labels recur as a scheme, or are none of them names of things."""
    if not is_sorting_list(nodes):
        return False
    return any(_label_key(n) in schemes for n in nodes) or not any(_is_name(label_text(n)) for n in nodes)


def side_name(label: str) -> str:
    """`AWS responsability - security of the Cloud` -> `AWS responsability`: a side without its gloss."""
    return _GLOSS.sub("", label).strip() or label


def label_text(node: Node) -> str:
    split = inl.node_split(node.inline, bool(node.children))
    return clean_title(inl.to_plain(inl.strip_label(split[0] if split else node.inline)))


def _label_key(node: Node) -> str:
    return name_key(label_text(node))


def all_lists(document: Document) -> Iterator[list[Node]]:
    """Every list of the notes' knowledge, nested ones too, each as its lines."""
    def walk(nodes: list[Node]) -> Iterator[list[Node]]:
        yield nodes
        for node in nodes:
            if node.children:
                yield from walk(list(node.children))

    for section in document.sections:
        for topic in section.topics:
            if topic.cards:
                yield from walk(knowledge(topic.body))


def _topic_things(section: str, topic: Topic, schemes: frozenset[str], in_series: bool, resumed: bool = False) -> Iterator[Thing]:
    """The things a topic names: itself, unless it is a section's text resumed after its topics
    ("gotcha: SVI is up/up only if ..." after *VLANs*: no description of *Network Access*), and its items."""
    raw_title = inl.to_plain(topic.title).strip()
    title = section if topic.intro else raw_title
    context = (section, *topic.parents)
    group_numbered = NUMBERED.match(raw_title)
    group = f"series:{section}:{'/'.join(topic.parents)}" if group_numbered else f"topic:{section}"
    body = knowledge(topic.body)
    own_names = names_of(title)
    # a title with its former name (`AWS Trust & Safety (formerly AWS Abuse)`) names one thing, whatever joins its words
    parts = compound_parts(title) if without_former_name(title) == title else [title]
    items = _items_of(body, schemes, own_names)
    if len(parts) == 1:  # a line naming the topic itself describes the topic
        items = [(n, h) for n, h in items if not own_names.same_thing(names_of(inl.to_plain(h[0])))]
    inside = {id(node) for node, _ in items}
    rest = [n for n in body if id(n) not in inside]
    if len(parts) > 1:
        yield from _compound(section, title, context, parts, rest, topic.line)
    elif not resumed and _is_name(raw_title if not topic.intro else title, heading=True, series=in_series and bool(group_numbered)) and not (
        topic.intro and (not _coined(title) or _about_another_term(body))
    ):
        own = flatten(rest)
        # lines that each name something else (`Glacier: cheapest storage`) do not describe the topic
        # nor do lines led by numbers (`22: SSH`, `443: HTTPS`): a table of values
        numbered = sum(entry.text[:1].isdigit() for entry in own)
        if own and not all(_is_named(n) for n in rest) and numbered * 2 < len(own):
            holds = bool(items) or is_classification(body, schemes)
            yield Thing(described(title, topic.line, own), section, title, context, group, item=False, holds_items=holds)
    if len(parts) == 1:
        # a heading that asks (`What is a server composed of ?`) explains what its lines name
        # (`CPU`, `Router`): background the notes build on, not things the exam names
        if not _QUESTION.search(raw_title):
            yield from _items(section, title, context + (clean_title(title),), body, schemes, items)
        return
    # A title naming two things names its items: the breadcrumb leaves it out.
    for thing in _items(section, title, context, body, schemes, items):
        names = thing.described.names
        same = [p for p in parts if names.same_thing(names_of(p)) or acronym_of(p) in {f.upper() for f in names.forms}]
        yield replace(thing, described=replace(thing.described, names=names.with_aliases(same)))


def _items(
    section: str,
    topic: str,
    context: tuple[str, ...],
    nodes: list[Node],
    schemes: frozenset[str],
    items: list[tuple[Node, Head]] | None = None,
) -> Iterator[Thing]:
    """Named lines with named siblings, at any depth."""
    items = _items_of(nodes, schemes) if items is None else items
    # a paragraph after a list's members (`The order matters: ...` after the three pillars) is a
    # remark on them or a thing apart: no peer to offer beside them, so no sibling of theirs
    members = sum(node.role != "line" for node, _ in items)
    apart = members >= 2 and members * 2 >= len(items)
    whole = _most_named(nodes)  # one list, one set of peers; else each row of names (`named_runs`) is one
    for node, (head, definition) in items:
        thing = describe_node(head, node, definition)
        start = nodes[0].line if whole else run_start(nodes, items, node)
        group = f"line:{context}:{node.line}" if apart and node.role == "line" else f"item:{context}:{start}"
        yield Thing(thing, section, topic, context, group, item=True)
    for node in nodes:
        if node.children:
            yield from _items(section, topic, context + (label_text(node),), list(node.children), schemes)


def _items_of(nodes: list[Node], schemes: frozenset[str], own: Names | None = None) -> list[tuple[Node, Head]]:
    """The named lines of a list, when they are most of it (not the labels of
    a classification, which classification cards ask); `own`: the names of the topic over it."""
    if is_classification(nodes, schemes):
        return []
    if _most_named(nodes, own):
        # among names, a capitalised term of a few words is one too (`On-demand instance`)
        # (`Tiers: Basic | Standard | Premium` beside them is a facet of the topic's, none of its things)
        return [(node, head) for node in nodes if (head := _is_named(node) or _like_a_name(node)) and inl.plain_key(inl.to_plain(head[0])) not in _FACETS]
    return named_runs(nodes, _is_named)


def _most_named(nodes: list[Node], own: Names | None = None) -> bool:
    """Named lines most of the list (a bare name, `AWS Data Centers`, or a question says nothing to outnumber)."""
    count, saying = sum(_is_named(n) is not None for n in nodes), len(nodes) - sum(_says_nothing(n, own) for n in nodes)
    return count >= 2 and (count * 3 >= saying * 2 or (count >= 3 and count * 2 >= saying))


def _says_nothing(node: Node, own: Names | None) -> bool:
    """A line that describes nothing itself: a name with nothing after or under it (not
    the topic's own name spelled out: `Key Management Service` under `KMS`), or a question leading a list."""
    text = inl.to_plain(node.inline).strip()
    if node.children:
        return bool(_QUESTION.search(text))
    split = inl.split_term(node.inline)
    return not (split and split[1]) and _is_name(text) and not (own and own.same_thing(names_of(text)))


def _like_a_name(node: Node) -> Head | None:
    split = inl.split_term(node.inline)
    if not split or not split[1] or not node.cards:
        return None
    text = clean_title(inl.to_plain(split[0]))
    words = text.split()
    # `CF and R53` is a grab-bag of two names, no one thing
    # `Choice depends on` reads on into its list: no name
    if 0 < len(words) <= 3 and words[0][:1].isupper() and _NAME_CHARS.match(text) and not _COUNTED.match(text) and " and " not in f" {text.lower()} " and not is_fragment(text):
        return None if words[0].lower() in _TASK_VERBS else split  # `Revoke ad-hoc SAS -> ...`: a task, no thing
    return None


def is_sorting_list(nodes: list[Node]) -> bool:
    """Two or more labels, each over plain short items and nothing else:
    a list whose items a learner sorts under their labels."""
    if len(nodes) < 2 or sum(len(n.children) for n in nodes) <= len(nodes):
        return False
    for node in nodes:
        split = inl.node_split(node.inline, bool(node.children))
        if not node.children or (split and split[1]):
            return False
        if len(side_name(label_text(node)).split()) > MAX_NAME_WORDS:
            return False  # "CIDR is a notation for representing a range of IP addresses": a statement over its details, no side
        for child in node.children:
            child_split = inl.split_term(child.inline)
            if child.children or (child_split and child_split[1] and _is_name(inl.to_plain(child_split[0]))):
                return False
    return True


def _is_named(node: Node) -> Head | None:
    """(head, definition) of a line that names a thing and says what it is."""
    if node.role not in ("item", "step", "line") or not node.cards:
        return None
    split = inl.node_split(node.inline, bool(node.children))
    if split and split[1]:
        head, definition = split
    elif node.children:
        head, definition = inl.strip_label(node.inline), ()
    else:
        return None
    if any(span.kind == "code" for span in head):
        return None
    bold = bool(node.inline) and node.inline[0].kind == "strong"
    text = inl.to_plain(head).strip()
    if not _is_name(text, bold):
        return None
    return head, definition


def _is_name(text: str, bold: bool = False, heading: bool = False, series: bool = False) -> bool:
    """A name, rather than a label, a question or a sentence; in a `series`
    of numbered names, a plain word (`2. Security`) names one too."""
    if _QUESTION.search(text):
        return False
    renamed = without_former_name(text) != text  # `AWS Trust & Safety (formerly AWS Abuse)`: one thing's names
    text = clean_title(without_former_name(text))
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or _COUNTED.match(text) or text[0].isdigit() or not _NAME_CHARS.match(text):
        return False
    if (inl.plain_key(text) in PART_LABELS and not series) or words[-1].lower() in _TAIL_WORDS:
        return False
    if words[0].lower() in _QUESTION_WORDS or (len(words) > 1 and (words[-1].lower() in _GENERIC_TAILS or words[0].lower() in _TASK_VERBS)):
        return False  # (`Revoke ad-hoc SAS`: a task, its line how to do it)
    # `CF and R53`: a grab-bag, not one thing's name
    if re.search(r"\s(?:and|&)\s", inl.ASIDE.sub("", text), re.IGNORECASE) and not re.search(r"\([A-Z]{2,}\)", text) and not renamed:
        return False
    if heading:
        # a heading that reads as a phrase (`Layout of a virtual network`, `Why cache`) names nothing
        lowercase = sum(w[:1].islower() for w in words[1:])
        return lowercase < 2 and words[0].lower() not in _QUESTION_WORDS
    if bold:
        return True
    if words[0][:1].islower():
        # `kinesis Data Streams` is a name, `launch EC2 instances from`, `ec2 actions` are not
        return len(words) > 1 and all(w[:1].isupper() for w in words[1:])
    proper = [w for w in words[1:] if w[:1].isupper()]
    coined = any(_COINED_WORD.search(w) for w in words)
    return bool(proper) or coined or len(words) == 1


def _about_another_term(body: list[Node]) -> bool:
    """A section's text that starts by defining some other term (`*on premises* refers to ...`)."""
    first = body[0] if body else None
    if first is None:
        return False
    return bool(first.inline and first.inline[0].kind in ("em", "strong")) or bool(_STARTS_WITH_TERM.match(inl.to_plain(first.inline)))


def _coined(name: str) -> bool:
    """A made-up name (`EC2`, `CloudFront`, `AWS SDK`): a section so titled is
    about that thing; one titled in words (`Cloud Integration`) is a chapter."""
    return any(re.search(r"[a-z][A-Z]|^[A-Z]{2,}|\d", word) for word in name.split())


def _compound(
    section: str, title: str, context: tuple[str, ...], parts: list[str], body: list[Node], line: int
) -> Iterator[Thing]:
    """Each name of a compound title, described by the lines that start with it."""
    lines = flatten(body)
    for part in parts:
        names = names_of(part)
        own = [entry for entry in lines if entry.depth == 0 and names.match(entry.text)]
        if own:
            yield Thing(described(part, line, own), section, title, context, f"compound:{line}", item=False)


def is_name(text: str) -> bool:
    """A line's lead (`ClusterIP`, `Glacier Deep Archive`) that names a thing."""
    return _is_name(text)


__all__ = ["Line", "Thing", "is_name", "things_of"]
