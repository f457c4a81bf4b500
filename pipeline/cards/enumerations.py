"""Lists of named things or of short items, and lists announced with a count
("Six advantages"), become cloze deletions of their items.

Every note shows the whole list. A list of up to eight items is one note
(split, each note read alone showed items it never asked). A longer one hides
at most five items a note unless the notes announce the list with a count, so
it makes several notes, each asking its own items. An item the front still
shows (the list's own title, or text inside another item) is never hidden."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from pipeline.cards.aspects import label_key
from pipeline.cards.entries import Entry, Fact, Group, counted_label, stem
from pipeline.cards.numbers import window_only, without_window
from pipeline.cards.paired_items import inside_a_word, numbered, paired_units
from pipeline.cards.prompts import asked, everyday, is_fragment, is_generic
from pipeline.cards.sink import CardSink
from pipeline.cards.term_shapes import RECITED_ITEMS
from pipeline.model import Inline, SourceRef
from pipeline.model import inline as inl
from pipeline.model.naming import acronym_of
from pipeline.model.cardtext import cloze_safe

MAX_DELETIONS = 5
# An item longer than this is a sentence: blanked, it asks its wording, which no
# learner anticipates ("refine operations procedures frequently and ensure ...").
# A list the notes count ("Six advantages") is a canon learnt as worded.
BLANK_WORDS = 7
_TWO_CLAUSES = re.compile(r",\s+(?:or|and)\s+\w+\s+\w+")
COUNTED_DELETIONS = 12
WHOLE_LIST = 8  # items of a list asked in one note


def deletion_limit(counted: bool, hidden: int) -> int:
    """How many items one note of a list hides: a list the notes count, or one
    of up to `WHOLE_LIST` items, whole; a longer one `MAX_DELETIONS` a note."""
    if counted:
        return COUNTED_DELETIONS
    return hidden if hidden <= WHOLE_LIST else MAX_DELETIONS


def enumeration_cards(sink: CardSink, group: Group, entries: list[Entry], extra: list[Fact], first_kind: str) -> None:
    if category_map(group.label, entries):
        _beside_its_sibling(sink, group, entries)
        return
    if walkthrough(group.label, entries) and _beside_its_sibling(sink, group, entries, definition_only=True):
        return
    ordered = any(e.node.role == "step" for e in entries)
    if len(entries) > RECITED_ITEMS and not ordered and not extra and not counted_label(group.label):
        # An outline (an exam's nineteen topics) the notes neither count nor order: a blank among
        # the rest asks which one is gone. The cheat sheet keeps it; its items' lists are asked under them.
        return
    lead = group.lead
    lead_html = ": " + sink.html(inl.strip(lead.inline, " \t:")) if lead.inline else ""
    hidden = hideable(group, entries, sink.aspects)
    counted = counted_label(group.label)
    # No count of the tool's own on the front: every card shows the whole list, and
    # "(6)" over a list the notes never closed reads as a claim that it is complete.
    label = f'<div class="sp-label">{sink.html(asked(group.label, group.context, clauses=True))}{lead_html}</div>'
    units = paired_units([inl.to_plain(e.item) for e in entries], [i for i, ok in enumerate(hidden) if ok])
    parts = balanced(units, deletion_limit(counted, len(units)))
    tag = "ol" if ordered else "ul"
    # a word the label says ("[...] Engine" under "Compute options") would fill its own blank: the name is hidden whole
    said = {stem(inl.plain_key(w)) for w in inl.to_plain(group.label).split()}
    words = [None if (w := _differing_word(entries, i)) and stem(inl.plain_key(inl.to_plain(e.item)[w[0] : w[1]])) in said else w for i, e in enumerate(entries)]
    sink.said_in_lists.update(e.node.line for e in entries if _meaning_shown(e))
    for index, part in enumerate(parts):
        numbers = numbered(part)
        items = "".join(
            f"<li>{_blank(sink, e, numbers[i], words[i])}{_sorted(sink, e)}{_data_sheet(sink, e)}</li>"
            if i in numbers
            else f"<li>{sink.html(e.full if e.restated and not e.node.children else e.item)}{_sorted(sink, e)}</li>"
            for i, e in enumerate(entries)
        )
        last = index == len(parts) - 1
        lines = (group.line, lead.line) + tuple(entries[i].node.line for i in (range(len(entries)) if index == 0 else numbers))
        lines += tuple(f.line for f in extra) if last else ()
        sink.add(
            first_kind if index == 0 else "enumeration",
            "cloze",
            prompt=f'{label}<{tag} class="sp-enum">{items}</{tag}>',
            answer=sink.facts_html(extra) if extra and last else "",
            context=group.context,
            lines=lines,
            key=("enumeration", group.key, str(index + 1)),
        )


_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|/|\band\b|\bor\b)\s*")
NAME_WORDS = 4  # a name of more words is a phrase


def names_only(definition: Inline) -> bool:
    """`CloudWatch, Lambda`, `Budgets, Cost Explorer, spot instances`: a run of
    two or more names, most of them capitalised, and nothing else."""
    text = inl.ASIDE.sub("", inl.to_plain(definition)).strip().rstrip(".")
    items = [item.strip() for item in _NAME_SEPARATORS.split(text) if item.strip()]
    if len(items) < 2 or any(len(item.split()) > NAME_WORDS for item in items):
        return False
    return sum(item[0].isupper() or any(ch.isupper() for ch in item[1:]) for item in items) * 2 > len(items)


def category_map(label: Inline, entries: list[Entry]) -> bool:
    """`Services:` over `Monitoring: CloudWatch, Lambda` / `Review: CloudFormation,
    News Blog`, `Steps:` over `Prepare: CloudFormation, Config`: a generic label
    whose items each sort a run of names under a heading of the author's. The
    headings are how the author arranged the names, and the names a few of the
    many that would fit: no set to recite, nor a question with one answer (a
    blank over a heading asks the arrangement, a heading asked for its names a
    guess at the author's pick). The cheat sheet keeps the map."""
    if not is_generic(inl.to_plain(label)):
        return False
    sorting = sum(bool(e.definition) and (e.named or e.restated) and names_only(e.definition) for e in entries)
    return sorting >= 2 and sorting * 3 >= len(entries) * 2


# "for customers", "for experts": the audience a list of steps is written for
_AUDIENCE = re.compile(r"^for\s+[a-z]+s$", re.IGNORECASE)
STEP_WORDS = 4


def walkthrough(label: Inline, entries: list[Entry]) -> bool:
    """`for customers:` over `submit request: describe project`, `select expert`,
    `pay per milestone`: how one kind of user goes through a product, step by
    step. A foundational exam asks what the product is and who it serves, not
    its steps: blanked one by one, each asks a guess at the author's wording."""
    if not _AUDIENCE.match(inl.to_plain(label).strip()) or len(entries) < 3:
        return False
    heads = [inl.to_plain(e.item if not e.named else e.head).strip() for e in entries]
    return all(h[:1].islower() and len(h.split()) <= STEP_WORDS and not e.node.children for h, e in zip(heads, entries))


def _beside_its_sibling(sink: CardSink, group: Group, entries: list[Entry], definition_only: bool = False) -> bool:
    """The map on the back of the topic's own definition (a pillar's services
    beside what the pillar is), or else of the card of the list before it under
    the same parent (its design principles), unasked: the notes' words reach the
    learner without a card that asks the arrangement, and on one back, not on
    every card of a list whose blanks it has nothing to do with. A walkthrough
    rides on the definition only. Whether a card took the list."""
    if not definition_only:
        sink.said_in_lists.update(e.node.line for e in entries)
    found = None
    for index in range(len(sink.cards) - 1, -1, -1):
        card = sink.cards[index]
        if card.topic != sink.topic_title:
            break
        if card.kind == "overview" and card.note_type == "basic" and group.context[: len(card.context)] == card.context:
            found = index  # the topic's definition, asked before its lists
        elif found is None and not definition_only and card.context == group.context and card.kind in ("enumeration", "overview"):
            found = index
    if found is None:
        return False
    sink.said_in_lists.update(e.node.line for e in entries)  # no term card asks a line of it again
    card = sink.cards[found]
    label = f'<div class="sp-label">{sink.html(asked(group.label, group.context))}</div>'
    items = "".join(f"<li>{sink.html(e.full)}</li>" for e in entries)
    sources = tuple(SourceRef(sink.path, line) for line in (group.line, *(e.node.line for e in entries)))
    sink.cards[found] = replace(
        card, answer=f"{card.answer}{label}<ul>{items}</ul>", sources=tuple(dict.fromkeys(card.sources + sources))
    )
    return True


def _blank(sink: CardSink, entry: Entry, number: int, word: tuple[int, int] | None) -> str:
    """The item with its deletion: the whole item, or only the word that tells
    it from a sibling ("{{c1::Weighted}} Routing Policy" next to "Latency
    Routing Policy"): the words they share are the list's structure."""
    if (spelled := _spelled_out(entry)) is not None:
        word = spelled
    elif word is None:
        word = _before_remark(entry)
    if word is None:
        return f"{{{{c{number}::{cloze_safe(sink.html(entry.item))}}}}}"
    text = inl.to_plain(entry.item)
    start, end = word
    return inl.escape(text[:start]) + f"{{{{c{number}::{cloze_safe(inl.escape(text[start:end]))}}}}}" + inl.escape(text[end:])


_REMARK = re.compile(r"\s+\((?![A-Z][A-Za-z0-9]{1,5}\))")  # not an abbreviation's own "(ELB)"


def _before_remark(entry: Entry) -> tuple[int, int] | None:
    """`Application Load Balancer (HTTP/HTTPS only) - Layer 7`: the name is the
    blank; the remark after it stays, a clue and no part of what is recalled."""
    item = inl.strip(entry.item)
    if len(item) != 1 or item[0].kind != "text" or not (match := _REMARK.search(item[0].text)):
        return None
    return (0, match.start()) if item[0].text[: match.start()].strip() else None


def _spelled_out(entry: Entry) -> tuple[int, int] | None:
    """`EDR (endpoint detection and response)`: a remark that spells the name out, shown
    beside a blank over the name, gives it away; the spelling is the blank instead."""
    item = inl.strip(entry.item)
    return spelled_out_text(item[0].text) if len(item) == 1 and item[0].kind == "text" else None


def spelled_out_text(text: str) -> tuple[int, int] | None:
    if not (match := _REMARK.search(text)):
        return None
    name, spelled = text[: match.start()].strip(), _SPELLED.match(text, match.end())
    return (spelled.start(), spelled.end()) if name and spelled and acronym_of(spelled.group()).lower() == name.lower() else None


_SPELLED = re.compile(r"[^()—–=;:,]+?(?=\s*(?:\)|\s[—–=-]\s|[;:,]))")  # a bracket's first clause


def _differing_word(entries: list[Entry], index: int) -> tuple[int, int] | None:
    """Where the words are that the item's look-alike siblings do not share: the
    items of its length one word apart from it, from them the next, and so on.
    Every look-alike hides the same places ("{{c1::Customer managed}} key",
    "{{c2::AWS managed}} key", "{{c3::AWS owned}} key", not "Customer" in one and
    "AWS managed" in the next); the words all of them share are the list's
    structure, and stay."""
    item = inl.strip(entries[index].item)
    if len(item) != 1 or item[0].kind != "text":
        return None
    text = item[0].text
    # words as written: "kube-scheduler" is one name, not "kube" and "scheduler"
    tokens = [(m.start(), m.end(), key) for m in re.finditer(r"\S+", text) if (key := inl.plain_key(m.group()))]
    if len(tokens) < 2:
        return None
    keys = [[key for word in inl.to_plain(e.item).split() if (key := inl.plain_key(word))] for e in entries]
    places: set[int] = set()
    alike, reached = [index], {index}
    while alike:
        mine = keys[alike.pop()]
        for i, theirs in enumerate(keys):
            if len(theirs) != len(tokens):
                continue
            differ = [n for n, word in enumerate(mine) if word != theirs[n]]
            if len(differ) == 1:
                places.add(differ[0])
                if i not in reached:
                    reached.add(i)
                    alike.append(i)
    if not places or max(places) - min(places) + 1 >= len(tokens):
        return None  # no look-alike, or nothing shared to stay
    return tokens[min(places)][0], tokens[max(places)][1]


def _sorted(sink: CardSink, entry: Entry) -> str:
    """The names a category sorts ("Monitoring: CW, Lambda"), shown after it:
    the card asks which category they fall under. An everyday word of computing
    ("CPU: does the computations") has no card of its own (`terms`): its meaning
    is said here, a clue to the name."""
    return ": " + sink.html(entry.definition) if (entry.restated and entry.definition) or _meaning_shown(entry) else ""


def _data_sheet(sink: CardSink, entry: Entry) -> str:
    """A model's figures (`snowcone: 2CPU, 4GB of memory, USB-C power`), shown
    after its blank as they are beside its name when shown: no exam asks them,
    but they tell the models apart, a clue to the name hidden."""
    if entry.special != "specification" or not entry.restated or (split := inl.split_term(entry.node.inline)) is None:
        return ""
    return ": " + sink.html(split[1])


def _meaning_shown(entry: Entry) -> bool:
    """"CPU: does the computations", "archive access tier (opt): from 90 days to
    700+ days": a line no card of its own asks (an everyday word of computing, a
    window's two ends), said whole by its list."""
    if not entry.named or entry.node.children or not entry.definition:
        return False
    return everyday(entry.head) or window_only(inl.to_plain(entry.definition))


def hideable(group: Group, entries: list[Entry], aspects: frozenset[str] = frozenset()) -> list[bool]:
    """Whether each item may be hidden: not an aspect label (`aspects.aspect_labels`), not the title or the breadcrumb, not shown elsewhere on the
    front, not spelled by its neighbours ("Enterprise" under "Enterprise
    On-Ramp", "Resources" after "Resource groups"), not a guess from its series
    ("IaaS" next to "PaaS, SaaS"), not a sentence-long item of an uncounted list."""
    sentence = 0 if counted_label(group.label) else BLANK_WORDS
    # the breadcrumb is on the front too ("VPC & Networking › VPC Flow Logs")
    label = inl.plain_key(" ".join((*group.context, inl.to_plain(group.label), inl.to_plain(group.lead.inline))))
    texts = [inl.plain_key(inl.to_plain(e.item)) for e in entries]
    raw = [inl.to_plain(e.item).strip() for e in entries]
    out = []
    for index, text in enumerate(texts):
        others = " ".join(t for i, t in enumerate(texts) if i != index)
        shown = f" {text} " in f" {label} " or f" {text} " in f" {others} " or f" {label} " in f" {text} "
        own = {stem(w) for w in text.split()}
        spelled = any(own <= {stem(w) for w in t.split()} for i, t in enumerate(texts) if i != index)
        series = any(_same_series(raw[index], r) for i, r in enumerate(raw) if i != index)
        # "change their own password, or change after some time": two options in one blank
        joined = _TWO_CLAUSES.search(raw[index]) is not None
        long = bool(sentence) and len(inl.ASIDE.sub(" ", without_window(raw[index])).split()) > sentence
        aspect = label_key(entries[index].node) in aspects  # "Inputs" under each process: the layout, no fact
        out.append(bool(text) and not aspect and not shown and not spelled and not series and not joined and not long and not _among_its_names(entries[index]))
    for index in _several_members(group, raw):
        out[index] = False  # "service limits, operational excellence": one blank would hide two of the count
    # "infrequent" beside "frequent", "[...] groups" above "Resources": each blank spelled by another item;
    given = [i for i, text in enumerate(texts) if any(_negated(text, t) for j, t in enumerate(texts) if j != i)]
    given += [i for i in range(len(entries)) if _word_shown(entries, i, texts) or inside_a_word(i, texts)]
    given += [i for i, e in enumerate(entries) if everyday(e.item)]  # "RAM", "Storage space": what every exam takes as known
    # "defaults" among the probe kinds: a label of the list's own lines, no member to recall
    given += [i for i, e in enumerate(entries) if is_fragment(inl.to_plain(e.item))]
    if sum(ok for i, ok in enumerate(out) if i not in given) >= 2:
        out = [ok and i not in given for i, ok in enumerate(out)]  # other blanks left to ask the list
    return out


# "recommendation on 6 categories": a count of the items, at the label's end
_COUNT_AT_END = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z]+\s*:?\s*$", re.IGNORECASE)
_NUMBERS = "two three four five six seven eight nine ten eleven twelve".split()


def _several_members(group: Group, items: list[str]) -> list[int]:
    """The items that hold two members of a counted list on one line: the label
    counts six, the notes give five lines, and one of them says two with a comma."""
    label = " ".join(inl.to_plain(part).strip() for part in (group.label, group.lead.inline) if part)
    match = _COUNT_AT_END.search(label)
    if match is None:
        return []
    word = match.group(1).lower()
    count = int(word) if word.isdigit() else _NUMBERS.index(word) + 2
    commas = [index for index, item in enumerate(items) if "," in inl.ASIDE.sub("", item)]
    extra = sum(len(inl.ASIDE.sub("", items[i]).split(",")) - 1 for i in commas)
    return commas if len(items) < count == len(items) + extra else []


def _among_its_names(entry: Entry) -> bool:
    """A category that sorts its own name ("IAM: IAM, STS, MFA"): the row shows
    what its blank hides."""
    if not (entry.restated and entry.definition):
        return False
    names = {inl.plain_key(n) for n in re.split(r"[,;/&]", inl.to_plain(entry.definition))}
    return inl.plain_key(inl.to_plain(entry.item)) in names


def _word_shown(entries: list[Entry], index: int, texts: list[str]) -> bool:
    """"[...] groups" above "Resources": the one word the blank would hide
    stands in another item, which fills it in."""
    if (word := _differing_word(entries, index)) is None:
        return False
    hidden = stem(inl.plain_key(inl.to_plain(entries[index].item)[word[0] : word[1]]))
    return any(hidden == stem(w) for i, text in enumerate(texts) if i != index for w in text.split())


_NEGATING = ("in", "un", "non")


def _negated(item: str, other: str) -> bool:
    """"infrequent access tier" beside "frequent access tier": one word says the
    other's with a negating prefix, so either blank spells itself from the other."""
    mine, theirs = item.split(), other.split()
    if len(mine) != len(theirs):
        return False
    differ = [(a, b) for a, b in zip(mine, theirs) if a != b]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    return any(a == p + b or b == p + a for p in _NEGATING)


def _same_series(item: str, other: str) -> bool:
    """One short token that differs from another only in its first letter."""
    return (
        " " not in item
        and len(item) == len(other)
        and 3 <= len(item) <= 6
        and item[0] != other[0]
        and item[1:] == other[1:]
    )


T = TypeVar("T")


def balanced(items: Sequence[T], limit: int) -> list[list[T]]:
    if not items:
        return []
    count = -(-len(items) // limit)
    size = -(-len(items) // count)
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
