"""What kind of thing a name is: a product (`CloudFront`, `AWS WAF`, `SQS`)
or an idea (`High availability`, `Edge Computing`). A learner confuses
things of one kind; options, and the rivals a cue is weighed against, are of one kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.cards.per_document import per_document, per_value_and_text
from pipeline.cards.things import Thing, things_of
from pipeline.model import Document
from pipeline.model.inline import ASIDE
from pipeline.model.naming import VENDORS

SERVICE_WORDS = 6  # a definition's first words, where it says it is a service
LEAD_LINES = 3  # a thing's first lines, where the notes say it is a (managed) service
SERVICE = re.compile(r"\bservices?\b", re.IGNORECASE)
LIST_LINES = 3  # short lines under a heading, for it to title a list
PHRASE_WORDS = 4  # words of a short phrase (`deployed in multiple geographies`)
_PHRASE_WORD = re.compile(r"[A-Za-z][\w'-]*")
_CODED = re.compile(r"^[A-Z0-9]{2,}$|\d")
_CAMEL = re.compile(r"[a-z][A-Z]")
_COMMON_NOUN = re.compile(r"(?:ity|ily|ion|ing|ness|ment|ance|ence|ism)$", re.IGNORECASE)
_MANAGED = re.compile(r"\bmanaged\b", re.IGNORECASE)
_RUN_WORD = re.compile(r"[\w-]+")  # a word as `_proper` bounds it: no word character or hyphen either side
_PLAIN_RUN = re.compile(r"[\w-]+(?: [\w-]+)?")


@per_document  # one string for every card kind: `_runs_of` then finds it by identity, not by comparing all its letters
def notes_text(document: Document) -> str:
    """All the lines the document's things say, as written: whether a name is ever written in lower case."""
    return "\n".join(line.text for thing in things_of(document) for line in thing.described.lines)


def kind_of(thing: Thing, written: str = "") -> str:
    """A product (`CloudFront`, `AWS WAF`, `SQS`, described as a (managed)
    service, or a name the notes never write in lower case: `Macie`) or an
    idea (`High availability`, `Edge Computing`, `Root User Privileges`,
    whose words the notes also write as plain words): options are of one kind."""
    return _kind_of(thing, written)


@per_value_and_text  # asked of each thing by every card kind, and of both things of each pair compared
def _kind_of(thing: Thing, written: str) -> str:
    name = thing.described.names.full
    words = name.split()
    # `Route 53`, `Cloud9`: a number inside a name coins it; a leading `2.` only numbers a heading
    coined = bool(words) and (
        words[0].lower() in VENDORS
        or _CODED.search(words[0]) is not None
        or any(_CAMEL.search(w) for w in words)
        or any(w.isdigit() for w in ASIDE.sub(" ", name).split()[1:])
    )
    # "a fully managed service to ...", not "recover from service disruptions"
    said = " ".join(thing.described.definition.split()[:SERVICE_WORDS])
    # siblings (`Public Cloud`, `Hybrid Cloud`) are of one kind whatever their words
    proper = not thing.item and _proper(ASIDE.sub(" ", name).split(), written)
    return "product" if coined or SERVICE.search(said) or _MANAGED.search(said) or proper else "idea"


def list_title(thing: Thing, written: str) -> bool:
    """An idea whose own lines are all short phrases (`Global App`: `disaster recovery`,
    `attack protection`, ...): the heading titles a list of traits, it names nothing
    the exam asks for; its lines are asked under it, not as clues to it."""
    lines = [line for line in thing.described.lines if line.depth == 0]
    if thing.item or len(lines) < LIST_LINES or kind_of(thing, written) != "idea":
        return False
    return all(len(_PHRASE_WORD.findall(ASIDE.sub(" ", line.text))) <= PHRASE_WORDS for line in lines)


def option_kind(thing: Thing, written: str) -> str:
    """`kind_of`, and a product too where one of the thing's first lines says
    it is a (managed) service (`Batch`: "fully managed batch processing"):
    an option offered among services must read as one of them."""
    if kind_of(thing, written) == "product" or thing.item:
        return kind_of(thing, written)
    leads = [" ".join(line.text.split()[:SERVICE_WORDS]) for line in thing.described.lines[:LEAD_LINES] if line.depth == 0]
    return "product" if any(SERVICE.search(text) or _MANAGED.search(text) for text in leads) else "idea"


def _proper(words: Sequence[str], written: str) -> bool:
    """A capitalised name no run of whose words (two of a longer name) the notes write in lower case,
    and not shaped like a common noun (`Agility`, `Loose Coupling`, a plural such as `Storage Classes`)."""
    if not written or not words or not all(w[:1].isupper() for w in words):
        return False
    if any(_COMMON_NOUN.search(w) for w in words) or heading_word(words[-1]):
        return False
    span = min(2, len(words))
    runs = {" ".join(words[n : n + span]).lower() for n in range(len(words) - span + 1)}
    return not any(_written_in(run, written) for run in runs)


def _written_in(run: str, written: str) -> bool:
    """Whether the notes write the run of words as it is, as whole words."""
    if _PLAIN_RUN.fullmatch(run):
        return run in _runs_of(written)
    return re.search(rf"(?<![\w-]){re.escape(run)}(?![\w-])", written) is not None


@lru_cache(maxsize=2)
def _runs_of(written: str) -> frozenset[str]:
    """Every word of the notes, and every two words one space apart, where
    written in lower case: a name's run is looked up, not searched for
    through all the notes (which would cost more the longer the notes)."""
    words = [(m.group(), m.start(), m.end()) for m in _RUN_WORD.finditer(written)]
    runs = {word for word, _, _ in words if word == word.lower()}
    for (first, _, end), (second, start, _) in zip(words, words[1:]):
        if start == end + 1 and written[end] == " " and first in runs and second in runs:
            runs.add(f"{first} {second}")
    return frozenset(runs)


def heading_word(name: str) -> bool:
    """A single common noun or gerund (`Buckets`, `Tagging`), not a coined name."""
    words = name.split()
    if len(words) != 1 or not name[1:].islower():
        return False
    return name.endswith("ing") or (name.endswith("s") and not name.endswith(("ss", "is", "us")))
