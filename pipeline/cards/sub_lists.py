"""Lines that lead lists of their own: an author's sub-headings, not members.

Notes that follow an exam's objectives write each objective as labels over
lists ("Data types: regulated, trade secret, IP, ...", "Methods: masking,
tokenization, ..."). Where most of a list's lines are labels over lists on their
own line, reciting the labels as one set asks how the author arranged
the notes; each label's list is asked on its own instead."""

from __future__ import annotations

import re

from pipeline.cards.chunking import NOT_AFTER_ABBREVIATION
from pipeline.model import Inline, Node
from pipeline.model import inline as inl

LIST_ITEMS = 3  # items a label's line lists to be a list of its own
ITEM_WORDS = 5
_PLURAL = re.compile(r"[a-z]+(?:ies|[^su'\W]s)")


def comma_items(text: str) -> list[str]:
    """The items of `a, b (x, y), c`: commas inside brackets or a number (`2,048`) stay in their item."""
    items, depth, current = [], 0, ""
    for at, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch == "," and depth == 0 and not inl.groups_digits(text, at):  # "user 2,048 chars" is one item
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return [item.strip() for item in items if item.strip()]


def code_safe_items(spans: Inline) -> list[str]:
    """`comma_items` of a line's text, a comma inside code (`{2,4}`) no separator."""
    marked = "".join(inl.to_plain((s,)).replace(",", _CODE_COMMA) if s.kind == "code" else inl.to_plain((s,)) for s in spans)
    return [item.replace(_CODE_COMMA, ",") for item in comma_items(marked.strip().rstrip("."))]


_CODE_COMMA = "\x02"


BRACKET = re.compile(r"[()]")


def split_outside_brackets(text: str, between: re.Pattern[str]) -> list[str] | None:
    """The text cut where `between` matches outside brackets (`CloudFront Functions (heavier ->
    Lambda@Edge)` keeps its aside's arrow), the parts stripped; None where a bracket is left open.
    (The regex engine looks for each cut between one bracket and the next: a walk trying
    every character finds the same.)"""
    parts: list[str] = []
    depth = start = index = 0
    while index < len(text):
        bracket = BRACKET.search(text, index)
        stop = bracket.start() if bracket else len(text)
        if depth == 0 and (found := _cut(text, between, index, stop)) is not None:
            parts.append(text[start:found.start()])
            start = index = found.end()
            continue
        if bracket is None:
            break
        depth += 1 if bracket.group() == "(" else -1
        if depth < 0:
            return None
        index = stop + 1
    if depth:
        return None
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _cut(text: str, between: re.Pattern[str], at: int, stop: int) -> re.Match[str] | None:
    """The first match of `between` that starts before `stop` and cuts something (an empty one cuts nothing)."""
    while at < stop and (found := between.search(text, at)) is not None and found.start() < stop:
        if found.end() > found.start():
            return found
        at = found.start() + 1
    return None


def leads_own_list(node: Node, named: bool, head: Inline, definition: Inline) -> bool:
    """`Classifications: sensitive, confidential, public, ...`: a label whose line is a list of
    its own. (Nested lines may be a thing's facts: `Pilot Light` over how it works.)"""
    if node.children or not named:
        return False
    # a kind in the plural ("Methods", "Data types"), not a thing described in a few words ("Hot - fully equipped, ...")
    label = inl.to_plain(head).strip()
    items = comma_items(inl.to_plain(definition).strip().rstrip("."))
    plural = bool(label.split()) and _PLURAL.fullmatch(label.split()[-1].lower()) is not None
    return plural and len(items) >= LIST_ITEMS and all(len(item.split()) <= ITEM_WORDS for item in items)


def sub_headings(entries: list[tuple[Node, bool, Inline, Inline]]) -> bool:
    """Most of a list's lines lead lists of their own: the author's sub-headings."""
    return sum(leads_own_list(*entry) for entry in entries) * 2 > len(entries)


_FULL_STOP = re.compile(r"[.!?](?:\s|$)")
_PAST_NO_ABBREVIATION = re.compile(NOT_AFTER_ABBREVIATION)  # "(e.g. VHDs)": no full stop of a sentence


def first_sentence(text: str) -> str:
    """The text up to its first full stop outside brackets (the regex engine looks between one
    bracket and the next; depth counts as a walk over the characters would, below zero too)."""
    depth = at = 0
    while True:
        bracket = BRACKET.search(text, at)
        stop = bracket.start() if bracket else len(text)
        while depth == 0 and at < stop and (found := _FULL_STOP.search(text, at)) is not None and found.start() < stop:
            if _PAST_NO_ABBREVIATION.match(text, found.start() + 1):
                return text[:found.start()]
            at = found.start() + 1
        if bracket is None:
            return text
        depth += 1 if bracket.group() == "(" else -1
        at = stop + 1
