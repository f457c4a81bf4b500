"""Lines that point to a resource ("Official docs: https://...", "Learn path:
https://...", "[killer.sh](https://killer.sh) — practice sim"): they say
where to read, not what, so no card asks them and no card offers them as a
thing among others."""

from __future__ import annotations

import re

from pipeline.model import Node
from pipeline.model import inline as inl

_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
_WORD = re.compile(r"[A-Za-z]\w*")
_CAPTION_WORDS = 8  # "— practice sim, two sessions": a caption on the resource, no fact
# "Official docs:", "Docs::", "Sim —", "Learn collection I'm following:", nothing: a lead of a few words
_LEAD = re.compile(r"^\W*(?:(?:[\w.'’+()-]+\s+){0,4}[\w.'’+()-]+\s*[:—–-]+)?\s*$")


def is_pointer(node: Node) -> bool:
    """A line that leads with a resource's address or link: where to read, not what."""
    spans = inl.strip(node.inline)
    web = [i for i, span in enumerate(spans) if span.kind == "link" and span.url.startswith(("http://", "https://"))]
    web += [i for i, span in enumerate(spans) if span.kind == "text" and _URL.search(span.text)]
    if node.children or not web:
        return False
    first = min(web)
    before = inl.to_plain(spans[:first]) + (_URL.split(spans[first].text)[0] if spans[first].kind == "text" else "")
    outside = " ".join(_URL.sub(" ", inl.to_plain((span,))) for span in spans if span.kind != "link")
    return bool(_LEAD.match(before)) and len(_WORD.findall(outside)) <= _CAPTION_WORDS


def is_address(text: str) -> bool:
    """A web address and nothing else ("https://smi-spec.io"): where to read more, no answer."""
    return _URL.fullmatch(text.strip()) is not None
