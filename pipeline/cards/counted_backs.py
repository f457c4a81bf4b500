"""A basic card that counts five or more items and lists them on its back is a
dump: "DDoS Protection — which 5?" over five bullets asks the learner to
recite the set and grade it as one answer. The same list is asked as a cloze
note instead: every item shown, each item's name a blank of its own, what an
item says after its name ("SSE-S3 — default since Jan 2023") left beside
the blank. Whatever rule made the basic card, the list is the same."""

from __future__ import annotations

import re

from pipeline.cards.paired_items import inside_a_word, tier_pairs, tier_word
from pipeline.cards.term_shapes import RECITED_ITEMS
from pipeline.model.cardtext import cloze_safe

MIN_ITEMS = 5  # fewer counted read as one answer ("TCP/IP model — which 4?")
MIN_BULLETS = 4  # uncounted, four bullets under a label are already a list to recite ("Password Policy — options")
BLANK_WORDS = 7  # a longer name is a sentence: blanked, it would ask the author's wording
_WHICH = re.compile(r"(?:\s+—\s+|:\s+)which (\d+)(?:\s+[\w-]+){0,2}\?$")
_LIST = re.compile(r"^<ul>((?:<li>(?:(?!<li>|<ul>|<ol>).)*?</li>)+)</ul>$", re.DOTALL)
_ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)
_ONE_LINE = re.compile(r"^<div>((?:(?!<div>|<ul>).)*)</div>$", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_WRAPPED = re.compile(r"^<(b|i|strong|em)>((?:(?!<\1>).)*)</\1>$", re.DOTALL)
# where an item's name ends and what it says of it begins
_AFTER_NAME = re.compile(r"\s+[—–-]\s+|:\s+|\s+\(|\s+(?:→|->|=)\s+")
_A_NAME = re.compile(r"[A-Z0-9]|<code>")  # a name has a capital, a digit or is code ("SSE-KMS", "2377/tcp")
_VERSUS = re.compile(r"\bvs\.?\s", re.IGNORECASE)
_OPEN_LIST = re.compile(r"(?:\.\.|…|\betc\b|\be\.g\.)", re.IGNORECASE)
_JOINING_WORD = re.compile(r"^\s*(?:and|or)\s+")  # "..., and Optimize": the last item's "and" is no part of it
_OPENING_TAG = re.compile(r"<[a-z]")
_CLOSING_TAG = re.compile(r"</")


def _comma_items(html: str) -> list[str]:
    """A line's items at its top-level commas (none inside brackets or a tag)."""
    items: list[str] = []
    depth = start = 0
    for index, char in enumerate(html):
        if char in "(<[":
            depth += 1
        elif char in ")>]":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(html[start:index])
            start = index + 1
    items.append(html[start:])
    return [_JOINING_WORD.sub("", i).strip().rstrip(".") for i in items]


def _items(answer: str) -> list[str] | None:
    """The items a card's back lists: its bullets, or one line's comma items; None for any other back."""
    if (listed := _LIST.match(answer)) is not None:
        return _ITEM.findall(listed.group(1))
    if (line := _ONE_LINE.match(answer)) is not None or "<" not in answer:
        text = line.group(1) if line else answer
        if (bold := _WRAPPED.match(text)) is not None:
            text = bold.group(2)  # "<b>Prepare, Categorize, ...</b>": the line set in bold, not an item
        return _comma_items(text)
    return None


def _balanced(html: str) -> bool:
    """Whether a piece of an item closes every tag it opens: a blank may not cut one in two."""
    return html.count("<") == html.count(">") and len(_OPENING_TAG.findall(html)) == len(_CLOSING_TAG.findall(html))


def _named(item: str) -> tuple[str, str] | None:
    """The item's name and what it says after it; None when the name is a sentence."""
    found = next((m for m in _AFTER_NAME.finditer(item) if _balanced(item[: m.start()])), None)
    cut = found.start() if found else len(item)
    words = len(_TAG.sub(" ", item[:cut]).split())
    if _VERSUS.search(item[:cut]) or len(_comma_items(item[:cut])) > 1:
        return None  # "owner vs custodian: ..." is a remark on two items; "SourceIp, SourceVpc": several names, no one to recall
    if found and not found.group(0).lstrip().startswith("(") and not _A_NAME.search(item[:cut]):
        return None  # "humidity: 40–60%", "default: 60 rules": a setting's label, no name; its value is the fact
    return (item[:cut], item[cut:]) if 0 < words <= BLANK_WORDS else None


def counted_list_cloze(prompt: str, answer: str, bullets: bool = False) -> str | None:
    """The cloze note that asks a list of five or more items from a basic card
    that counts them ("which 5?") or, with `bullets` (a list's own card, not a
    topic's), lists them as bullets under a label (no question: "What is X?"
    over bullets is what one thing is); None for any other card."""
    plain = _TAG.sub("", prompt).strip()
    which = _WHICH.search(plain)
    if _OPEN_LIST.search(_TAG.sub("", answer)) or (items := _items(answer)) is None:
        return None  # a list that trails off ("HTTP..") is a few of many
    if which is not None:
        tail = _WHICH.search(prompt)
        if tail is None or len(items) != int(which.group(1)):
            return None  # the back is not the list the front counts, or the count sits inside markup
        label = prompt[: tail.start()]
    elif bullets and _LIST.match(answer) and not plain.endswith("?"):
        label = prompt
    else:
        return None
    if not (MIN_ITEMS if which is not None else MIN_BULLETS) <= len(items) <= RECITED_ITEMS or any(not i or not _balanced(i) for i in items):
        return None  # (sixteen field types: a blank among them asks its place, the back says them once)
    named = [_named(item) for item in items]
    if sum(n is not None for n in named) < (2 if which is not None else len(items) - 1):
        return None  # uncounted, a list half of whose items are sentences is a thing's facts, not a set
    blanks: list[str] = []
    numbers: dict[int, int] = {}
    pairs = tier_pairs([parts[0] if parts is not None and "<" not in parts[0] else "" for parts in named])
    names = [_TAG.sub(" ", parts[0]).strip().lower() if parts is not None else "" for parts in named]
    # "GLUE" beside "SuperGLUE": the item says itself in its neighbour, shown as it is
    named = [None if parts is not None and inside_a_word(i, names) else parts for i, parts in enumerate(named)]
    for index, (item, parts) in enumerate(zip(items, named)):
        if parts is None:
            blanks.append(item)
            continue
        if (other := pairs.get(index)) in numbers:
            numbers[index] = numbers[other]  # "AWS Shield [Standard]" / "AWS Shield [Advanced]": one blank
        else:
            numbers[index] = len(set(numbers.values())) + 1
        blanks.append(_blank(parts, numbers[index], named[other][0] if other is not None and named[other] else None) + parts[1])
    listed = "".join(f"<li>{b}</li>" for b in blanks)
    # no "(5)" beside the label: the whole list is shown, and a count the notes never gave reads as a claim it is closed
    return f'<div class="sp-label">{label}</div><ul class="sp-enum">{listed}</ul>'


def _blank(parts: tuple[str, str], number: int, other_tier: str | None) -> str:
    """The item's name as its blank; beside its product's other tier, only the tier."""
    name = parts[0]
    at = tier_word(name, other_tier) if other_tier is not None else None
    if at is None:
        return f"{{{{c{number}::{cloze_safe(name)}}}}}"
    words = name.split(" ")
    if len(words) != len(_TAG.sub(" ", name).split()):
        return f"{{{{c{number}::{cloze_safe(name)}}}}}"  # (spaces doubled or an aside: the words do not line up)
    words[at] = f"{{{{c{number}::{cloze_safe(words[at])}}}}}"
    return " ".join(words)
