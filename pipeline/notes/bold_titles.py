"""Bold lines that open a topic: `**Title:** rest`, `**Title**` alone, `**Title** — rest`
over a list, `ITTO — **Create WBS**`; not a run of `**Term**: definition` lines."""

from __future__ import annotations

import re

from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.label_remarks import is_remark_only, with_remark
from pipeline.notes.markdown_lines import Token
from pipeline.notes.parse_inline import is_navigation, token_lines
from pipeline.notes.plain_heads import plain_head

# `**Answer: B**`, `**Explanation:** ...` answer a question: they are not topics of their own.
_ANSWER_LINE = re.compile(
    r"^\W*(?:the\s+)?(?:correct\s+)?(?:answers?|solution|explanation|rationale)\s*(?:is\b|[:=])", re.I
)


def topic_title(spans: Inline, remark_opens: bool = False, dash_opens: bool = False, keep_remark: bool = False) -> tuple[Inline, Inline] | None:
    """`**Title:** rest`, `**Title?**`, `**Title**:` or a bold line alone; with
    `remark_opens`, also a bold label with a bracket remark on it; with
    `dash_opens`, also `**Title** — rest`."""
    spans = inl.strip(spans)
    if not spans or spans[0].kind != "strong":
        return None
    title = inl.strip(spans[0].children)
    rest = inl.strip(spans[1:])
    title_plain = inl.to_plain(title).rstrip()
    rest_plain = inl.to_plain(rest)
    if not title_plain or _ANSWER_LINE.match(title_plain) or is_navigation(spans) or _ADDRESS_ONLY.match(rest_plain):
        return None  # (`**Docs:** https://...`: where to read, not a topic over the lines after it)
    if not rest_plain.strip() and title_plain.endswith(".") and inl.word_count(title_plain) >= 4:
        return None  # a bold whole sentence is a statement to learn, not a topic
    if title_plain.endswith((":", "?")) or not rest_plain.strip() or rest_plain.lstrip().startswith(":"):
        rest = inl.strip(inl.strip(rest, " \t:"))
        if is_remark_only(rest):
            # `**System roles:** (top to bottom)`: a remark on the label, no answer to
            # anything; it stays with the title, the lines below say what it lists
            return with_remark(inl.strip_label(title), rest), ()
        return inl.strip_label(title), rest
    if remark_opens and is_remark_only(rest):
        # `**Change enablement** (formerly change control)` over paragraphs opens a topic
        # as the bold label alone would: read as a line, its lines were asked under the
        # topic before it (over a list, the label leads that list instead). The remark
        # says how to read the topic ("answers at the bottom"), no part of its name.
        # (`keep_remark`: over a list after a bold topic, `**VPC Endpoints** (private access to
        # services w/o IGW/NAT)` opens its own, the remark its first line, as a dash's rest is)
        return inl.strip_label(title), (inl.strip(rest, " \t()") if keep_remark else ())
    if dash_opens and _DASH_AFTER_TITLE.match(rest_plain):
        # `**Systems Manager (SSM)** — huge on this exam` alone over a list: the
        # list is its own, as under `**Systems Manager:** ...`. Read as a line of
        # the bold topic before it, its list was filed there (SSM's agent under Config).
        return inl.strip_label(title), inl.strip(inl.strip(rest), " \t-–—")
    return None


_ADDRESS_ONLY = re.compile(r"^[\s:—–-]*<?(?:https?://|www\.)\S+>?\s*$")  # a web address and nothing more
_DASH_AFTER_TITLE = re.compile(r"^\s*[-–—]\s")  # `**Title** — rest`, `**Title** - rest`
_LABEL_BEFORE_NAME = re.compile(r"^\s*[\w&/.+'-]+(?:\s+[\w&/.+'-]+){0,2}\s*[—–:-]\s*$")  # "ITTO — ", "Process: "


def name_after_label(spans: Inline) -> Inline | None:
    """`ITTO — **Create WBS**` alone over a list: the list is the bold name's (its
    inputs, its outputs), as under `**Create WBS**` alone; the short label before it
    says what kind of list follows. Read as a line, the list was filed under the
    bold topic before it ("Project charter — Inputs" for the inputs of another process)."""
    spans = inl.strip(spans)
    if len(spans) < 2 or spans[0].kind != "text" or spans[1].kind != "strong" or not _LABEL_BEFORE_NAME.match(spans[0].text):
        return None
    if inl.to_plain(spans[2:]).strip(" :"):
        return None  # `Process — **Create WBS** (short version): inputs are ...`: a sentence goes on
    name = inl.strip_label(inl.strip(spans[1].children))
    return name if inl.to_plain(name).strip() else None


def terms_only(found: list[tuple[int, Inline]]) -> bool:
    """Lines each a `**Term**: definition` (`**EV**: earned value`, `**PV**: planned
    value`): a run of definitions, not a topic headed by the first of them."""
    if len(found) < 2:
        return False
    titles = [topic_title(spans) for _, spans in found]
    return all(t is not None and inl.to_plain(t[1]).strip() for t in titles)


def first_line_topic(token: Token) -> bool:
    found = token_lines(token)
    return bool(found) and (topic_title(found[0][1]) is not None or plain_head(found[0][1]) is not None)
