"""A line that defines a term of its own asks for that term, not for the
name of the topic it stands under: "a private subnet is a subnet not
reachable from the internet", "X means ...", "... are called batch jobs"."""

from __future__ import annotations

import re

from pipeline.cards.deletions import gives_itself_away
from pipeline.cards.entries import Fact, Group
from pipeline.cards.prompts import asked
from pipeline.cards.single_facts import KEY_WORDS, MIN_SHOWN_WORDS, NOT_NAMES
from pipeline.cards.sink import CardSink
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe


_DEFINED = re.compile(r"^(\s*(?:an?|the)\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)(\s+(?:(?:is|are)\s+(?:an?|the)|means|refers\s+to)\s+)", re.IGNORECASE)


def defined_text(sink: CardSink, group: Group, fact: Fact) -> tuple[str, tuple[str, ...]] | None:
    """A line that defines a term of its own ("a private subnet is a subnet
    not reachable from the internet", "X means ...") asks for that term;
    "messages are deleted" says what happens to them, no definition."""
    spans = fact.inline
    if not spans or spans[0].kind != "text" or not (match := _DEFINED.match(spans[0].text)):
        return None
    term = match.group(2)
    if term.split()[0].lower() in NOT_NAMES or term.lower() in {"it", "this", "that"}:
        return None  # "it is ...", "this is ...": a sentence about something said before
    rest = (Span("text", spans[0].text[match.end(2) :]),) + spans[1:]
    text = inl.escape(match.group(1) or "") + "{{c1::" + cloze_safe(inl.escape(term)) + "}}" + sink.html(rest)
    if inl.word_count(inl.to_plain(rest)) < MIN_SHOWN_WORDS or gives_itself_away(text, group.context, sink.common):
        return None
    return text, group.context


# "Jobs that run without user interaction are called batch jobs": the sentence defines its last words
_CALLED = re.compile(
    r"\b(?:is|are)\s+(?:called|named|known\s+as|considered\s+(?:to\s+be\s+)?)\s*(?:an?\s+|the\s+)?([^,;:().]+?)\s*(?:\.(?:\s|$)|$)", re.IGNORECASE
)


def term_called(fact: Fact) -> str | None:
    """The term a (first) sentence ends by naming ("... are called batch jobs"), if any."""
    found = _CALLED.search(inl.to_plain(fact.inline))
    return found.group(1) if found and len(found.group(1).split()) <= KEY_WORDS // 2 else None


def called_text(sink: CardSink, group: Group, fact: Fact) -> tuple[str, tuple[str, ...]] | None:
    """A sentence that says what a term is ("... are called batch jobs") asks
    that term, not the name of the topic it stands under."""
    term = term_called(fact)
    if term is None or len(fact.inline) != 1 or fact.inline[0].kind != "text":
        return None
    text = fact.inline[0].text
    start = _CALLED.search(text).start(1)  # type: ignore[union-attr]
    label_html = sink.html(asked(group.label, group.context))
    sentence = inl.escape(text[:start]) + "{{c1::" + cloze_safe(inl.escape(term)) + "}}" + inl.escape(text[start + len(term) :])
    if inl.word_count(text[:start]) < MIN_SHOWN_WORDS:
        return None
    if not gives_itself_away(cloze := f"<b>{label_html}</b>: " + sentence, group.context, sink.common):
        return cloze, group.context
    # "Batch: ... are called [batch jobs]": the label the term is named from gives it away, and
    # the sentence defines the everyday term, not the labelled thing: it is asked alone
    context = tuple(c for c in group.context if not gives_itself_away(sentence, (c,), sink.common))
    return None if gives_itself_away(sentence, context, sink.common) else (sentence, context)
