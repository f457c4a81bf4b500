"""A sentence that opens on a name in bold is asked by that name.

"**KV v2** keeps versions (10 by default), supports soft delete with `vault kv
delete` ..." or "**Performance replication** copies configuration and secrets to
secondary clusters": the author set the sentence's subject in bold. Where no
key term is found for it (too many code spans to pick one, a word of the
heading beside it), it is still asked by that name, never left unsaid: a
paragraph read sentence by sentence would else drop it as an elaboration."""

from __future__ import annotations

import re

from pipeline.cards.chunking import SHORT_FACT_WORDS
from pipeline.cards.entries import Fact, Group
from pipeline.cards.key_terms import cloze_text
from pipeline.cards.prompts import asked
from pipeline.cards.sink import CardSink
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe

_GOES_ON = re.compile(r"\s+[a-z]")  # "keeps", "copies": what the name does, not a list of names or a bracket


def opening_name_cloze(sink: CardSink, group: Group, fact: Fact) -> tuple[str, tuple[str, ...]] | None:
    """The fact as a cloze on the bold name it opens on, with its group's label in front."""
    spans = fact.inline
    if len(spans) < 2 or spans[0].kind not in ("strong", "em"):
        return None
    rest = inl.to_plain(spans[1:])
    if _GOES_ON.match(rest) is None or inl.word_count(rest) < SHORT_FACT_WORDS:
        return None
    return first_span_cloze(sink, group, spans), group.context


def first_span_cloze(sink: CardSink, group: Group, spans: Inline) -> str:
    """`<b>label</b>: [name] ...`: the line's first span (its bold name) hidden, the group's label in front."""
    return f"<b>{sink.html(asked(group.label, group.context))}</b>: " + cloze_text(spans, sink.html, hide_spans=[0])


NAME_WORDS = 4  # a longer phrase before the dash is a clause, no name
CLUE_WORDS = 3  # "event-driven single-purpose code": enough after the dash to tell the name


def dash_name_cloze(sink: CardSink, group: Group, fact: Fact) -> tuple[str, tuple[str, ...]] | None:
    """`Service endpoint policies — restrict which ...` under an area of the notes
    (*Private connectivity*): the name before the dash is what the line defines,
    hidden with the area's label in front; a blank over the label would ask where
    the author filed the line."""
    parts = inl.dash_parts(fact.inline)
    if parts is None:
        return None
    name, definition = (inl.to_plain(p).strip() for p in parts)
    # "Cloud Functions (now Cloud Run functions)": a name and its aside
    if not name[:1].isupper() or "," in name or inl.word_count(inl.ASIDE.sub(" ", name)) > NAME_WORDS or inl.word_count(definition) < CLUE_WORDS:
        return None
    front = f"<b>{sink.html(asked(group.label, group.context))}</b>: "
    return front + "{{c1::" + cloze_safe(sink.html(parts[0])) + "}} — " + sink.html(parts[1]), group.context
