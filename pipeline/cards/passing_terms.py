"""Terms a line of prose defines in passing: `*on premises* refers to local hardware.`

A line that opens by defining an emphasised term is that term's card (its
first sentence); the sentences after it elaborate it and make no card of their
own, but for those that open on a name the author set in bold: "... monitoring.
**Gemini** is Google's family of ..." defines a second term, and "**Autopilot**
mode has Google managing the nodes" is a fact of the term before it, asked by
its own name (`term_sentences`). Left out, either was a fact no card said;
left on the first term's back, a second fact its front never asks."""

from __future__ import annotations

import re

from pipeline.cards.chunking import split_spans
from pipeline.model import Inline, Span
from pipeline.model import inline as inl

DEFINES = re.compile(r"^\s*(?:refers? to|means|stands for|is|are)\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_EMPHASIS = ("em", "strong")


def terms_in_passing(spans: Inline) -> list[tuple[Inline, Inline]] | None:
    """Each term the line defines and its definition, when the line opens by defining one."""
    if len(spans) < 2 or spans[0].kind not in _EMPHASIS:
        return None
    rest = inl.strip(spans[1:])
    if not rest or rest[0].kind != "text" or not DEFINES.match(rest[0].text):
        return None
    first, *later = split_spans(rest, _SENTENCE_END)
    terms: list[tuple[Inline, Inline]] = [(inl.strip(spans[0].children), first)]
    for sentence in later:
        if sentence[0].kind not in _EMPHASIS or len(sentence) < 2:
            continue  # an example, a consequence: it elaborates the term
        after = inl.strip(sentence[1:])
        if after and after[0].kind == "text" and DEFINES.match(after[0].text):
            terms.append((inl.strip(sentence[0].children), after))
        else:
            term, definition = terms[-1]
            terms[-1] = (term, _joined(definition, sentence))
    return terms


def _joined(definition: Inline, sentence: Inline) -> Inline:
    """One run of text where the two meet, so that the sentence's end is read where it is."""
    if definition and definition[-1].kind == "text":
        return (*definition[:-1], Span("text", definition[-1].text + " "), *sentence)
    return (*definition, Span("text", " "), *sentence)
