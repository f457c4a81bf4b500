"""A group's lines, classified: a term, a line of numbers, a leading line, a question, an author's cloze, a table, or a plain fact."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from pipeline.cards.chunking import has_explicit_cloze, words
from pipeline.cards.passing_terms import terms_in_passing
from pipeline.cards.numbers import has_number_fact, is_number, is_specification, number_text, without_window
from pipeline.cards.per_document import per_value
from pipeline.cards.prompts import defined_subject, flags_a_line, is_generic, is_open_list, is_statement
from pipeline.cards.qa_lines import ANSWER, NUMBERED_QUESTION, QUESTION, answered_by_next, asked_pair, own_question, without_marker
from pipeline.cards.sentence_terms import sentence_terms
from pipeline.cards.sub_lists import sub_headings
from pipeline.model import Inline, Node
from pipeline.model import inline as inl

SHORT_ITEM_WORDS = 6
PARALLEL_ITEM_WORDS = 16  # items of a list under a generic label ("Design principles")
ENUM_TOTAL_WORDS = 90  # a list longer than this is asked fact by fact
RESTATED_WORDS = 7

_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNTED_LABEL = re.compile(rf"^(?:the\s+)?(\d+|{_NUMBER_WORDS})\s+[^\W\d]", re.IGNORECASE)
_DANGLING = re.compile(r"^(?:this|these|those|it|its|they|them|that|same\s+as)\b", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\bthese\s+[a-z]", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?:AWS |Amazon |Azure )?[A-Z][A-Z0-9&]{1,5}")
_OPEN_END = re.compile(r"(?:\.\.+|…|\betc\.?)\s*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+\S")  # lower case: "A record" is a name
_VERB = re.compile(r"^[a-z]{2,}[^siu\W]s\s+(?!(?:per|of|in|on|for|to|by)\b)\S")
LIST_ITEM_WORDS = 4  # an item of a list of names ("spot instances, S3 Glacier")
OPEN_ITEM_WORDS = 3
_JOINING = {"of", "and", "for", "the", "in", "on", "to", "a"}  # an item of a list of examples that trails off ("photo, bio, certs...")


@dataclass(frozen=True)
class Entry:
    node: Node
    head: Inline  # the term, the label, or the whole line
    definition: Inline  # what follows a term's separator
    named: bool  # a term, or a line that leads nested lines
    numbered: bool  # gets a cloze card of its numbers
    special: str | None = None  # "question", "answer", "cloze", "table": a card of its own; "specification": none
    restated: bool = False  # a term whose definition only says it again
    defined_in_passing: bool = False  # `*on premises* refers to ...`: a term the text defines, not a part of its heading

    @property
    def listed(self) -> bool:
        return self.node.role in ("item", "step") and self.special in (None, "specification")

    @cached_property  # read by every card kind that lists or asks the line
    def full(self) -> Inline:
        return inl.strip(self.node.inline)

    @property
    def item(self) -> Inline:
        """What an enumeration asks of the line."""
        return self.head if self.named or self.restated else self.full


@dataclass(frozen=True)
class Fact:
    inline: Inline
    line: int


@dataclass(frozen=True)
class Group:
    """A topic, or a line with lines nested under it: what its own cards ask about."""

    context: tuple[str, ...]  # where the group sits
    label: Inline  # the topic's title or the leading line
    line: int
    lead: Fact  # a definition given on the leading line
    is_topic: bool
    sorted_label: bool = False  # one label of a list its items are sorted under (`AWS:` / `User:`)
    bold: bool = False  # a topic on a bold line: it leads its list, not a paragraph set apart after it
    items: tuple[Fact, ...] = ()  # the lines of the list a line leads: a card that counts them shows them all
    steps: bool = False  # the list is numbered: its order is part of what it says
    # a section's text resumed after its terms ("Other SRE culture points: ..." after `**Error budget**: ...`):
    # the section's title is no thing those lines say what it is
    resumed: bool = False

    @property
    def inner(self) -> tuple[str, ...]:
        """The context of the cards under the group."""
        return self.context + (inl.to_plain(self.label).strip(),)

    @property
    def key(self) -> str:
        return inl.plain_key(inl.to_plain(self.label))


def entries_of(nodes: list[Node]) -> list[Entry]:
    """Entries of a group; an `A:` line only answers the `Q:` line right before it."""
    entries = [e for n in nodes for e in _entries_of_line(n)]
    for index, (ask, told) in enumerate(zip(entries, entries[1:])):
        if ask.special is None and told.special is None and answered_by_next(ask.node, told.node):
            entries[index : index + 2] = [Entry(ask.node, ask.node.inline, (), False, False, "question"), Entry(told.node, told.node.inline, (), False, False, "answer")]
        elif (pair := asked_pair(ask.node, ask.head, ask.special, told.node, told.head, told.special)) is not None:  # `→ the Developers`
            entries[index : index + 2] = [Entry(ask.node, pair[0], (), False, False, "question"), Entry(told.node, pair[1], (), False, False, "answer")]
    for index, entry in enumerate(entries):
        answered = index + 1 < len(entries) and entries[index + 1].special == "answer"
        if entry.special == "question" and not answered and NUMBERED_QUESTION.match(inl.to_plain(entry.node.inline)):
            # `**Q1.** ...` over its options and a key of answers: the quiz reader's
            entries[index] = _entry(entry.node, specials=False)
        if entry.special == "answer" and (index == 0 or entries[index - 1].special != "question"):
            entries[index] = _entry(entry.node, specials=False)
    return entries


@per_value  # a topic's lines are read by the cards of the topic and again by those of its things
def _entries_of_line(node: Node) -> tuple[Entry, ...]:
    if node.role != "code" and (asked := own_question(node)) is not None:  # `Q: ... A: ...`, a judged claim, a folded answer
        (question, said), (answer, told) = asked
        return Entry(question, said, (), False, False, "question"), Entry(answer, told, (), False, False, "answer")
    if node.role != "code" and QUESTION.match(inl.to_plain(node.inline)):
        return (_entry(node),)  # `**Q1.** ...`: a question, never a term defined in passing
    if (parts := sentence_terms(node)) is not None:  # `Latency = delay. Jitter = ...`: a term to a sentence
        return tuple(e for part in parts for e in _entries_of_line(part))
    return tuple(_defining(node) or [_entry(node)])


def _entry(node: Node, specials: bool = True) -> Entry:
    plain = inl.to_plain(node.inline)
    if node.role == "table":
        return Entry(node, node.inline, (), named=False, numbered=False, special="table")
    if node.role != "code" and specials:
        if has_explicit_cloze(plain):
            return Entry(node, node.inline, (), named=False, numbered=False, special="cloze")
        for pattern, special in ((QUESTION, "question"), (ANSWER, "answer")):
            if pattern.match(plain) and not node.children:
                return Entry(node, without_marker(node.inline, pattern), (), named=False, numbered=False, special=special)
    split = inl.split_term(node.inline) if node.role != "code" else None
    if split and split[1] and flags_a_line(inl.to_plain(split[0]), bool(node.children) and all(c.role == "code" or _code_only(_entry(c)) for c in node.children)):
        # `Note: release is namespaced`: the flag says nothing; the remark is the line
        node = replace(node, inline=split[1])
        plain = inl.to_plain(node.inline)
        split = inl.split_term(node.inline)
    if node.role != "code" and not node.children and is_specification(plain):
        # `snowcone: 2CPU, 4GB of memory`: one model's data sheet, which no exam
        # asks; the model's name is still an item of its list.
        if split and split[1]:
            return Entry(node, split[0], (), named=False, numbered=False, special="specification", restated=True)
        return Entry(node, node.inline, (), named=False, numbered=False, special="specification")
    if node.children:
        head, definition = split if (split := inl.node_split(node.inline, children=True)) else (inl.strip_label(node.inline), ())
        return Entry(node, head, definition, named=True, numbered=False)
    if split and split[1] and (_acts(split[0]) or _no_subject(split[0]) or is_statement(inl.to_plain(split[0]))):
        split = None  # `manages ReplicaSets -> rolling updates`: a fact of its group, not a term
    if split and node.role == "step" and _CONDITION.match(inl.to_plain(split[0])):
        split = None  # "5. If approved: update the plan": a step of its list, its condition no term
    if split and split[1] and not _restates(*split) and not _says_nothing_alone(*split):
        term, definition = split
        numbered = has_number_fact(number_text(definition)) or is_number(inl.to_plain(term))
        return Entry(node, term, definition, named=True, numbered=numbered)
    numbered = node.role != "code" and has_number_fact(number_text(node.inline))
    if split and split[1]:  # a restated or folded term: a list names the line by its term
        return Entry(node, split[0], (), named=False, numbered=numbered, restated=True)
    return Entry(node, inl.strip_label(node.inline), (), named=False, numbered=numbered)


def _restates(term: Inline, definition: Inline) -> bool:
    """A short definition that says its term again ("Encryption: use encryption
    keys") asks nothing of its own: the line is a fact of its group. A list
    ("IAM: IAM, STS, MFA") or a longer definition says more than its term."""
    text = inl.to_plain(definition)
    said = inl.plain_key(text).split()
    own = inl.plain_key(inl.to_plain(term)).split()
    if len(own) == 1 and len(own[0]) > 2 and inl.to_plain(term).strip().islower() and {own[0], own[0] + "s"} & set(said[:3]):
        return True  # "action: list of actions this policy allows": the answer opens on its one-word term
    if len(said) > RESTATED_WORDS or "," in text:
        return False
    words = re.findall(r"[A-Za-z][\w-]*", inl.to_plain(term))
    if len(words) > 1 and all(w[0].isupper() for w in words):
        return False  # "Azure DNS: hosting of DNS domains": a product's name, said as its kind
    named = [w for w in inl.plain_key(inl.to_plain(term)).split() if len(w) > 2]
    return bool(named) and all(w in said or w + "s" in said for w in named)


def _says_nothing_alone(term: Inline, definition: Inline) -> bool:
    """A split whose answer means nothing without its line: it points back
    ("these dependencies", "it runs..."), only lists abbreviations ("CF,
    S3"), or trails off ("sagemaker...", "AD, OneLogin, Okta.."): a fragment
    or a few of many examples. The line stays a fact of its group's card."""
    text = inl.to_plain(definition).strip()
    if _DANGLING.match(text) or _POINTS_BACK.search(text):
        return True
    if _OPEN_END.search(text) and (len(text.split()) <= 2 or is_name_list(definition, OPEN_ITEM_WORDS)):
        return True
    items = [i.strip() for i in re.split(r",|\band\b|/", text) if i.strip()]
    return len(items) >= 2 and all(_ABBREVIATION.fullmatch(i) for i in items)


# "built on Windows File Server", "integrated with Active Directory": a participle that says how the thing is made
_PARTICIPLE = re.compile(r"^[a-z]{3,}ed\s+(?:on|upon|with|by|into|from|over|in)\s+\S")


def _says_what_it_does(item: str) -> bool:
    return bool(_VERB.match(item)) or bool(_PARTICIPLE.match(item))


def _acts(term: Inline) -> bool:
    """A verb phrase ("manages ReplicaSets", "keeps N pods") says what its
    group does, and a phrase led by an article ("an own AMI: make and
    maintain it") is one option of its group's list: neither is a term to ask."""
    text = inl.to_plain(term).strip()
    if not term or term[0].kind != "text" or is_generic(text):
        return False
    return bool(_VERB.match(text)) or bool(_ARTICLE.match(text))


_EXAMPLE_LABEL = re.compile(r"^(?:for\s+ex(?:ample)?|e\.?\s?g\.?|examples?|ex)$", re.IGNORECASE)


def _no_subject(term: Inline) -> bool:
    """`for ex: protect critical dbs` and `CF and R53: availability protection`
    name no subject of their own: an example is a fact of its group, and bare
    abbreviations joined together ("CF" is CloudFront or CloudFormation) do
    not say what is asked."""
    text = inl.to_plain(term).strip()
    if _EXAMPLE_LABEL.match(text):
        return True
    parts = [p.strip() for p in re.split(r",|&|\band\b", text) if p.strip()]
    return len(parts) >= 2 and all(_ABBREVIATION.fullmatch(p) for p in parts)


def is_name_list(definition: Inline, most_words: int = LIST_ITEM_WORDS) -> bool:
    """A definition that is only a list of short names ("CW, Lambda",
    "spot instances, reserved instance, S3 Glacier")."""
    text = _OPEN_END.sub("", inl.to_plain(definition)).strip()
    items = [i.strip() for i in re.split(r",|;", text) if i.strip()]
    return len(items) >= 2 and all(len(i.split()) <= most_words for i in items)


def categorised(entries: list[Entry]) -> list[Entry]:
    """`Monitoring: CW, Lambda`, `Review: CF, AWS News Blog` under a generic
    label ("Services"): labels that sort names into categories are no terms
    to ask ("Monitoring?" -> "CW, Lambda"); each line is an item of its
    group's list, shown whole on that list's back."""
    splits = {id(e): inl.split_term(e.node.inline) for e in entries if e.listed and not e.node.children}
    terms = {key: split for key, split in splits.items() if split and split[1]}
    if len(terms) < 2 or not all(is_name_list(split[1]) for split in terms.values()):
        return entries
    relabelled = {key: replace(e, head=terms[key][0], definition=terms[key][1], named=False, numbered=False, restated=True) for e in entries if (key := id(e)) in terms}
    return [relabelled.get(id(e), e) for e in entries]


def _defining(node: Node) -> list[Entry] | None:
    """`*on premises* refers to local hardware. For example...`: a line that
    opens by defining an emphasised term is a term (its first sentence), and so
    is each later sentence that defines one in bold (`passing_terms`)."""
    if node.children or node.role not in ("line", "item"):
        return None
    terms = terms_in_passing(inl.strip(node.inline))
    return None if terms is None else [Entry(node, t, d, named=True, numbered=False, defined_in_passing=True) for t, d in terms]


def _aspect(entry: Entry) -> bool:
    """A bare lowercase plural over a list of its own ("access modes",
    "effects"): a kind of detail of the group, not one of its things."""
    text = inl.to_plain(entry.head).strip()
    plural = len(text.split()) <= 3 and text.endswith("s") and not text.endswith("ss")
    return bool(entry.node.children) and not entry.definition and text[:1].islower() and plural


def _code_only(entry: Entry) -> bool:
    """A command, or a task and its command (`to upgrade: terraform init -upgrade`): no member of a set."""
    task = entry.named and bool(entry.definition) and (head := inl.strip(entry.head))[:1] != () and head[0].kind == "text" and head[0].text[:1].islower()
    return all(span.kind == "code" for span in inl.strip(entry.definition if task else entry.item))


def _names_thing(entry: Entry) -> bool:
    """A head that is a name ("VM Scale Sets", "etcd", "S3"), not a phrase
    ("Tracking costs in the cloud", "Service types")."""
    words = inl.to_plain(entry.head).split()
    return len(words) == 1 or any(
        any(ch.isupper() for ch in word[1:]) or (index and word[0].isupper()) or re.search(r"[A-Za-z]\d|\d[A-Za-z]{2,}", word) is not None
        for index, word in enumerate(words)
    )


def _proper_name(entry: Entry) -> bool:
    """A product's name ("Azure Data Box", "AzCopy"): a few words, each
    capitalised; not a phrase ("High availability") or a sentence."""
    words = [w for w in re.findall(r"[A-Za-z0-9][\w-]*", inl.to_plain(entry.head)) if w.lower() not in _JOINING]
    return 0 < len(words) <= LIST_ITEM_WORDS and all(w[0].isupper() or w[0].isdigit() for w in words) and (
        len(words) > 1 or any(ch.isupper() for ch in words[0][1:])
    )


# Plurals that say the items are the kinds of one thing: a set, whatever the items are called.
_KIND_WORDS = frozenset(
    "types kinds classes categories modes patterns tiers models levels plans policies families "
    "strategies methods options editions flavors flavours variants stages phases layers".split()
)


def stem(word: str) -> str:
    """A word in lower case without its plural `s` ("Plans" -> "plan")."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _open_names(label: str, listed: list[Entry], parent: str = "") -> bool:
    """A list of proper names under a task or a topic ("Data migration",
    "Ecosystem") is a few of many: the notes' tools for a job are not all the
    tools, and a blanked name with no clue asks a guess. A label that names
    the items' kind ("Routing policies", "Support Plans", "Service types")
    announces a set; a plural that is not their kind ("Virtual machines") does not."""
    if sum(map(_proper_name, listed)) * 3 < len(listed) * 2:
        return False
    label_words = re.findall(r"[A-Za-z][\w-]*", label)
    if is_generic(label) or any(w.lower() in _KIND_WORDS for w in label_words):
        return False  # "Services:" sorts its own items; "Service types" names their kind
    plural = any(w.endswith("s") and not w.endswith("ss") and len(w) > 3 and not w.isupper() for w in label_words)
    if plural and all(w[0].isupper() for w in label_words):
        return False  # "AWS Directory Services": a product's own variants
    # "Routing policies" over "Simple Routing Policy, ...": the label (or the line
    # above it) names the items' kind; "Virtual machines" over "VM Scale Sets,
    # Azure Virtual Desktop" does not.
    kinds = {stem(w) for w in label_words + re.findall(r"[A-Za-z][\w-]*", parent)}
    of_kind = [e for e in listed if kinds & {stem(w) for w in re.findall(r"[A-Za-z][\w-]*", inl.to_plain(e.head))[1:]}]
    return len(of_kind) * 3 < len(listed) * 2


def open_name_terms(label: Inline, entries: list[Entry]) -> bool:
    """Terms that are a few of many products ("Data migration: Azure Migrate:
    ..., AzCopy: ..."): each is asked by its own card, and a card listing them
    all would read as the whole list."""
    listed = [e for e in entries if e.listed]
    return len(listed) >= 2 and all(e.named for e in listed) and _open_names(inl.to_plain(label).strip(), listed)


def announced_count(label: Inline) -> int | None:
    """The count a label announces: 6 for "Six advantages" or "the 6 pillars"."""
    match = _COUNTED_LABEL.match(inl.to_plain(label).strip())
    if not match:
        return None
    word = match.group(1).lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.split("|").index(word) + 2


def counted_label(label: Inline) -> bool:
    """A label that announces its list with a count: "Six advantages", "the 5 pillars"."""
    return bool(_COUNTED_LABEL.match(inl.to_plain(label).strip()))


_CONDITION = re.compile(r"\s*(?:if|when|whenever|unless|otherwise)\b", re.IGNORECASE)


def enumerated(label: Inline, entries: list[Entry], parent: str = "") -> list[Entry]:
    """The list items to ask as clozes, if the list is an enumeration:
    announced with a count, made of short items, a generic label's parallel
    items, or named things. Always the whole list: a closed list asked in
    part teaches a wrong list."""
    # Items named by a bare number (ports, codes) are asked by their own clozes.
    listed = [e for e in entries if e.listed and not is_number(inl.to_plain(e.head))]
    if len(listed) < 2 or sum(words(e.item) for e in listed) > ENUM_TOTAL_WORDS:
        return []
    if counted_label(label):
        return listed
    if len(listed) < 3:  # two items are a pair to compare, not a list to recite
        return []
    if sum("," in inl.ASIDE.sub("", inl.to_plain(e.item)) for e in listed) * 2 > len(listed):
        return []  # items that are lists themselves ("EFS-IA, S3 Glacier, EBS Cold HDD"): groups, not members
    if any((e.numbered and not e.named) or _code_only(e) for e in listed):
        return []  # "maxSurge default 25%", `kubectl rollout undo`: a thing's settings, not one set
    if sum(_says_what_it_does(inl.to_plain(e.item).strip()) or (bool(e.node.children) and inl.to_plain(e.item).rstrip().endswith("?")) for e in listed) * 2 > len(listed):
        return []  # "keeps N pods running", "built on Windows Server", practice questions over their answers: no members
    headings = all(e.node.children for e in listed) or (
        any(e.node.children for e in listed) and all(e.named for e in listed) and not is_generic(inl.to_plain(label))
    )
    if (headings and sum(map(_names_thing, listed)) * 2 <= len(listed)) or sub_headings([(e.node, e.named, e.head, e.definition) for e in listed]):
        return []  # "Tracking costs in the cloud", "Data types: regulated, ..." over their own lists: the author's sub-headings
    if 0 < sum(_aspect(e) for e in listed) < len(listed):
        return []  # things mixed with aspects that lead lists of their own ("access modes"): not one set
    label_plain = inl.to_plain(label).strip()
    variants = sum(inl.plain_key(inl.to_plain(e.item)).startswith(inl.plain_key(label_plain) + " ") for e in listed)
    if 2 <= variants < len(listed):
        return []  # "Glacier: low-cost storage, Glacier Deep Archive, ...": facts mixed with its kinds, not one set
    if is_open_list(label_plain):
        return []  # "Use cases", "for ex": a few of many, not a set to recite
    if not any(e.node.role == "step" for e in listed) and _open_names(label_plain, listed, parent):
        return []  # "Data migration: Azure Migrate, AzCopy, ...": one blanked name asks a guess
    # "What is cloud computing?" asks for a definition: its lines are facts, not a set.
    question = label_plain.endswith("?") and defined_subject(label_plain) is None
    parallel = is_generic(label_plain) or question or all(e.node.role == "step" for e in listed)
    if parallel and all(words(e.item) <= PARALLEL_ITEM_WORDS for e in listed):
        return listed
    if all(words(e.item) <= SHORT_ITEM_WORDS for e in listed):
        return listed
    names = [e for e in listed if e.named]
    # "deep archive access tier (opt) from 180 days to 700+ days": a name and its window
    unnamed_short = all(inl.word_count(without_window(inl.to_plain(e.item))) <= SHORT_ITEM_WORDS for e in listed if not e.named)
    if len(names) >= 2 and len(names) * 3 >= len(listed) * 2 and unnamed_short:
        return listed
    return []
