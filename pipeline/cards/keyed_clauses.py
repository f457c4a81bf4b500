"""Clauses of a term's answer that each set a key to a value.

Notes that write on in lower case ("default max 1 MAC, violation shutdown.
restrict = drop + log + count. protect = drop silently") put several facts on
one line: each clause that sets a key to a value is a fact of its own, asked
with its value hidden and the term and the key shown."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.chunking import split_spans
from pipeline.cards.entries import Entry
from pipeline.cards.prompts import asked
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe

# in notes that write on in lower case ("violation shutdown. restrict = drop + log. protect =
# drop silently"), a full stop after a word, not an abbreviation's, ends a clause
_CLAUSE_END = re.compile(r"(?<=[a-z0-9)\]]\.)(?<!e\.g\.)(?<!i\.e\.)(?<!vs\.)(?<!etc\.)(?<!\bex\.)(?<!\bal\.)\s+(?=[a-z])")
# `restrict = drop + log`, `interfaces: management, dynamic`: a setting and its value
_KEYED_CLAUSE = re.compile(r"^(?P<key>[^=:→<>,;]{1,40}?)\s*(?P<sign>=|:|→|->)\s+(?P<value>[^=]*\S)$")
KEY_WORDS = 4


def keyed_clauses(parts: list[Inline]) -> tuple[list[Inline], list[Inline]]:
    """Clauses written on in lower case that each set a key to a value ("restrict = drop + log"):
    asked apart; the others stay with the sentence they continue."""
    kept: list[Inline] = []
    keyed: list[Inline] = []
    for part in parts:
        clauses = split_spans(part, _CLAUSE_END)
        stay = [clauses[0], *(c for c in clauses[1:] if keyed_clause(c) is None)]
        keyed += [c for c in clauses[1:] if keyed_clause(c) is not None]
        kept.append(tuple(span for index, clause in enumerate(stay) for span in ((Span("text", " "),) if index else ()) + clause))
    return kept, keyed


def keyed_clause(sentence: Inline) -> re.Match[str] | None:
    if len(sentence) != 1 or sentence[0].kind != "text":
        return None
    match = _KEYED_CLAUSE.match(sentence[0].text.strip().rstrip("."))
    key = match.group("key") if match else ""
    if match is None or len(key.split()) > KEY_WORDS or (match.group("sign") == ":" and not key[:1].islower()):
        return None  # "Ask: what info ...": a label of the author's, no setting
    return match


def keyed_cloze(sentence: Inline) -> str | None:
    """`restrict = drop + log + count` as a cloze of its value, when the key is a few plain words."""
    match = keyed_clause(sentence)
    if match is None:
        return None
    value = match.group("value").rstrip(". ")
    shown = inl.escape(match.group("key")) + (": " if match.group("sign") == ":" else f" {inl.escape(match.group('sign'))} ")
    return shown + "{{c1::" + cloze_safe(inl.escape(value)) + "}}"


def settings_apart(sink: CardSink, context: tuple[str, ...], entry: Entry, key: tuple[str, ...], most_words: int) -> Entry:
    """"restrict = drop + log + count. protect = drop silently" written on after a long
    answer: each setting asked apart, its value hidden, the term and the setting shown
    (`keyed_clauses`); the entry with the rest of its answer."""
    if len(inl.to_plain(entry.definition).split()) <= most_words:
        return entry
    kept, keyed = keyed_clauses([entry.definition])
    label = sink.html(asked(entry.head, () if entry.defined_in_passing else context))
    for number, clause in enumerate(keyed, 1):
        text = f"<b>{label}</b>: {keyed_cloze(clause)}"
        sink.add("term", "cloze", prompt=text, answer="", context=context, lines=(entry.node.line,), key=(*key, "setting", str(number)))
    return replace(entry, definition=kept[0]) if keyed else entry
