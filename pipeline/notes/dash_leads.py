"""A line that ends on a dash over the list after it (`__Default metric types for a
load balancer__ are —` over `1. Request count per target`): the author's colon. Read
as it was written, the line was a statement that said nothing ("are —") and the list
a run of facts about the heading; read with its colon, it leads its list."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import Inline, Span
from pipeline.model import inline as inl

# the last word, then a dash ending the line: "are —", "__CNAME vs ALIAS__ —", "properties—"
_DASH_END = re.compile(r"\s*(?:—|–|--?)\s*$")
_BEFORE = re.compile(r"[\w)*_`]\s*(?:—|–|--?)\s*$")


def dash_lead(spans: Inline) -> Inline | None:
    """The line with its closing dash read as a colon, or None if it does not end on one."""
    spans = inl.strip(spans)
    plain = inl.to_plain(spans)
    if not spans or spans[-1].kind != "text" or not _BEFORE.search(plain) or plain.strip() in ("-", "—", "–", "--"):
        return None
    text = _DASH_END.sub("", spans[-1].text)
    return inl.strip((*spans[:-1], *((replace(spans[-1], text=text),) if text.strip() else ()), Span("text", ":")))
