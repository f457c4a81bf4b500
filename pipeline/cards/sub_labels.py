"""Sub-labels of the author's outline inside a list of things.

`File formats`: `**Parquet** — ...`, `**ORC** — ...`, `compression: gzip, bzip2,
...`, `"reduce Athena cost" -> ...`; `Authentication`: `MFA methods: app, FIDO2
keys, ...`, `Passwordless = ...`, `exam tip: "block legacy authentication" ->
...`. Beside the things, some lines are the author's labels: a word over a list
of its own, a quoted need, a count (`3 guiding principles:`), a remark's flag
(`also:`). Blanked in the list's cloze, each asks how the author arranged the
notes, and each line is asked by its own card. A list whose label names the
things' kind (`File formats`, `Table types`) is still that set, less those
labels; under an area (`Authentication`, `Zero Trust`) the rest are the area's
topics, no set: the list makes no card."""

from __future__ import annotations

import re

from pipeline.cards.entries import Entry, announced_count, counted_label
from pipeline.cards.entry_openings import opens_bold
from pipeline.cards.line_shapes import VERSUS
from pipeline.cards.outline_labels import KIND_WORDS
from pipeline.cards.prompts import is_generic, is_remark_flag, title_words
from pipeline.cards.sub_lists import comma_items
from pipeline.cards.term_shapes import LEFTOVERS, RECITED_ITEMS
from pipeline.model import Inline, Span
from pipeline.model import inline as inl

LIST_ITEMS = 3  # comma items a label's line lists to be a list of its own
ITEM_WORDS = 5
MIN_MEMBERS = 2  # things left of a set, for it to be one
_QUOTED = re.compile(r"^\s*[\"“']")
# "Symptom: ... → cause: ...": a record of fields, its first label a field's name
_FIELD_AFTER_ARROW = re.compile(r"(?:->|→)\s*[A-Za-z][\w-]*\s*:\s")
_PLURAL = re.compile(r"[a-z]{3,}(?:ies|[^su'\W]s)$")
_ARROW = re.compile(r"->|→|=>")
# "Motivations", "Attributes to compare": a plural of the language and lowercase words (not "Systems Manager")
_PLURAL_OPENING = re.compile(r"^[A-Z]?[a-z]{3,}(?:ies|[^su'\W]s)(?:\s+[a-z]+)*$")
_NAME_MARK = re.compile(r"\d")  # "ec2", "s3": a name, no word of the language ("built-in" is one)
_IDENTIFIER = re.compile(r"[\d._-]")  # "kube-apiserver", "gp3", "etcd.conf": an identifier's marks
_CODED = re.compile(r".[A-Z0-9]")  # "gp3", "io2", "EC2": a capital or digit past the first letter
# "risks", "drawbacks": a facet of a thing, in the author's word for it (members are named in capitals)
_FACET = re.compile(r"^(?:risks|drawbacks|downsides|limitations|pros|cons|(?:dis)?advantages|challenges|caveats)$")
_ADDING = frozenset({"also", "plus", "more", "others", "other"})  # a word that only adds on


def _colon_label(entry: Entry) -> str | None:
    """`compression: gzip, ...`: the words before the line's colon, when the line opens on them."""
    text = inl.to_plain(entry.node.inline).strip()
    head = inl.to_plain(entry.head).strip()
    return head if head and text.startswith(head + ":") else None


def _over_own_list(entry: Entry) -> bool:
    """`MFA methods: app, FIDO2 keys, ...`, `also: dynamic tables, ...`: a label over a list on its line."""
    if _colon_label(entry) is None or entry.node.children:
        return False
    items = comma_items(inl.to_plain(entry.definition).strip().rstrip("."))
    return len(items) >= LIST_ITEMS and all(len(item.split()) <= ITEM_WORDS for item in items)


def sub_label(entry: Entry) -> bool:
    """An item that is the author's label, no thing of the list."""
    head = inl.to_plain(entry.head).strip()
    own = inl.to_plain(entry.node.inline).strip()
    if not head:
        return False
    if _QUOTED.match(head) and _colon_label(entry) is None and (_ARROW.search(own) or not entry.definition):
        return True  # '"reduce Athena cost" -> ...', '"Never trust, always verify"': a need or a slogan, no name
    if counted_label(entry.head) or is_remark_flag(head) or adds_on(head):
        return True  # "3 guiding principles:", "also: ...", "also seen: ..."
    if entry.named and entry.definition and head[:1].islower() and (is_generic(head) or _FACET.match(head)):
        return True  # "benefits: fast feedback; ..." beside "risks: ...": a facet of the thing, no member
    if _colon_label(entry) is not None and _FIELD_AFTER_ARROW.search(own):
        return True  # "Symptom: ... → cause: ... → fix: ..."
    # "compression: gzip, bzip2, ...": a word in lower case over a list of its own (a plural, "ec2
    # actions: stop, terminate, ...", may be one of a list of such kinds)
    return _lower_over_own_list(entry) and not _NAME_MARK.search(head) and _PLURAL.search(head.split()[-1]) is None


def adds_on(head: str) -> bool:
    """"also", "also seen", "plus": a label that only adds on to the list."""
    words = head.lower().split()
    return bool(words) and words[0] in _ADDING and len(words) <= ADDING_WORDS


ADDING_WORDS = 3


def _lower_over_own_list(entry: Entry) -> bool:
    head = inl.to_plain(entry.head).strip()
    return _over_own_list(entry) and head[:1].islower() and not adds_on(head) and not is_remark_flag(head)


def _names_kind(label: Inline) -> bool:
    """`File formats`, `Table types`: a plural that names what the things are."""
    words = inl.to_plain(label).strip().rstrip(":").split()
    return bool(words) and _PLURAL.search(words[-1].lower()) is not None


def without_sub_labels(label: Inline, listed: list[Entry], topic: bool = True) -> list[Entry]:
    """The list to ask: whole when none of its items is a label of the author's; less
    those labels under a label that names the things' kind; else none. (A line's
    list is read for aspects of its members only: "Motivations" among threat actors.)"""
    if not topic:
        aspects = _aspects_among_members(listed) if _names_kind(label) else []
        return [e for e in listed if e not in aspects]
    if all(_lower_over_own_list(e) for e in listed):
        return listed  # a label is one among things; "etcd: key-value store, raft, ...", each one so, are the things
    labels = [e for e in listed if sub_label(e)] + _aspects_among_members(listed)
    if not labels:
        return listed
    members = [e for e in listed if e not in labels]
    return members if _names_kind(label) and len(members) >= MIN_MEMBERS else []


_LATER_PART = re.compile(r"\s[-–—]\s|:\s|\(")  # "Migration – the 7 Rs", "AWS CAF (6 perspectives)"


def counted_members(label: Inline, listed: list[Entry]) -> list[Entry]:
    """`Migration – the 7 Rs` over seven bold names and `Migration tools: Migration Hub, ...`:
    a list that holds more items than its label counts, as many of them bold as it counts,
    has those for its members; the others are the author's lines beside the set."""
    text = inl.to_plain(label)
    count = announced_count(label) or announced_count((Span("text", _LATER_PART.split(text)[-1].strip()),))
    if count is None or len(listed) <= count:
        return listed
    bold = [e for e in listed if opens_bold(e)]
    return bold if len(bold) == count else listed


def _aspects_among_members(listed: list[Entry]) -> list[Entry]:
    """`Motivations`, `Attributes to compare` among `Nation-state`, `Hacktivist`, ...: a plural
    opening an item where the others name one member each says something of them all."""
    # (a bare name among bare names, `Americas` beside `Europe`, says nothing of them: a member)
    plural = [e for e in listed if _PLURAL_OPENING.match(inl.to_plain(e.head).strip()) and (e.definition or e.node.children)]
    return plural if plural and len(plural) * 3 <= len(listed) else []


def labels_of_figures(label: Inline, listed: list[Entry]) -> bool:
    """`shard limits:` over `write: 1 MB/s ...`, `read: 2 MB/s ...`: every item a label whose
    line is its figures. Blanked in a list, the labels are asked and the figures nowhere;
    each line's figures are asked by its own card. Under a kind (`EBS volume types`), or
    named as names are (`gp3`, `io2`), the items are that kind's members: a set to ask."""
    words = inl.to_plain(label).strip().rstrip(":").lower().split()
    if words and words[-1] in KIND_WORDS:
        return False
    if all(_CODED.search(inl.to_plain(e.head).strip()) for e in listed):
        return False
    return len(listed) >= MIN_MEMBERS and all(e.named and e.numbered and not e.node.children for e in listed)


# "SV = EV − PV", "EAC = AC + (BAC − EV)": a definition that computes the term from others
_FORMULA = re.compile(r"^[(\[]*[\w.$%]+\)?(?:\s*[×÷*/]\s*|\s+[+−-]\s+)[(\[]*[\w.$%]+")


def labels_of_formulas(listed: list[Entry]) -> bool:
    """`Formulas` over `CV = EV − AC`, `SV = EV − PV`, `EAC = BAC / CPI`, ...: every item a
    term computed from the others. Blanked in a list, the formulas' names are asked by their
    place ("CV, [...], CPI"), one name said again for each of its formulas; each is asked by its own card."""
    return len(listed) >= MIN_MEMBERS and all(
        e.named and e.definition and _FORMULA.match(inl.to_plain(e.definition).strip()) for e in listed
    )


def labels_of_values(label: Inline, listed: list[Entry]) -> bool:
    """`DNS (CoreDNS)` over `service: web-svc.dev.svc.cluster.local`, `pod: 10-244-1-5...`,
    `config: ConfigMap coredns ...`; `CNI` over `pod CIDR: k get nodes ...`: labels in lower
    case, each over the value, path or command its line gives in code. Blanked in a list
    ("service, [...], config, test"), the labels are asked and the values nowhere; each
    line is asked by its own card. Under a kind (`Service types`) they are its members."""
    if _names_kind(label) or counted_label(label):
        return False
    named = [e for e in listed if e.named and not e.node.children]
    if len(named) < MIN_MEMBERS or len(named) * 2 < len(listed):
        return False
    heads = [inl.to_plain(e.head).strip().split() for e in named]
    if not all(words and words[0][:1].islower() and not _IDENTIFIER.search(words[0]) for words in heads):
        return False  # `kube-apiserver`, `gp3`: names, the members of a set
    return sum(any(span.kind == "code" for span in e.definition) for e in named) >= MIN_MEMBERS


def labels_of_comparisons(listed: list[Entry]) -> bool:
    """Items that each compare two names ("Image classification vs object detection -> ...",
    "precision vs recall -> ..."): an index of confusions, no set; each is asked side by side."""
    return len(listed) >= 2 and all(VERSUS.search(inl.to_plain(e.head)) for e in listed)


TOPIC_WORDS = 10  # words a member's line says on average, at least, for the members to be topics of their own
_SET_LABEL = re.compile(
    r"\b\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|steps?|phases?|stages?|order|roles?|principles?|pillars?|layers?|methods?|hierarch(?:y|ies)|"
    + "|".join(sorted(w.rstrip("s") + "s?" for w in KIND_WORDS)) + r")\b",
    re.IGNORECASE,
)


def labels_of_topics(label: Inline, listed: list[Entry], area: bool) -> bool:
    """Names that each lead a paragraph of their own under an area's heading (`area`: a
    section of the notes, a sub-heading, or the author's collection; a bold line over
    things is their list) ("## Networking": `Cloud NAT: outbound
    internet for private VMs, ...`, `Shared VPC: host project owns the network, ...`): the
    author files topics there, no set to recite; each is asked by its own cards. A label
    that names a kind of set ("Data roles", "Deployment models", "Six advantages") keeps its list."""
    text = inl.to_plain(label)
    if not listed or counted_label(label):
        return False
    if LEFTOVERS.match(text):
        return True  # "Other ingestion/processing tools:": a few of many, no set to recite
    defined = [e for e in listed if e.named and e.definition]
    if len(defined) * 4 < len(listed) * 3:
        return False
    if len(listed) > RECITED_ITEMS:
        return True  # a glossary of 31 terms, each asked by its own card: no one recites it
    if not area or _SET_LABEL.search(title_words(text)) or _names_kind(label):
        return False
    return sum(len(inl.to_plain(e.definition).split()) for e in defined) >= TOPIC_WORDS * len(defined)
