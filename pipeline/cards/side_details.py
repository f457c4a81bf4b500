"""A forward cloze whose blank is a side detail of its line, not what a learner
needs to know of the thing.

"PrivateLink: ... expose a service to [1000s] of VPC", "EFS: can be used with
[on-premises systems]", "CodeDeploy: works with EC2, ... on-premises servers ->
[hybrid service]": the name on the front is what the exam asks for, and the
blank a scale figure, or a plain qualifier of a word every offering is (a
service, a system, an instance), which the learner can only guess at. Such a
line asks its thing's name where the line points to it at all
(`last_resort.unasked_lines`); else no card asks it. A plain phrase of its own
("order of [volatility]", "nodes in [node pools]") is a term, and stays asked.
"""

from __future__ import annotations

import re

from pipeline.cards.deletions import HIDDEN, words_shown
from pipeline.cards.entries import Fact
from pipeline.model import inline as inl

# "1000s", "100000s", "millions": how far a vendor says it scales, which no exam asks
_SCALE = re.compile(r"^(?:\d[\d,.]*\s*(?:s|k|\+)|hundreds|thousands|millions|billions|trillions)$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# what every offering of a cloud is or runs on: a blank over a plain qualifier of one asks a guess
GENERIC_KINDS = frozenset(
    """service services system systems instance instances server servers resource resources volume volumes
    machine machines app apps application applications workload workloads""".split()
)


def asks_a_side_detail(cloze: str) -> bool:
    """Whether the cloze's one blank hides a scale figure ("[1000s]"), or plain
    words (no capitals, no number, no quoted value) that end on a generic kind
    ("[hybrid service]", "[several volumes]")."""
    hidden = HIDDEN.findall(cloze)
    if len(hidden) != 1:
        return False
    text = words_shown(re.sub(r"::[^}]*$", "", hidden[0])).strip()
    if _SCALE.match(text):
        return True
    words = _WORD.findall(text)
    plain = all(w.islower() for w in words) and not re.search(r"\d|[\"`]", text)
    return plain and len(words) >= 2 and words[-1] in GENERIC_KINDS


# "used to be named CloudEndure Disaster Recovery": a former name, said with the thing, no fact to blank
_FORMER_NAME = re.compile(r"^\s*(?:formerly|previously|renamed|successor\s+(?:to|of)|used to be (?:named|called))\b", re.IGNORECASE)


def gives_a_former_name(fact: Fact) -> bool:
    """A line that only says what the thing was called: a blank over the old name
    ("used to be named [CloudEndure] Disaster Recovery") asks trivia beside the new
    name; the line is said with the thing's definition instead."""
    return _FORMER_NAME.match(inl.to_plain(fact.inline)) is not None


_SCALE_FIGURE = re.compile(r"\b\d[\d,.]*s\b")  # "1000s of VPC": no setting's number


def scale_only(details: list[Fact]) -> bool:
    """Whether the details hold no number but scale figures ("1000s of VPC"): they
    may ride with a definition, where a setting's number may not."""
    return not any(re.search(r"(?<![A-Za-z])\d", _SCALE_FIGURE.sub(" ", inl.to_plain(f.inline))) for f in details)


def said_anyway(together: list[Fact], details: list[Fact], overview: bool, most: int) -> list[Fact]:
    """The overview's lines with the side details that no card asks nor took, up to
    `most` lines: each line of the notes is said by some card, and these say a fact
    of the thing, not what it is, so they go last."""
    if not overview or not together:
        return together
    room = max(most - len(together), 0)
    return [*together, *details[:room]]


# "[Docker] images": the name qualifies the noun after it (not "[CloudFormation] are ...", a verb)
_NAMES_A_KIND = re.compile(r"\s+(?!(?:are|is|was|were|can|could|will|would|has|have|had|does|do|and|or|for|with|into|from|that|which|must|may|should)\b)[a-z]{3,}\b")


def qualifies_next(after: str) -> bool:
    """Whether a name, followed by `after`, only qualifies the noun after it ("[Docker]
    images", "[CloudWatch] metrics"), not the subject of a verb ("[CloudFormation] are ...")."""
    return _NAMES_A_KIND.match(after) is not None
