"""Lines that open with a name of their own: a member filed under a heading
("**ml.inf2** (Inferentia) instances — cheap inference" under *SageMaker
inference options*, "Bare metal instance — a whole physical server" under
*Glossary*), not a line that says what the heading is."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.entries import Entry, Fact
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.naming import names_of

MEMBER_WORDS = 4  # a name of a few words, not a clause, before its dash
# "dynamic data masking (masking policies) — Enterprise+; ...": a short name, then a spaced dash
_DASH_TERM = re.compile(r"^\s*([^\s:=|—–-][^:=|—–]{0,60}?)\s+[-–—]\s+\S")
_COINED = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]")  # "ResourceQuota", "ml.inf2"
_ARTICLE = re.compile(r"^(?:a|an|the|this|these|it|they)\b", re.IGNORECASE)


def opens_with_member(label: str, fact: Fact) -> bool:
    """Whether the line opens with a name of its own (set in bold, or a few words
    before a spaced dash) that is not the heading's: it says what that member
    is, so under the heading, as the heading's definition, it would teach a false link."""
    spans = inl.strip(fact.inline)
    if not spans:
        return False
    match = _DASH_TERM.match(inl.to_plain(spans))
    if spans[0].kind == "strong" and match is None:
        # "**ResourceQuota** caps totals ...": a coined name leads its own sentence
        # ("**feature groups** with ..." stresses a word of the heading's own fact)
        name = inl.to_plain(spans[0].children).strip(" :")
        rest = inl.to_plain(spans[1:]).strip()
        return bool(_COINED.search(name)) and bool(rest) and not rest.startswith(":") and _another(label, name)
    if match is None:
        return False
    name = inl.ASIDE.sub(" ", match.group(1)).strip()
    # "single digit ms latency - low latency" reads on as a phrase of the heading's own;
    # "configMap / secret – ..." names two
    if not re.search(r"[A-Z\d]", name) or re.search(r"/|,|\band\b|&", name):
        return False
    return 0 < len(name.split()) <= MEMBER_WORDS and not _ARTICLE.match(name) and _another(label, name)


def _another(label: str, name: str) -> bool:
    """A name that is not the heading's, nor a word of it ("Helm" of *Helm charts*)."""
    own, theirs = names_of(label), names_of(name)
    words = {w.lower() for w in re.findall(r"\w+", label)}
    if theirs.initials() & words:
        return False  # "Self-service password reset — ..." under *SSPR & password protection*: the heading's own
    return not own.same_thing(theirs) and not own.shows(name) and not theirs.shows(label)


# "Be ready to scale - ...", "Apply even to Owners - ...": a clause, not a name
_FUNCTION_WORDS = frozenset("a an the to of in on at by for with be is are was can will you your we our it its not".split())
MIN_DASHED = 2  # named siblings written `Term — definition`, for a line like them to be one too


def dashed_terms(entries: list[Entry]) -> list[Entry]:
    """A run of `Term — definition` lines (a glossary) reads each line as a term,
    a name in sentence case too ("Bare metal instance — a whole physical server"):
    alone such a name could be a clause, but among its siblings it is one of them,
    not the heading's definition."""
    dashed = sum(e.named and _dash_split(e) is not None for e in entries)
    if dashed < MIN_DASHED:
        return entries
    return [_as_term(e, split) if _loose(e) and (split := _dash_split(e)) and _a_name(split[0]) else e for e in entries]


def _loose(entry: Entry) -> bool:
    return not entry.named and not entry.numbered and entry.special is None and not entry.node.children


def _dash_split(entry: Entry) -> tuple[Inline, Inline] | None:
    spans = inl.strip(entry.node.inline)
    parts = inl.dash_parts(spans) if spans else None
    return parts if parts and parts[0] and parts[1] else None


def _a_name(term: Inline) -> bool:
    words = re.findall(r"[\w-]+", inl.to_plain(term))
    return 0 < len(words) <= MEMBER_WORDS and words[0][:1].isupper() and not {w.lower() for w in words} & _FUNCTION_WORDS


def _as_term(entry: Entry, split: tuple[Inline, Inline]) -> Entry:
    return replace(entry, head=split[0], definition=split[1], named=True)
