"""A blank over a key of a line of parallel pairs that a neighbour pair gives away
moves to the key's value.

"[IPv4] = A record / IPv6 = AAAA record / CNAME = ...": the other pair's key
("IPv6") is the hidden one ("IPv4") with one letter changed, so the front
answers itself; what the line teaches is each key's value: "IPv4 = [A] record".
Words the value shares at its end with the neighbour's value ("record") are no
answer and stay shown."""

from __future__ import annotations

import re

from pipeline.cards.deletions import one_edit

MIN_PAIRS = 3  # fewer pairs are a sentence, not a line of parallel pairs
MIN_KEY_CHARS = 3  # "A"/"B": single letters differ by one edit and give nothing away
MAX_VALUE_WORDS = 6  # a longer value is an explanation, no answer to recall

_BLANK = re.compile(r"\{\{c(\d+)::([^{}]*)\}\}")
_SEGMENTS = re.compile(r"\s+/\s+|;\s+|\s+\|\s+")  # "a = b / c = d", "a = b; c = d"
_PAIR = re.compile(r"^(?P<key>[^=<>{}]*?)\s*(?P<sep>=|→|-&gt;)\s*(?P<value>[^=<>{}]+?)\s*$")
_KEYED_BLANK = re.compile(r"^(?P<lead>.*?)\{\{c(?P<n>\d+)::(?P<key>[^{}<>]+)\}\}\s*(?P<sep>=|→|-&gt;)\s*(?P<value>[^=<>{}]+?)\s*$")
_WORD = re.compile(r"\S+")
_LABEL = re.compile(r"^(?:<b>[^<>]*</b>|[^:<>{}]{1,40}):\s+")  # "<b>Route 53</b>: " in front of the first pair


def value_blank(prompt: str) -> str | None:
    """The prompt with its one blank on the value of the key it hid, or None."""
    if len(_BLANK.findall(prompt)) != 1:
        return None
    bounds = [0, *(p for m in _SEGMENTS.finditer(prompt) for p in (m.start(), m.end())), len(prompt)]
    spans = list(zip(bounds[::2], bounds[1::2]))
    if len(spans) < MIN_PAIRS:
        return None
    asked = next((i for i, (s, e) in enumerate(spans) if "{{c" in prompt[s:e]), None)
    if asked is None:
        return None
    start, end = spans[asked]
    hidden = _KEYED_BLANK.match(prompt[start:end])
    lead = hidden.group("lead") if hidden is not None else ""
    if hidden is None or (lead.strip() and (asked or not _LABEL.fullmatch(lead))):
        return None  # the blank is no key of its pair
    others = [_PAIR.match(prompt[s:e] if i else _after_label(prompt[s:e])) for i, (s, e) in enumerate(spans) if i != asked]
    if any(o is None for o in others):
        return None  # not every segment is a key and its value
    key = hidden.group("key").strip().lower()
    twins = [o for o in others if o is not None and len(key) >= MIN_KEY_CHARS and one_edit(key, o.group("key").strip().lower())]
    if not twins:
        return None
    value = hidden.group("value")
    words = _WORD.findall(value)
    if not words or len(words) > MAX_VALUE_WORDS:
        return None
    shared = _shared_tail(words, _WORD.findall(twins[0].group("value")))
    asked_words = words[: len(words) - shared] if shared < len(words) else words
    core = " ".join(asked_words)
    tail = value[value.index(core) + len(core) :] if core in value else ""
    head = value[: value.index(core)] if core in value else ""
    segment = f"{hidden.group('lead')}{hidden.group('key')} {hidden.group('sep')} {head}{{{{c{hidden.group('n')}::{core}}}}}{tail}"
    return prompt[:start] + segment + prompt[end:]


def _after_label(segment: str) -> str:
    """The first segment without a label in front ("<b>Route 53</b>: IPv4 = ...")."""
    return _LABEL.sub("", segment, count=1)


def _shared_tail(words: list[str], other: list[str]) -> int:
    """How many last words two values share ("A record", "AAAA record": 1)."""
    count = 0
    while count < min(len(words), len(other)) and words[-1 - count].lower() == other[-1 - count].lower():
        count += 1
    return count
