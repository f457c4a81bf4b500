"""Lines holding a number with a unit or a limit (`90 days`, `up to 5`) become
cloze deletions of those numbers."""

from __future__ import annotations

import re

from pipeline.cards.chunking import number_cloze_html
from pipeline.cards.entries import Entry
from pipeline.cards.numbers import is_number, mask_numbers
from pipeline.cards.sink import CardSink
from pipeline.cards.terms import term_card
from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe


def number_card(sink: CardSink, context: tuple[str, ...], entry: Entry) -> None:
    head = inl.to_plain(entry.head).strip()
    if entry.named and is_number(head) and re.search(rf"(?<!\d){re.escape(head)}(?!\d)", " ".join(context)):
        # `5: generation` under `m5.2xlarge`: the front shows the number, so ask what it means.
        term_card(sink, context, entry)
        return
    if entry.named:
        if is_number(head):
            text = "{{c1::" + cloze_safe(sink.html(entry.head)) + "}}: " + sink.html(entry.definition)
        else:
            text = "<b>" + sink.html(entry.head) + "</b>: " + number_cloze_html(entry.definition, sink.html)
    elif _CASES.search(" ".join(context)) and (told := _told_after_arrow(entry.full, sink)) is not None:
        text = told
    else:
        # "There are 6 pillars in the Framework:" opens its list: asked alone, without the colon
        text = number_cloze_html(entry.full, sink.html).rstrip().removesuffix(":").rstrip()
    key_text = mask_numbers(inl.plain_key(inl.to_plain(entry.full)))
    sink.add(
        "number",
        "cloze",
        prompt=text,
        answer="",
        context=context,
        lines=(entry.node.line,),
        key=("number", " ".join(key_text.split()[:10])),
    )


# "Mini case patterns (requirement -> solution)", "Practice Qs", "Why not" list: lines of cases, each given, then answered
_CASES = re.compile(r"\b(?:scenarios?|cases?|requirements?|practice|questions?|qs|why\s+not)\b", re.IGNORECASE)


def _told_after_arrow(spans: Inline, sink: CardSink) -> str | None:
    """`why not Lambda for 2h job → 15 min limit`: the figures before the arrow are the case's
    own, given; the figure after it is the fact. The line with only those blanked, where there is one."""
    for index, span in enumerate(spans):
        found = inl.SPACED_ARROW.search(span.text) if span.kind == "text" else None
        if found is None:
            continue
        before = (*spans[:index], Span("text", span.text[: found.end()]))
        after = (Span("text", span.text[found.end() :]), *spans[index + 1 :])
        told = number_cloze_html(after, sink.html)
        given = inl.to_plain(before)
        if "{{c" not in told or any(hidden.strip() in given for hidden in re.findall(r"\{\{c\d+::(.*?)\}\}", told)):
            return None  # ("never read after 60 days → tierToArchive after 60 days": the case says the answer)
        return sink.html(before) + told
    return None
