"""A topic whose own text is a bare phrase ("Bucket Policy: JSON based")
and whose substance is a short list under an aspect ("Used to: grant public
access, force encryption, ..."): asked alone, the phrase is a vague answer to
a bare name, and the aspect's list a dump without its thing. Together they
are the topic's overview: what it is, and what it is for.

A topic made only of a few terms, each defined at length ("Security Tools:
Credentials Report: a report that lists...; Access Advisor: shows..."), is
asked for their names: the terms' own cards ask what each is, and the whole
of their lines on one back would be a dump. So is a topic of terms with a
short line in their series ("Pay as you go: ...", "Pay less by using more:
...", "Pay less as AWS grows"): alone, that line read as the topic's definition."""

from __future__ import annotations

import re

from pipeline.cards.chunking import words
from pipeline.cards.count_nouns import counted_noun
from pipeline.cards.counted import one_kind, open_ended
from pipeline.cards.defining import names_its_kind
from pipeline.cards.entries import Entry, Fact, Group
from pipeline.cards.prompts import asked, is_fragment, is_generic
from pipeline.cards.sink import CardSink
from pipeline.cards.topic_headings import is_topic_heading
from pipeline.model import Span
from pipeline.model import inline as inl

BARE_WORDS = 3  # "JSON based", "leverage encryption keys": a phrase, no definition
FOLDED_ITEMS = 3  # lines of the aspect's list one overview may show
FOLDED_WORDS = 50
TERMS_WORDS = 30  # the lines of a topic of terms, beyond which its overview names them only
SERIES_WORDS = 5  # a plain line this short may be one more of a series of terms


def bare(fact: Fact) -> bool:
    """A phrase too short to say what a thing is, with no number to learn."""
    return words(fact.inline) <= BARE_WORDS and not re.search(r"\d", inl.to_plain(fact.inline))


def aspect_list(entries: list[Entry]) -> Entry | None:
    """The first line of the topic that leads a short list of plain lines
    (no terms, no names) under a label that names an aspect, not a thing
    ("Used to", "options")."""
    for entry in entries:
        if not entry.node.children or entry.definition:
            continue
        label = inl.to_plain(entry.head).strip()
        aspect = is_fragment(label) or is_generic(label)
        # terms ("at rest: data stored on a device") are asked one by one, a counted set as a set
        leaves = all(not child.children and inl.split_term(child.inline) is None for child in entry.node.children)
        items = [inl.strip(child.inline) for child in entry.node.children]
        # "Application Load Balancer", "Network Load Balancer": a set of named kinds, asked as a set
        leaves = leaves and not any(re.match(r"\s*[A-Z]", inl.to_plain(i)) for i in items)
        if aspect and leaves and len(items) <= FOLDED_ITEMS and sum(words(i) for i in items) <= FOLDED_WORDS:
            return entry
        return None  # the first list decides: a later one is no part of the definition
    return None


def fold(sink: CardSink, group: Group, phrase: Fact, entry: Entry) -> None:
    """The overview card: the phrase, then the aspect and its list on one line."""
    items = [inl.strip(child.inline) for child in entry.node.children]
    joined: list[Span] = [*entry.head, Span("text", ": ")]
    for index, item in enumerate(items):
        joined += ([Span("text", "; ")] if index else []) + list(item)
    answer = sink.facts_html([phrase, Fact(tuple(joined), entry.node.line)])
    lines = (group.line, phrase.line, entry.node.line, *(child.line for child in entry.node.children))
    prompt = sink.html(asked(group.label, group.context))
    sink.add("overview", "basic", prompt=prompt, answer=answer, context=group.context, lines=lines, key=("facts", group.key, "1"))


def terms_only(entries: list[Entry], whole: list[Fact]) -> bool:
    """Whether a topic's lines are all terms with their definitions, too long together for one back."""
    terms = all(e.named and e.definition and not e.numbered and not e.node.children and e.special is None for e in entries)
    return terms and sum(words(f.inline) for f in whole) > TERMS_WORDS


_COMPARED = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)


def names_overview(sink: CardSink, group: Group, entries: list[Entry]) -> None:
    """The overview of a topic of terms: which they are."""
    label = inl.to_plain(group.label)
    if _COMPARED.search(label):
        return  # "Symmetric vs asymmetric" over "Real life", "Key length": aspects of a comparison, no members of it
    if is_topic_heading(label):
        return  # "Users, groups, external identities" over terms of their own: where the author filed them, no set
    if any(is_generic(inl.to_plain(e.head)) or sink.template_label(inl.to_plain(e.head)) for e in entries):
        # "Container shouldn't change after start", "Task", "Focus" as under each persona: a label of the author's among them, no set
        return
    front = asked(group.label, group.context)
    if one_kind(heads := [inl.to_plain(e.head) for e in entries]) and not open_ended(label, [inl.to_plain(e.full) for e in entries]):
        front = (*front, Span("text", f" — which {len(entries)}{counted_noun(inl.to_plain(group.label), heads, sink.product) or ''}?"))
    answer = sink.facts_html([Fact(inl.strip(e.head), e.node.line) for e in entries])
    lines = (group.line, *(e.node.line for e in entries))
    sink.add("overview", "basic", prompt=sink.html(front), answer=answer, context=group.context, lines=lines, key=("facts", group.key, "1"))


def series_of_terms(entries: list[Entry], loose: list[Entry]) -> list[Entry] | None:
    """A topic's terms and the short plain lines that open as one of them does
    ("Pay less as AWS grows" beside "Pay less by using more"), in order, when
    the overview would open on such a line."""
    terms = [e for e in entries if e.named and e.definition and not e.numbered and not e.node.children and e.special is None]
    openings = {inl.plain_key(inl.to_plain(e.head)).split()[0] for e in terms if inl.plain_key(inl.to_plain(e.head))}

    def in_series(entry: Entry) -> bool:
        key = inl.plain_key(inl.to_plain(entry.full)).split()
        return bool(key) and words(entry.full) <= SERIES_WORDS and key[0] in openings

    # an item over a list of its own ("AWS Availability Zones:") is one of the series too: no count would hold
    if len(terms) < 2 or not loose or not in_series(loose[0]) or any(e.node.children for e in entries):
        return None
    return sorted(terms + [e for e in loose if in_series(e)], key=lambda e: e.node.line)


def kind_with_list(entries: list[Entry], facts: list[Fact]) -> Entry | None:
    """`managed message broker service for:` over `RabbitMQ` / `ActiveMQ`, in a
    topic whose plain lines are remarks (`when migrating ..., we can use Amazon
    MQ`): the one line that says what the thing is leads a short list. Asked
    apart, it is a label over names; the remark, asked by the bare name, reads
    as the definition. Together they are the topic's overview."""
    if any(names_its_kind(f.inline) for f in facts):
        return None
    kinds = [e for e in entries if e.node.children and not e.definition and names_its_kind(e.head)]
    if len(kinds) != 1:
        return None
    items = kinds[0].node.children
    short = all(not c.children for c in items) and sum(words(c.inline) for c in items) <= FOLDED_WORDS
    return kinds[0] if short and len(items) <= FOLDED_ITEMS else None


def kind_overview(sink: CardSink, group: Group, entry: Entry, rest: list[Fact]) -> None:
    """The overview card: what kind of thing it is, its list on one line, then
    the topic's lines no other card asks."""
    items = [inl.strip(child.inline) for child in entry.node.children]
    joined: list[Span] = [*inl.strip(entry.head, " \t:"), Span("text", ": ")]
    for index, item in enumerate(items):
        joined += ([Span("text", ", ")] if index else []) + list(item)
    lines = (group.line, entry.node.line, *(child.line for child in entry.node.children), *(f.line for f in rest))
    answer = sink.facts_html([Fact(tuple(joined), entry.node.line), *rest])
    sink.add("overview", "basic", prompt=sink.html(asked(group.label, group.context)), answer=answer, context=group.context, lines=lines, key=("facts", group.key, "1"))
