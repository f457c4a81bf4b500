"""The words a cue is weighed by, and the ones that give its answer away."""

from __future__ import annotations

import re
import sys

from pipeline.cards.per_document import per_text
from pipeline.model.naming import MASK, VENDORS, Names

HIDDEN_LETTERS = 6  # a leaked word hidden in a cue is at least this long
CUE_MIN_WORDS = 2  # content words of one cue line
STOPWORDS = frozenset(
    """a about after all also an and any are as at be been but by can could do does each etc for from
    has have how if in into is it its may more most no not of on one or other our over same so some such
    than that the their them then there these they this those through to up us use used using very was
    we what when where which while who will with within without you your""".split()
) | set(VENDORS)
# Words that tell no offering from another: every managed service is "fully managed" and "provides".
OFFERING_WORDS = frozenset("fully managed serverless service servic cloud provide offer allow help aws amazon azure".split())
# Properties many offerings claim: "highly available, low latency, scalable" tells none apart.
CLAIMED_PROPERTIES = frozenset(
    """highly high available availability replicated replication replica durable durability scalable scale scales
    secure secured cheap low cost costs latency fast faster perf performance pay easy easily automatically auto
    across accross multi""".split()
)
WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
_ACRONYM_NAME = re.compile(r"^[A-Z][A-Z0-9]+$")


def content_words(text: str) -> list[str]:
    return list(_content_words(text))


@per_text  # a thing's lines and cues are weighed by several card kinds
def _content_words(text: str) -> tuple[str, ...]:
    # kept for every line and cue of the notes: each word held once, not once per text saying it
    lowered = (w.lower() for w in WORD.findall(text.replace(MASK, " ")) if len(w) > 2)
    return tuple(sys.intern(w) for w in lowered if w not in STOPWORDS)


def spelled_out(names: Names) -> Names | None:
    """An acronym's expansions as names of their own (`simple queue service` of `SQS`):
    their words give the acronym away as the acronym's own words would."""
    if not _ACRONYM_NAME.match(names.full):
        return None
    spelled = tuple(f for f in names.forms[1:] if len(f.split()) > 1)
    return Names(names.display, spelled, names.plain) if spelled else None


def unspelled(spelled: Names, text: str) -> str:
    """A cue with the expansion's words (`queue`, `migrate`) hidden, or empty
    when that leaves a puzzle: a short word hidden, or a second blank."""
    if not spelled.leaks(text.replace(MASK, " ")):
        return text
    if any(len(w) < HIDDEN_LETTERS for w in WORD.findall(text) if spelled.leaks(w)):
        return ""
    text = spelled.mask_words(text).replace(f"{MASK} {MASK}", MASK)
    return "" if text.count(MASK) > 1 or len(content_words(text)) <= CUE_MIN_WORDS else text
