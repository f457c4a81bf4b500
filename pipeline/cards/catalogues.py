"""A heading that catalogues one kind of thing by category ("CNCF project glossary
(by category)", "AWS services by category", "Glossary of roles"): the headings under
it are categories ("Storage / database", "Security"), which say nothing of what their
lines name. A card asking a category's names says what they are from the catalogue's
heading ("Storage / database — which 4 CNCF projects?"), as a bare category title
would ask nothing the learner can tell."""

from __future__ import annotations

import re

from pipeline.cards.count_nouns import singular
from pipeline.model import inline as inl

# "CNCF project glossary", "Glossary of roles", "AWS services by category": the kind, then its catalogue
_KIND_THEN_CATALOGUE = re.compile(r"^(?P<kind>[\w .&+/-]+?)\s+(?:glossary|catalog(?:ue)?|directory)\s*$", re.IGNORECASE)
_CATALOGUE_OF_KIND = re.compile(r"^(?:glossary|catalog(?:ue)?|directory)\s+of\s+(?P<kind>[\w .&+/-]+?)\s*$", re.IGNORECASE)
_BY_CATEGORY = re.compile(r"^(?P<kind>[\w .&+/-]+?)\s+by\s+(?:category|area|function|use)\s*$", re.IGNORECASE)
_BY_CATEGORY_ASIDE = re.compile(r"\(\s*by\s+(?:category|area|function|use)\s*\)", re.IGNORECASE)
KIND_WORDS = 3  # "CNCF project": a kind is named in a few words
NAME_WORDS = 3  # "SPIFFE / SPIRE", "Open Policy Agent": a member's name, no phrase
_PARTS = re.compile(r"\s*[,;]\s*")
_GLOSS = re.compile(r"\s+[—–-]\s+|:\s")


def catalogued_kind(context: tuple[str, ...]) -> str | None:
    """The kind, in the plural, that the heading right above catalogues ("CNCF projects"); None."""
    if not context:
        return None
    heading = _BY_CATEGORY_ASIDE.sub(" ", context[-1]).strip()
    found = _KIND_THEN_CATALOGUE.match(heading) or _CATALOGUE_OF_KIND.match(heading) or _BY_CATEGORY.match(heading)
    if found is None or not 0 < len(kind := found.group("kind").split()) <= KIND_WORDS:
        return None
    last = kind[-1]
    return " ".join([*kind[:-1], last if singular(last) != last else last + "s"])


def names_listed(lines: list[str]) -> int | None:
    """How many names the lines list ("etcd, Rook (Ceph orchestration), TiKV": 3), each
    perhaps with its gloss; None when a part is more than a name."""
    count = 0
    for line in lines:
        for part in _PARTS.split(inl.ASIDE.sub(" ", line).strip().rstrip(".")):
            name = _GLOSS.split(part, maxsplit=1)[0].split()
            if not 0 < len(name) <= NAME_WORDS:
                return None
            count += 1
    return count or None
