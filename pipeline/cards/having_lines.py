"""Lines under a label whose first line opens on having ("**Objects:** Have a
key ...; metadata about file; tags; version ID"): the list tells what the
thing has, not what it is. A cloze on the label over one of its noun phrases
("[Objects]: metadata about file") reads as if the label were the phrase and
teaches a falsehood; the verb the list opened on, said again ("[Objects]
have: metadata about file"), keeps the line what the notes meant."""

from __future__ import annotations

import re

from pipeline.cards.apart_sentences import VERB
from pipeline.cards.entries import Fact
from pipeline.model import inline as inl

# "Have a key that is the FULL path", "Has a default VPC": the list is what the subject has
_HAVING = re.compile(r"^\s*(has|have)\s", re.IGNORECASE)
# "key is composed from a prefix", "there's no concept of ...", "she signs the form": a line that
# says something of its own (a pronoun subject opens a sentence whatever verb follows it)
_OWN_VERB = re.compile(rf"\b{VERB}\b|'s\b|\bs?he\b", re.IGNORECASE)
# "[Objects]: " or "[Objects]: <ul>": a cloze on the label alone, then its lines
_LABEL_CLOZE = re.compile(r"^(\{\{c1::[^{}]*\}\}):\s")


def having_verb(first: Fact) -> str | None:
    """"have" when the group's first line opens on having, else None."""
    found = _HAVING.match(inl.to_plain(first.inline))
    return found.group(1).lower() if found else None


def _a_noun_phrase(fact: Fact) -> bool:
    """"metadata about file (list of key/value pairs)": no verb of its own outside its asides."""
    return _OWN_VERB.search(inl.ASIDE.sub(" ", inl.to_plain(fact.inline))) is None


def said_as_had(text: str, facts: list[Fact], verb: str | None) -> str:
    """The label's cloze with the list's verb after the blank, where every line it
    asks is a noun phrase of the list (a line with a verb of its own reads right as it is)."""
    found = _LABEL_CLOZE.match(text)
    if verb is None or found is None or not facts or not all(_a_noun_phrase(f) for f in facts):
        return text
    return f"{found.group(1)} {verb}: " + text[found.end() :]
