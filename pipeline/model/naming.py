"""What a topic is called, in every form the notes may write it, and how to
hide those forms in a text.

A title such as `AWS Certificate Manager (ACM):` names one thing several
ways: the full name, a short one without "AWS"/"Amazon", an acronym, and
the expansions or former names its own lines give ("simple queue service"
under `SQS`, "formerly CW Events"). A card that asks for the name must show
none of them, in any spelling: plural or singular, with or without the
vendor prefix, "Code-Guru" or "CodeGuru", any case, and only as whole words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

MASK = "___"
VENDORS = ("aws", "amazon")
# Words an acronym's expansion may add without a letter of their own.
_FILLERS = frozenset("a an and as at by for in of on or the to with".split())
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[A-Za-z][.)])\s+")
_TRAILER = re.compile(r"[\s:?.!]+$")
_DASH_ALIAS = re.compile(r"^(.*\S)\s+[-–—]\s+([A-Za-z][\w-]*)$")
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_CAMEL = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_SAYS = re.compile(r"^([A-Z][A-Za-z0-9]+)\s+(?:is|=|means)\s+(.+)$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*$")
# "formerly CW Events", "successor to AWS Single Sign-On", "used to be named X"
FORMER_WORDS = re.compile(
    r"\b(?:formerly|previously|successor\s+(?:to|of)|used\s+to\s+be|also|known|as|named|called|a\.?k\.?a\.?)\b", re.IGNORECASE
)
_FORMER = re.compile(
    r"\b(?:formerly(?:\s+(?:known\s+as|called|named))?|previously(?:\s+(?:known\s+as|called|named))?|"
    r"successor\s+(?:to|of)|used\s+to\s+be\s+(?:named|called)|also\s+(?:known\s+as|called)|a\.?k\.?a\.?)"
    r"\s+[\"'“]?([A-Za-z0-9][\w\- .]*?[\w])[\"'”]?(?=\s*(?:[,;:()]|$|\s[-–—]\s))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Names:
    """The ways one thing is named. `display` is how a card shows it."""

    display: str
    forms: tuple[str, ...]  # the full name first, then short forms, acronyms and aliases

    @property
    def full(self) -> str:
        return self.forms[0]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        alternatives = sorted({_form_pattern(f) for f in self.forms if _TOKEN.search(f)}, key=lambda p: (-len(p), p))
        return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z0-9])", re.IGNORECASE)

    def shows(self, text: str) -> bool:
        """Whether the text names the thing in any of its forms."""
        return bool(self.pattern.search(text))

    def mask(self, text: str, blank: str = MASK) -> str:
        return self.pattern.sub(blank, text)

    def keys(self) -> frozenset[str]:
        """Every form normalised (no vendor prefix, no case, no spacing, singular)."""
        return frozenset(name_key(f) for f in self.forms)

    def same_thing(self, other: Names) -> bool:
        """Whether one name is a form of the other (an alias, an acronym)."""
        return bool(self.keys() & other.keys()) or self.shows(other.full) or other.shows(self.full)

    def with_aliases(self, aliases: Iterable[str]) -> Names:
        forms = list(self.forms)
        for alias in aliases:
            alias = alias.strip(" .,:;")
            if alias and name_key(alias) not in {name_key(f) for f in forms}:
                forms.append(alias)
        return Names(self.display, tuple(forms))


def name_key(text: str) -> str:
    """A name reduced to compare spellings: `AWS Code-Guru` == `codeguru`, `Security Groups` == `security group`."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    while len(words) > 1 and words[0] in VENDORS:
        words = words[1:]
    key = "".join(words)
    return key[:-1] if len(key) > 3 and key.endswith("s") and not key.endswith("ss") else key


def clean_title(title: str) -> str:
    """A topic title as a card shows it: no numbering, trailing colon or question mark."""
    return _TRAILER.sub("", _NUMBERING.sub("", title.strip())).strip()


def names_of(title: str, lines: Sequence[str] = ()) -> Names:
    """The names of a topic titled `title`; `lines` (plain text, first lines
    first) may expand its acronym or give a former name."""
    display = clean_title(title)
    forms: list[str] = []
    aliases: list[str] = []
    base = display
    for inside in _PAREN.findall(display):
        inside = inside.strip().lstrip("=~ ").strip()
        if re.search(r"[A-Za-z]{2,}", inside) and not re.search(r"\d+/\d+", inside):
            aliases.append(inside)
    base = _PAREN.sub("", base).strip()
    said = _SAYS.match(base)
    if said and _spells(said.group(1), said.group(2)):
        base = said.group(1)
        aliases.append(said.group(2))
        display = f"{base} ({said.group(2)})"
    dash = _DASH_ALIAS.match(base)
    if dash and (_ACRONYM.match(dash.group(2)) or " " not in dash.group(2)):
        base, short = dash.group(1), dash.group(2)
        aliases.append(short)
    forms.append(base or display)
    acronyms = [f for f in [*forms, *aliases, *base.split()] if _ACRONYM.match(f) and f.upper() == f]
    for line in lines:
        aliases.extend(_expansions(acronyms, forms[0], line))
        aliases.extend(m.group(1) for m in _FORMER.finditer(line))
    names = Names(display, tuple(forms))
    return names.with_aliases(aliases)


def compound_parts(title: str) -> list[str]:
    """`Network ACL & Security Groups` names two things; a plain name gives itself."""
    parts = [p.strip() for p in re.split(r"\s+(?:&|and|vs\.?|versus)\s+", clean_title(title)) if p.strip()]
    return parts if len(parts) > 1 and all(_TOKEN.search(p) for p in parts) else [clean_title(title)]


def acronym_of(name: str) -> str:
    """Initials of the name's words, fillers left out (`Cost & Usage Reports` -> `CUR`)."""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", name) if w.lower() not in _FILLERS and w.lower() not in VENDORS]
    return "".join(w if _ACRONYM.match(w) and w.isupper() else w[0].upper() for w in words)


def _expansions(acronyms: Sequence[str], full: str, line: str) -> list[str]:
    """The words that spell out one of the acronyms at the start of a line
    (`simple queue service, ...`, `NACL is Network Access Control List:`)."""
    found = []
    heads = [h.strip() for h in re.split(r"\s*(?:[,:;(]|\s[-–—=]\s|\bis\b)\s*", line)[:3] if h.strip()]
    for acronym in acronyms:
        for head in heads:
            if _spells(acronym, head):
                found.append(head)
        # `EBS Volume` -> `Elastic Block Store Volume`
        rest = full.replace(acronym, "").strip()
        if rest and rest != full:
            for head in heads:
                if head.lower().endswith(rest.lower()) and _spells(acronym, head[: -len(rest)].strip()):
                    found.append(head)
    return found


def _spells(acronym: str, phrase: str) -> bool:
    """Whether the phrase's words give the acronym's letters in order, each
    word its initial and maybe later letters of itself (`Quantum Ledger DataBase`)."""
    words = [w for w in _TOKEN.findall(phrase) if w.lower() not in _FILLERS]
    # `S3` is three S's (Simple Storage Service), `EC2` two C's.
    letters = re.sub(r"([A-Z])(\d)", lambda m: m.group(1) * int(m.group(2)), acronym.upper())
    if not words or len(words) < 2 or len(words) > len(letters) or any(w.isdigit() for w in words):
        return False

    def match(wi: int, li: int) -> bool:
        if wi == len(words):
            return li == len(letters)
        word = words[wi].upper()
        if li >= len(letters) or word[0] != letters[li]:
            return False
        # this word may also give some of the next letters, from later in itself
        position, take = 1, li + 1
        while True:
            if match(wi + 1, take):
                return True
            if take >= len(letters):
                return False
            found = word.find(letters[take], position)
            if found < 0:
                return False
            position, take = found + 1, take + 1

    return match(0, 0)


def _form_pattern(form: str) -> str:
    """A regex for one name: any case, parts joined by nothing, a space or a
    hyphen, an optional vendor prefix, singular or plural."""
    tokens = [t for word in _TOKEN.findall(_camel_spaced(form)) for t in [word]]
    while len(tokens) > 1 and tokens[0].lower() in VENDORS:
        tokens = tokens[1:]
    parts = [re.escape(t) for t in tokens]
    last = tokens[-1]
    if last.isalpha() and len(last) > 3 and last.lower().endswith("s") and not last.lower().endswith("ss"):
        parts[-1] = re.escape(last[:-1]) + r"(?:s|es)?"
    elif last.isalpha():
        parts[-1] += r"(?:s|es|'s)?"
    vendor = r"(?:(?:" + "|".join(VENDORS) + r")[\s\-]*)?"
    return vendor + r"[\s\-_.]*".join(parts)


def _camel_spaced(text: str) -> str:
    """`CodeGuru` -> `Code Guru`, `DynamoDB` -> `Dynamo DB`; `IAM`, `EC2` stay whole."""
    return " ".join(" ".join(_CAMEL.findall(word)) for word in re.findall(r"[A-Za-z0-9]+", text))
