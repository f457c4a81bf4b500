"""A topic's first line that sets two or three terms side by side, each with
its own definition ("Labels = used by selectors. Annotations = non-identifying
metadata" under *Config*, "RPO = data loss tolerated, RTO = downtime
tolerated" under *Reliability / DR*): it says what those terms are and how they
differ, not what the topic is. Under the topic's bare name it reads as the
topic's definition and asks nothing the front says; asked as "Labels vs
Annotations", the topic in the breadcrumb, the front says what is wanted."""

from __future__ import annotations

import re

from pipeline.cards.entries import Fact, Group
from pipeline.cards.sink import CardSink
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.naming import names_of

MOST_TERMS = 3  # four or more side by side are a list to recite, no comparison
TERM_WORDS = 4  # "Role / RoleBinding": a name of a few words, not a clause
# each term opens the line or follows a clause's end, then " = " and what it is
_TERM = re.compile(r"(?:^|[.;,]\s+)(?P<term>[^.;,=:()]{1,40}?(?:\s*\([^)]{1,30}\))?)\s+=\s+\S")
_SENTENCE_END = re.compile(r"[.;!?]\s")
# "then ALE = ...", "and X = ...": a word that reads on from the clause before, no term
_READS_ON = re.compile(r"^(?:then|and|or|but|so|which|where|while|i\.?e|e\.?g)\b", re.IGNORECASE)


def compared_terms(label: str, fact: Fact) -> list[str] | None:
    """The terms a line sets side by side, each defined by " = ", none of them the
    topic itself; None when the line is no such comparison."""
    text = inl.to_plain(fact.inline).strip()
    found = list(_TERM.finditer(text))
    if not 2 <= len(found) <= MOST_TERMS or found[0].start() != 0:
        return None  # "LCD (IPS = ..., TN = ...)": terms inside another's aside, no line of them
    if any(_SENTENCE_END.search(text, one.end(), other.start()) for one, other in zip(found, found[1:])):
        return None  # "NetworkPolicy = ... . Only enforced if ... . Default = ...": a term's own sentences
    terms = [m.group("term").strip() for m in found]
    own = names_of(label)
    for term in terms:
        bare = inl.ASIDE.sub(" ", term).strip()
        if not bare or len(bare.split()) > TERM_WORDS or _READS_ON.match(bare) or own.shows(bare) or names_of(bare).same_thing(own):
            return None
    if len({t.lower() for t in terms}) < len(terms):
        return None
    return terms


def compare_card(sink: CardSink, group: Group, fact: Fact, terms: list[str]) -> None:
    """The line asked by its terms side by side ("Labels vs Annotations"), the topic in the breadcrumb."""
    label = inl.to_plain(group.label).strip()
    sink.add(
        "term",
        "basic",
        prompt=sink.html((Span("text", " vs ".join(terms)),)),
        answer=sink.facts_html([fact]),
        context=(*group.context, label) if label else group.context,
        lines=(group.line, fact.line),
        key=("facts", group.key, "compared", str(fact.line)),
    )
