"""Facet labels: the plain labels a topic's list goes on under after the topic's own line
(`## Pub/Sub`: `global, serverless messaging`, then `**Numbers:**`, `**Delivery:**`).
They name aspects of the topic, not things: a card answered by one ("Numbers or
Delivery?") asks where the author filed a line, which no exam asks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.label_keys import WORD as _WORD
from pipeline.cards.label_keys import facet_key
from pipeline.cards.things import Thing
from pipeline.model.inline import ASIDE as _ASIDE

# "Symptom: node missing -> cause: no role -> fix: attach role": the line is a record of
# fields, its first label a field's name like the labels after its arrows
_FIELD_AFTER_ARROW = re.compile(r"(?:->|→)\s*[A-Za-z][\w-]*\s*:\s")


def plain_label(label: str) -> bool:
    """`perf / sizing`, `Row key design`, `Numbers`: words of the language, no capital past the
    first letter, no digit, no acronym: the author's label, where a name (`AWS WAF`, `S3`) is spelled."""
    words = _WORD.findall(_ASIDE.sub(" ", label))
    return bool(words) and all(w[1:].islower() for w in words) and not any(w[0].isupper() for w in words[1:])


def facet_groups(things: Sequence[Thing]) -> frozenset[str]:
    """Groups of labelled sublists that follow their topic's own line ("Pub/Sub": `global, serverless
    messaging`, then `**Numbers:**`, `**Delivery:**`): the list describes the topic, its labels are
    aspects of it, not things to name. A list that opens with a member (the pillars) is one of members."""
    item_lines: dict[str, set[int]] = {}
    bare: dict[str, int] = {}  # items whose own line is only the label, their facts below it
    plain: dict[str, int] = {}  # ... and whose label is plain words, no name (`Delivery`, not `AWS WAF`)
    for thing in things:
        if thing.item and thing.group.startswith("item:"):
            item_lines.setdefault(thing.group, set()).add(thing.described.line)
            lines = thing.described.lines
            bare[thing.group] = bare.get(thing.group, 0) + (not lines or lines[0].line != thing.described.line)
            plain[thing.group] = plain.get(thing.group, 0) + plain_label(thing.name)
    found = set()
    for group, lines in item_lines.items():
        first = group.rsplit(":", 1)[1]
        # an item with a definition of its own (`**Spot** — up to 90% off`) is a member, whatever opens the
        # list; a list of names (`S3 Standard`, `Glacier`, ...) is one of members
        if first.isdigit() and int(first) not in lines and min(lines) > int(first) and 2 * bare[group] >= len(lines) and 2 * plain[group] > len(lines):
            found.add(group)
    return frozenset(found)


def field_label(thing: Thing) -> bool:
    """A plain label that opens a record of fields ("Symptom: ... -> cause: ... -> fix: ..."):
    among a topic's named features ("Run Command", "Session Manager") it names none."""
    lines = thing.described.lines
    own = lines[0].text if lines and lines[0].line == thing.described.line else ""
    return thing.item and plain_label(thing.name) and _FIELD_AFTER_ARROW.search(own) is not None


def without_facets(things: Sequence[Thing]) -> list[Thing]:
    """The things less the plain labels of facet groups (`Numbers`, `Delivery` under Pub/Sub),
    the labels of field records and the headings of a template."""
    facets = facet_groups(things)
    template = template_labels(things)
    filled = template_groups(things, template)
    return [t for t in things if not (t.item and t.group in facets and plain_label(t.name)) and not field_label(t) and not (t.item and t.group in filled)]


def template_groups(things: Sequence[Thing], template: frozenset[str]) -> frozenset[str]:
    """The lists that fill in a template (a persona's "Focus" beside its "Origin", "Bridge"):
    each of their labels is an aspect of the parent, those the other parents lack too."""
    return frozenset(t.group for t in things if t.item and facet_key(t.name) in template)


def template_labels(things: Sequence[Thing]) -> frozenset[str]:
    """Labels the notes repeat, two or more together, under several parents ("Focus", "Key Skills",
    "Collaboration" under each persona): the author's template, aspects of each parent, no things."""
    by_group: dict[str, set[str]] = {}
    for thing in things:
        # "IaaS", "PaaS" under each family of services: names, spelled as names are, not aspects
        if not any(w[1:] != w[1:].lower() for w in _WORD.findall(thing.name)):
            by_group.setdefault(thing.group, set()).add(facet_key(thing.name))
    groups = list(by_group.values())
    parents: dict[str, int] = {}  # each label: how many parents hold it beside another label of the template
    for labels in groups:
        for label in {x for other in groups if other is not labels and len(shared := labels & other) >= TEMPLATE_LABELS for x in shared}:
            parents[label] = parents.get(label, 0) + 1
    return frozenset(label for label, count in parents.items() if count >= TEMPLATE_PARENTS)


TEMPLATE_LABELS = 2  # labels two parents share, at least, for their lists to follow one template
TEMPLATE_PARENTS = 3  # parents that repeat it, at least (a thing described twice is no template)


def template_fields(things: Sequence[Thing]) -> frozenset[str]:
    """The labels of the lists that fill in a template, as `facet_key` spells them: the template's
    own and those one parent adds ("Origin", "Bridge" beside "Focus")."""
    filled = template_groups(things, template_labels(things))
    return frozenset(facet_key(t.name) for t in things if t.item and t.group in filled)
