"""The words a cue is weighed by, and the ones that give its answer away."""

from __future__ import annotations

import re
import sys

from pipeline.cards.per_document import per_text
from pipeline.model.inline import ASIDE
from pipeline.model.lead_words import without_lead
from pipeline.model.name_patterns import camel_spaced
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
    across accross multi demand expensive fine grained fine-grained granular""".split()
)
# Verbs that only say something moves or is done (`put logs ... to S3`, `logs go to S3`): however
# seldom the notes write one, it tells no thing apart; the words around it do or do not.
LIGHT_VERBS = frozenset(
    """put puts putting go goes going went get gets getting got make makes making made take takes taking took
    give gives giving gave let lets keep keeps keeping kept come comes coming came send sends sending sent""".split()
)
# How much or how long: a size or rate any rival may reach tells none apart.
MEASURE_WORDS = frozenset(
    """per sec secs second seconds minute minutes hour hours day days week weeks month months year years ms
    kb mb gb tb pb kbs mbs gbs tbs pbs byte bytes kilobytes megabytes gigabytes terabytes petabytes exabytes
    thousand thousands million millions billion billions hundreds""".split()
)
WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
_ACRONYM_NAME = re.compile(r"^[A-Z][A-Z0-9]+$")
_NAME_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def as_shown(text: str) -> str:
    """A cue as a card shows it, alone: without the word that tied it to the line before."""
    rest = without_lead(text)
    return rest if len(content_words(rest)) >= CUE_MIN_WORDS else text


def content_words(text: str) -> list[str]:
    return list(_content_words(text))


@per_text  # a thing's lines and cues are weighed by several card kinds
def _content_words(text: str) -> tuple[str, ...]:
    # kept for every line and cue of the notes: each word held once, not once per text saying it
    text = text.replace(MASK, " ")
    # an ASCII text in lowercase has the same words, in lowercase (others may gain letters)
    lowered = WORD.findall(text.lower()) if text.isascii() else [w.lower() for w in WORD.findall(text)]
    return tuple(sys.intern(w) for w in lowered if len(w) > 2 and w not in STOPWORDS)


def spelled_out(names: Names) -> Names | None:
    """An acronym's expansions as names of their own (`simple queue service` of `SQS`):
    their words give the acronym away as the acronym's own words would."""
    acronym = bool(_ACRONYM_NAME.match(names.full))
    # or a form whose initials the name holds (`Hardware Security Module` of `CloudHSM`)
    spelled = tuple(f for f in names.forms[1:] if len(f.split()) > 1 and (acronym or _initials(f) in names.full))
    return Names(names.display, spelled, names.plain) if spelled else None


def _initials(form: str) -> str:
    words = [w for w in WORD.findall(form) if w.lower() not in VENDORS]
    return "".join(w[0].upper() for w in words) if len(words) > 1 else "\x00"


def unspelled(spelled: Names, text: str) -> str:
    """A cue with the expansion's words (`queue`, `migrate`) hidden, or empty
    when that leaves a puzzle (a short word hidden, or a second blank) unless
    the line says those words as any line would, in lowercase (`AWS manages
    the encryption keys` of Key Management Service): what the thing does, in
    the words an exam question would use."""
    if not spelled.leaks(text.replace(MASK, " ")):
        return text
    leaked = [w for w in WORD.findall(text) if spelled.leaks(w)]
    masked = spelled.mask_words(text).replace(f"{MASK} {MASK}", MASK)
    puzzle = any(len(w) < HIDDEN_LETTERS for w in leaked) or masked.count(MASK) > 1
    if puzzle and MASK not in text and not spelled.shows(text) and all(w.islower() for w in leaked):
        return text
    return "" if puzzle or len(content_words(masked)) <= CUE_MIN_WORDS else masked


ABBREVIATION_LETTERS = (2, 4)  # `pw` of `password`, `mgmt` of `management`
SPELLED_LETTERS = 5  # a name word this long may be written short
_VOWELS = frozenset("aeiouy")


def abbreviations(names: Names, text: str) -> list[str]:
    """The text's words that write the name short, in a form no list of its names gives: a
    word's consonants (`pw` of `Password Policy`), the initials of its words (`CT` of `CloudTrail`),
    or both (`cfn` of `CloudFormation`)."""
    words = [w for w in _NAME_TOKEN.findall(camel_spaced(names.full)) if w.lower() not in VENDORS]
    lowered = [w.lower() for w in words]
    initials = "".join(w[0] for w in lowered)
    found = []
    joined = "".join(lowered)
    # `cfn-init`: a hyphen joins the short form to what follows, it is no part of it
    for token in sorted({t.lower() for t in _NAME_TOKEN.findall(text)}):
        if not ABBREVIATION_LETTERS[0] <= len(token) <= ABBREVIATION_LETTERS[1] or not token.isalpha() or token in STOPWORDS:
            continue
        if len(lowered) > 1 and token in initials:
            found.append(token)
        elif not set(token) & _VOWELS and any(len(w) >= SPELLED_LETTERS and w[0] == token[0] and _in_order(token, w) for w in lowered):
            found.append(token)
        elif len(lowered) > 1 and token not in lowered and not set(token) & _VOWELS and token[0] == initials[0] and _in_order(initials, token) and _in_order(token, joined):
            found.append(token)  # `cfn` of `CloudFormation`: each word's initial, and letters of the words between
    return found


def _in_order(letters: str, word: str) -> bool:
    found = iter(word)
    return all(letter in found for letter in letters)


def spells_acronym(name: str, text: str) -> bool:
    """Words in a row whose initials are the acronym, or its last letters (`load balancer` of `ELB`)."""
    if not _ACRONYM_NAME.match(name) or len(name) < 3:
        return False
    tail = name[1:].lower()
    said = [w.lower() for w in WORD.findall(text)]
    for n in range(len(said) - len(tail) + 1):
        run = said[n : n + len(tail)]
        if "".join(w[0] for w in run) == tail and not any(w in OFFERING_WORDS or w in STOPWORDS for w in run):
            return True
    return False


_LIST_ITEMS = re.compile(r"[,;]")  # `EFS-IA, S3 Glacier`: a list's items
FILED_NAME_WORDS = 4  # words of a name in a list of them (`EBS Cold HDD volumes`)


def names_listed(text: str) -> bool:
    """`Cost Explorer, AWS Graviton 2, spot instances`: short items, some of them names
    (capitalised or coined), not plain words (`sequence, parallel, timeouts`)."""
    # the names a bracket holds (`Serverless Offering (Lambda, Fargate)`) are no items of the list
    items = [item.split() for item in _LIST_ITEMS.split(ASIDE.sub(" ", text)) if item.strip()]
    named = any(w[:1].isupper() or any(c.isdigit() for c in w) for item in items for w in item)
    return bool(items) and named and all(len(item) <= FILED_NAME_WORDS for item in items)


def says_term(text: str, term: str) -> bool:
    """The text says the term (or its plural) as words of their own, in any case."""
    if text.isascii() and term.isascii() and term.lower() not in text.lower():
        return False  # most lines do not hold it at all: no pattern to compile
    return re.search(rf"\b{re.escape(term)}s?\b", text, re.IGNORECASE) is not None
