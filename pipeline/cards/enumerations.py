"""Lists of named things or of short items, and lists announced with a count
("Six advantages"), become one cloze per item."""

from __future__ import annotations

from pipeline.cards.chunking import chunks, cloze_safe, words
from pipeline.cards.entries import Entry, Fact, Group
from pipeline.cards.facts import part_label
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl

ENUM_WORDS = 70
ENUM_ITEMS = 12


def enumeration_cards(sink: CardSink, group: Group, entries: list[Entry], extra: list[Fact], first_kind: str) -> None:
    ordered = any(e.node.role == "step" for e in entries)
    lead = group.lead
    lead_html = ": " + sink.html(inl.strip(lead.inline, " \t:")) if lead.inline else ""
    parts = chunks(entries, lambda e: words(e.item), ENUM_WORDS, ENUM_ITEMS)
    for index, part in enumerate(parts):
        tag = "ol" if ordered else "ul"
        start = f' start="{sum(len(p) for p in parts[:index]) + 1}"' if ordered and index else ""
        items = "".join(f"<li>{{{{c{n}::{cloze_safe(sink.html(e.item))}}}}}</li>" for n, e in enumerate(part, 1))
        text = (
            f'<div class="sp-label">{sink.html(group.label)}{lead_html}{part_label(index, len(parts))}</div>'
            f'<{tag}{start} class="sp-enum">{items}</{tag}>'
        )
        own_extra = extra if index == len(parts) - 1 else []
        lines = ((group.line, lead.line) if index == 0 else ()) + tuple(e.node.line for e in part)
        lines += tuple(f.line for f in own_extra)
        sink.add(
            first_kind if index == 0 else "enumeration",
            "cloze",
            prompt=text,
            answer=sink.facts_html(own_extra) if own_extra else "",
            context=group.context,
            lines=lines,
            key=("enumeration", group.key, str(index + 1)),
        )
