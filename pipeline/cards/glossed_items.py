"""The items of a list of names, each with or without its gloss ("RFI (information),
RFQ (price quote)"), and what makes them a list to tell apart: short names, two
glosses at least that say what their names are, none the same as another."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.cards.sub_lists import first_sentence, split_outside_brackets
from pipeline.model.inline import plain_key
from pipeline.model.naming import name_key

MIN_GLOSSED = 2  # glossed names, at least, for a line to be a list of names to tell apart
MAX_ITEMS = 8  # options one front may name
NAME_WORDS = 4  # "dynamic desirable", "Wassenaar Arrangement": a name, not a clause
NAME_CHARS = 40
GLOSS_WORDS = 16  # a longer gloss is a paragraph of its own, no cue to read at a glance

ITEM_BETWEEN = re.compile(r"\s*,\s*|\s+vs\.?\s+|\s+versus\s+", re.IGNORECASE)  # a list's items: a semicolon ends the list
GLOSSED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<gloss>[^()]+)\)$")
# words that make an item a clause or a remark, not a name
_NOT_A_NAME = re.compile(r"[:=→>\"“”]|\s[-–—]\s|\b(?:is|are|was|were|can|will|must|should|only|not|no|if|when|e\.g|etc|incl)\b", re.IGNORECASE)
WORDY = re.compile(r"[A-Za-z]{3,}")  # a gloss that says something in words, not a figure
JOINED = re.compile(r"^(?:and|or)\s+", re.IGNORECASE)
_AFTERTHOUGHT = re.compile(r"^(?:plus|also|then)\s", re.IGNORECASE)
# "(wordpress for ex)", "(e.g. 50001 -> vm1:3389)": an example of the item, no gloss of what it is
_EXAMPLE = re.compile(r"\b(?:for ex|e\.?g\.?|ex:|such as|like)(?:\W|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    name: str
    gloss: str  # "" when the item is a bare name


def items_of(text: str) -> list[Item] | None:
    """The list's items, when the text (up to its first full stop outside brackets)
    is a list of short names, two or more of them glossed; else None."""
    text = first_sentence(text).strip().rstrip(".")
    parts = split_outside_brackets(text, ITEM_BETWEEN)
    if parts and _AFTERTHOUGHT.match(parts[-1].strip()):
        parts = parts[:-1]  # "lazy loading (...) vs write-through (...), plus TTL": a remark on the list, no item
    if parts is None or not 2 <= len(parts) <= MAX_ITEMS:
        return None
    items: list[Item] = []
    for part in parts:
        found = GLOSSED.match(part)
        name, gloss = (found.group("name").strip(), found.group("gloss").strip()) if found else (part.strip(), "")
        name = JOINED.sub("", name)  # "..., Enhanced and Premium": the last item's own name
        if not a_name(name) or len(gloss.split()) > GLOSS_WORDS:
            return None
        items.append(Item(name, gloss))
    return items if told_apart(items) else None


def told_apart(items: list[Item]) -> bool:
    """Two glosses at least that say what their names are, none the same as another, no name twice."""
    glossed = [i for i in items if i.gloss]
    if sum(a_cue(i.gloss) for i in glossed) < MIN_GLOSSED or len({plain_key(i.gloss) for i in glossed}) < len(glossed):
        return False
    return len({name_key(i.name) for i in items}) == len(items)


def told_apart_each(keys: list[str]) -> list[bool]:
    """Each gloss that no other says too, whole or in part ("regional" beside "regional (+
    cross-region tier)", `1G` beside `1G (10G only to ~55m)`): the others tell no name apart."""
    return [bool(k) and keys.count(k) == 1 and not any(o and o != k and (o in k or k in o) for o in keys) for k in keys]


def a_cue(gloss: str) -> bool:
    """A gloss that says what its item is: not an example of it, nor a name."""
    return bool(gloss) and not name_itself(gloss) and not _EXAMPLE.search(gloss)


def name_itself(gloss: str) -> bool:
    """"collect from apps (Elastic Beanstalk)", "NDA (Nondisclosure Agreement)": the
    gloss is a name, of an example or spelled out, and the item what it does."""
    said = re.findall(r"(?<![\d.])[^\W\d_][\w'-]*", gloss)  # "30W": a figure's unit is no name
    return bool(said) and all(w[0].isupper() for w in said)


def a_name(text: str) -> bool:
    said = text.split()
    return 0 < len(said) <= NAME_WORDS and len(text) <= NAME_CHARS and not _NOT_A_NAME.search(text)
