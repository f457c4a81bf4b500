"""Which siblings are peers, to be offered side by side as a comparison's options.

A property listed among things (`Durability` after `LRS`, `ZRS`), a statement
made bold, or a label over its own list (`Data states - at rest, in transit,
in use` among single concepts) is no option a learner would choose."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.asking import reads_as_statement
from pipeline.cards.cues import is_attribute
from pipeline.cards.term_shapes import category, comma_items, is_phrase
from pipeline.cards.things import Thing


def peers_only(group: list[Thing]) -> list[Thing]:
    """The siblings less a property listed among things (`Durability` after `LRS`, `ZRS`, `GRS`):
    no option a learner would choose; siblings that are all properties (`Elasticity`, `Agility`) stay."""
    group = same_kind(group)
    properties = [t for t in group if is_attribute(t.name)]
    return [t for t in group if not is_attribute(t.name)] if len(properties) * 2 < len(group) else group


def same_kind(group: list[Thing]) -> list[Thing]:
    """The siblings of one kind: no statement made bold (`Terraform is declarative`), no label
    over its own list among single things, no phrase of the author's among names."""
    group = [t for t in group if not reads_as_statement(t.name)]
    labels = [t for t in group if labels_a_list(t)]
    if labels and len(labels) * 2 < len(group):
        # "Secure comms: VPN, IPsec, TLS, ..." among single things: a label over its own list, no peer
        group = [t for t in group if not labels_a_list(t)]
    elif len(labels) * 2 > len(group):
        # "Classifications", "States", "Methods" beside "Data sovereignty": the labels sort the
        # objective's lists, and the one thing among them is of another kind
        group = labels
    phrases = [t for t in group if _lower_phrase(t.name)]
    if phrases and len(phrases) * 2 < len(group):
        # "connecting VPCs" among "Cloud NAT", "Cloud VPN", "Cloud Router": a phrase of the
        # author's over a few names, no name to choose beside them
        group = [t for t in group if not _lower_phrase(t.name)]
    worded = [t for t in group if _worded(t.name)]
    if worded and len(worded) * 2 < len(group) and _one_family([t.name for t in group if t not in worded]):
        # "Connection draining" among "ALB", "NLB", "GWLB": a feature in words among a
        # family of names, no option beside them ("Secure enclave" beside "TPM", "HSM" is one)
        group = [t for t in group if t not in worded]
    return group


FAMILY_LETTERS = 2


def _one_family(names: list[str]) -> bool:
    """`ALB`, `NLB`, `GWLB`: names in capitals that end alike, one family of things."""
    if len(names) < 2 or not all(name.isalnum() and name.isupper() for name in names):
        return False
    return len({name[-FAMILY_LETTERS:] for name in names}) == 1


def _worded(name: str) -> bool:
    """`Connection draining`: words of the language, only the first capitalised."""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and words[0][1:].islower() and all(w.isalpha() and w.islower() for w in words[1:])


LIST_COMMAS = 2
MEMBER_LINES = 3  # short lines under a label, each a member of its kind ("Transfer - insurance")
MEMBER_WORDS = 6
# "Strategies", "Methods", "Activities", "Backups": one plural word of no name
_PLURAL_KIND = re.compile(r"[A-Z]?[a-z]+(?:ies|[^su'\W]s)")


def labels_a_list(thing: Thing) -> bool:
    """`Data states - at rest, in transit, in use`, `Strategies` over `Transfer - insurance`,
    `Accept - exception`, ...: a kind whose lines list its members."""
    words = thing.name.split()
    lines = [line.text for line in thing.described.lines]
    first = lines[0] if lines else ""
    listing = len(comma_items(first)) > LIST_COMMAS
    if len(words) > 1:
        return words[-1].islower() and category(thing.name) and listing
    # its lines are its list and nothing more: a kind with a line of its own ("Aggregates" and
    # `COUNT(*) counts rows, ...`) is a concept like its siblings
    members = len(lines) >= MEMBER_LINES and all(len(line.split()) <= MEMBER_WORDS for line in lines)
    return bool(_PLURAL_KIND.fullmatch(thing.name)) and ((listing and len(lines) == 1) or members)


def only_its_list(thing: Thing) -> bool:
    """A label whose lines are its list and nothing more (`Backups: onsite/offsite, frequency,
    ...`): the members are the facts, the label no name to recall from them."""
    lines = thing.described.lines
    return labels_a_list(thing) and (len(lines) == 1 or len(lines) >= MEMBER_LINES and all(len(line.text.split()) <= MEMBER_WORDS for line in lines))


def is_clause(name: str) -> bool:
    """`OAuth flows to know`: a clause of the author's, no name to recall from its lines."""
    words = name.split()
    return is_phrase(name) and any(w.lower() in _CLAUSE_WORDS for w in words[1:])


def _lower_phrase(name: str) -> bool:
    """`connecting VPCs`, `roles to know`, `OAuth flows to know`: words of the author's in lower
    case, not one name."""
    words = name.split()
    # a clause ("flows to know"), not a name of plain words ("Developer support plan")
    return (len(words) > 1 and words[0].isalpha() and words[0].islower()) or is_clause(name)


_CLAUSE_WORDS = frozenset("to that which who i my we you".split())


MIN_ACRONYM_LETTERS = 2


def spelled_by_items(label: str, names: Sequence[str]) -> bool:
    """`ACID` over Atomicity, Consistency, Isolation, Durability: an acronym of its own
    items names a set of its own, not a plain label over some of a wider list."""
    word = label.split(" ", 1)[0].strip("*:")
    return len(word) >= MIN_ACRONYM_LETTERS and word.isupper() and word == "".join(n.strip()[:1] for n in names).upper()
