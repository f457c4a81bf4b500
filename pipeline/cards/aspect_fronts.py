"""A label answered by a side fact, not by what it is.

`Cross Region Restore: needs GRS vault + CRR enabled`, `Basic: retired Sept
2025` and `retention: default never expire` say what the label needs, what
became of it or what it is set to: the bare label on the front reads as
"what is it?", which the back does not answer. The line's own first words say
which aspect it tells, so the front asks that ("Cross Region Restore — what
does it need?"); the back stays the line as written."""

from __future__ import annotations

import re

from pipeline.model import inline as inl

# "needs GRS vault", "requires P1", "need local network gateway"; not "need to be
# scheduled" (a passive that defines the label) nor "need for achievement" (a noun)
_NEEDS = re.compile(r"^(?:needs?|requires?|required:|prerequisites?:)\s+(?!to\b|for\b|of\b)\S", re.IGNORECASE)
# "retired Sept 2025", "deprecated", "legacy, no BGP": what became of it; "legacy
# version of ..." is a definition, the word only qualifying its noun
_STATUS = re.compile(
    r"^(?:retired|deprecated|obsolete|discontinued|being\s+retired|legacy(?=\s*(?:[,;.(]|—|-\s|$)))\b",
    re.IGNORECASE,
)
# "needs X → Y": a need and what meets it, no fact of the label (`need_lists`)
_LEADS_TO = re.compile(r"->|→|=>|⇒")
# "needs init first, does NOT contact remote APIs. catches ...": more facts than the need,
# a description of the label whole; asking the need would leave them on the back unasked
_MORE_FACTS = re.compile(r"[.;]\s+\S|,\s*(?:does|doesn't|do|don't|is|isn't|are|aren't|can|can't|cannot|will|won't|not|no)\b", re.IGNORECASE)
# "default never expire", "default: 30 days", "defaults to 3"
_DEFAULT = re.compile(r"^defaults?(?:\s+(?:is|=|to)\b|\s*[:=]|\s+(?:never|none|off|on|\d))", re.IGNORECASE)

# a label that names the aspect already ("Firewall Manager — prerequisites") asks it itself
_SAYS_NEED = re.compile(r"\b(?:needs?|requires?|requirements?|prerequisites?)\b", re.IGNORECASE)
_SAYS_STATUS = re.compile(r"\b(?:status|retired|deprecated|legacy)\b", re.IGNORECASE)
_SAYS_DEFAULT = re.compile(r"\bdefaults?\b", re.IGNORECASE)

NEED = "what does it need?"
STATUS = "what is its status?"
DEFAULT = "what is the default?"


def aspect_asked(label: str, answer: str) -> str | None:
    """The question a label's side fact answers, from the answer's first words;
    None for a line that may define its label."""
    text = inl.ASIDE.sub(" ", answer).strip()
    if _LEADS_TO.search(text):
        return None
    if _NEEDS.match(text) and not _MORE_FACTS.search(text) and not _SAYS_NEED.search(label):
        return NEED
    if _STATUS.match(text) and not _SAYS_STATUS.search(label):
        return STATUS
    if _DEFAULT.match(text) and not _SAYS_DEFAULT.search(label):
        return DEFAULT
    return None
