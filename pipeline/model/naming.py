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
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from string import ascii_lowercase

from pipeline.model.name_patterns import CAMEL as _CAMEL, TOKEN as _TOKEN, VENDORS, absent, camel_spaced, form_words, names_pattern
from pipeline.model.word_forms import same_word

_REPEATED_LETTER = re.compile(r"([A-Z])(\d)")  # `S3`: three S
MASK = "___"
# Vendor and filler words a name shares with everything: they give nothing away.
_PLAIN_NAME_WORDS = frozenset(
    """aws amazon azure microsoft google gcp ibm oracle cloud service services tool tools the of and for
    a an in on to with by""".split()
)
# Words an acronym's expansion may add without a letter of their own.
_FILLERS = frozenset("a an and as at by for in of on or the to with".split())
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[A-Za-z][.)])\s+")
_TRAILER = re.compile(r"[\s:?.!]+$")
_DASH_ALIAS = re.compile(r"^(.*\S)\s+[-–—]\s+([A-Za-z][\w-]*)$")
_WORD = re.compile(r"[A-Za-z0-9]+")
COMPOUND_TAIL = 5  # letters of a name's word that, closing another word, give it away
_HYPHENED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_HEADS = re.compile(r"\s*(?:[,:;()]|\s[-–—=/]\s|->|\bis\b)\s*")  # `A / B — a words / b words`: a side each
_SAYS = re.compile(r"^([A-Z][A-Za-z0-9]+)\s+(?:is|=|means)\s+(.+)$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*$")
_JOINED = re.compile(r"\s+(?:&|and|vs\.?|versus)\s+")  # `Network ACL & Security Groups`: two names
_HEAD_BEFORE_PLAIN = re.compile(r"^((?:[A-Z][\w-]*\s+){1,3}[A-Z][\w-]*)\s+[a-z]+$")  # `Elastic IP address`
# "formerly CW Events", "successor to AWS Single Sign-On", "used to be named X"
FORMER_WORDS = re.compile(
    r"\b(?:formerly|previously|successor\s+(?:to|of)|used\s+to\s+be|also|known|as|named|called|a\.?k\.?a\.?)\b", re.IGNORECASE
)
# Every word FORMER_WORDS takes out (`a.k.a.` as its letters, dotted or not), for a test
# that needs no pattern (definitions.only_names): a word added above is added here too.
FORMER_VOCABULARY = frozenset("formerly previously successor to of used be also known as named called a k aka ka ak".split())
_FORMER_ASIDE = re.compile(r"\s*\((?:formerly|previously)\b[^()]*\)")
_FORMER = re.compile(
    r"(?:formerly(?:\s+(?:known\s+as|called|named))?|previously(?:\s+(?:known\s+as|called|named))?|"
    r"successor\s+(?:to|of)|used\s+to\s+be\s+(?:named|called)|also\s+(?:known\s+as|called)|a\.?k\.?a\.?)"
    r"\s+[\"'“]?([A-Za-z0-9][\w\- .]*?[\w])[\"'”]?(?=\s*(?:[,;:()]|$|\s[-–—]\s))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Names:
    """The ways one thing is named. `display` is how a card shows it."""

    display: str
    forms: tuple[str, ...]  # the full name first, then short forms, acronyms and aliases
    # words of the name that many other names share (`Code` of `CodeBuild`, `Plan`): they tell nothing apart
    plain: frozenset[str] = frozenset()

    @property
    def full(self) -> str:
        return self.forms[0]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return names_pattern(self.forms)

    def shows(self, text: str) -> bool:
        """Whether the text names the thing in any of its forms."""
        return not self._absent(text) and bool(self.pattern.search(text))

    def may_show(self, text: str) -> bool:
        """False only where the text surely names no form: `shows` without the
        pattern, and for every part of the text (a line of several joined) too."""
        return not self._absent(text)

    def mask(self, text: str, blank: str = MASK) -> str:
        if self._absent(text):
            return text
        masked = self.pattern.sub(blank, text)
        if not blank or not self._capitalised_forms or "(" not in masked:
            return masked
        # "___ (operational expenditure)": the words after the hidden `OpEx` spell it; they go with it
        spelled = re.escape(blank) + r"\s*\(([^()]+)\)"
        return re.sub(spelled, lambda m: blank if any(spells(form, m.group(1)) for form in self._capitalised_forms) else m.group(), masked)

    @cached_property
    def _capitalised_forms(self) -> tuple[str, ...]:
        """The forms written with two capitals or more (`OpEx`): those words in brackets may spell out."""
        return tuple(form for form in self.forms if sum(ch.isupper() for ch in form) >= 2)

    def match(self, text: str, position: int = 0) -> re.Match[str] | None:
        """The name where the text has it at `position`."""
        return None if self._absent(text[position:]) else self.pattern.match(text, position)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Each place the text names the thing."""
        return iter(()) if self._absent(text) else self.pattern.finditer(text)

    @cached_property
    def needles(self) -> tuple[str, ...]:
        """What every match of a form holds, in lowercase: its first word (none: no text rules the name out)."""
        return tuple(words[0] for words in self._held)

    @cached_property
    def _held(self) -> tuple[tuple[str, ...], ...]:
        """Per form, the words every match of it holds, in lowercase."""
        return tuple(form_words(f) for f in self.forms if _TOKEN.search(f))

    def _absent(self, text: str) -> bool:
        """Whether no form has all its words in the text, the first where a match may
        start, so the name is not: most texts are ruled out without compiling the
        pattern, which costs more than all the texts a name is looked for in."""
        return absent(self._held, text)

    def keys(self) -> frozenset[str]:
        """Every form normalised (no vendor prefix, no case, no spacing, singular)."""
        return self._keys

    @cached_property
    def _keys(self) -> frozenset[str]:
        return frozenset(name_key(f) for f in self.forms)

    def initials(self) -> frozenset[str]:
        """The keys of the acronyms of its names of several words (`Network ACL` -> `nacl`)."""
        return self._initials

    @cached_property
    def _initials(self) -> frozenset[str]:
        return frozenset(_initials(self))

    def same_thing(self, other: Names) -> bool:
        """Whether one name is a form of the other (an alias, an acronym)."""
        if self._keys & other._keys:
            return True
        return bool(self._initials & other._keys or other._initials & self._keys)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The significant words of the name (camelCase parts, vendor and filler words left out)."""
        found: list[str] = []
        for form in (self.forms[0], *(f for f in self.forms[1:] if len(_TOKEN.findall(f)) == 1)):
            for token in _TOKEN.findall(camel_spaced(form)):
                if len(token) > 1 and token.lower() not in _PLAIN_NAME_WORDS | self.plain and not token.isdigit():
                    if token not in found:
                        found.append(token)
        return tuple(found)

    def leaks(self, text: str, common: frozenset[str] = frozenset()) -> bool:
        """Whether the text gives away a word of the name: `versioning` for
        `Versioning`, `scale up` for `Scalability`, `DNS` in `CoreDNS`,
        `Flow` for `Flow Logs`, `policy` for `NetworkPolicy`. Words in
        `common` (lowercase) are said of the other options too: no giveaway."""
        # the words first: each is judged once per name, the pattern is the dearer test
        given = self._given
        for word in _WORD.findall(text):
            if (gives := given.get(word)) is None:
                gives = given[sys.intern(word)] = self._word_gives_away(word)  # every name keeps the words it met: one copy each
            if gives and not (common and word.lower() in common):
                return True
        if "-" in text and self._unspelled and any(self._spells_acronym_opening(joined) for joined in _HYPHENED.findall(text)):
            return True  # `Role-based` for *RBAC*: words that spell the acronym's first letters
        return self.shows(text)

    @cached_property
    def _unspelled(self) -> tuple[str, ...]:
        """The name's acronyms where the notes never spell it out (`RBAC`, no `Role-Based Access
        Control`); a spelled-out name's own words are checked as words."""
        if any(len(_TOKEN.findall(f)) > 1 for f in self.forms):
            return ()
        return tuple(f for f in self.forms if f.isupper() and f.isalpha())

    def _spells_acronym_opening(self, joined: str) -> bool:
        """Words whose initials open an acronym never spelled out (`Role-based` of `RBAC`)."""
        initials = "".join(part[0] for part in joined.split("-")).upper()
        return any(len(f) > len(initials) and f.startswith(initials) for f in self._unspelled)

    def mask_words(self, text: str, blank: str = MASK) -> str:
        """The text with each word that gives the name away hidden."""
        text = _HYPHENED.sub(lambda m: blank if self._spells_acronym_opening(m.group()) else m.group(), text) if "-" in text and self._unspelled else text
        return _WORD.sub(lambda m: blank if self._gives_away(m.group(), frozenset()) else m.group(), self.mask(text, blank))

    def _gives_away(self, word: str, common: frozenset[str]) -> bool:
        given = self._given.get(word)
        if given is None:
            given = self._given[word] = self._word_gives_away(word)
        return given and not (common and word.lower() in common)

    @cached_property
    def _given(self) -> dict[str, bool]:
        # the same words come up across every option and cue: each is judged once per name
        return {}

    @cached_property
    def _telling(self) -> tuple[tuple[str, str, bool], ...]:
        """The name's words, in lowercase too, each with whether it is an acronym found inside words (`DNS` in `CoreDNS`)."""
        return tuple((w, w.lower(), w.isupper() and len(w) >= 3) for w in self.words)

    def _word_gives_away(self, word: str) -> bool:
        lowered = word.lower()
        if len(word) >= 2 and word[:2].isupper() and (lowered in self._initials or lowered.removesuffix("s") in self._initials):
            return True  # `AZs` for *Availability zones*: its initials, as the notes abbreviate it
        tokens = {lowered, *(t.lower() for t in _CAMEL.findall(word))}
        for name_word, lower, acronym in self._telling:
            if acronym:
                if name_word in word or lowered in (lower, lower + "s"):
                    return True
            elif any(same_word(lower, t) for t in tokens):
                return True
            elif len(lower) >= COMPOUND_TAIL and lowered.endswith(lower) and lowered != lower:
                return True  # `tfstate` for *State*: the name closing a word made of it
        return False

    def with_aliases(self, aliases: Iterable[str]) -> Names:
        forms = list(self.forms)
        for alias in aliases:
            alias = alias.strip(" .,:;")
            if alias and name_key(alias) not in {name_key(f) for f in forms}:
                forms.append(alias)
        return Names(self.display, tuple(forms), self.plain)

    def sharing(self, plain: Iterable[str]) -> Names:
        """The same names, with words said by other names too (lowercase) no giveaway."""
        return Names(self.display, self.forms, self.plain | frozenset(plain))


def short_forms(names: Names) -> set[str]:
    """Initials the notes may write for the name: `CT` for `CloudTrail`,
    `CW` for `CloudWatch`, `TA` for `Trusted Advisor`."""
    found = set()
    for form in names.forms:
        words = [w for w in _TOKEN.findall(form) if w.lower() not in VENDORS and w.lower() not in _FILLERS]
        if len(words) == 1 and len(parts := _CAMEL.findall(words[0])) in (2, 3) and all(p[:1].isupper() for p in parts):
            found.add("".join(p[0] for p in parts))
        elif 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words):
            found.add("".join(w[0] for w in words))
    return found


def _initials(names: Names) -> set[str]:
    """Acronyms of the names of several words (`Network ACL` -> `nacl`)."""
    return {name_key(acronym_of(f)) for f in names.forms if len(_TOKEN.findall(f)) > 1}


@lru_cache(maxsize=1 << 16)  # names are compared pairwise: each spelling is reduced once
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


def without_former_name(text: str) -> str:
    """`AWS Health Dashboard (formerly Personal Health Dashboard)` as the name it
    is today: a former name in parentheses makes no phrase of a name."""
    return _FORMER_ASIDE.sub("", text).strip()


def names_of(title: str, lines: Sequence[str] = ()) -> Names:
    """The names of a topic titled `title`; `lines` (plain text, first lines
    first) may expand its acronym or give a former name."""
    return _names_of(title, tuple(lines))


@lru_cache(maxsize=1 << 13)  # each card kind reads a thing's names, and one Names keeps its pattern
def _names_of(title: str, lines: tuple[str, ...]) -> Names:
    display = clean_title(title)
    forms: list[str] = []
    aliases: list[str] = []
    base = display
    for inside in _PAREN.findall(display):
        inside = inside.strip().lstrip("=~ ").strip()
        former = _FORMER.match(inside)  # "AWS Health Dashboard (formerly Personal Health Dashboard)"
        if former:
            aliases.append(former.group(1))
        elif any("A" <= c <= "Z" for c in inside) and not inside[:1].isdecimal():
            aliases.append(inside)
    base = _PAREN.sub("", base).strip()
    said = _SAYS.match(base)
    if said and spells(said.group(1), said.group(2)):
        base = said.group(1)
        aliases.append(said.group(2))
        display = f"{base} ({said.group(2)})"
    dash = _DASH_ALIAS.match(base)
    if dash and (_ACRONYM.match(dash.group(2)) or " " not in dash.group(2)):
        base, short = dash.group(1), dash.group(2)
        aliases.append(short)
    forms.append(base or display)
    if (head := _HEAD_BEFORE_PLAIN.match(base)) and len(short := acronym_of(head.group(1))) >= 2:
        aliases.append(short)  # "EIP" of `Elastic IP address`: the initials before a plain word that sorts it
    # `CloudHSM` holds the acronym `HSM`: its expansion names the thing too
    parts = [*forms, *aliases, *base.split(), *_CAMEL.findall(base)]
    # `SQS`, and `IoT`, `SaaS`: capitals with a letter or two in lowercase
    acronyms = [f for f in dict.fromkeys(parts) if _ACRONYM.match(f) and (f.upper() == f or (len(f) <= 5 and _mostly_capitals(f)))]
    for line in lines:
        aliases.extend(_expansions(acronyms, forms[0], line))
        # only a line that starts with it: "formerly X" later in a line may name something else
        if former := _FORMER.match(line.strip()):
            aliases.append(former.group(1))
    names = Names(display, tuple(forms))
    return names.with_aliases(aliases)


def _mostly_capitals(word: str) -> bool:
    return sum(c.islower() for c in word) < sum(c.isupper() for c in word)


def compound_parts(title: str) -> list[str]:
    """`Network ACL & Security Groups` names two things; a plain name gives itself."""
    title = clean_title(title)
    parts = [p.strip() for p in _JOINED.split(title) if p.strip()]
    # `Cost & Usage Reports (CUR)` is one name: its acronym spells the whole; `S3 Replication (CRR & SRR)` too, joined in brackets
    spelled = any(spells(inside.strip(), _PAREN.sub("", title)) for inside in _PAREN.findall(title))
    return parts if len(parts) > 1 and not spelled and all(_TOKEN.search(p) and p.count("(") == p.count(")") for p in parts) else [title]


@lru_cache(maxsize=1 << 14)
def acronym_of(name: str) -> str:
    """Initials of the name's words, fillers left out (`Cost & Usage Reports` -> `CUR`)."""
    words = [w for w in _WORD.findall(name) if w.lower() not in _FILLERS and w.lower() not in VENDORS]
    return "".join(w if _ACRONYM.match(w) and w.isupper() else w[0].upper() for w in words)


def _expansions(acronyms: Sequence[str], full: str, line: str) -> list[str]:
    """The words that spell out one of the acronyms at the start of a line
    (`simple queue service, ...`, `NACL is Network Access Control List:`)."""
    found = []
    heads = [h.strip() for h in _HEADS.split(line)[:4] if h.strip()]
    for acronym in acronyms:
        for head in heads:
            if spells(acronym, head):
                found.append(head)
        # `EBS Volume` -> `Elastic Block Store Volume`
        rest = full.replace(acronym, "").strip()
        if rest and rest != full:
            for head in heads:
                if head.lower().endswith(rest.lower()) and spells(acronym, head[: -len(rest)].strip()):
                    found.append(head)
    return found


def spells(acronym: str, phrase: str) -> bool:
    """Whether the phrase's words give the acronym's letters in order, each
    word its initial and maybe later letters of itself (`Quantum Ledger DataBase`)."""
    # `Internet of Things` spells `IoT` with its filler, `Simple Queue Service` needs none
    return _spelled(acronym, [w for w in _TOKEN.findall(phrase) if w.lower() not in _FILLERS]) or (
        len(acronym) <= 5 and _spelled(acronym, _TOKEN.findall(phrase))
    )


def _spelled(acronym: str, words: list[str]) -> bool:
    while len(words) > 2 and words[0].lower() in VENDORS and not acronym.upper().startswith(words[0][0].upper()):
        words = words[1:]
    # `S3` is three S's (Simple Storage Service), `EC2` two C's.
    letters = _REPEATED_LETTER.sub(lambda m: m.group(1) * int(m.group(2)), acronym.upper())
    if not words or len(words) < 2 or len(words) > len(letters) or any(w.isdigit() for w in words):
        return False

    def match(wi: int, li: int) -> bool:
        if wi == len(words):
            return li == len(letters)
        word = (words[wi].lstrip(ascii_lowercase) or words[wi]).upper()  # `eXpression`: the X of `STIX`
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


def forget_names() -> None:
    """Let go of the names kept (a build's memory)."""
    _names_of.cache_clear()
    camel_spaced.cache_clear()
