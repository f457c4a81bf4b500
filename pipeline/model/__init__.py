"""The normalised model every stage reads and writes: plain frozen values."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline.model.records import History

if TYPE_CHECKING:
    from pipeline.config import PackConfig
    from pipeline.diagnostics import Diagnostic

_TAGS = re.compile(r"<[^>]+>")

# ---- inline text -----------------------------------------------------------

SpanKind = Literal["text", "strong", "em", "code", "link", "image", "br"]


@dataclass(frozen=True)
class Span:
    """A run of inline text. Markup is structure here, never raw HTML."""

    kind: SpanKind
    text: str = ""
    children: tuple[Span, ...] = ()
    url: str = ""
    title: str = ""


Inline = tuple[Span, ...]


# ---- the notes ---------------------------------------------------------------

NodeRole = Literal["item", "step", "line", "label", "code", "table"]


@dataclass(frozen=True)
class SourceRef:
    path: str  # notes file, relative to the pack folder
    line: int  # 1-based

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Table:
    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline, ...], ...]
    lines: tuple[int, ...]  # the source line of each row


@dataclass(frozen=True)
class Node:
    """One line of a topic's body and the lines nested under it."""

    inline: Inline
    line: int
    role: NodeRole = "line"
    children: tuple[Node, ...] = ()
    table: Table | None = None
    pin: str | None = None  # an id the author gave the line: `{#my-id}`
    cards: bool = True  # False inside `<!-- cards: off -->`


def every_node(nodes: Iterable[Node]) -> Iterator[Node]:
    """Each node and, after it, the nodes nested under it, in the order written."""
    for node in nodes:
        yield node
        yield from every_node(node.children)


@dataclass(frozen=True)
class Topic:
    title: Inline
    line: int
    body: tuple[Node, ...]
    # True for the text a section holds before its first topic.
    intro: bool = False
    parents: tuple[str, ...] = ()  # headings between the section and the topic
    pin: str | None = None
    cards: bool = True
    # A bold line (`**Title:**`), not a heading: it leads its own lines, and a
    # paragraph set apart after its list is the section's, not the title's.
    bold: bool = False
    # A heading's lines after a bold topic that opened it (`### Audit logging` over `**what**: ...`):
    # its text resumed, whose first line is no definition of it.
    resumed: bool = False


@dataclass(frozen=True)
class Section:
    title: Inline
    line: int
    topics: tuple[Topic, ...]


@dataclass(frozen=True)
class Document:
    path: str  # relative to the pack folder
    title: str | None
    description: str
    sections: tuple[Section, ...]
    problems: tuple[Diagnostic, ...] = ()  # what the parser could not read as written


# ---- exams and media ---------------------------------------------------------


@dataclass(frozen=True)
class Domain:
    number: str
    tag: str  # `2-security-and-compliance`
    name: str
    weight: float | None  # percent of the exam


@dataclass(frozen=True)
class Exam:
    code: str
    title: str
    domains: dict[str, Domain]
    tasks: dict[str, str]  # "2.3" -> "access-management"
    derive_from: str | None
    derive: dict[str, str]  # the source exam's task -> this exam's task

    def domain_of(self, task: str) -> Domain:
        return self.domains[task.split(".")[0]]

    def tags(self, task: str) -> tuple[str, ...]:
        domain = self.domain_of(task)
        tag = f"{self.code}::{domain.tag}"
        if "." in task and task in self.tasks:
            return (tag, f"{tag}::{task}-{self.tasks[task]}")
        return (tag,)


@dataclass(frozen=True)
class MediaFile:
    name: str  # its name in the Anki collection
    path: Path  # the file in the pack
    content: bytes = field(repr=False, compare=False)  # what goes out: read once, checked, SVGs sanitised


# ---- cards -------------------------------------------------------------------

NoteType = Literal["basic", "cloze"]


@dataclass(frozen=True)
class Card:
    guid: str
    kind: str
    note_type: NoteType
    prompt: str  # HTML; for a cloze note the text with its {{cN::...}} deletions
    answer: str  # HTML; for a cloze note the extra text
    section: str
    topic: str  # the topic it was made from (the section's title for a section's own text)
    context: tuple[str, ...]  # where the card sits: section, topic, sub-topic... as plain text
    sources: tuple[SourceRef, ...]  # every line the card says; the first is where it comes from
    tags: tuple[str, ...] = ()
    # What identifies the card, hashed into the guid (never the answer).
    key: tuple[str, ...] = field(default=(), compare=False)
    # A term its line defines in passing (`*on premises* refers to ...`): some
    # other thing than the topic it sits under. Not shown on the card.
    defined_in_passing: bool = field(default=False, compare=False)

    @property
    def source(self) -> SourceRef:
        return self.sources[0]

    @property
    def context_text(self) -> str:
        return " › ".join(self.context)

    @property
    def shown_context(self) -> tuple[str, ...]:
        """The breadcrumb a learner sees: it stops short of the parent the front
        opens with (`Organizations — cost benefits: which 2?` under `… ›
        Organizations`), which would say the label twice."""
        if not self.context:
            return self.context
        front = html.unescape(_TAGS.sub("", self.prompt)).lstrip()
        # "CloudWatch Alarms — alarm actions — Systems Manager" says the last two places
        # ("Trunks: which commands verify it?" says its last place too)
        said = next((k for k in range(len(self.context), 0, -1) if front.startswith(_opening(self.context[-k:]))), 0)
        return self.context[: len(self.context) - said]


def _opening(places: tuple[str, ...]) -> tuple[str, ...]:
    """How a front opens when it says these places: "A — B — label", "A — B: question"."""
    said = " — ".join(places)
    return (said + " — ", said + ": ")


@dataclass(frozen=True)
class Pack:
    """Everything the emitters need; they never reach back into the parser."""

    config: PackConfig
    documents: tuple[Document, ...]
    cards: tuple[Card, ...]
    build_time: int  # seconds since the epoch, from SOURCE_DATE_EPOCH or git
    exams: tuple[Exam, ...] = ()  # the exams the pack targets, with their domains
    # Local images the notes show: (notes file, url as written) -> file.
    media: dict[tuple[str, str], MediaFile] = field(default_factory=dict)
    history: History | None = None  # the release it follows, and when each note last changed
    # Practice questions on things' definitions: the deck asks those as recall
    # cards, the printed practice test among options.
    test_questions: tuple[Card, ...] = ()

    # Anki updates a note only when the incoming one is newer: an unchanged
    # note keeps the time its release recorded (see pipeline/release/history.py).
    def note_time(self, card: Card) -> int:
        return self.history.notes.get(card.guid, self.build_time) if self.history else self.build_time

    def notetype_time(self, kind: str) -> int:
        return self.history.notetypes.get(kind, self.build_time) if self.history else self.build_time
