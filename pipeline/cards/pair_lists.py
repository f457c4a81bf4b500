"""A line that lists five or more keys with their values, a table written as
prose ("AD: connected 0, static 1, eBGP 20, EIGRP 90, OSPF 110", "DNS: A =
IPv4, AAAA = IPv6, CNAME alias, MX mail, PTR reverse", "0 Emergency, 1 Alert,
2 Critical, ...", "Power faults: brownout (prolonged low voltage), ..."), is
asked pair by pair: one card per key, its value the answer; a member said by
a description of its own is asked from the description, the way exams ask.
Recited whole, the line is a dump of five facts or more."""

from __future__ import annotations

import re

from pipeline.cards.flag_lists import flag_line
from pipeline.cards.gloss_summaries import NUMBER, SENTENCE_END, named_key, sentence_pairs
from pipeline.cards.sink import CardSink
from pipeline.cards.sub_lists import split_outside_brackets
from pipeline.cards.term_shapes import OPEN, comma_items
from pipeline.model import Inline
from pipeline.model import inline as inl

PAIRS = 5  # pairs on one line that make it a table
NUMBER_PAIRS = 3  # of settings, each a number: "periodSeconds 10, timeoutSeconds 1, failureThreshold 3"
PAIR_WORDS = 8  # an item longer than this is a sentence, not a key and its value
KEY_CHARS = 14
DESCRIBING_WORDS = 3  # a value this long describes its key: asked from the value
_SEPARATOR = re.compile(r"\s+(?:=|-|–|→|->)\s+|:\s+")
_DESCRIBED = re.compile(r"^(?P<key>[^()]{1,30}?)\s*\((?P<value>[^()]+)\)$")
_CODE = re.compile(r"[A-Z*][A-Z0-9*]{0,5}")  # "AAAA", "C", "*"
_SENTENCE = re.compile(r"[.!?]\s")
_SEMICOLON = re.compile(r"\s*;\s*")
_SETTING = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]+)+|[a-z]+(?:[_-][a-z0-9]+)+")  # `failureThreshold`, `max_connections`: one word
_NAMED = re.compile(r"[A-Z][\w/+-]*(?:\s+[A-Z][\w/+-]*){0,2}")  # `MySQL/Aurora MySQL`, `SQL Server`: a name of capitalised words
_LED = re.compile(r"(?P<lead>[A-Za-z][\w -]{0,20}?)\s+(?P<key>\d+(?:[.,/]\d+)*)")


def pairs_of(text: str) -> list[tuple[str, str]] | None:
    """The (key, value) pairs of a line that is a table written as prose, or None."""
    text = text.strip().rstrip(".")
    if OPEN.search(text) or _SENTENCE.search(text):
        return None
    items = comma_items(text)
    if len(items) == 1:
        items = split_outside_brackets(text, _SEMICOLON) or items  # "10M = 100; 100M = 19; 1G = 4; ..."
    if len(items) < NUMBER_PAIRS:
        return None
    found = [pair for item in items if (pair := _pair(item)) is not None]
    keys = [inl.plain_key(key) for key, _ in found]
    if len(found) < len(items) or len(set(keys)) < len(keys):
        return None
    # "periodSeconds 10, timeoutSeconds 1, failureThreshold 3": settings with their numbers, fewer make a table
    numbers = all(NUMBER.fullmatch(value) for _, value in found)
    return found if len(found) >= PAIRS or numbers else None


def _pair(item: str) -> tuple[str, str] | None:
    if len(inl.ASIDE.sub(" ", item).split()) > PAIR_WORDS:
        return None  # (a remark in brackets rides with its value: "100G+ = 1 (long method: 1G = 20000)")
    words = item.split()
    if len(words) > 1 and NUMBER.fullmatch(words[0]):  # "0 Emergency", "5 striping + parity (...)", "143 = SIGTERM"
        return words[0], " ".join(words[1:]).lstrip("=-–→>: ")
    parts = _SEPARATOR.split(item, maxsplit=1)
    if len(parts) == 2 and len(parts[0]) <= KEY_CHARS and parts[1].strip():
        return parts[0].strip(), parts[1].strip()  # before a bracket: "exit 137 = SIGKILL (often OOM)"
    if (described := _DESCRIBED.match(item)) and len(described.group("value").split()) >= 2:
        return described.group("key").strip(), described.group("value").strip()  # "brownout (prolonged low voltage)"
    if len(words) < 2 or "(" in item:
        return None
    if NUMBER.fullmatch(words[-1]) and (len(" ".join(words[:-1])) <= KEY_CHARS or _SETTING.fullmatch(words[0]) and len(words) == 2 or _NAMED.fullmatch(" ".join(words[:-1]))):
        return " ".join(words[:-1]), words[-1]  # "OSPF 110", "failureThreshold 3", "MySQL/Aurora MySQL 3306"
    if _CODE.fullmatch(words[0]):  # "C connected", "MX mail"
        return words[0], " ".join(words[1:])
    return None


def pair_cards(sink: CardSink, label: str, context: tuple[str, ...], line: int, pairs: list[tuple[str, str]], glossed: bool | None = False) -> None:
    """A card per pair under the line's label: "AD — OSPF" → 110; "Power faults —
    prolonged low voltage" → brownout. `glossed`: short glosses of names are asked
    from the gloss too; None: every pair from its key ("Fuzzy" → not native resolution)."""
    for key, value in pairs:
        # a number names its row: the name is the answer ("Syslog levels — 4" → Warning)
        said = inl.ASIDE.sub(" ", value).split()
        # a summary's "GuardDuty = threats": a name with what it is for, asked from it to the name
        describing = glossed is not None and not NUMBER.fullmatch(key) and (
            (len(said) >= DESCRIBING_WORDS and len(key.split()) <= len(said)) or (glossed and named_key(key) and bool(said) and not NUMBER.search(value))
        )
        asked, answer = (value, key) if describing else (key, value)
        front = f"<b>{inl.escape(label)}</b> — {inl.escape(asked)}" + (": which one?" if describing else "")
        card_key = ("pair", inl.plain_key(label), inl.plain_key(key))
        sink.add("term", "basic", front, inl.escape(answer), context, (line,), card_key)


_TROUBLESHOOTING = re.compile(r"\b(?:issues?|problems?|troubleshoot\w*|symptoms?|errors?|faults?|failures?)\b", re.IGNORECASE)


def summary_line(sink: CardSink, label: str, context: tuple[str, ...], text: str, line: int) -> bool:
    """Makes a card per name of a summary line under its label; whether the line was one."""
    summary = sentence_pairs(text) if label else None
    if summary is not None:
        # "Threat detection — threats: which one?"; a symptom is asked for its cause ("Fuzzy" → not native resolution)
        pair_cards(sink, label, context, line, summary, glossed=None if _TROUBLESHOOTING.search(label) else True)
    return summary is not None


def pair_line(sink: CardSink, label: str, context: tuple[str, ...], text: str, line: int) -> str | None:
    """Makes the cards of a line whose first sentence is a table written as prose;
    the rest of the line ("[110/2] = [AD/metric]"), or None when it is no such line."""
    parts = SENTENCE_END.split(text, maxsplit=1)
    first, rest = parts[0], parts[1] if len(parts) > 1 else ""
    pairs = pairs_of(first)
    if pairs is None:
        return None
    lead = _LED.fullmatch(pairs[0][0])
    if lead and all(NUMBER.fullmatch(key) for key, _ in pairs[1:]):
        # "exit 137 = SIGKILL, 143 = SIGTERM, ...": the word before the first number says what they all are
        label, pairs = lead.group("lead"), [(lead.group("key"), pairs[0][1]), *pairs[1:]]
    pair_cards(sink, label, context, line, pairs)
    return rest.strip()


def prose_table(sink: CardSink, label: str, context: tuple[str, ...], full: Inline, definition: Inline, line: int) -> str | None:
    """Makes the cards of a term's line that is a table written as prose (options, a
    summary, pairs); the rest of the line left to the term, or None when it is none."""
    if flag_line(sink, label, context, definition, line) or summary_line(sink, context[-1] if context else "", context, inl.to_plain(full), line):
        return ""
    return pair_line(sink, label, context, inl.to_plain(definition), line)
