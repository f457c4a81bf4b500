"""The front of a card that lists an item's own lines: what it asks of the item."""

from __future__ import annotations

import re
from pathlib import PurePath

from pipeline.cards.catalogues import catalogued_kind, names_listed
from pipeline.cards.count_nouns import counted_noun
from pipeline.cards.counted import a_member, lead, one_kind, open_ended
from pipeline.cards.entries import Fact, Group
from pipeline.cards.facet_labels import plain_label
from pipeline.cards.line_shapes import VERSUS
from pipeline.cards.part_titles import frames_a_stretch
from pipeline.cards.phrase_questions import kind_noun
from pipeline.cards.prompts import asked, definition_question, is_statement
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Span
from pipeline.model import inline as inl


# "Week 2: SQL", "Section 4 -- Networking": a numbered part titled by its subject, which owns its lines
_TITLED = re.compile(r"(?::|\s--|\s—|\s–)\s+\S")
FACET_WORDS = 4  # a longer heading is a clause of its own, no aspect of the things under it


def item_front(sink: CardSink, group: Group, kind: str, together: list[Fact]) -> Inline:
    """What a card of an item's own lines asks: an item named by its label alone, as
    what it is ("What is Pilot Light?", `definition_question`), when its first line
    can say that; a topic keeps its title, a tier (a support plan) its name: its
    lines say what it adds."""
    label = asked(group.label, group.context, clauses=True)
    if label is group.label and group.context and sink.template_label(inl.to_plain(label)):
        # "Focus" under each persona: an aspect of the one it is under, no thing to ask "What is Focus?" of
        return (Span("strong", children=(Span("text", group.context[-1]),)), Span("text", " — "), *label)
    if len(together) == 1 and not inl.to_plain(label).rstrip().endswith("?") and (listed := kinds_listed(together[0])):
        return (*label, Span("text", f": which {listed[0]} kinds of {listed[1]}?"))  # "EventBridge: which 3 kinds of event bus?"
    joined = label is not group.label and len(label) > 1 and label[0].kind == "strong" and label[1].text == " — "
    if kind == "detail" and joined and len(together) > 1 and not group.is_topic:
        lines = [inl.to_plain(f.inline) for f in together]
        if open_ended(inl.to_plain(group.label), lines) or not one_kind(lines, phrases=True) or not all(a_member(line) for line in lines):
            # a few examples of many, or sentences and settings ("health agent pushes metrics
            # to CloudWatch"): no members of one kind to count
            return label
        if not shows_all(group, together) or any(VERSUS.search(line) for line in lines):
            # 3 of 6 components, the rest asked by cards of their own: "which 3?" would be false;
            # "owner vs custodian: ..." among the roles is a remark on two of them, no sixth role
            return label
        return (*label, Span("text", f": which {_counted(sink, group.label, together)}?"))  # "DMS — supports: which 2 migrations?"
    if group.is_topic and (names := _catalogued(sink, group, together)) is not None:
        return (*label, Span("text", f" — which {names}?"))  # "Storage / database" under "CNCF project glossary"
    if kind != "detail" or group.is_topic or label is not group.label:
        return label
    plain = inl.to_plain(label).strip()
    # the notes' own title ("CKAD prep — running notes") owns every line: it tells none apart
    # ("Exam 102", "107.1 Manage user accounts" over */etc/group*: parts of the notes, the path is the owner)
    owners = [c for c in reversed(group.context) if (c[:1].isupper() or c[:1] in "/~.") and c != sink.root]
    owner = next((c for c in owners if not frames_a_stretch(c) or _TITLED.search(inl.ASIDE.sub(" ", c))), next(iter(owners), None))
    if owner and (plain[:1].islower() or (_sentence_case(plain) and not _set_apart(label) and not is_statement(plain) and not sink.describes(plain))):
        # "health monitoring" under Elastic Beanstalk, "Storage space" under "Sizing options":
        # a phrase, no name, says what of its owner it lists, and how many when they are alike
        front: Inline = (Span("strong", children=(Span("text", owner),)), Span("text", " — "), *label)
        lines = [inl.to_plain(f.inline) for f in together]
        # a label its own line defines ("Compute layer = virtual warehouses") is a thing: its lines are its facts
        defined = bool(group.lead.inline) and any(f.line == group.lead.line for f in together)
        if len(together) > 1 and not defined and not open_ended(plain, lines) and one_kind(lines, phrases=True) and all(a_member(line) for line in lines) and shows_all(group, together):
            # an owner that is a sentence ("Given a scenario, apply ...") stays in the breadcrumb
            return (*(label if len(owner.split()) > OWNER_WORDS else front), Span("text", f": which {_counted(sink, label, together)}?"))
        return front
    if not says_what(together[0]):
        return label
    if len(together) == 1 and _QUANTITY.match(inl.to_plain(together[0].inline)):
        return (*label, Span("text", ": how much?"))  # "XS" over "one credit per hour": an amount, not what XS is
    if (members := _members_named(together[0])) is not None:
        # "Pentesting" over "physical, offensive (red), defensive (blue)", "Mobile" over "MDM":
        # its kinds or a member by name, no answer to "What is Pentesting?"
        noun = counted_noun(plain, members, sink.product) or ""
        counted = members and len(together) == 1 and not open_ended(plain, members)
        return (*label, Span("text", f" — which {len(members)}{noun}?")) if counted else label
    if (question := definition_question(label, sink.describes(plain))) is None:
        return label
    # the notes' title, or their file's name where they have none, files nothing
    facet = group.context[-1] if group.context and group.context[-1] not in (sink.root, PurePath(sink.path).stem) else ""
    if facet[:1].islower() and plain_label(facet) and len(facet.split()) <= FACET_WORDS and kind_noun(inl.ASIDE.sub("", facet)) is None:
        # "RDS" under "other data at rest": its lines tell that of it, no answer to "What is RDS?"
        # (an item under "optimized formats" is one of them: what it is, it says)
        return (*label, Span("text", f" — {facet}"))
    if commands_only(together):
        return (*label, Span("text", f": which command{'s' if len(together) > 1 else ''}?"))  # "Resize" over `az vm resize ...`
    if (sides := sides_set(together[0])) is not None:
        return (*label, Span("text", f" — which {len(sides)}?")) if sides and len(together) == 1 else label
    return question


def _catalogued(sink: CardSink, group: Group, together: list[Fact]) -> str | None:
    """"4 CNCF projects": how many of what a category's lines name, when the heading
    above catalogues one kind and the card shows every line of the category (none
    asked apart, as "OpenTelemetry — incubating" would be: "which 5?" would leave it out)."""
    kind = catalogued_kind(group.context)
    lines = [inl.to_plain(f.inline) for f in together]
    if kind is None or not shows_all(group, together) or open_ended(inl.to_plain(group.label), lines):
        return None
    if not sink.group_lines.get(group.line, frozenset()) <= {group.line, *(f.line for f in together)}:
        return None
    count = names_listed(lines)
    return f"{count} {kind}" if count is not None and count > 1 else None


def shows_all(group: Group, together: list[Fact]) -> bool:
    """Whether a card of these lines shows every line of the list its label leads."""
    return {f.line for f in group.items} <= {f.line for f in together}


def _counted(sink: CardSink, label: Inline, together: list[Fact]) -> str:
    """"2 migrations", "2 kinds": how many, and of what when it can be said."""
    leads = [lead(inl.to_plain(f.inline)) for f in together]
    return f"{len(together)}{counted_noun(inl.to_plain(label), leads, sink.product) or ''}"


def kinds_listed(fact: Fact) -> tuple[int, str] | None:
    """`Default event Bus comes from AWS services, Partner event bus comes from AWS
    SaaS Partners, and Custom event bus comes from custom apps`: each item a kind of
    one noun, named by the word before it; how many kinds, and the noun. The bare
    label over such a line does not say it asks for them."""
    text = inl.ASIDE.sub(" ", inl.to_plain(fact.inline)).strip().rstrip(".")
    items = [item.split() for item in _KIND_ITEM_SEPARATOR.split(text) if item.strip()]
    if len(items) < 2 or len({item[0].lower() for item in items}) < len(items) or any(item[0].lower() in _PRONOUNS for item in items):
        return None  # "APIs let ..., and they let ...": a sentence that goes on about one thing
    for size in range(NOUN_WORDS, 0, -1):
        nouns = {" ".join(item[1 : 1 + size]).lower() for item in items if len(item) > size}
        noun = next(iter(nouns)) if len(nouns) == 1 and all(len(item) > size for item in items) else ""
        if noun and all(word.isalpha() and word not in _NO_NOUN for word in noun.split()):
            return len(items), noun
    return None


_PRONOUNS = frozenset("they it this these those that we you he she".split())
NOUN_WORDS = 2  # "event bus": a kind's noun is a word or two
_KIND_ITEM_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+|or\s+)?")
# words that go on a sentence, never the noun its kinds share ("S3 is cheap, EBS is fast")
_NO_NOUN = frozenset(
    "is are was were be can could may must will has have had does do uses use for in on of to at as per the a an with by from and or not vs versus than then".split()
)


# "one credit per hour", "2 vCPUs": a line that opens on an amount gives a value, no definition ("24/7 support" is one)
# "~$3,000/month per org": a price, with or without "about" before it
_QUANTITY = re.compile(
    r"(?:[~≈]\s*)?(?:[$€£]\s?\d[\d.,]*(?:[\s/]|$)|(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s+[A-Za-z])", re.IGNORECASE
)


LIST_ITEMS = 3  # a line of this many short comma items lists members
ITEM_WORDS = 2
_ITEM_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+/\s+")  # "Basic / Standard / Premium" too
_JOINED_ITEMS = re.compile(r"\s*(?:[,;]|\band\b|\bor\b)\s*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+s?")


def _members_named(fact: Fact) -> list[str] | None:
    """The members a line lists by name (`physical, offensive (red), defensive
    (blue)`), none for a line that is one member's abbreviation (`MDM`), None for a
    line that can say what its thing is."""
    text = inl.ASIDE.sub(" ", inl.to_plain(fact.inline)).strip().rstrip(".")
    items = [item.strip() for item in _ITEM_SEPARATOR.split(text) if item.strip()]
    if len(items) >= LIST_ITEMS and all(len(item.split()) <= ITEM_WORDS for item in items):
        return items
    # "Basic, Standard and Premium": one-word members joined by "and"; not "phone, email and chat access"
    words = [item.strip() for item in _JOINED_ITEMS.split(text) if item.strip()]
    if len(words) >= LIST_ITEMS and all(len(item.split()) == 1 for item in words):
        return words
    return [] if _ACRONYM.fullmatch(text) else None


OWNER_WORDS = 6  # a longer heading is a sentence, read in the breadcrumb rather than before the label


def _set_apart(label: Inline) -> bool:
    """`Block volume`, **Data plane**: a label the author set in code or bold is a term of art, a name."""
    return any(span.kind in ("code", "strong", "emph") for span in label)


def _sentence_case(text: str) -> bool:
    """"Storage space", "Concurrency control": words of a phrase, only the first
    capitalised as a line's first word is; a name capitalises its words ("Pilot Light")."""
    words = inl.ASIDE.sub(" ", text).split()
    return len(words) > 1 and words[0][:1].isupper() and words[0][1:].islower() and all(w.islower() for w in words[1:])


# "default: all pods...", "-> All can run...", "can be used to protect...": a setting,
# a consequence or a use, no answer to "What is X?"
_NO_DEFINITION = re.compile(r"^\s*(?:->|→|=>|(?:can|could|may|might)\b)", re.IGNORECASE)


def commands_only(facts: list[Fact]) -> bool:
    """Lines that are each a command alone (`az vm resize ...`): the back says how,
    not what the thing is."""
    shown = [[span for span in f.inline if span.kind != "text" or span.text.strip()] for f in facts]
    return all(spans and all(span.kind == "code" for span in spans) for spans in shown)


def sides_set(fact: Fact) -> list[str] | None:
    """`Route-based (almost always) vs policy-based (static, ...)`: a first line that
    sets kinds side by side tells them apart, no answer to "What is VPN Gateway?";
    the sides when each is a short name, [] when they are more."""
    text = inl.to_plain(fact.inline)
    if not VERSUS.search(text):
        return None
    sides = [side.strip().rstrip(".") for side in VERSUS.split(inl.ASIDE.sub(" ", text))]
    return sides if all(0 < len(side.split()) <= SIDE_WORDS for side in sides) else []


SIDE_WORDS = 3


def says_what(fact: Fact) -> bool:
    """Whether a line can answer what its thing is."""
    split = inl.split_term(fact.inline)
    return not (split and split[1]) and _NO_DEFINITION.match(inl.to_plain(fact.inline)) is None
