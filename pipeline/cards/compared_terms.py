"""A topic's first line that sets two or three terms side by side, each with
its own definition ("Labels = used by selectors. Annotations = non-identifying
metadata" under *Config*, "RPO = data loss tolerated, RTO = downtime
tolerated" under *Reliability / DR*, "symmetric (AES-256) vs asymmetric (RSA)"
under *KMS*): it says what those terms are and how they
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

TAIL_WORDS = 2  # "... promotable. `ReplicaLag`.": a word or two after the comparison say nothing more
MOST_TERMS = 3  # four or more side by side are a list to recite, no comparison
TERM_WORDS = 4  # "Role / RoleBinding": a name of a few words, not a clause
# each term opens the line or follows a clause's end, then " = " and what it is
_TERM = re.compile(r"(?:^|[.;,]\s+)(?P<term>[^.;,=:()]{1,40}?(?:\s*\([^)]{1,30}\))?)\s+=\s+\S")
# "symmetric (AES-256, ...) vs asymmetric (RSA, ...)", "AuthN (certs) ≠ AuthZ (RBAC)": two terms, each glossed in brackets
_VERSUS = re.compile(r"^(?P<one>[^()\s,;][^(),;]{0,40}?)\s*\([^()]+\)\s+(?:vs\.?|≠)\s+(?P<other>[^()\s,;][^(),;]{0,40}?)\s*\([^()]+\)")
_READS_ON_AFTER = re.compile(r"^\s*(?:vs\.?|versus|or|and)\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?]\s")
# "then ALE = ...", "and X = ...": a word that reads on from the clause before, no term
_READS_ON = re.compile(r"^(?:then|and|or|but|so|which|where|while|i\.?e|e\.?g)\b", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z]")  # a term says a word, not only figures or marks
# "AV × EF", "clicks / impressions": a definition that is a formula of single words, which a side
# computes rather than says ("SLE = AV × EF, ALE = SLE × ARO" is two formulas, no comparison)
_OPERAND = r"[\w.$%€£]+"
_OPERATOR = r"(?:\s*[×÷*]\s*|\s+[/+−x]\s+)"
_FORMULA = re.compile(rf"{_OPERAND}(?:{_OPERATOR}{_OPERAND})+")


def compared_terms(label: str, fact: Fact, versus_too: bool = True) -> list[str] | None:
    """The terms a line sets side by side, each defined by " = " (or, with
    `versus_too`, glossed either side of "vs"), none of them the topic itself;
    None when the line is no such comparison."""
    text = inl.to_plain(fact.inline).strip()
    if versus_too and (versus := _VERSUS.match(text)) is not None:
        # "confusion (key↔ciphertext complex) vs diffusion (1 bit → many)": two terms, each glossed
        found_terms = [versus.group("one").strip(), versus.group("other").strip()]
        if _READS_ON_AFTER.match(text[versus.end() :]) or _goes_on(text, versus.end()):
            return None  # "A (...) vs B (...) vs C": a third one; "... . Containers share the kernel.": more facts
        return found_terms if all(_a_term(label, t) for t in found_terms) and found_terms[0].lower() != found_terms[1].lower() else None
    # "(+ severity 0-4, 0 = critical)": a term inside an aside is no side of the line
    found = [m for m in _TERM.finditer(text) if text.count("(", 0, m.start()) == text.count(")", 0, m.start())]
    if not 2 <= len(found) <= MOST_TERMS or found[0].start() != 0:
        return None  # "LCD (IPS = ..., TN = ...)": terms inside another's aside, no line of them
    if any(_SENTENCE_END.search(text, one.end(), other.start()) for one, other in zip(found, found[1:])):
        return None  # "NetworkPolicy = ... . Only enforced if ... . Default = ...": a term's own sentences
    if _goes_on(text, found[-1].end()):
        return None  # the last term's sentence, then other facts: the line is more than the comparison
    ends = [one.start() for one in found[1:]] + [len(text)]
    if any(_FORMULA.fullmatch(text[one.end() - 1 : end].strip(" .;,")) for one, end in zip(found, ends)):
        return None  # "SLE = AV × EF, ALE = SLE × ARO": formulas, each side computed, not defined
    terms = [m.group("term").strip() for m in found]
    if len({t.lower() for t in terms}) < len(terms) or not all(_a_term(label, t, rival=True) for t in terms):
        return None
    # "Config = WHAT changed, CloudTrail = WHO called the API" under *AWS Config*: the topic set
    # against a rival is asked so; the topic's own line beside no rival stays its definition
    return terms if sum(not _a_term(label, t) for t in terms) <= 1 and any(_a_term(label, t) for t in terms) else None


def _goes_on(text: str, start: int) -> bool:
    """Whether the line says more after the sentence that holds `start`: a
    sentence of its own, longer than a word or two ("ReplicaLag.")."""
    end = _SENTENCE_END.search(text, start)
    return end is not None and len(text[end.end() :].split()) > TAIL_WORDS


def _a_term(label: str, term: str, rival: bool = False) -> bool:
    """A name of a few words that is not the topic's own (or, with `rival`, may be)."""
    own = names_of(label)
    bare = inl.ASIDE.sub(" ", term).strip()
    named = bool(_LETTER.search(bare)) and len(bare.split()) <= TERM_WORDS and not _READS_ON.match(bare)
    return named and (rival or (not own.shows(bare) and not names_of(bare).same_thing(own)))


def compare_card(sink: CardSink, group: Group, fact: Fact, terms: list[str]) -> None:
    """The line asked by its terms side by side ("Labels vs Annotations"), the topic in the breadcrumb."""
    sink.add(
        "term",
        "basic",
        prompt=sink.html((Span("text", " vs ".join(terms)),)),
        answer=sink.facts_html([fact]),
        context=compare_context(group),
        lines=(group.line, fact.line),
        key=("facts", group.key, "compared", str(fact.line)),
    )


def compare_context(group: Group) -> tuple[str, ...]:
    """The breadcrumb of a line's comparison: the topic, under its parents."""
    label = inl.to_plain(group.label).strip()
    return (*group.context, label) if label else group.context
