"""A group's lines, classified: a term, a line of numbers, a leading line, a
question, an author's cloze, a table, or a plain fact."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.cards.chunking import has_explicit_cloze, words
from pipeline.cards.numbers import has_number_fact, is_number
from pipeline.model import Inline, Node, Span
from pipeline.model import inline as inl

SHORT_ITEM_WORDS = 6

_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNTED_LABEL = re.compile(rf"^(?:the\s+)?(?:\d+|{_NUMBER_WORDS})\s+[^\W\d]", re.IGNORECASE)
_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*:\s*", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    node: Node
    head: Inline  # the term, the label, or the whole line
    definition: Inline  # what follows a term's separator
    named: bool  # a term, or a line that leads nested lines
    numbered: bool  # gets a cloze card of its numbers
    special: str | None = None  # "question", "answer", "cloze", "table": a card of its own

    @property
    def listed(self) -> bool:
        return self.node.role in ("item", "step") and self.special is None

    @property
    def full(self) -> Inline:
        return inl.strip(self.node.inline)

    @property
    def item(self) -> Inline:
        """What an enumeration asks of the line."""
        return self.head if self.named else self.full


@dataclass(frozen=True)
class Fact:
    inline: Inline
    line: int


@dataclass(frozen=True)
class Group:
    """A topic, or a line with lines nested under it: what its own cards ask about."""

    context: tuple[str, ...]  # where the group sits
    label: Inline  # the topic's title or the leading line
    line: int
    lead: Fact  # a definition given on the leading line
    is_topic: bool

    @property
    def inner(self) -> tuple[str, ...]:
        """The context of the cards under the group."""
        return self.context + (inl.to_plain(self.label).strip(),)

    @property
    def key(self) -> str:
        return inl.plain_key(inl.to_plain(self.label))


def entries_of(nodes: list[Node]) -> list[Entry]:
    """Entries of a group; an `A:` line only answers the `Q:` line right before it."""
    entries = [_entry(n) for n in nodes]
    for index, entry in enumerate(entries):
        if entry.special == "answer" and (index == 0 or entries[index - 1].special != "question"):
            entries[index] = _entry(entry.node, specials=False)
    return entries


def _entry(node: Node, specials: bool = True) -> Entry:
    plain = inl.to_plain(node.inline)
    if node.role == "table":
        return Entry(node, node.inline, (), named=False, numbered=False, special="table")
    if node.role != "code" and specials:
        if has_explicit_cloze(plain):
            return Entry(node, node.inline, (), named=False, numbered=False, special="cloze")
        for pattern, special in ((_QUESTION, "question"), (_ANSWER, "answer")):
            if pattern.match(plain) and not node.children:
                return Entry(node, _after(node.inline, pattern), (), named=False, numbered=False, special=special)
    split = inl.split_term(node.inline) if node.role != "code" else None
    if node.children:
        head, definition = split if split else (inl.strip_label(node.inline), ())
        return Entry(node, head, definition, named=True, numbered=False)
    if split and split[1]:
        term, definition = split
        numbered = has_number_fact(inl.to_plain(definition)) or is_number(inl.to_plain(term))
        return Entry(node, term, definition, named=True, numbered=numbered)
    numbered = node.role != "code" and has_number_fact(plain)
    return Entry(node, inl.strip_label(node.inline), (), named=False, numbered=numbered)


def _after(spans: Inline, pattern: re.Pattern[str]) -> Inline:
    """The line without its `Q:` or `A:` marker."""
    first = spans[0]
    if first.kind == "text":
        return inl.strip((Span("text", pattern.sub("", first.text, count=1)),) + spans[1:])
    return spans


def enumerated(label: Inline, entries: list[Entry]) -> list[Entry]:
    """The list items to ask one by one as clozes, if the list is an enumeration:
    announced with a count, made of short items, or of named things."""
    # Items named by a bare number (ports, codes) are asked by their own clozes.
    listed = [e for e in entries if e.listed and not is_number(inl.to_plain(e.head))]
    if len(listed) < 2:
        return []
    counted = bool(_COUNTED_LABEL.match(inl.to_plain(label).strip()))
    short = len(listed) >= 3 and all(words(e.head) <= SHORT_ITEM_WORDS for e in listed)
    if counted or short:
        return listed
    names = [e for e in listed if e.named]
    groups = sum(1 for e in names if e.node.children)
    alike = len(names) >= 3 or groups in (0, len(names))
    if len(names) >= 2 and alike and len(names) * 4 >= len(listed) * 3:
        return names
    return []
