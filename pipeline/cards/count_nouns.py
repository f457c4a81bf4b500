"""What a "which N?" front counts: "VPC Endpoint Gateway — which 2?" does not say
whether two services, two uses or two facts are asked. The front says the kind:
the label's own plural ("Pricing Models — which 4?"), else a noun the items
share ("File Gateway, Volume Gateway" -> gateways), else services when every
item is the coined name of a product of the notes, else kinds when the items are plain words.
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.cards.term_shapes import kinds_counted
from pipeline.model import inline as inl

# a list's verb ("DMS — supports:") ends in s but names no kind
_VERBS = frozenset("supports includes contains offers provides allows requires uses has means needs gives lets enables covers".split())
# "Billing across all accounts", "Tracking costs in the cloud": the last word is no head of the label
_PREPOSITION = re.compile(r"\b(?:across|in|for|from|of|to|with|by|on|at|into|over|under|per|via|where)\b", re.IGNORECASE)
_COINED = re.compile(r"\d|[a-z][A-Z]|^[A-Z]{2,}\b")  # "S3", "DynamoDB", "SQS": a product's coined name
_KIND_WORDS = frozenset("kind type sort class category tier mode level variety form".split())
_PLURAL_WORD = re.compile(r"[A-Za-z]*[a-z][a-z]s")
_PLURAL_END = re.compile(r"[^s]s$")
_WORD = re.compile(r"[A-Za-z][a-z]{2,}")
_SEPARATOR = re.compile(r"[\s\-/]+")
_NOT_NOUNS = frozenset("and the for with from only all any its their".split())
LEAD_WORDS = 3  # a shared noun is the head of each item: among its first words
PLAIN_WORDS = 2  # "network-attached", "fixed-rate": an item this short in lower case is a kind


def counted_noun(label: str, items: list[str], product: Callable[[str], bool] = lambda name: False) -> str | None:
    """" services", " gateways" or " kinds" for the front's "which N…?"; "" when
    the label already names the kind; None when no kind can be said."""
    if names_kind(label):
        return ""
    bare = [inl.ASIDE.sub(" ", item).strip().rstrip(".") for item in items]
    if len(bare) < 2 or not all(bare):
        return None
    if (shared := _shared_noun(bare)) is not None:
        return f" {_plural(shared)}"
    if all(product(item) and _COINED.search(item) for item in bare):
        return " services"  # "S3 & DynamoDB": coined names the notes describe, not "User-Based"
    # "Cloud SDK" over "gcloud, gsutil": a product's parts are its tools, no kinds of it
    named = len(label.split()) > 1 and all(w[:1].isupper() for w in label.split())
    # "locks, fences, bollards": plural nouns are examples, no kinds
    if not named and all(item == item.lower() and len(item.split()) <= PLAIN_WORDS and not _PLURAL_END.search(item) for item in bare):
        return " kinds"
    return kinds_counted(label, bare) or None  # "Security" over "User-Based, Resource-Based": an idea's kinds


def names_kind(label: str) -> bool:
    """"Pricing Models", "audit logs", "identity providers (where ...)": a label
    whose head is a plural noun says what is counted; not "supports", "Different OS"."""
    text = inl.ASIDE.sub(" ", label).strip().rstrip(":").strip()
    words = text.split()
    if not words or _PREPOSITION.search(text):
        return False
    last = words[-1]
    if last.lower() in _KIND_WORDS:
        return True  # "Disk kind — which 2?"
    plural = _PLURAL_WORD.fullmatch(last) is not None and not last.endswith(("ss", "us", "is"))
    return plural and last.lower() not in _VERBS


def _shared_noun(items: list[str]) -> str | None:
    """"migration" of "Homogeneous migration ..." and "Heterogeneous migrations ...":
    a word past the first of each item's first words that every item has."""
    heads = []
    for item in items:
        words = [w for w in _SEPARATOR.split(item)[: LEAD_WORDS + 1] if w][1:]
        # "User-Based", "Resource-Based": a participle is no noun to count
        heads.append({singular(w.lower()) for w in words if _WORD.fullmatch(w) and w.lower() not in _NOT_NOUNS and not w.endswith("ed")})
    shared = set.intersection(*heads) if heads else set()
    return min(shared) if len(shared) == 1 else None


def singular(word: str) -> str:
    """"pillars" -> "pillar", "policies" -> "policy", "boxes" -> "box": a plural noun's singular."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + "es" if word.endswith(("s", "x", "ch", "sh")) else word + "s"
