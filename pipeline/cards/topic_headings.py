"""Headings that title a part of the notes rather than name one thing: a
card that hid one, or answered with one, would ask where the author filed a
line, not what the line says."""

from __future__ import annotations

import re

from pipeline.model.course_parts import COURSE_PART_NUMBER
from pipeline.model.definitions import Line
from pipeline.model.inline import ASIDE
from pipeline.model.naming import spells

# "app / network attacks", "IAM — who can do what", "Increment → Definition of Done",
# "Transactional vs analytical", "Google's global infra": two subjects, or one with
# the author's gloss, or the author's own words for a part of the notes
_JOINS = re.compile(r"\s/\s|\s[—–]\s|→|->|,|\svs\.?\s|'s\b|\bstuff\b|:\s", re.IGNORECASE)
# "(said these out loud on the bus)", "(what the right answer usually looks like)": a remark, not an abbreviation
_REMARK = re.compile(r"\((?:[^()A-Z]*\s){2,}[^()A-Z]*\)")
# "Agile quick sheet", "Exam snapshot", "Other net stuff", "HA patterns", "Network terms", "Real-time
# on Azure": what the author collected, or an area of a cloud, no thing;
# a "tech stack" is one, a "dual stack" or "protocol stack" is a thing of its own
_COLLECTS = re.compile(
    r"\b(?:sheet|snapshot|(?:tech|technology|tool|tools|software|study|exam|my|our)\s+stack|basics|essentials|fundamentals|refresher|recap|overview|misc|bits|things|drills?|gotchas?|tips?|tricks?|keywords?|cheat|quick[- ]?fire|quick\s+hits|one[- ]liners|cram|mindset|notes|checklist|reminders|log|progress|patterns|terms|concepts|aside"
    r"|(?:on|in)\s+(?:azure|aws|gcp|google\s+cloud))\s*$",
    re.IGNORECASE,
)

# "104.2 Maintain ...", "109.2–109.4 Network config", "106.2 / 106.3 Desktops": an exam objective's number, then its words
_OBJECTIVE = re.compile(r"^\s*\d{1,3}\.\d{1,2}(?:\s*(?:[–—-]|/)\s*\d{1,3}\.\d{1,2})?\s+[A-Za-z]")




def is_objective(label: str) -> bool:
    """A numbered exam objective ("104.2 Maintain the integrity of filesystems",
    "109.2–109.4 Network config, troubleshooting, DNS client"): it titles a part
    of the exam, and the lines under it are that part's unlike facts (fsck,
    tune2fs, df -i), none of them what the objective is."""
    return _OBJECTIVE.match(label) is not None or COURSE_PART_NUMBER.match(label) is not None


# "Resources & data sources", "Build + manage", "Agile cost/schedule": two subjects of plain words joined
_PLAIN_JOIN = re.compile(r"\s[&+]\s|[a-z]/[a-z]")
# "A few rules I keep repeating to myself", "Why the hierarchy matters": the author's own words, a question
_OWN_WORDS = re.compile(r"\b(?:I|my|myself|me)\b|^\s*(?:what|how|why|when|where|which)\s+(?!is\b|are\b)\S+\s+\S", re.IGNORECASE)


def _in_plain_words(label: str) -> bool:
    """Some word past the first in lower case: no product's name ("Cost & Usage Reports")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", ASIDE.sub(" ", label))[1:] if len(w) > 3]
    return any(w[0].islower() for w in words)


def is_topic_heading(label: str) -> bool:
    """A heading over unlike lines, not the name of one thing: two subjects or a gloss ("Cost mgmt / FinOps", "IAM — who can do what"), a
    remark in brackets, a collection of the author's ("Agile quick sheet"), or an exam's
    numbered objective ("110.1–110.3 Security"). A
    blank over it would ask where the author filed a line, not what the line says."""
    plain = label.strip()
    if not plain:
        return False
    return (
        _JOINS.search(plain) is not None
        or _hyphen_joined(plain)
        or _REMARK.search(plain) is not None
        or is_objective(plain)
        or is_authors_heading(plain)
    )


# "Networking - core", "Tools - Domain 1": two parts joined by a spaced hyphen
_HYPHEN = re.compile(r"^(.+?)\s-\s(.+)$")


def _hyphen_joined(label: str) -> bool:
    """Two parts joined by a spaced hyphen, unless one spells the other ("DLP - data loss
    prevention") or the first is a product's name of its own ("AWS Health Dashboard - Service health")."""
    found = _HYPHEN.match(ASIDE.sub(" ", label).strip())
    if found is None:
        return False
    first, second = found.group(1).strip(), found.group(2).strip()
    words = first.split()
    named = len(words) > 1 and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)
    return not (named or spells(first, second) or spells(second, first))


def is_authors_heading(label: str) -> bool:
    """"Resources & data sources", "The course's framing", "A few rules I keep repeating to
    myself", "Agile quick sheet": the author's words over a part of the notes, no term."""
    plain = label.strip()
    joined = _PLAIN_JOIN.search(ASIDE.sub(" ", plain)) is not None and _in_plain_words(plain)
    return joined or _OWN_WORDS.search(plain) is not None or _POSSESSIVE.search(plain) is not None or is_collection(plain)


_POSSESSIVE = re.compile(r"[a-z]'s\b")


def is_collection(label: str) -> bool:
    """"Hardening checklist", "Cloud bits": what the author collected, no one thing."""
    return _COLLECTS.search(label.strip()) is not None


# "Nation-state - APT, ...", "Solicited-node: FF02::1:FF ...", "GUA = 2000::/3": a line that opens with
# a term of its own (a few words, then its separator) and says what that term is
_TERM_LINE = re.compile(r"^\s*([^\s:=|][^:=|]{0,40}?)\s*(?:::?\s|\s[-–—]\s|\s=\s)")
TERM_WORDS = 4
MEMBERS = 3  # term lines, at least, for a heading to file members rather than describe one thing


def _key(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    words = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words
    return " ".join(w.rstrip("s") for w in words)


def term_line(text: str, name: str = "") -> bool:
    """A line that opens with a term of its own, not the heading's `name`
    ("A module = a directory ..." under Modules), and says what that term is."""
    match = _TERM_LINE.match(text)
    return match is not None and len(match.group(1).split()) <= TERM_WORDS and _key(match.group(1)) != _key(name)


def files_members(lines: tuple[Line, ...], name: str = "") -> bool:
    """A heading whose own lines are mostly terms of their own ("actors":
    `Nation-state - APT ...`, `Organized crime - money ...`; "Migration paths":
    `Lift & shift (rehost) — ...`): a category over its members. A line of
    it, its name hidden, asks which category a member is filed under."""
    own = [line.text for line in lines if line.depth == 0]
    terms = [m.group(1) for text in own if (m := _TERM_LINE.match(text)) and term_line(text, name)]
    distinct = {t.lower() for t in terms}
    return len(distinct) >= MEMBERS and len(terms) * 2 >= len(own)


def only_files_members(lines: tuple[Line, ...], name: str = "") -> bool:
    """`files_members`, and its first line too is a member's: nothing of its
    own says what the heading is ("Topologies": `2-tier = ...`, `spine-leaf = ...`)."""
    own = [line.text for line in lines if line.depth == 0]
    return files_members(lines, name) and bool(own) and term_line(own[0], name)


# "Seven steps", "three topics", "(701 has 4)": a count makes the list a set; "the order of
# operations", "phases": a sequence to know in turn
_SET_WORDS = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|order|steps?|sequence|phases?|stages?|lifecycle|process)\b", re.IGNORECASE
)


def outline_heading(label: str) -> bool:
    """A heading over a part of the notes ("DHCP / DNS", "Other practices — one-liners
    I keep mixing up", "Vulnerability management stuff"), its brackets and quotes left
    aside ("Analytics types \"what → why\"" is a set's name): the names under it are
    its outline, no set to recite, unless it counts them or puts them in order."""
    label = re.sub(r"^\s*\d{1,2}[.)]\s+", "", label)  # the outline's own number ("9. Other practices") counts nothing
    bare = re.sub(r"\([^()]*\)|\"[^\"]*\"|“[^”]*”", " ", label).strip()
    if not bare or _SET_WORDS.search(label):
        return False
    return _JOINS.search(bare) is not None or _COLLECTS.search(bare) is not None
