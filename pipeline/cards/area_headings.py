"""Headings that name an area of the notes, not a thing: "Network security",
"Cost optimization", "Roles", "Physical security".

A heading in plain words (one everyday word, or a phrase in sentence case)
whose first line does not say what it is, but names a thing of its own
("network policies — allowed / blocked IP lists", "Resource monitors: created
by ...", "BigQuery is Google's data warehouse."), lists members ("bollards,
fencing, video surveillance, guards"), or opens on a need and its answer or a
comparison ("JIT admin, approval -> PIM"), files what is said under it. An
exam asks for the thing or the member; "What is this? ... → Network security"
asks where the author filed a line, and its blanks ("___ policies") give it away.
"""

from __future__ import annotations

import re

from pipeline.cards.entries import Fact
from pipeline.cards.headings_asked import own_subject
from pipeline.cards.line_shapes import first_clause
from pipeline.cards.member_lines import opens_with_member
from pipeline.cards.per_document import per_value
from pipeline.cards.prompts import common_word
from pipeline.cards.things import Thing
from pipeline.cards.topic_headings import term_line
from pipeline.model import Span
from pipeline.model.definitions import Line
from pipeline.model.inline import ASIDE, plain_key

PHRASE_WORDS = 4
MEMBERS = 3  # comma items, at least, for a line to list members
MEMBER_WORDS = 4
_ITEMS = re.compile(r"\s*[,;]\s*")


def plain_words(name: str) -> bool:
    """"Encryption", "Network security", "Safe deployments": no name of a product
    or a term set apart (no capital after the first letter, no digit, no bracket)."""
    words = name.split()
    if not words or len(words) > PHRASE_WORDS or not words[0][:1].isupper():
        return False  # "recovery", "processes": a note-taker's heading in lower case, over tasks of its own
    if len(words) == 1:
        return common_word(name)
    return words[0][:1].isupper() and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in [words[0][1:] or "a", *words[1:]])


def lists_members(text: str) -> bool:
    """"Bollards, access control vestibule (= mantrap), fencing, ...": short names in a
    row; no verb phrase ("Find objects, people, text, scenes and videos using ML") and
    no values ("3–24 chars"), which say what the thing does or is like."""
    items = [item.strip() for item in _ITEMS.split(ASIDE.sub(" ", text).strip().rstrip(".")) if item.strip()]
    return len(items) >= MEMBERS and all(_a_member(item) for item in items)


# "in order", "before app containers start", "Run to completion": a word of relation makes a phrase, no name
_RELATION = frozenset("in on at to of into onto from by for with without before after until within over under via".split())


def _a_member(item: str) -> bool:
    words = re.sub(r"^(?:e\.g\.|i\.e\.|and|or)\s+", "", item).split()
    return 0 < len(words) <= MEMBER_WORDS and not re.search(r"\d", item) and not _RELATION & {w.lower() for w in words}


def _names_another(text: str, name: str) -> bool:
    """"Resource monitors: created by ...", "network policies — ...": a line led by a term of
    its own; not an abbreviation and its words ("FaaS: Function as a Service")."""
    parts = re.split(r":\s|\s[-–—]\s|\s=\s", text, maxsplit=1)
    if len(parts) == 2:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", parts[1])).lower()
        letters = re.sub(r"[^a-z0-9]", "", parts[0].lower())
        if len(letters) > 1 and initials.startswith(letters):
            return False
    return term_line(text, name)


# "JIT admin, approval -> PIM", "Open source vs closed feeds": a need and its answer, a comparison; no definition
_LEADS_ELSEWHERE = re.compile(r"\s(?:->|→|=>|vs\.?)\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!etc\.)\s+(?=[A-Z])")


@per_value  # the cards and the recognition plan both ask it of each thing
def files_an_area(thing: Thing) -> bool:
    """A heading's thing (no list item's) that files an area of the notes (`area_heading`)."""
    return not thing.item and area_heading(thing.name, thing.described.lines)


def area_heading(name: str, lines: tuple[Line, ...]) -> bool:
    """A heading in plain words whose first own line (its first sentence) names another
    thing or lists members."""
    own = [line.text for line in lines if line.depth == 0]
    if not own or not plain_words(name):
        return False
    first = _SENTENCE_END.split(own[0].strip(), maxsplit=1)[0]
    # "BigQuery is Google's serverless data warehouse." under *Analytics*: a sentence about a thing of its own
    subject = own_subject(first, name)
    about_another = subject is not None and not _same_word(subject.group(1), name)
    about_another = about_another or opens_with_member(name, Fact((Span("text", first),), 0))
    leads_elsewhere = _LEADS_ELSEWHERE.search(first_clause(first)) is not None
    return _names_another(first, name) or lists_members(first) or _leads_a_list(lines, name) or about_another or leads_elsewhere


def _same_word(subject: str, name: str) -> bool:
    """"A Job runs pods ..." under *Jobs*: the heading's own word, in the singular."""
    return bool({w.lower().rstrip("s") for w in subject.split()} & {w.lower().rstrip("s") for w in name.split()})


def _leads_a_list(lines: tuple[Line, ...], name: str) -> bool:
    """"resource monitors" over lines of its own, first under *Cost control*: a name of
    another thing, its facts nested under it."""
    if len(lines) < 2 or lines[0].depth != 0 or lines[1].depth <= lines[0].depth:
        return False
    words = lines[0].text.strip().rstrip(":").split()
    return 0 < len(words) <= MEMBER_WORDS and not re.search(r"[.,;:=]", " ".join(words)) and plain_key(" ".join(words)) != plain_key(name)
