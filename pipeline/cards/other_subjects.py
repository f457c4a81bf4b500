"""A topic's line whose subject is another thing the notes keep naming
("subnets allow to partition the network inside of our VPC", under VPC).

On the topic's overview it answers "What is a VPC?" with what subnets do: a
second subject on one back. It is asked of its own subject, the topic shown
("VPC — subnets")."""

from __future__ import annotations

import re

from pipeline.cards.entries import Fact, Group
from pipeline.cards.sink import CardSink
from pipeline.model import inline as inl

# "subnets allow ...", "tags are ...": a plural noun in lower case, then its verb
_SUBJECT = re.compile(
    r"^\s*([a-z][a-z-]*[^su\W]s)\s+(?:allow|are|can|let|help|have|provide|give|enable|make|must|should|will|only|need|run|hold|keep|store)\b"
)
TOLD_AGAIN = 2  # other lines of the topic that name the subject: it is a thing the topic keeps telling of


def other_subject(group: Group, fact: Fact, others: list[Fact]) -> str | None:
    """The plural noun a line opens with, when it is no word of the topic's
    name and the topic's other lines keep naming it (subnets under VPC: public
    subnets, private subnets, route tables between subnets)."""
    match = _SUBJECT.match(inl.to_plain(fact.inline))
    if match is None:
        return None
    noun = match.group(1)
    own = set(inl.plain_key(inl.to_plain(group.label)).split())
    if noun in own or noun[:-1] in own:
        return None
    naming = re.compile(rf"\b{re.escape(noun[:-1])}s?\b", re.IGNORECASE)
    told = sum(1 for other in others if other is not fact and naming.search(inl.to_plain(other.inline)))
    return noun if told >= TOLD_AGAIN else None


def subject_card(sink: CardSink, group: Group, fact: Fact, noun: str) -> None:
    """`VPC — subnets`: the line asked of its own subject, the topic it sits under shown."""
    topic = inl.to_plain(group.label).strip().rstrip(":").strip()
    front = f"<b>{inl.escape(topic)}</b> — {inl.escape(noun)}"
    key = ("subject", inl.plain_key(noun), str(fact.line))
    sink.add("term", "basic", prompt=front, answer=sink.facts_html([fact]), context=group.context, lines=(group.line, fact.line), key=key)


# "Co-location (war room) is preferred ...", "Tailoring the approach to the project is expected ...",
# "Make-or-buy analysis decides ...": a capitalised noun phrase (an aside in brackets allowed), then its verb
_OPENS_ON_SUBJECT = re.compile(
    r"^\s*(?:The\s+|An?\s+)?[A-Z][\w-]*(?:\s+\([^()]*\))?(?:\s+(?!is\b|are\b)[\w-]+){0,5}?(?:\s+\([^()]*\))?\s+(?:is|are|was|were|shows?|decides?|makes?|means|needs|requires|says|gives|tells|uses)\b"
)
_WORDS = re.compile(r"[A-Za-z][\w-]*")


def of_another_subject(sentence: str, term: str) -> bool:
    """A sentence after a term's definition that opens on a subject of its own, no word of
    the term's among its words: a fact of that subject, which a blank over the term would
    teach as the term's."""
    if _OPENS_ON_SUBJECT.match(sentence) is None:
        return False
    own = {w.lower() for w in _WORDS.findall(term) if len(w) > 1}  # `AD` of *Availability Domain (AD)* too
    said = {w.lower() for w in _WORDS.findall(sentence)}
    return not any(w in said or w.rstrip("s") in said or w + "s" in said for w in own)
