"""How a card asks which item of a list a meaning belongs to, in words a
learner reads as a question: by the kind the list's label names ("Joins" →
"Which join: …?", "Design principles" under a pillar → "Which design
principle of Cost Optimization: …?"), as a factor of a choice ("How to pick a
site?" → "Picking a site — which factor: …?"), as a trait of what a "What is
X?" list defines, or as a kind of the thing above it ("Dynamic Scaling —
which kind: …?"). Under one named thing (`EventBridge`, `STS`) a bare "which
one" names no set to choose from: its few short items are the options
("EventBridge — schedule or event pattern: …?"), and with more or longer
items the phrase is asked forward instead."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.prompts import COUNT, defined_subject, is_generic, unnumbered
from pipeline.model import inline as inl

KIND_WORDS = 4  # a longer label is a phrase of its own, no kind to name
_CHOICE = re.compile(r"^\s*how\s+(?:to|do\s+(?:you|we|i))\s+(choose|pick|select)\s+(.+?)\s*\??\s*$", re.IGNORECASE)
_ENDS_ON = frozenset("of for in on to by at about with from".split())  # "What is a VPC made of?": no subject
_GERUND = {"choose": "Choosing", "pick": "Picking", "select": "Selecting"}
OPTIONS = 4  # more options than this are a list to recite, no choice on a front
OPTION_WORDS = 4  # a longer item is a sentence, no option to pick
_NAME_WORD = re.compile(r"^(?:[A-Za-z]*[a-z][A-Z0-9]|[A-Z0-9]{2,}|[A-Z][a-z]*\d)")  # "EventBridge", "STS", "S3"


def _singular(word: str) -> str | None:
    """The singular of a plural noun in plain letters ("policies" → "policy"), None for any other word."""
    lower = word.lower()
    if not lower.isalpha() or len(lower) < 4 or lower.endswith(("ss", "us", "is")) or not lower.endswith("s"):
        return None
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    return lower[:-2] if lower.endswith(("ches", "shes", "xes")) else lower[:-1]


def kind_noun(label: str) -> str | None:
    """"Design principles" → "design principle", "2 types" → "type": what one item
    of a list so labelled is; None for a label that names no kind (a thing, a phrase)."""
    words = COUNT.sub("", unnumbered(label).strip()).split()
    # plain words, capitalised at most at their start: "CloudWatch Logs", "AWS Regions" are names
    if not words or len(words) > KIND_WORDS or not all(w.isalpha() and w[1:].islower() for w in words):
        return None
    singular = _singular(words[-1])
    if singular is None or not (words[-1].islower() or words[-1][1:].islower()):
        return None
    return " ".join([*(w.lower() for w in words[:-1]), singular])


def _last(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def names_one_thing(label: str) -> bool:
    """Whether a label is the name of one thing ("EventBridge", "Security Token
    Service (STS)", "Well Architected"), not a set of things ("Human vectors",
    "CloudWatch Logs", "Data migration"): under it "which one" asks of no set."""
    words = inl.ASIDE.sub(" ", label).replace("/", " ").split()
    if not words or any(_singular(w) is not None for w in words):
        return False  # "OAuth flows to know": a plural names the set
    # one capitalised word ("Mobile", "Security") is a heading of a set; two or more a title
    return _NAME_WORD.match(words[0]) is not None or (len(words) > 1 and all(w[:1].isupper() for w in words))


def options(items: Sequence[str]) -> str | None:
    """The items of a list as the choices of a front ("schedule or event pattern"),
    if they are few and short enough to read as choices."""
    if not 2 <= len(items) <= OPTIONS or any(not item or len(item.split()) > OPTION_WORDS for item in items):
        return None
    return ", ".join(items[:-1]) + f" or {items[-1]}"


def which_question(context: tuple[str, ...], head: str, items: Sequence[str] = ()) -> tuple[str, tuple[str, ...]] | None:
    """The front's opening ("Which join", "Picking a site — which factor"), HTML-escaped,
    and the breadcrumb to show under it; None when the list's label is one thing's
    name and its `items` (the list's lines, as the front would name them) are too
    many or too long to offer as the choices."""
    label = context[-1]
    noun = kind_noun(label)
    if noun is not None and " " not in noun and not (is_generic(label) or COUNT.match(label)) and _singular(noun + "s") != _last(head):
        # "Nodes" over "container runtime: ...": a word alone names the things the
        # section is about, a kind of its items only when they say it ("inner join" under "Joins")
        noun = None
    if noun is not None:
        owner = unnumbered(context[-2]) if len(context) > 1 and (is_generic(label) or COUNT.match(label)) else ""
        return inl.escape(f"Which {noun}" + (f" of {owner}" if owner else "")), context
    if (choice := _CHOICE.match(label)) is not None:
        return inl.escape(f"{_GERUND[choice.group(1).lower()]} {choice.group(2)} — which factor"), context[:-1]
    subject = defined_subject(label)
    if subject and subject.split()[-1].lower() not in _ENDS_ON:
        return f"<b>{inl.escape(subject)}</b> — which characteristic", context[:-1]
    parent = unnumbered(label)
    ends = [words[-1].lower() for words in (head.split(), parent.split()) if words]
    if len(ends) == 2 and (ends[0] == ends[1] or _singular(ends[0]) == ends[1]):
        # "scheduled scaling" under *Dynamic Scaling*: one kind of it
        return f"<b>{inl.escape(parent)}</b> — which kind", context[:-1]
    if not names_one_thing(parent):
        return f"<b>{inl.escape(parent)}</b> — which one", context[:-1]
    if (choices := options(items)) is None:
        return None
    return f"<b>{inl.escape(parent)}</b> — {inl.escape(choices)}", context[:-1]
