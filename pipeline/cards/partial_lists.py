"""A topic that is a list of things, some of them with lines of their own.

`DDoS Protection:` over `AWS Shield Standard:` (with its lines), `AWS Shield
Advanced:`, `AWS WAF:`, `CF and R53: availability protection ...`, `Be ready
to scale - AWS auto-scaling`; `Security:` (S3) over `User-Based:`,
`Resource-Based:`, `Encryption: encrypt objects using keys`. The things with
lines of their own are asked by their own cards; the plain items left over
are no definition of the topic. Asked under its bare name ("DDoS Protection?"
-> "CF and R53 ...", "Be ready to scale"), the remnant reads as the answer to
what the topic is, and the list it belongs to goes missing. The topic's
overview asks the whole list instead, every item by its name ("S3 › Security
— which 3?"), the plain items as the notes say them.

A topic whose first line says what it is (`managed DNS` above `Policies:`)
keeps its overview: that line is its definition, whatever the list under it."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.catalogues import catalogued_kind, names_listed
from pipeline.cards.chunking import words
from pipeline.cards.count_nouns import counted_noun
from pipeline.cards.counted import one_kind, open_ended
from pipeline.cards.defining import names_its_kind
from pipeline.cards.entries import Entry, Fact, Group
from pipeline.cards.prompts import asked, is_statement
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, SourceRef, Span
from pipeline.model import inline as inl

MIN_THINGS = 2  # items with lines of their own: one alone is an aside of the topic
WHOLE_ITEMS = 6  # a longer list on one back is a dump: its items are blanks of an enumeration
LISTED_ITEMS = 12  # beyond, no list to recite
NAME_WORDS = 4  # a plain item's name ("CF and R53")
THING_WORDS = 6  # a thing's name ("AWS Edge Locations / Points of Presence")
_LEADS_ON = re.compile(r"\b(?:from|to|for|with|by|of|into|via|as|like|than|about)\W*$", re.IGNORECASE)
ITEM_WORDS = 6  # a plain item this short is one more thing of the list ("AWS Data Centers")
BARE_WORDS = 3  # a phrase, not a definition ("leverage encryption keys")


def _a_thing(entry: Entry) -> bool:
    """An item that leads lines of its own or defines a term: its own cards ask it."""
    if not entry.listed or entry.special is not None or entry.numbered:
        return False  # "default retention: 4 days": a setting, asked by its number
    return bool(entry.node.children) or (entry.named and bool(entry.definition))


def _expansion(entry: Entry, title: str) -> bool:
    """`Distributed Denial-of-Service:` under `DDoS Protection`: a label that
    leads nothing and spells an abbreviation of the title."""
    text = inl.to_plain(entry.full).strip()
    if not text.endswith(":") or entry.node.children:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", text)).lower()
    return any(len(a) > 1 and a.lower() == initials for a in re.findall(r"\b[A-Za-z]*[A-Z][A-Za-z]*\b", title))


def _item_like(entry: Entry) -> bool:
    """A plain item that names one more thing of the list: a short name, or a
    term with a short name ("CF and R53: availability protection ..."), not a
    statement of the topic ("Copying is asynchronous")."""
    if not entry.listed or entry.special is not None or entry.node.children:
        return False
    text = inl.to_plain(entry.full).strip()
    if is_statement(text) or names_its_kind(entry.full) or not text[:1].isupper():
        return False  # "serverless", "pay per request": what the topic is like, no thing of its list
    split = inl.split_term(entry.full)
    if split is not None and split[1] and words(split[0]) <= NAME_WORDS:
        return True
    # "Be ready to scale - AWS auto-scaling": a name, a dash and what stands for it
    head = re.split(r"\s+-\s+", inl.ASIDE.sub(" ", text), maxsplit=1)[0]
    return len(head.split()) <= ITEM_WORDS


def _names_topic(entry: Entry, group: Group) -> bool:
    """`Kinesis = real-time big data streaming` under Kinesis: the topic's own definition."""
    split = inl.split_term(entry.full)
    return split is not None and inl.plain_key(inl.to_plain(split[0])) == group.key


def _first_name(head: Inline) -> str:
    """"AWS Edge Locations / Points of Presence": a name before its other name
    ("AWS Partner Solutions (formerly AWS Quick Starts)": and its remarks)."""
    return re.split(r"\s+/\s+", inl.ASIDE.sub(" ", inl.to_plain(head)).strip(" \t:"), maxsplit=1)[0]


def things_first(group: Group, entries: list[Entry], loose: list[Entry]) -> bool:
    """A topic that opens on things asked apart and says nowhere what it is
    (`EventBridge:` over `formerly CW Events:` and its lines, then `Default
    event bus comes from AWS services, ...`): its plain lines are what is left
    of its list. A lone one, under the bare name, would read as what the thing
    is: it is asked by the name instead, as exams ask it. (Several such lines
    are a thing's facts, asked as they are.)"""
    things = [e for e in entries if _a_thing(e)]
    if not group.is_topic or len(things) < MIN_THINGS or not loose or entries[0] is not things[0]:
        return False
    return not any(_names_topic(e, group) or names_its_kind(e.full) for e in loose)


def _bare_name(entry: Entry) -> bool:
    """"AWS Blogs": an item that is a name and nothing more."""
    words = inl.ASIDE.sub(" ", inl.to_plain(entry.full)).split()
    return not entry.definition and 0 < len(words) <= NAME_WORDS and all(w[:1].isupper() or w == "&" for w in words)


def _a_name(head: Inline) -> bool:
    """"AWS Shield Standard", "User-Based": a capitalised name of a few words, no phrase that reads on."""
    name = _first_name(head)
    return name[:1].isupper() and len(name.split()) <= THING_WORDS and not _LEADS_ON.search(inl.to_plain(head))


def partial_list(group: Group, entries: list[Entry], loose: list[Entry]) -> tuple[list[Entry], Entry | None] | None:
    """The topic's whole list and the label that expands its title, when its
    plain lines are only the items left over by the things asked apart."""
    title = inl.to_plain(group.label)
    things = [e for e in entries if _a_thing(e)]
    if not group.is_topic or len(things) < MIN_THINGS or not loose:
        return None
    if any(e.special is not None or not (e.listed or e.node.children) for e in entries):
        return None  # a paragraph, a table, a question: more than a list of things
    # a line over a list of its own that is no item ("*How to choose a Region?*") is asked by its cards
    listed = [e for e in entries if e.listed]
    expansion = listed[0] if listed and listed[0] in loose and _expansion(listed[0], title) else None
    items = [e for e in listed if e is not expansion]
    # a topic that opens by saying what it is ("fully managed queue"); a long list may open on a bare name ("AWS Blogs")
    if len(items) > LISTED_ITEMS or not (_a_thing(items[0]) or (len(items) > WHOLE_ITEMS and _bare_name(items[0]))):
        return None
    if not all(_item_like(e) and not _names_topic(e, group) for e in loose if e is not expansion):
        return None  # a line that says what the topic is, or a statement of it
    if not all(_a_name(e.head) for e in items if _a_thing(e)):
        return None  # a thing whose label is a phrase ("launch EC2 instances from") is no name of a list
    return items, expansion


def whole_list_overview(sink: CardSink, group: Group, items: list[Entry], expansion: Entry | None) -> None:
    """"DDoS Protection (Distributed Denial-of-Service) — which 5?": every item,
    a thing by its name (its own cards ask the rest), a plain item whole."""
    front = list(asked(group.label, group.context))
    if expansion is not None:
        front += [Span("text", " ("), *inl.strip(expansion.full, " \t:"), Span("text", ")")]
    shown = [Fact(inl.strip(e.head, " \t:") if _a_thing(e) else e.full, e.node.line) for e in items]
    heads = [inl.to_plain(inl.strip(e.head, " \t:")) for e in items]
    catalogued = names_listed([inl.to_plain(f.inline) for f in shown]) if (kind := catalogued_kind(group.context)) else None
    if catalogued is not None and not open_ended(inl.to_plain(group.label), [inl.to_plain(e.full) for e in items]):
        front.append(Span("text", f" — which {catalogued} {kind}?"))  # "TUF, SPIFFE / SPIRE, cert-manager": three of them
    elif one_kind(heads) and not open_ended(inl.to_plain(group.label), [inl.to_plain(e.full) for e in items]):
        front.append(Span("text", f" — which {len(items)}{counted_noun(inl.to_plain(group.label), heads, sink.product) or ''}?"))  # else a plain item is a statement, no member to count
    lines = (group.line, *((expansion.node.line,) if expansion else ()), *(e.node.line for e in items))
    sink.add("overview", "basic", prompt=sink.html(tuple(front)), answer=sink.facts_html(shown), context=group.context, lines=lines, key=("whole list", group.key))



def remarks_after(entries: list[Entry], loose: list[Entry], facts: list[Fact], statements: list[Entry]) -> bool:
    """`From top to bottom:` over the levels, then `Deleting a resource group
    deletes every resource inside it.`: a topic whose plain lines all follow a
    list of its own. Under the bare title the remark reads as what the topic
    is, when the answer is the list; it is said on the list's card instead."""
    lists = [e for e in entries if e.node.children]
    said = {e.node.line for e in statements}
    # "leverage encryption keys" after "2 types:" under *Encryption*: a bare phrase, no definition
    bare = all(words(f.inline) <= BARE_WORDS for f in facts)
    return len(lists) == 1 and bool(facts) and all(f.line in said or bare for f in facts) and all(e.node.line > lists[0].node.line for e in loose)


def with_remarks(sink: CardSink, first: int, remarks: list[Fact]) -> bool:
    """The remarks on the back of the topic's list card, the first card made
    from `first` on that lists; whether there was one."""
    for index in range(first, len(sink.cards)):
        card = sink.cards[index]
        if card.note_type == "cloze" and card.kind in ("enumeration", "overview"):
            sources = tuple(dict.fromkeys(card.sources + tuple(SourceRef(sink.path, f.line) for f in remarks)))
            sink.cards[index] = replace(card, answer=card.answer + sink.facts_html(remarks), sources=sources)
            return True
    return False
