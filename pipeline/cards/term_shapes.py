"""The shapes of a term's answer that make one back too many facts, or a
count of no named kind: a kind's members ("abusive behaviors: spam, port
scanning, ..."), a run of five facts ("short workloads, cheap, can lose
instance, ..."), a count under a heading of services."""

from __future__ import annotations

import re

from pipeline.cards.entries import Entry
from pipeline.cards.sub_lists import code_safe_items, comma_items
from pipeline.model import Inline, Span
from pipeline.model import inline as inl

OPEN = re.compile(r"(?:\.\.+|…|\betc\.?)\s*$", re.IGNORECASE)
# "M365, Entra, AWS, etc. Many sources are free": the list trails off, then a sentence goes on
OPEN_ITEM = re.compile(r"^(?:etc\b|\.\.|…)|(?:\.\.+|…|\betc\.?)$", re.IGNORECASE)


# the kinds a heading may sort its items by: "Services" over "Read Local, Write Global: RDS Read Replicas, ..."
KIND_HEADING_WORDS = 4
_COUNTED_KINDS = frozenset("services tools features products devices".split())


def kind_of(shown: tuple[str, ...], head: str = "", values: str = "") -> str:
    """` services` when the heading above names the kind of the names counted
    ("Read Local, Write Global — which 4 services?"); ` kinds` when an idea's
    answer is a few plain words ("Scalability: vertical & horizontal"), which
    are its kinds; which 4 of what, otherwise unsaid."""
    heading = inl.plain_key(shown[-1]).split() if shown else []
    last = heading[-1:] if len(heading) <= KIND_HEADING_WORDS else []  # a longer one is a sentence ("Explain ... tools")
    if last and last[0] in _COUNTED_KINDS:
        return f" {last[0]}"
    idea = _IDEA.fullmatch(inl.ASIDE.sub("", head).strip()) is not None
    if idea and _PLAIN_VALUES.fullmatch(values.strip()):
        return " kinds"
    return kinds_counted(head, _VALUE_SEPARATOR.split(inl.ASIDE.sub(" ", values)))  # "Always (default), Never, OnFailure"


_VALUE_SEPARATOR = re.compile(r"\s*(?:[,;&/]|\band\b|\bor\b)\s*")


def kinds_counted(label: str, members: list[str]) -> str:
    """` kinds` when an idea ("Pentesting", "Security") lists members in a few plain
    words ("physical, offensive (red)", "User-Based, Resource-Based"): they are its
    kinds, and "Pentesting — which 4?" alone does not say 4 of what. Plural members
    ("locks, fences") are examples, a named thing's members ("Cloud SDK") its parts."""
    head = inl.ASIDE.sub("", label.split(" — ")[-1]).strip()
    if not members or _IDEA.fullmatch(head) is None:
        return ""
    said = [inl.ASIDE.sub(" ", member).split() for member in members]
    return " kinds" if all(0 < len(words) <= KIND_WORDS and not _PLURAL.search(words[-1]) for words in said) else ""


KIND_WORDS = 3  # a kind is named in a few words; a longer member is a statement
_PLURAL = re.compile(r"[^su]s$")


# "Scalability", "Capacity planning", "Anomalous behavior": an idea in words, named by an abstract
# noun (not "ec2 actions", `restartPolicy`, nor "Implicit: legacy, avoid", whose words are remarks)
_IDEA = re.compile(r"(?:[A-Za-z][a-z]* )*[A-Za-z][a-z]*(?:ity|ing|ion|ment|ance|ence|ness|ior|iour|ure|cy)")
# "vertical & horizontal", not "locks, fences, bollards": plural nouns are examples, no kinds
_PLAIN_VALUES = re.compile(r"[a-z]*[a-rt-z](?:\s*(?:,|&|\band\b|\bor\b)\s*[a-z]*[a-rt-z])+")


DUMP_ITEMS = 5  # facts on one back that make it a dump
PHRASE_ITEMS = 4  # of them, phrases of two words or more: facts, not the values of one setting


def halves(definition: Inline) -> tuple[Inline, list[Inline]] | None:
    """A definition of five or more comma-separated facts, most of them phrases
    ("can lose instance", "batch jobs"; not "family, OS, scope and tenancy", the
    values one phrase lists): its first half, and its second half to ask apart."""
    if len(definition) != 1 or definition[0].kind != "text":
        return None
    items = comma_items(definition[0].text)
    if len(items) < DUMP_ITEMS or sum(len(item.split()) > 1 for item in items) < PHRASE_ITEMS:
        return None
    if any(":" in item or re.search(r"\betc\b|\.\.|…", item) for item in items):
        return None  # a label leading the list ("core checks: ..."), or one that trails off: no facts to part
    half = (len(items) + 1) // 2
    rest = [re.sub(r"^(?:and|or)\s+", "", items[half]), *items[half + 1 :]]  # "and activity auditing": the list's last item alone
    return (Span("text", ", ".join(items[:half])),), [(Span("text", ", ".join(rest)),)]


CATEGORY_ITEMS = 5  # a back of this many items is a dump (fewer read as one answer)
# "Other ingestion tools:", "other env vars", "more tools": what the author adds to a list given
# elsewhere, some of many (no set to recite, no cue to any item)
LEFTOVERS = re.compile(r"^\W*(?:other|more|misc\w*|additional|extra)\b", re.IGNORECASE)
RECITED_ITEMS = 12  # items of a list beyond which no one recites it: asked on one back, not a blank at a time
_CATEGORY_WORD = re.compile(r"[a-z][a-z-]*[^isu\W]s")  # "behaviors", not "access", "bus", "analysis"


_ACRONYM = re.compile(r"[A-Z][A-Z0-9./-]*[A-Z0-9]s?")  # "AP", "WLC", "802.1X"; "APIs" as a kind


def plural_kind(word: str) -> bool:
    """`options`, `Roles`, `APIs`: a plural noun naming a kind (not `access`, `bus`, `analysis`)."""
    return bool(_CATEGORY_WORD.fullmatch(word.lower()) or re.fullmatch(r"[A-Z0-9]{2,}s", word))


def category(head: str) -> bool:
    """`abusive & prohibited behaviors`, `AP modes`, `Remote backends`: a plural
    kind, no name, whose answer is the members of the kind; recited whole, five
    or more of them are a dump, asked one blank at a time they are a set to learn.
    Its words are in lower case but for acronyms and a capital opening the line."""
    words = inl.ASIDE.sub("", head).split()
    if len(words) < 2 or not (_CATEGORY_WORD.fullmatch(words[-1]) or re.fullmatch(r"[A-Z]{2,}s", words[-1])):
        return False
    opening = words[0] if not words[0][1:].islower() else words[0].lower()
    return all(w == "&" or w.islower() or _ACRONYM.fullmatch(w) for w in (opening, *words[1:-1]))



SHORT_ITEM_WORDS = 5  # words of an item of a list written on one line ("centralized proxy", "URL scanning")
_SMALL_WORDS = frozenset("of and or for the a an to in on with by & + /".split())


PHRASE_WORDS = 3


def is_phrase(head: str) -> bool:
    """`AppRole needs two pieces`, `Other Enterprise-only features that show up as distractors`:
    three words or more, plain words among them, a clause; a blank over it asks its wording."""
    words = inl.ASIDE.sub("", head).split()
    plain = [w for w in words[1:] if w.isalpha() and w.islower() and w not in _SMALL_WORDS]
    return len(words) >= PHRASE_WORDS and len(plain) >= 2


def names_a_thing(head: str) -> bool:
    """`Spot Instances`, `AES`, `CloudTrail`, `Cloud NAT`: a name (in capitals, mixed case or Title
    Case), whose comma facts are its own and asked apart; not `Web filter`, `Benefits`, `Privacy`:
    a label in sentence case or one capitalised word, over a list of what it sorts."""
    words = [w for w in inl.ASIDE.sub("", head).split() if w.lower() not in _SMALL_WORDS]
    if any(any(ch.isupper() or ch.isdigit() for ch in w[1:]) for w in words):
        return True  # an acronym or a word in mixed case: `IPsec`, `S3`
    return len(words) > 1 and all(w[:1].isupper() for w in words)


_REST = re.compile(r"^\s*(?:the\s+rest|the\s+others?|all\s+(?:the\s+)?others?|everything\s+else)\b", re.IGNORECASE)


def the_rest(entry: Entry, before: Entry | None) -> bool:
    """`Interface: the rest (ENI)` after `Gateway: S3 & DynamoDB`: an answer that
    means the items the line above does not name."""
    return bool(_REST.match(inl.to_plain(entry.definition))) and before is not None and before.named and bool(before.definition)


# An example ("for ex ...") or a place ("on EC2 machines ...") says of the term, not what it is.
_EXAMPLE = re.compile(r"^\s*(?:for\s+ex(?:ample)?|e\.?\s?g\.?|on|in|inside|within)[\s,:]", re.IGNORECASE)


def example_only(entry: Entry) -> bool:
    """`target tracking scaling: for ex keep the average CPU around 40%`, `log
    agents: on EC2 machines or on-premises servers`: an answer that gives an
    example of the term or where it runs, and does not spell the term."""
    said = set(inl.plain_key(inl.to_plain(entry.definition)).split())
    own = inl.plain_key(inl.to_plain(entry.head)).split()
    return bool(_EXAMPLE.match(inl.to_plain(entry.definition))) and not said & set(own)


def names_kind(entry: Entry) -> bool:
    """`frequent access tier: default tier`: a phrase whose answer of a word or
    two says its own kind again ("tier") with one word more."""
    own = inl.plain_key(inl.to_plain(entry.head)).split()
    said = inl.plain_key(inl.to_plain(entry.definition)).split()
    return len(own) > 1 and 1 < len(said) <= 3 and bool(set(said) & set(own)) and len(set(said) - set(own)) == 1


def are_names(items: list[str]) -> bool:
    """Whether a list's items are names: a capital (`Never`, `eBPF`) or an identifier's dot or
    slash (`kubernetes.io/tls`) makes one ("scales in ACUs", "good for spiky/unpredictable":
    phrases of lower-case words, however coined one word); among many names, a tool or two
    written in lower case (`nslookup`, `recon-ng` beside WHOIS, FOCA, theHarvester) are names too."""
    capital = [item[0].isupper() or (" " not in item and any(ch.isupper() or ch in "./_" for ch in item[1:])) for item in items]
    if all(capital):
        return True
    lower = [item for item, named in zip(items, capital) if not named]
    return len(items) >= CATEGORY_ITEMS and 4 * len(lower) <= len(items) and all(" " not in item for item in lower)
