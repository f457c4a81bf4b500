"""A cell or answer that lists several limits asks them one at a time.

"payload 4 MB, 60 s, memory 1–6 GB, no GPUs" under *Serverless inference —
Limits* is four facts on one back: recited whole it asks them all at once. Read
as a note with each number its own blank, each card asks one limit and shows
the others; what has no number ("no GPUs", "queue") stays shown on every
card, said by the note."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.cards.chunking import number_cloze_html
from pipeline.cards.sub_lists import comma_items
from pipeline.model import Inline
from pipeline.model import inline as inl

MIN_PARTS = 3  # parts of a list that make it several facts, not one value with its remark
MIN_LIMITS = 2
_DELETION = re.compile(r"\{\{c(\d+)::")


def limits_cloze(value: Inline, render: Callable[[Inline], str]) -> str | None:
    """The value as a cloze of its numbers, when it lists several facts, two or more of them numbers."""
    plain = inl.to_plain(value).strip()
    parts = [p for item in comma_items(plain) for p in item.split(";") if p.strip()]
    if len(parts) < MIN_PARTS:
        return None
    html = number_cloze_html(value, render)
    return html if len(set(_DELETION.findall(html))) >= MIN_LIMITS else None
