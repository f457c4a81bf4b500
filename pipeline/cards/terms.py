"""`Term: definition`, `Term = definition` and `**Term** - definition` lines ask the term.

A phrase that leads somewhere (`stable storage -> one PVC per pod`, under
StatefulSet) is no term of its own: alone on the front it is half a
sentence that does not say what it asks. It is asked of its parent, the
rest of the line hidden ("StatefulSet: stable storage → [...]")."""

from __future__ import annotations

import re

from pipeline.cards.chunking import cloze_safe
from pipeline.cards.entries import Entry
from pipeline.cards.prompts import asked
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Span
from pipeline.model import inline as inl

_LEADS_ON = re.compile(r"^\s*(?:-{1,2}>|={1,2}>|→|⇒|⟶)")


def term_card(sink: CardSink, context: tuple[str, ...], entry: Entry) -> None:
    key = ("term", inl.plain_key(inl.to_plain(entry.head)))
    if context and _leading_phrase(entry):
        parent = sink.html(asked((Span("text", context[-1]),), context[:-1]))
        hidden, aside = _aside(entry.definition)
        text = f"<b>{parent}</b>: {sink.html(entry.head)} → " + "{{c1::" + cloze_safe(sink.html(hidden)) + "}}" + sink.html(aside)
        sink.add("term", "cloze", prompt=text, answer="", context=context[:-1], lines=(entry.node.line,), key=key)
        return
    # A term the text defines in passing is no part of the heading above it:
    # "S3 › on premises" would read as something S3 is (its id keeps the place).
    shown = () if entry.defined_in_passing else context
    sink.add(
        "term",
        "basic",
        prompt=sink.html(asked(entry.head, shown)),
        answer=sink.html(entry.definition),
        context=shown,
        lines=(entry.node.line,),
        key=key,
        id_context=context,
        defined_in_passing=entry.defined_in_passing,
    )


_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def _aside(definition: Inline) -> tuple[Inline, Inline]:
    """`containerd, CRI-O (dockershim removed in 1.24)`: the remark in brackets
    at the end is no part of the answer, and stays shown after the blank."""
    last = definition[-1] if definition else None
    if last is None or last.kind != "text" or not (match := _REMARK.search(last.text)) or not last.text[: match.start()].strip():
        return definition, ()
    return (*definition[:-1], Span("text", last.text[: match.start()])), (Span("text", last.text[match.start() :]),)


def _leading_phrase(entry: Entry) -> bool:
    """`L7 HTTP(S) routing -> host and path rules`: a few plain words, none of
    them a capitalised name, before an arrow."""
    head = inl.strip(entry.head)
    if not head or any(span.kind != "text" for span in head):
        return False
    plain = inl.to_plain(head).strip()
    rest = inl.to_plain(entry.full).strip()[len(plain) :] if inl.to_plain(entry.full).strip().startswith(plain) else ""
    words = plain.split()
    # One word ("etcd", "liveness") or a capitalised one ("NodePort") is a name to ask.
    named = any(w[0].isupper() and any(ch.islower() for ch in w[1:]) for w in words)
    return bool(_LEADS_ON.match(rest)) and len(words) > 1 and not named and words[-1].isalpha() and words[-1].islower()
