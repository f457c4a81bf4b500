"""A topic (or a named line with lines under it) as a thing the notes name
and describe: its names, the lines that describe it, and its one-line
definition.

The lines that only spell out the name ("simple queue service" under `SQS`)
are names, not description; a line that starts by naming the thing
("Kinesis = real-time big data streaming") describes it without the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from pipeline.model import Inline, Node, Topic
from pipeline.model import inline as inl
from pipeline.model.name_patterns import may_be_only_names
from pipeline.model.naming import FORMER_VOCABULARY, FORMER_WORDS, MASK, Names, names_of

DEFINITION_WORDS = 30  # a one-line definition is cut at a clause boundary near this
DEFINITION_MIN_WORDS = 3  # "Global service" or "2 types" says too little to define
NAME_LINES = 3  # the first lines may spell out the name or give a former one
_LEAD = re.compile(
    rf"^(?:(?:the|a|an)\s+)?{re.escape(MASK)}(?:\s*(?:[,/&]|and|or)\s*{re.escape(MASK)})*\s*(?:[:=,]|[-–—]|->|\bis\b|\bare\b|\bmeans\b)\s*",
    re.IGNORECASE,
)
_AFTER_NAME = re.compile(r"\s*(?:[:=,]|[-–—]|->|\bis\b|\bare\b|\bmeans\b)\s*", re.IGNORECASE)
# what leads an arrow: the term a line defines (a word, or a command)
_ARROW_LEAD = re.compile(r"^((?:\S+\s+){0,4}?\S+)\s*(?:->|→)\s")
_CLAUSE = re.compile(r"[;,.](?=\s)|\s[-–—]\s|\s->\s")


@dataclass(frozen=True)
class Line:
    text: str  # plain text, as written
    line: int
    depth: int  # 0 for the thing's own lines, 1 for lines nested under them...


@dataclass(frozen=True)
class Described:
    names: Names
    line: int  # where the thing is named
    lines: tuple[Line, ...]  # what describes it, name lines left out

    @cached_property
    def definition(self) -> str:
        """The first line that says what the thing is, without the name it may
        start with (other mentions of the name kept), cut to one line."""
        for line in self.lines:
            if line.text.rstrip().endswith(":"):  # a label leading a list defines nothing
                continue
            masked = strip_name(self.names, line.text)
            if len(re.findall(r"[A-Za-z]{2,}", masked.replace(MASK, ""))) >= DEFINITION_MIN_WORDS:
                return shorten(_without_leading_name(self.names, line.text), DEFINITION_WORDS)
        return ""


def describe_topic(topic: Topic, title: str | None = None) -> Described:
    """A topic as a named thing; `title` for a section's own text, named by its section."""
    lines = flatten(n for n in topic.body if n.cards)
    name = title if title is not None else inl.to_plain(topic.title)
    return described(name, topic.line, lines)


def describe_node(head: Inline, node: Node, definition: Inline = ()) -> Described:
    """A named line (`Glacier:` with lines under it, `Spot Instances: cheap...`) as a thing."""
    own = [Line(inl.to_plain(definition).strip(), node.line, 0)] if inl.to_plain(definition).strip() else []
    return described(inl.to_plain(inl.strip_label(head)), node.line, own + flatten(node.children))


def described(name: str, line: int, lines: Sequence[Line]) -> Described:
    names = names_of(name, [entry.text for entry in lines[:NAME_LINES]])
    return Described(names, line, tuple(entry for entry in lines if not only_names(names, entry.text)))


def flatten(nodes: Iterable[Node], depth: int = 0) -> list[Line]:
    """Every line under the nodes, depth first, in the order written."""
    out: list[Line] = []
    for node in nodes:
        if not node.cards or node.role in ("table", "code"):
            continue
        text = " ".join(inl.to_plain(node.inline).split())
        if text:
            out.append(Line(text, node.line, depth))
        out.extend(flatten(node.children, depth + 1))
    return out


def only_names(names: Names, text: str) -> bool:
    """A line that says nothing but the thing's names (or a former one)."""
    if not may_be_only_names(names.forms, text, FORMER_VOCABULARY):
        return False
    return not re.sub(r"[\W_]+", "", FORMER_WORDS.sub("", names.mask(text, "")))


def strip_name(names: Names, text: str) -> str:
    """The text with the thing's names hidden and a leading `Name:`/`Name =`/`Name is` dropped."""
    masked = _LEAD.sub("", names.mask(text), count=1).strip(" :;,-")
    return capitalised(masked)


def capitalised(text: str) -> str:
    """The text with a capital first letter, unless it starts with a term as
    written (`etcd -> ...`, `kubectl rollout undo deploy/web -> ...`): names keep their case."""
    lead = _ARROW_LEAD.match(text)
    if lead and (" " not in lead.group(1) or re.search(r"[/_.=]", lead.group(1))):
        return text
    return text[:1].upper() + text[1:]


def _without_leading_name(names: Names, text: str) -> str:
    """`Kinesis = real-time streaming` -> `Real-time streaming`; other words as written."""
    article = re.match(r"(?:(?:the|a|an)\s+)?", text, re.IGNORECASE)
    name = names.match(text, article.end() if article else 0)
    if name:
        separator = _AFTER_NAME.match(text, name.end())
        if separator:
            text = text[separator.end() :]
    return capitalised(text.strip(" :;,-"))


def shorten(text: str, limit: int) -> str:
    """The text cut at the last clause boundary within `limit` words."""
    words = text.split()
    if len(words) <= limit:
        return text
    head = " ".join(words[:limit])
    cuts = [m.start() for m in _CLAUSE.finditer(head) if m.start() > len(head) // 3]
    return (head[: cuts[-1]] if cuts else head).rstrip(" ,;") + " …"
