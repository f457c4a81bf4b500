"""A line about another thing than its topic: one it names with its expansion, or
one the topic's name only qualifies."""

from __future__ import annotations

import re

from pipeline.cards.deletions import HIDDEN
from pipeline.model.naming import acronym_of

# "ECR (Elastic Container Registry)", "Elastic Container Registry (ECR)": a name and its expansion
_EXPANDED = re.compile(r"\b([A-Z][A-Za-z0-9]{1,7})\s*\(([A-Z][\w-]*(?:\s+[\w-]+){1,5})\)|\b([A-Z][\w-]*(?:\s+[\w-]+){1,5})\s*\(([A-Z][A-Z0-9]{1,7})\)")


def introduced_name(text: str, subject: str) -> str | None:
    """The other product a line names with its expansion ("images can be stored in ECR
    (Elastic Container Registry), a private Docker registry" under *Docker*): the line is
    about it, and a blank over it asks what the exam asks; one over the topic's name there
    asks a word of its description."""
    for match in _EXPANDED.finditer(text):
        short, full = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        if acronym_of(full).upper() == short.upper() and subject.lower() not in f"{short} {full}".lower():
            return match.group(0)
    return None


def modifies_another(cloze: str) -> bool:
    """A blank over the name where the line only uses it as the first word of
    another name ("the [CodeDeploy] Agent", "with [AD] Domain services"): the
    line is about that other thing, and the front would name neither."""
    hidden = HIDDEN.search(cloze)
    return hidden is not None and re.match(r"\s+[A-Z][a-z]", cloze[hidden.end() :]) is not None
