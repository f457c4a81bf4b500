"""Headings as a card shows them: without the marks an author puts on them
to find their way or rank their revision, which no question asks.

"8.6 Service level management ★" is asked as "Service level management",
"3. IP CONNECTIVITY (25% — biggest!)" as "3. IP CONNECTIVITY",
"1.1 Definitions (learn word for word)" as "Definitions", "1️⃣ Core data
concepts" as "Core data concepts". The notes themselves (the cheat sheet)
keep them as written; the cards read the same document with its headings shown.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.per_document import per_document
from pipeline.model import Document, Inline, Node, Section, Span, Topic

# "8.6 ", "1.1.2 ": the place of a heading in the author's outline, below its parts
# ("3. IP CONNECTIVITY", whose number the card rules read as a series: `prompts.unnumbered`)
_OUTLINE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)")
# "2.4 GHz", "5. GB": a number with its unit is a quantity, not the outline's
_UNIT = re.compile(r"^(?:[kMGT]?Hz|[kMGT]i?B|[kMG]?bps|ms|s|m|km|W|V|%|x)\b")
# What brackets after a heading say of it rather than name: "(25% — biggest chunk)", "(10%)",
# the exam's weight of a part; "(learn word for word)", "(mine, messy, don't judge)", how the
# author studies it, or how deep
_STUDY_WORDS = (
    r"learn|memori[sz]e|revise|review|drill|redo|mine|my|i|i'm|don't|fold|cover|biggest|big one|still useful|ask|weak|messy"
    # "(awareness)", "(the app-developer slice)", "(the generic bit)": how deep the author goes into it
    r"|awareness|skim|gist|high[- ]level|slice|generic bit|basics only"
)
_REMARKS = re.compile(
    rf"\s*\(\s*[~≈]?\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?\s*%[^()]*\)|\s*\((?=[^()]*\b(?:{_STUDY_WORDS})\b)[^()]*\)", re.IGNORECASE
)
# marks of rank or mood after the words: "★★★", "!!", "📌📌"
_TRAILING_MARKS = re.compile(r"[\s!*]+$")


# ticks, crosses and boxes answer or list ("✓", "✗ mismatch", "☐"): words of their lines
_ANSWERING = frozenset("\u2610\u2611\u2612\u2713\u2714\u2715\u2716\u2717\u2718")


def _symbol(char: str) -> bool:
    """A pictograph, star or keycap ("★", "📌", "⚠️", "1️⃣", "☁️"): a mark, never a word."""
    code = ord(char)
    pictograph = 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or code in (0x2B50, 0x2B55, 0x2B06, 0x2B07)
    return (pictograph and char not in _ANSWERING) or char in "\ufe0f\u20e3\u200d"


def _without_symbols(text: str) -> str:
    # a keycap digit ("1️⃣") is the outline's number: it goes with its keycap
    text = re.sub(r"\d\ufe0f?\u20e3", " ", text)
    return "".join(" " if _symbol(c) else c for c in text)


def shown_text(heading: str) -> str:
    """A heading's text as a card shows it; the heading as written when nothing of it would be left."""
    text = _without_symbols(heading)
    match = _OUTLINE_NUMBER.match(text)
    if match and not _UNIT.match(text[match.end() :]):
        text = text[match.end() :]
    text = _REMARKS.sub("", text)
    text = re.sub(r"\s+", " ", _TRAILING_MARKS.sub("", text)).strip()
    return text if re.search(r"\w", text) else heading.strip()


def shown_inline(heading: Inline) -> Inline:
    """`shown_text` of a heading of plain text; one with markup (code, links) keeps
    its spans, only its first and last text lose their outline number and marks."""
    if all(span.kind == "text" for span in heading):
        plain = "".join(span.text for span in heading)
        shown = shown_text(plain)
        return heading if shown == plain.strip() else (Span("text", shown),)
    spans = list(heading)
    if spans and spans[0].kind == "text":
        spans[0] = Span("text", shown_text(spans[0].text) + (" " if spans[0].text.endswith(" ") else ""))
    if len(spans) > 1 and spans[-1].kind == "text":
        spans[-1] = Span("text", (" " if spans[-1].text.startswith(" ") else "") + shown_text(spans[-1].text))
    return tuple(spans)


# the author's flags of what matters on a line: a pin, a star, a warning, a bulb; a tick
# ("✅") marks a quiz's answer and a picture ("🔒") may stand for a word: those stay
_FLAGS = frozenset("\U0001f4cc\u2605\u2606\u2b50\u26a0\u2757\u203c\U0001f525\U0001f4a1\U0001f6a9")


def _flag(char: str) -> bool:
    return char in _FLAGS or char == "\ufe0f"


def _unmarked(spans: Inline) -> Inline:
    """A line's spans without the author's flags ("⚠️ trap", "Microsoft Fabric 📌📌"),
    which a front or a blank would show as text."""
    out: list[Span] = []
    for span in spans:
        if span.kind == "text" and any(c in _FLAGS for c in span.text):
            text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", "".join("" if _flag(c) else c for c in span.text))
            span = Span("text", text.lstrip() if not out else text)
        elif span.children:
            children = _unmarked(span.children)
            span = span if children == span.children else replace(span, children=children)
        out.append(span)
    return tuple(out)


def _node(node: Node) -> Node:
    inline, children = _unmarked(node.inline), tuple(_node(n) for n in node.children)
    if inline == node.inline and all(new is old for new, old in zip(children, node.children)):
        return node
    return replace(node, inline=inline, children=children)


def _topic(topic: Topic) -> Topic:
    title, parents = shown_inline(topic.title), tuple(shown_text(p) for p in topic.parents)
    body = tuple(_node(n) for n in topic.body)
    if title == topic.title and parents == topic.parents and all(new is old for new, old in zip(body, topic.body)):
        return topic
    return replace(topic, title=title, parents=parents, body=body)


@per_document  # one shown document per document: the card kinds' caches are keyed by it
def headings_shown(document: Document) -> Document:
    """The document with every heading as a card shows it (`shown_text`); the
    same document when no heading carries such marks."""
    sections: list[Section] = []
    for section in document.sections:
        topics = tuple(_topic(t) for t in section.topics)
        title = shown_inline(section.title)
        same = title == section.title and all(new is old for new, old in zip(topics, section.topics))
        sections.append(section if same else replace(section, title=title, topics=topics))
    title = shown_text(document.title) if document.title else document.title
    if title == document.title and all(new is old for new, old in zip(sections, document.sections)):
        return document
    return replace(document, title=title, sections=tuple(sections))
