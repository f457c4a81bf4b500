"""A bare label over lines that all open on the same words ("**Pricing:**" over
"Pay for compute time", "pay for data stored", "pay for data transfer out";
"**Acceptable Use Policy:**" over "no illegal use", "no network abuse"): the
label alone does not say what is asked, and read as the question it asks for
whatever the author filed there. The words the lines share are what they are
about: the front says them ("Pricing — pay for …: which 3?")."""

from __future__ import annotations

import re

from pipeline.cards.entries import Fact
from pipeline.model import Inline, Span
from pipeline.model import inline as inl

LEAD_WORDS = 2  # "pay for", "no": a lead longer than this is a sentence the lines repeat
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# "the", "they", "it": words that open a sentence, not what its lines are about
_NO_LEAD = frozenset("a an the this that these those it its they their them we our you your i he she there".split())
# "Azure OpenAI vs Azure ML", "Why cache?": a label that already asks something
_ASKS = re.compile(r"\?|\bvs\.?\b|\bversus\b|[—–]", re.IGNORECASE)


def shared_lead(facts: list[Fact]) -> str | None:
    """The words (at most `LEAD_WORDS`) every line opens on, as the first line writes
    them in lower case; None unless they are plain words (one in lower case
    somewhere: "AWS Regions", "IAM ..." open on a name) and each line says more."""
    if len(facts) < 2 or any(not f.inline or f.inline[0].kind != "text" for f in facts):
        return None  # "`grep -i` ...": a command's lines open on the command
    openings = [_WORD.findall(inl.to_plain(f.inline))[: LEAD_WORDS + 1] for f in facts]
    shared = 0
    while shared < LEAD_WORDS and all(len(words) > shared + 1 for words in openings) and len({w[shared].lower() for w in openings}) == 1:
        shared += 1
    if not shared or openings[0][0].lower() in _NO_LEAD or all(w[0][0].isupper() for w in openings):
        return None
    return " ".join(openings[0][:shared]).lower()


def lead_front(label: Inline, facts: list[Fact]) -> Inline | None:
    """The label with the lines' shared lead and their count, or None."""
    if _ASKS.search(inl.to_plain(label)) or (lead := shared_lead(facts)) is None:
        return None
    return (*label, Span("text", f" — {lead} …: which {len(facts)}?"))
