"""Words a note puts before a line to tie it to the one before (`For ex:`, `Also`):
a card that shows the line alone leaves them out."""

from __future__ import annotations

import re

# `For ex: protect ...`, `Also the process ...`, `And EC2 Instance Connect ...`
_LEAD = re.compile(r"^(?:for\s+ex(?:ample|emple)?\b\.?:?|e\.g\.?:?|also\b,?|and\b,?)\s+(?=\S)", re.IGNORECASE)
# their words, as a card's words are compared (`plain_key`): a card without them says no less
LEAD_WORDS = frozenset("for ex example exemple e g eg also and".split())


def without_lead(text: str) -> str:
    """The line without its tying word, capitalised; the line itself when nothing follows it."""
    rest = _LEAD.sub("", text, count=1)
    return rest[:1].upper() + rest[1:] if rest != text else text
