"""Which of a topic's first lines says what the thing is.

Notes often open a topic with a remark ("the API Gateway will proxy requests
to Lambda", "to use the Snow Family we need a CLI") and say what the thing is
on the next line ("fully managed service to create, publish and secure APIs",
"software to install on a laptop to manage Snow devices"). Asked by the name,
the remark reads as a definition of something else; the line that names the
thing's kind is the definition."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.naming import VENDORS

LEAD_LINES = 3  # a definition is among a topic's first lines, or nowhere
KIND_AT = 6  # words into a line where it names what the thing is
_KIND = re.compile(
    r"\b(?:services?|tools?|software|platform|framework|solution|library|portal|"
    r"engine|broker|registry|repository|catalog|dashboard|console)\b",
    re.IGNORECASE,
)
# "service to create", "set of tools that helps", "software to install": a kind, then what it is for
_KIND_FOR = re.compile(rf"^(?:(?:\S+\s+){{0,{KIND_AT - 2}}}){_KIND.pattern}\s+(?:to|that|for|which|in)\b", re.IGNORECASE)


# "managed NFS that can be mounted ...", "fully managed graph db": a managed kind of thing
_MANAGED_KIND = re.compile(r"^(?:a\s+|an\s+)?(?:fully\s+)?managed\s+[A-Za-z]", re.IGNORECASE)
MANAGED_WORDS = 4
COMPLETING_LINES = 5  # lines after a name's expansion where the one saying what it is may be


def names_its_kind(line: Inline) -> bool:
    """A line that opens by saying what kind of thing its subject is and what it
    is for ("fully managed service to ...", "set of tools that ...")."""
    return _KIND_FOR.match(inl.to_plain(line).strip()) is not None


def _managed_kind(line: Inline) -> bool:
    """"managed NFS that can be mounted on hundreds of instances", "fully managed
    db, serverless, replicated across 3 AZ": a managed kind of thing and more
    ("fully managed serverless service" alone names a kind, not what it does)."""
    text = inl.to_plain(line).strip()
    return _MANAGED_KIND.match(text) is not None and len(text.split()) > MANAGED_WORDS


def completing_line(lines: Sequence[Inline]) -> int | None:
    """After a name's expansion ("Elastic File System"), the line that says what
    the thing is ("managed NFS that can be mounted on hundreds of instances"),
    when the line right after it does not ("can be used with on-premises systems")."""
    if len(lines) < 3 or names_its_kind(lines[1]) or _managed_kind(lines[1]):
        return None
    return next((i for i, line in enumerate(lines[2:COMPLETING_LINES], 2) if _managed_kind(line)), None)


# "Kinesis = ...", "WaveLength Zones are ...": the words after a name that define the thing by it
DEFINING_WORDS = r"=|:|is\b|are\b|refers?\s+to\b|means\b"
_DEFINES = rf"\s*(?:{DEFINING_WORDS})"


def kind_line(name: str, lines: Sequence[Inline]) -> int | None:
    """The index of a later lead line that says what the thing is, when the
    first line does not, nor defines the thing by its name."""
    if not lines or names_its_kind(lines[0]):
        return None
    first = inl.to_plain(lines[0]).strip()
    words = [w for w in name.split() if w.lower() not in VENDORS]
    if words and _defined_by(words[0], first):
        return None
    return next((i for i, line in enumerate(lines[1:LEAD_LINES], 1) if names_its_kind(line)), None)


_ARTICLE = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)
_DEFINED_AFTER = re.compile(rf"\b(?:\s+\S+){{0,2}}?{_DEFINES}", re.IGNORECASE)


def _defined_by(word: str, line: str) -> bool:
    """The line opens with the word (after an article) and a few words later
    defines it (`Kinesis Data Streams = ...`). An ASCII line is read with one
    pattern for every word: one per word cost more to compile than to read."""
    if not (line.isascii() and word.isascii()):
        return re.match(rf"(?:the\s+|an?\s+)?{re.escape(word)}\b(?:\s+\S+){{0,2}}?{_DEFINES}", line, re.IGNORECASE) is not None
    article = _ARTICLE.match(line)
    lowered, wanted = line.lower(), word.lower()
    return any(lowered.startswith(wanted, at) and _DEFINED_AFTER.match(line, at + len(word)) for at in ([article.end()] if article else []) + [0])


# "it is enabled at the bucket level", "found on any Windows Server": where the thing is
# or is set, which says nothing of what it is
_WHERE = re.compile(
    r"^\s*(?:(?:it|this|they)\s+(?:is|are)\s+|(?:it|this)'s\s+|is\s+|are\s+)?"
    r"(?:found|enabled|set|configured|located|stored|defined|installed|turned\s+on|activated)\s+(?:on|in|at|from|per)\b",
    re.IGNORECASE,
)


# "enabled for all customers by default with no add cost", "free of charge": who gets it
# and at what cost, which any included offering could say
_TERMS = re.compile(
    r"^\s*(?:(?:enabled|activated|included|available|on)\s+(?:for|to)\s+(?:all|every|any)\b"
    r"|(?:free|no\s+(?:add(?:itional|ed)?|extra)\s+(?:cost|fee|charge))\b)",
    re.IGNORECASE,
)


def says_where(line: Inline) -> bool:
    """A first line that says where the thing is or is switched on, or who gets
    it at what cost, not what it is."""
    text = inl.to_plain(line)
    return _WHERE.match(text) is not None or _TERMS.match(text) is not None


def spells_its_name(head: Inline, definition: Inline) -> bool:
    """"FaaS: Function as a Service", "TTS: Text-To-Speech": a name and the words
    its letters stand for. Atop a topic it says what kind of thing the topic is."""
    name = inl.to_plain(head).strip()
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,5}", name) or sum(ch.isupper() for ch in name) < 2:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", inl.to_plain(definition)) if w[0].isupper())
    return initials.lower() == "".join(ch for ch in name if ch.isupper()).lower()


MADE_OF_AT = 6  # words into a line where it says what the thing is built on
_MADE_OF = re.compile(
    rf"^(?:\S+\s+){{0,{MADE_OF_AT - 2}}}?(?:makes?\s+use\s+of|uses|based\s+on|built\s+(?:on|with)|powered\s+by|packaged\s+(?:in|into|as))\s+\S",
    re.IGNORECASE,
)


def names_what_it_is_made_of(first: Inline, second: Inline) -> bool:
    """`software development platform to deploy apps`, then `apps are packaged in
    containers`; `store and sync data across apps`, then `makes use of GraphQL`: a
    first line that could say any product of its kind, and a next line that
    says what this one is built on, the fact an exam names it by. Both define it."""
    text, opening = inl.to_plain(second).strip(), inl.to_plain(first).lower()
    match = _MADE_OF.match(text)
    if match is None or _MADE_OF.match(opening) is not None:
        return False
    # "deploy apps in containers" already says what "packaged in containers" would add
    made_of = re.findall(r"[\w-]+", text[match.end() - 1 :])[:1]
    return not made_of or made_of[0].lower() not in opening.split()


_POINTS_BACK = re.compile(r"\b(?:these|those|such)\s+\w+", re.IGNORECASE)


def refers_back(line: Inline) -> bool:
    """`artifact management = storing and retrieving these dependencies`: a line
    that says its object by pointing at the line before it; alone it is half a thought."""
    return _POINTS_BACK.search(inl.to_plain(line)) is not None


# "framework that can leverage AWS AppSync": what the thing is for is another product
_LEANS = re.compile(r"\b(?:leverages?|on\s+top\s+of|integrates?\s+with)\s+(?:(?:AWS|Amazon)\s+)?[A-Z][\w-]*\W*$")


def leans_on_another(first: Inline, second: Inline) -> bool:
    """`framework that can leverage AWS AppSync`, then `set of tools that helps develop
    and deploy full stack apps`: a first line whose only purpose is another
    product, and a next one that says what kind of thing this is and what for."""
    return _LEANS.search(inl.to_plain(first).strip()) is not None and names_its_kind(second)


# "Have a key that is the FULL path", "Must enable versioning in ...": a line that opens on
# having or a must, of a subject it leaves out, tells a property, not what the thing is
_PROPERTY = re.compile(r"^\s*(?:has|have|must)\s", re.IGNORECASE)
# "object max 5 TB", "message max 256 KB": a line that opens on a measure of the thing and
# its limit tells a limit of it, not what it is (its number card asks it; a default, "visibility
# timeout default 30 s", may have none, and stays the topic's line)
_LIMIT = re.compile(r"^\s*(?:[A-Za-z][\w-]*\s+){0,2}(?:max|min|maximum|minimum|limit)\b[^.,;]{0,12}?\d", re.IGNORECASE)


# "use launch templates (...)", "avoid monotonically increasing keys", "mnemonic: ...": the
# author's advice on the thing, or a memory aid, no definition of it
# ("use for programmatic access" says what it is for; "USE CATALOG" is a privilege's name)
_ADVICE = re.compile(r"^\s*(?:[Uu]se(?!\s+(?:for|to|as|via|in|with|by|when)\b)|[Aa]void|[Pp]refer|[Dd]on'?t|[Dd]o not|[Nn]ever|[Aa]lways|[Rr]emember|[Mm]nemonic:)\s")


# "others (file, s3, mysql ...) are community": what is left of a list, no definition
_OTHERS = re.compile(r"^\W*others?\b", re.IGNORECASE)


def tells_a_property(line: Inline) -> bool:
    plain = inl.to_plain(line)
    return any(shape.match(plain) is not None for shape in (_PROPERTY, _LIMIT, _ADVICE, _OTHERS))
