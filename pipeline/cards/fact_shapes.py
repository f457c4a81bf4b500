"""Facts whose shape tells no comparison's options apart, whatever they say: a count
with little else, a list of what every offering claims, a comparison with nothing
to compare with or a narrowing of lines the card does not show; and an opening
negation of a trait none of the options has, which sets the thing against a third."""

from __future__ import annotations

import re

from collections.abc import Sequence

from pipeline.cards.cue_words import CLAIMED_PROPERTIES, OFFERING_WORDS, STOPWORDS, WORD, content_words
from pipeline.cards.entries import Fact
from pipeline.cards.line_shapes import says_only_what_it_is_not
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.name_patterns import camel_spaced
from pipeline.model.naming import same_word

# A fact of only claimed properties tells none apart ("highly available, replicated across 3 AZ"); the Regions and AZs
# an offering spans, and its "use", are claims too here.
PROPERTIES = CLAIMED_PROPERTIES | {"use", "az", "azs", "region", "regions"}
COUNT_WORDS = 4  # words beside a count that still say little else
_COUNT = re.compile(r"^\d[\d,.]*\+?\s")
_COMPARATIVE = re.compile(r"\b(?:more|less|better|worse|fewer|greater|higher|lower|faster|slower|cheaper)\b", re.IGNORECASE)
_RESTRICTED = re.compile(r"^(?:only|just|solely|exclusively)\b", re.IGNORECASE)
_NEGATED_LEAD = re.compile(r"^(?:no|not|without)\s+([A-Za-z][\w-]*)\s*,\s+(?=\S)", re.IGNORECASE)
_ONE_OR_MORE = re.compile(r"\bor\s+(?:more|less|fewer)\b", re.IGNORECASE)  # `one or more regions`: how many, compared with nothing
_THAN = re.compile(r"\bthan\b|\bvs\.?\b|\bversus\b", re.IGNORECASE)
_UNITS = frozenset("ms second seconds minute minutes hour hours day days week weeks month months year years kb mb gb tb pb".split())
CLAIMS_WORDS = 5  # words of a list of claims
_NEGATION = re.compile(r"\b(?:no|not|non|never|without)\b", re.IGNORECASE)
NAME_WORD_LETTERS = 4  # letters of a word of another option's name, for the word to point at it (`memory`)
LIST_CLAUSES = 3  # clauses of a fact that lists examples, one of which may be left out
ECHO_LETTERS = 3  # letters a word may add to a word of a name and still be a form of it (`deploying`, not `cloudtrail`)


def without_others_trait(text: str, said: frozenset[str]) -> str:
    """The fact without an opening `no caching, ...` that no other option's lines say the word of:
    it sets the thing against a third one that does (a cache), not against these options."""
    lead = _NEGATED_LEAD.match(text)
    if not lead or any(w in said for w in _forms(lead.group(1))):
        return text
    rest = text[lead.end() :]
    return rest[:1].upper() + rest[1:]


def _forms(word: str) -> set[str]:
    """A word and the forms its stem takes (`caching`, `cache`, `cached`): as the other options' lines may write it."""
    word = word.lower()
    base = re.sub(r"(?:ing|ed|es|s)$", "", word)
    return {word, base, base + "e", base + "es", base + "ed", base + "ing", base + "s"}


def a_count(text: str) -> bool:
    """`216 points of presence (edge locations)`, `Retention from 1 day to 1 year`: how many
    or how long, with little else said; trivia that dates, not what tells the options apart."""
    if _COUNT.match(text) and len(content_words(text)) <= COUNT_WORDS:
        return True
    return bool(re.search(r"\d", text)) and len([w for w in content_words(text) if w not in _UNITS]) <= 1


def claims(text: str) -> bool:
    """`Highly available, scalable, expensive, pay per use`: a list most of whose words are what offerings
    claim, no fact of its own (a short line of them, `automatically scale based on demand`, may define an idea)."""
    words = content_words(text)
    return len(words) >= CLAIMS_WORDS and len([w for w in words if w in PROPERTIES]) * 2 > len(words)


def unanchored(text: str) -> bool:
    """`Protect against more sophisticated attack`, `Better security and less latency`: more or
    better than what? A short fact that rests on a comparison with nothing to compare it with,
    or narrows one it does not show (`only for uploads and downloads`)."""
    if len(content_words(text)) > CLAIMS_WORDS:
        return False
    # `only for uploads and downloads`: only of what its own lines said before, which the card does not show
    return bool(_RESTRICTED.match(text)) or bool(_COMPARATIVE.search(_ONE_OR_MORE.sub(" ", text))) and not _THAN.search(text)


def without_others_names(text: str, name: str, others: Sequence[str]) -> str:
    """Among options named as kinds of one thing (`Memory Optimized`, `Storage Optimized`), a fact
    that lists examples without the one that says the word setting another option's name apart
    (`cache for in-memory db` among Storage Optimized's workloads): the learner matches the word,
    not the fact. A clause that negates it (`not exposed to the public`) sets them apart; a fact that
    is no list is kept as it is, its other words may tell the options apart."""
    mine = _name_words(name)
    pointing = set()
    for other in others:
        theirs = _name_words(other)
        if len(theirs - mine) == 1 and len(mine - theirs) == 1 and theirs & mine:
            pointing |= theirs - mine  # `memory` of `Memory Optimized` beside `Storage Optimized`: one word apart
    clauses = text.split(", ")
    if not pointing or len(clauses) < LIST_CLAUSES:
        return text

    def points(clause: str) -> bool:
        parts = {p for w in WORD.findall(clause.lower()) for p in w.split("-")}
        return bool(parts & pointing) and not _NEGATION.search(clause)

    kept = [c for c in clauses if not points(c)]
    return ", ".join(kept) if len(kept) >= 2 else ""


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in WORD.findall(name) if len(w) >= NAME_WORD_LETTERS and w.lower() not in STOPWORDS and w.lower() not in OFFERING_WORDS}


def echoes_another_option(text: str, name: str, others: Sequence[str]) -> bool:
    """`Developer centric view of deploying an app` of Elastic Beanstalk beside CodeDeploy: a fact
    that says, in any form, the word that sets another option's name apart reads as a clue to that
    one. A word several names share (`instance` of the EC2 purchase options) points at none; among
    a family (`FSx for Lustre`, `FSx for OpenZFS`) the word apart is weighed by `without_others_names`.
    An aside in brackets, or a clause that negates it (`no caching`), sets them apart."""
    words = {w.lower() for w in WORD.findall(inl.ASIDE.sub(" ", name))}
    plain = inl.ASIDE.sub(" ", text)
    said = [w for clause in re.split(r"[,;]", plain) if not _NEGATION.search(clause) for w in WORD.findall(clause.lower())]
    said = [w for w in said if len(w) >= NAME_WORD_LETTERS]
    parts = [_name_parts(other) for other in others]
    for n, other in enumerate(others):
        if any(same_word(w.lower(), v) for w in WORD.findall(inl.ASIDE.sub(" ", other)) for v in words):
            continue  # one family: `On-demand instance` and `Spot Instances`
        rest = [p for m, found in enumerate(parts) if m != n for p in found]
        pointing = [p for p in parts[n] if not any(same_word(p, q) for q in rest)]
        if any(len(w) <= len(p) + ECHO_LETTERS and same_word(p, w) for p in pointing for w in said):
            return True
    return False


def _name_parts(name: str) -> set[str]:
    """A name's words, and the parts of a joined one (`code`, `deploy` of `CodeDeploy`), less its aside."""
    parts: set[str] = set()
    for word in WORD.findall(inl.ASIDE.sub(" ", name)):
        split = camel_spaced(word).split()
        parts.update(p.lower() for p in (split if len(split) > 1 else [word]))
    return {p for p in parts if len(p) >= NAME_WORD_LETTERS and p not in STOPWORDS and p not in OFFERING_WORDS}


SHARED_CLAUSE = 0.5  # share of a listed example's words one line of another option says, for it to be that one's too


_EXAMPLES = re.compile(r"^(?:for\s+ex(?:ample)?|e\.g\.?|such\s+as)\b", re.IGNORECASE)


def without_shared_examples(text: str, written: str, own_lines: Sequence[str], other_lines: Sequence[str]) -> str:
    """A line of examples (`for ex ...`) without one that another option's line says
    too, in words the thing's other lines do not (`relational and NoSQL db` of Storage
    Optimized, where Memory Optimized lists `relational/non-relational db`): the learner
    reads that one into it. The rest tells the option apart, when two examples are left;
    else the fact goes."""
    clauses = text.split(", ")
    if len(clauses) < LIST_CLAUSES or not _EXAMPLES.match(written.strip()):
        return text
    own = set(content_words(" ".join(line for line in own_lines if line != written)))
    said = [set(content_words(line)) - own for line in other_lines]

    def shared(clause: str) -> bool:
        words = set(content_words(clause))
        return len(words) >= 2 and any(len(words & line) >= SHARED_CLAUSE * len(words) for line in said)

    kept = [c for c in clauses if not shared(c)]
    if len(kept) == len(clauses):
        return text
    return ", ".join(kept) if len(kept) >= 2 else ""


def only_negates(text: str) -> bool:
    """A clue that only says what its thing has not ("No commitment or upfront payment
    (billed per second)"), its brackets aside: among more than two options, another
    (Spot) may lack it too."""
    return says_only_what_it_is_not(Fact((Span("text", inl.ASIDE.sub(" ", text)),), 0))
