"""A paragraph about a member, standing under its heading with no line of the
heading's own: "**ResourceQuota** caps totals per namespace. Once a quota
exists, ..." under *Requests, limits, quotas*. Asked under the bare heading it
reads as what the heading is; it is asked by the member's name instead."""

from __future__ import annotations

from pipeline.cards.deletions import gives_itself_away
from pipeline.cards.entries import Fact, Group
from pipeline.cards.member_lines import opens_with_member
from pipeline.cards.opening_names import first_span_cloze
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl


def member_paragraph(sink: CardSink, group: Group, facts: list[Fact]) -> tuple[str, tuple[str, ...]] | None:
    """The paragraph's sentences as one cloze on the member's name set in bold, the
    heading in front; None unless they are one paragraph that opens with such a name."""
    spans = inl.strip(facts[0].inline) if facts else ()
    if len({f.line for f in facts}) != 1 or spans[:1] == () or spans[0].kind != "strong" or not opens_with_member(inl.to_plain(group.label), facts[0]):
        return None
    rest = "".join(" " + sink.html(f.inline) for f in facts[1:])
    text = first_span_cloze(sink, group, spans) + rest
    return None if gives_itself_away(text, group.context, sink.common, sink.describes) else (text, group.context)
