"""Lines whose shape asks no name: two bare options set side by side, a line
that only says what a thing is not, a line that counts on its place in the notes."""

from __future__ import annotations

import re

from pipeline.cards.entries import Fact
from pipeline.model import inline as inl

_OPTIONS = 4  # words at most of each side of a bare "X vs Y"
VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)


def is_bare_choice(fact: Fact) -> bool:
    """A line that only sets two short options side by side ("multi account
    vs one account multi VPC"): a heading of what follows, no fact to ask."""
    parts = VERSUS.split(inl.to_plain(fact.inline).strip())
    return len(parts) == 2 and all(0 < len(p.split()) <= _OPTIONS for p in parts)


_POSITIONAL = re.compile(
    r"^\s*(?:the\s+)?(?:first|second|third|fourth|fifth|last|next|another|other)\s+(?:type|kind|sort|way|option)s?\b", re.IGNORECASE
)


# "no (time) limit" says what it allows: no negation
# (or says only what it is limited to: "only for uploads and downloads" fits countless things too)
_NEGATION = re.compile(r"^\s*(?:not|no|never|nor|neither|none|only\s+(?:for|in|with|on)(?=\s))\b(?!\s+(?:\w+\s+)?(?:limit|maximum|cap)s?\b)", re.IGNORECASE)
_CLAUSES = re.compile(r"[,;]|\sbut\s", re.IGNORECASE)  # "not A or B": "or" goes on with the negation


def says_only_what_it_is_not(fact: Fact) -> bool:
    """"not for time-sensitive questions", "no servers", "only for uploads and
    downloads": a line whose every clause says what the thing is not, has not or
    is limited to. Countless things are not;
    behind it a hidden name is a guess. ("no caching, proxies packets to
    regions" says what it does too.)"""
    text = inl.to_plain(fact.inline).strip()
    if not _NEGATION.match(text):
        return False
    return all(_NEGATION.match(c) for c in _CLAUSES.split(text) if len(c.split()) > 1)


def says_its_place(fact: Fact) -> bool:
    """"Third type of storage we can attach": a line that counts on where the
    notes put it, which a card on its own cannot show."""
    return _POSITIONAL.match(inl.to_plain(fact.inline)) is not None


_CLAUSE_END = re.compile(r"[.;]\s")


def first_clause(text: str) -> str:
    """The text up to its first full stop or semicolon."""
    return _CLAUSE_END.split(text, maxsplit=1)[0]


_SENTENCE_END = re.compile(r"[.!?]\s")
LEAD_WORDS = 12  # a longer line says something before its colon


def leads_on(text: str) -> bool:
    """"Open source on Azure (all PaaS):": a line that only ends on a colon leads the lines after it and
    says nothing alone; not "Policy: a document ...:" nor a sentence or two ("Correlates ... across:")."""
    body = text.strip()
    if not body.endswith(":"):
        return False
    body = body[:-1]
    return not any(mark in body for mark in (":", "=", "->", "→")) and not _SENTENCE_END.search(body) and 0 < len(body.split()) <= LEAD_WORDS
