"""A label's remark in brackets: `**Editions** (each includes the one before)`,
`Reader roles: (read only)`. It says something of the label and answers nothing on
its own; the author's remarks to themselves are no part of the label."""

from __future__ import annotations

import re

from pipeline.model import Inline, Span
from pipeline.model.inline import strip, to_plain
from pipeline.model.naming import spells

# a pictograph or star before the remark ("⚡ (big exam topic)") is the author's mark, no word
_MARKS = "\u2600-\u27bf\u2b50\U0001f000-\U0001faff\ufe0f\u200d"
_REMARK_ONLY = re.compile(rf"[\s{_MARKS}]*\([^()]*\)\s*[.:]?\s*")
_MARK_RUN = re.compile(rf"[{_MARKS}]+")


def is_remark_only(inline: Inline) -> bool:
    """`(top to bottom)`, `(read only):`: a remark in brackets and nothing else, which
    says something of a label and answers nothing on its own."""
    return _REMARK_ONLY.fullmatch(to_plain(inline)) is not None


# "(memorise, they ask ...)", "(know the copies!)", "(big exam topic)": the author to themselves, no part of the label
_AUTHORS_REMARK = re.compile(r"!|\b(?:I|I'm|me|my|we|they|you|exam|memori[sz]e|learn|revise|remember)\b", re.IGNORECASE)


def with_remark(label: Inline, remark: Inline) -> Inline:
    """The label with its bracket remark after it: `System roles (top to bottom)`;
    the label alone when the remark is the author's to themselves."""
    if _AUTHORS_REMARK.search(to_plain(remark)):
        return label
    remark = tuple(Span("text", _MARK_RUN.sub("", s.text)) if s.kind == "text" else s for s in remark)
    return (*label, Span("text", " "), *strip(remark, " \t.:"))


def label_with_remark(inline: Inline) -> bool:
    """`**Editions** (each includes the one before)`: a label set in bold or italics and
    a bracket remark on it, nothing else; like a label ending with a colon, it leads
    the list under it (a line of its own, the remark would be answered as a definition)."""
    spans = strip(inline)
    return len(spans) > 1 and spans[0].kind in ("strong", "em") and is_remark_only(spans[1:])


def remark_to_label(label: Inline, rest: Inline) -> tuple[Inline, Inline]:
    """A label and what follows it, with a bracket remark alone moved onto the label:
    `Reader roles: (read only)` over its members is asked as `Reader roles (read only)`,
    its members answer; a remark alone is never an answer."""
    return (with_remark(label, rest), ()) if rest and is_remark_only(rest) else (label, rest)


# "S3 (developer angle)", "Cryptography (the big one)": lower-case words in brackets after a
# heading's name, the author's remark on it (not a former name, nor the letters' expansion)
_HEADING_REMARK = re.compile(r"\s*\(((?!(?:formerly|previously|ex|aka)\b)[a-z][a-z,'/-]*(?:\s+[a-z][a-z,'/-]*)+)\)")


def without_heading_remark(name: str) -> str:
    """The name a card answers: "S3", not "S3 (developer angle)"; "EV (earned value)" stays whole."""

    def cut(match: re.Match[str]) -> str:
        before = name[: match.start()].split()
        return match.group(0) if before and spells(before[-1], match.group(1)) else ""

    return _HEADING_REMARK.sub(cut, name).strip() or name
