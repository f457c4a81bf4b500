"""The lines of a list left over when its other lines were asked alone.

`ports (well-known):` over thirteen lines (`FTP 20 data / 21 ctrl (TCP)`,
`SSH 22, Telnet 23, SMTP 25 (TCP)`, `TFTP 69 UDP`, ...): most are asked by
a cloze of their own; the three too short for one (`TFTP 69 UDP`, `NTP 123
UDP`) were shown together under the list's label, and "Fundamentals — ports
(well-known)" -> three ports read as the whole list. Each such line that
opens on its own name is asked by that name instead ("ports (well-known) —
TFTP" -> `69 UDP`): one fact a card, and no card claims to be the list."""

from __future__ import annotations

import re

from pipeline.cards.entries import Fact, Group
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Span
from pipeline.model import inline as inl

# A line's own name: an acronym or a capitalised word, with a name that follows
# it ("Site Recovery"), then what it says; a ":", "=" or "-" between them goes.
_KEYED = re.compile(r"^([A-Z][\w+.#/-]*(?:\s[A-Z][\w+.#/-]*){0,2})(?:\s*[:=-]\s*|\s+)(?=\S)")
_NAME = re.compile(r"[A-Z]{2,}|[A-Z][a-z]+[A-Z0-9]")  # an acronym, or a word cased as a name (FortiGate)
MIN_ANSWER_WORDS = 1


def _keyed(fact: Fact) -> tuple[str, Inline] | None:
    """The name a line opens on and the rest of the line; None when it opens on no name."""
    first = fact.inline[0] if fact.inline else None
    if first is None or first.kind != "text" or (match := _KEYED.match(first.text)) is None:
        return None
    name = match.group(1)
    if not _NAME.search(name):
        return None  # "Start an EC2 instance": a capitalised verb, no name
    rest = (Span("text", first.text[match.end() :]), *fact.inline[1:])
    said = inl.to_plain(rest).strip()
    if inl.word_count(said) < MIN_ANSWER_WORDS or said[:1] in "([":
        return None  # "AWS Digital (online) and Classroom Training": the name runs on
    return name, rest


def keyed_remnants(sink: CardSink, group: Group, together: list[Fact], front: Inline) -> list[Fact]:
    """Ask each left-over line of a list by the name it opens on; the lines still
    to show together (all of them, when one has no name of its own)."""
    listed = {f.line for f in group.items}
    shown = {f.line for f in together}
    if group.is_topic or len(together) < 2 or not shown <= listed or shown == listed or group.steps:
        return together  # the whole list, a thing's own facts, or steps whose order is the fact
    if inl.to_plain(front).rstrip().endswith("?"):
        return together  # "What is AWS Training?": the lines say what one thing is
    keyed = [_keyed(f) for f in together]
    names = [k[0] for k in keyed if k is not None]
    if len(names) < len(together) or len(set(names)) < len(names):
        return together
    for fact, (name, rest) in zip(together, [k for k in keyed if k is not None]):
        sink.add(
            "detail",
            "basic",
            prompt=sink.html((*front, Span("text", " — "), Span("text", name))),
            answer=f"<div>{sink.html(rest)}</div>",
            context=group.context,
            lines=(fact.line, group.line),
            key=("remnant", group.key, inl.plain_key(name)),
        )
    return []
