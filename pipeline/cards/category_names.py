"""Names filed under categories, a line each (`EDR: CrowdStrike Falcon,
SentinelOne, Carbon Black`, `Web app scanners: Nikto, Burp Suite, OWASP ZAP`,
`dynamic: Process Monitor, Regshot, TCPView`): open sets of examples, no list
to recite. The exam names a tool and asks what it is for, or names a need and
offers tools; so each name asks its category (under "Tools by category":
"Which category? Arachni" -> Web app scanners). A process's steps file their
activities the same way ("Which step? playbooks" -> Preparation), the steps
still a list to recite in order. Asked as "which 4?" or a blank per name, a
card wanted a set the notes never closed."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.compare import option_list
from pipeline.cards.count_nouns import singular
from pipeline.cards.cue_words import FILED_NAME_WORDS, content_words
from pipeline.cards.defining import spells_its_name
from pipeline.cards.deletions import opposites
from pipeline.cards.entries import Entry, Group
from pipeline.cards.prompts import is_generic
from pipeline.cards.sink import CardSink
from pipeline.cards.sub_lists import split_outside_brackets
from pipeline.cards.term_shapes import OPEN_ITEM
from pipeline.model import inline as inl

MIN_LINES = 2  # categories side by side: `static:` / `dynamic:` already sort ...
PEERS = 3  # ... as two sides of one scheme; three lines or more sort whatever their labels
MIN_NAMES = 2  # a line of one name names it, files nothing
LINE_SHARE = 2 / 3  # of a list's items that file names: the list is a catalogue
STEP_SHARE = 1 / 2  # of a numbered list's: its members are its steps or layers, whatever the rest say
OPTIONS_SHOWN = 4  # up to this many categories, the front offers them all
LABEL_WORDS = 6  # `Log analysis / correlation (SIEM)`: a category, no sentence
_COMMA = re.compile(r"\s*,(?!\d{3}\b)\s*")  # not the comma of `3,000`
# "3,000 IOPS baseline", "up to 16,000 IOPS", "99.999% durability": a figure, no name
_FIGURE = re.compile(r"^\d[\d.,]*\s|\d,\d{3}\b|\d\s*(?:%|[KMGTP]i?B\b|ms\b|IOPS\b)|^(?:up\s+to|from|max|min|over|under|about)\s", re.IGNORECASE)
_GLOSSED = re.compile(r"\**[A-Z][A-Z0-9-]{1,5}\**\s*\(\s*\S+\s+\S[^()]*\)")  # `BYOD (user owns)`: an acronym said in words
_SENTENCE = re.compile(r"[;:!?=]|\.(?:\s|$)|\s[—–-]\s")  # a name with a clause after it is a remark (`ANY.RUN` is a name)
STEM_LETTERS = 6  # letters two words share at their start to be one word's forms (`Sandbox`, `Sandboxing`)
# "Tools by category", "Attacks by type": what the label sorts by is what the front asks
_KIND = re.compile(r"\b(phases?|steps?|stages?|layers?|tiers?|levels?|pillars?|categor(?:y|ies)|types?|kinds?|classes)\b", re.IGNORECASE)
_PROCESS = re.compile(r"\b(?:process|procedure|lifecycle|life cycle|methodology|workflow)\b", re.IGNORECASE)
_BY = re.compile(r"\bby\s+([a-z][\w-]*)\s*$", re.IGNORECASE)


def category_cards(sink: CardSink, group: Group, entries: list[Entry]) -> list[Entry]:
    """Asks each name of a list of categories for its category; the entries left to the other rules."""
    if not group.is_topic and is_generic(inl.to_plain(group.label)):
        return entries  # a pillar's `Services:` files its names under the pillar (`listed_names`), no category to ask
    listed = [e for e in entries if e.listed and not e.node.children]
    # "1. Preparation — IR plan, training, playbooks": a process's steps file its activities, names or not
    steps = bool(listed) and all(e.node.role == "step" for e in listed)
    filed = {id(e): names for e in listed if (names := _names_filed(e)) is not None}
    # most of a line's names written as names are (`sequence, parallel, timeouts` are plain words); among lines
    # that do, `Packet capture: Wireshark, tcpdump, tshark` files names too, in lower case
    written = [names for names in filed.values() if steps or 2 * sum(map(_written_as_name, names)) > len(names)]
    if len(written) < MIN_LINES or len(written) < (STEP_SHARE if steps else LINE_SHARE) * len(listed):
        return entries
    lines = [e for e in listed if id(e) in filed]
    labels = [_label(e) for e in lines]
    if len({inl.plain_key(label) for label in labels}) < len(labels):
        return entries  # a category twice is two lists of one thing, no sorting
    if len(labels) < PEERS and not _two_sides(*labels):
        return entries  # `OSINT:` beside `S3:`: two lines of names, no scheme that sorts them
    counts: dict[str, int] = {}
    for names in filed.values():
        for name in {inl.plain_key(n) for n in names}:
            counts[name] = counts.get(name, 0) + 1
    question = _question(inl.to_plain(group.label), labels, steps)
    asked: set[int] = set()
    for entry, label in zip(lines, labels):
        names = filed[id(entry)]
        for name in names:
            # `Nmap` under two categories answers neither; `Splunk SOAR` under `SOAR` answers itself
            if counts[inl.plain_key(name)] > 1 or _shows_label(name, label):
                continue
            others = [n for n in names if n != name]
            answer = f"<div><b>{inl.escape(label)}</b></div><div>with {inl.escape(', '.join(others))}</div>"
            prompt = f'<div class="sp-label">{inl.escape(question)}</div><div>{inl.escape(name)}</div>'
            sink.add("classify", "basic", prompt, answer, group.inner, (entry.node.line,), ("filed", inl.plain_key(label), inl.plain_key(name)))
            asked.add(id(entry))
    if steps:
        # the steps stay a list to recite in order; what each files is asked by the cards above
        return [replace(e, definition=(), named=False, node=replace(e.node, inline=e.head)) if id(e) in asked else e for e in entries]
    return [e for e in entries if id(e) not in asked]


def _names_filed(entry: Entry) -> list[str] | None:
    """The names a `Category: name, name, name` line files, if it is one."""
    if entry.special is not None or not entry.named or not inl.to_plain(entry.definition).strip():
        return None
    if spells_its_name(entry.head, entry.definition):
        return None  # `SOAR — Security Orchestration, Automation and Response`: the words its letters stand for
    label = _label(entry)
    if not label or len(inl.ASIDE.sub(" ", label).split()) > LABEL_WORDS:
        return None
    items = split_outside_brackets(inl.to_plain(entry.definition).strip().rstrip("."), _COMMA) or []
    names = [_bare(item) for item in items if item.strip() and not OPEN_ITEM.search(item.strip())]
    if len(names) < MIN_NAMES or any(not n or _SENTENCE.search(inl.ASIDE.sub(" ", n)) or _FIGURE.search(n) for n in names):
        return None
    if any(len(inl.ASIDE.sub(" ", n).split()) > FILED_NAME_WORDS for n in names):
        return None
    if 2 * sum(bool(_GLOSSED.fullmatch(n)) for n in names) > len(names):
        return None  # `BYOD (user owns), COPE (corp owned, ...)`: a glossary of models, each said what it is
    return names


def _bare(item: str) -> str:
    """`(tshark)`: a name in brackets is the name."""
    item = item.strip()
    return item[1:-1].strip() if item.startswith("(") and item.endswith(")") and item.count("(") == 1 else item


def _written_as_name(name: str) -> bool:
    words = inl.ASIDE.sub(" ", name).split()
    return any(w[:1].isupper() or any(c.isdigit() for c in w) or any(c.isupper() for c in w[1:]) for w in words)


def _label(entry: Entry) -> str:
    return inl.to_plain(inl.strip_label(entry.head)).strip().rstrip(":").strip()


def _shows_label(name: str, label: str) -> bool:
    """A name with a form of a word of its category (`Splunk SOAR` or `Cortex XSOAR`
    under `SOAR`, `Cuckoo Sandbox` under `Sandboxing`): the front answers itself."""
    said, wanted = _stems(name), _stems(label)
    # an acronym of the category inside a word of the name (`XSOAR` of `SOAR`)
    acronyms = [w.lower() for w in re.findall(r"\b[A-Z]{3,}\b", label)]
    return bool(said & wanted) or any(a in w.lower() for a in acronyms for w in name.split())


def _stems(text: str) -> set[str]:
    words = content_words(text) + [w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", text)]
    return {w[:STEM_LETTERS] for w in words}


def _two_sides(one: str, other: str) -> bool:
    """`static` / `dynamic`, `Windows tools` / `Linux tools`: the sides of one scheme."""
    words = [inl.ASIDE.sub(" ", label).lower().split() for label in (one, other)]
    return opposites(one, other) or bool(set(words[0]) & set(words[1]))


def _question(title: str, labels: list[str], steps: bool) -> str:
    """`static or dynamic?` where the front can offer every category; else what the title sorts by."""
    if len(labels) <= OPTIONS_SHOWN and not steps:
        return f"{option_list(labels)}?"
    found = _BY.search(inl.ASIDE.sub(" ", title)) or _KIND.search(title)
    # the title is the breadcrumb's last: "IR process" -> "Which step?", "OSI layers" -> "Which layer?"
    kind = singular(found.group(1).lower()) if found else ("step" if _PROCESS.search(title) else "one" if steps else "category")
    return f"Which {kind}?"
