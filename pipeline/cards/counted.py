"""Whether a list is N things of one kind, so that a front may ask "which N?".

"which 3?" promises three answers of one kind (`Authentication, Authorization,
Accounting`). Over a thing's values (`net .192, bcast .223, hosts .193–.222`),
a range (`>= 5.0, < 6.0`), a name spelled out and a fact about it (`SOW:
Statement of Work, specific deliverables`), sentences, or the same name twice,
the count asks for something the back is not.
"""

from __future__ import annotations

import re

from pipeline.cards.prompts import is_open_list
from pipeline.model import inline as inl

KIND_WORDS = 8  # an item longer than this is a fact, not a member of a kind
# `>= 5.0`, `net .192`, `2 deploys`; not `3rd party`, `2-step verification`
_VALUE = re.compile(r"^[<>=~≤≥!.]|^\d+(?:[.,]\d+)*(?:\s|$)|(?<![\w.])\.\d|\b\d+\.\d|\s[<>=~≤≥]")
_KEYED = re.compile(r":\s|\s=\s|→|->|=>")
_SENTENCE = re.compile(r"[.!?]\s+\S")


def one_kind(items: list[str], owner: str = "", phrases: bool = False) -> bool:
    """Whether the items are members of one kind, each a short name or phrase
    (any phrase, with `phrases`: a label has named the kind), none of them a
    value, a sentence, a key with its value, or a repeat; and, under an
    abbreviation (`owner`), the first not the words it stands for."""
    bare = [inl.ASIDE.sub("", item).strip().rstrip(".") for item in items]
    if phrases:  # "Bucket Policies: bucket wide rules ...": the member is what leads its line
        bare = [_KEYED.split(item, maxsplit=1)[0].strip() for item in bare]
    if len(bare) < 2 or any(not item for item in bare):
        return False
    if len({item.lower() for item in bare}) < len(bare):
        return False  # "Control Quality" twice: no list of different things
    if any(_VALUE.search(item) or (not phrases and (len(item.split()) > KIND_WORDS or _KEYED.search(item) or _SENTENCE.search(item))) for item in bare):
        return False
    # "AAA: Authentication, Authorization, Accounting": the members spell it, and are its kind
    together = "".join(item[0] for item in bare).lower() == owner.strip().lower()
    # "SIEM: Security Information and Event Management": the words spell it, the items do not, so
    # they are the name spelled out, no members to count
    return together or not (spells(owner, bare[0]) or spells(owner, " ".join(bare)))


def spells(abbreviation: str, words: str) -> bool:
    """`SOW` of `Statement of Work`: the words' capitals, or first letters, are the abbreviation."""
    abbreviation = abbreviation.strip()
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]{1,6}", abbreviation) or sum(ch.isupper() for ch in abbreviation) < 2:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", words))
    capitals = "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", words) if w[0].isupper())
    return abbreviation.lower() in (initials.lower(), capitals.lower()) or (
        len(words.split()) == 1 and words[:1].upper() == abbreviation[0]
    )


# a last item that trails off ("KL / JS divergence, etc.", "C3...", "and more") or catches all ("any HTTP backend")
_TRAILS_OFF = re.compile(r"(?:\.\.+|…|\betc\b\.?|\band\s+(?:more|others|so\s+on)|\bamong\s+others)\s*$", re.IGNORECASE)
_CATCH_ALL = re.compile(r"^(?:any|other|others|anything|etc)\b", re.IGNORECASE)


def open_ended(label: str, items: list[str]) -> bool:
    """A few of many: a label that says its list gives examples ("Use cases",
    "metrics on the dataset, e.g.", "such as"), or a last item that trails off or
    catches all. "which 3?" would close a list the notes leave open."""
    if is_open_list(label):
        return True
    last = inl.ASIDE.sub("", items[-1]).strip() if items else ""
    return _TRAILS_OFF.search(last) is not None or _CATCH_ALL.match(last) is not None


MEMBER_WORDS = 4  # a list's member is named this briefly; a longer line is a fact about the owner
# a member's name ends at its value or at its own examples ("Homogeneous migration for ex Oracle to Oracle")
_LEAD_END = re.compile(r":\s|\s[-–—=]\s|→|->|=>|\s(?:for\s+ex(?:ample)?|e\.g\.|such\s+as|like|including)\s", re.IGNORECASE)


def _without_nested_asides(line: str) -> str:
    """The line without its brackets, nested ones too ("S3 bucket (with OAC (formerly OAI))")."""
    while (bare := inl.ASIDE.sub(" ", line)) != line:
        line = bare
    return line


def lead(line: str) -> str:
    """What leads a line, its brackets aside: `Billing Dashboard` of "Billing Dashboard (with ...)",
    `SPF` of "SPF - which servers may send"."""
    return _LEAD_END.split(_without_nested_asides(line), maxsplit=1)[0].strip()


def a_member(line: str) -> bool:
    """"Billing Dashboard", "MVCC: readers see a snapshot", "hardware (EC2 Instance Store)": a
    line led by one short name, which "which N?" may count; not "budget alerts do NOT stop
    spending", nor "compute optimized, memory optimized" (several members on one line)."""
    led = lead(line)
    parts = [part.strip() for part in _NAMES_APART.split(led) if part.strip()]
    named = [part[0].isupper() or part[0].isdigit() for part in parts]
    if len(parts) > 1 and named[0] and _REMARK.match(parts[1]):
        led = parts[0]  # "S3 bucket, with an origin access identity": a name, then a remark on it
    elif len(parts) > 1 and all(named):
        return False  # "System Event, Policy Denied": two members on one line
    return 0 < len(led.split()) <= MEMBER_WORDS


_NAMES_APART = re.compile(r"[,;]")
# "with an origin access identity", "for HPC": a remark that goes on from a name (not "independent of each other")
_REMARK = re.compile(r"(?:with|without|via|for|from|using|incl\.?|including|e\.g\.|such as|like)\b", re.IGNORECASE)
