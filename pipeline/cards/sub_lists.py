"""Lines that lead lists of their own: an author's sub-headings, not members.

Notes that follow an exam's objectives write each objective as labels over
lists ("Data types: regulated, trade secret, IP, ...", "Methods: masking,
tokenization, ..."). Where most of a list's lines are labels over lists on their
own line, reciting the labels as one set asks how the author arranged
the notes; each label's list is asked on its own instead."""

from __future__ import annotations

import re

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


def split_outside_brackets(text: str, between: re.Pattern[str]) -> list[str] | None:
    """The text cut where `between` matches outside brackets (`CloudFront Functions (heavier ->
    Lambda@Edge)` keeps its aside's arrow), the parts stripped; None where a bracket is left open."""
    if "(" not in text and ")" not in text:
        return _split_unbracketed(text, between)
    parts: list[str] = []
    depth, start, index = 0, 0, 0
    while index < len(text):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and (found := between.match(text, index)) and found.end() > index:
            parts.append(text[start:index])
            start = index = found.end()
            continue
        index += 1
    if depth:
        return None
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _split_unbracketed(text: str, between: re.Pattern[str]) -> list[str]:
    """`split_outside_brackets` of a text without brackets: the regex engine finds
    each cut, where a loop over the characters tried every one (the same cuts)."""
    parts: list[str] = []
    start = at = 0
    while at < len(text) and (found := between.search(text, at)):
        if found.end() == found.start():
            at = found.start() + 1  # an empty match cuts nothing
            continue
        parts.append(text[start:found.start()])
        start = at = found.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


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
