"""Cards -> (cards, report): one card per fact.

- Exact duplicates (the same prompt in the same place, or the same prompt
  and answer anywhere, once case, spacing, punctuation and markup are
  normalised) are merged; so are quiz questions with the same options and
  right answer whatever their explanation, which keep the longest one.
- Near duplicates, the same fact worded slightly differently in another
  topic, are found with rapidfuzz's token-set similarity and merged when the
  score reaches the pack's `merge` threshold; pairs between `report` and
  `merge` are reported as near misses for the author to look at.
- A card that only repeats a heading of another section (two "Pricing"
  topics) is kept, and both prompts name their section.
- A thing defined twice, as a topic and as a term elsewhere ("Personal
  Health Dashboard" and "AWS Personal Health Dashboard: ..."), asks "what is
  it?" twice: one card, which shows one definition (a topic's facts merged
  into a term's card are kept: they are no second definition).

A merged card keeps the first card's guid, gains the other's distinct facts
and every source line. Comparisons are limited to cards that share a rare
word, so the stage stays linear in the number of cards.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from pipeline.model.cardtext import card_text, deletions, describe
from pipeline.model.naming import name_key, same_word, without_former_name
from pipeline.diagnostics import Diagnostic, warning
from pipeline.model.inline import escape, plain_key
from pipeline.model import Card
from pipeline.config import Thresholds

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_EXPLANATION = re.compile(r'<div class="sp-explanation">.*</div>$', re.DOTALL)
_LABEL = re.compile(r'(<div class="sp-label">)(.*?)(</div>)')
# Cards made of one fact; topic summaries (overviews, enumerations) are only reported.
LEAF_KINDS = frozenset({"term", "number", "detail"})
STOPWORDS = frozenset(
    "a an and are as at be by can for from has have in into is it its of on or that the their then there "
    "this to use used we will with".split()
)
RARE_WORDS = 3  # each card is compared with cards sharing one of its rarest words
MAX_CANDIDATES = 40
# A card whose words are more than this many times another's says more than it:
# its words hold the other's (token-set 100) but it is no copy, and merged it
# hangs an unrelated list on the short card's back.
MERGE_SPREAD = 2


def dedupe(cards: list[Card], thresholds: Thresholds = Thresholds()) -> tuple[list[Card], list[Diagnostic]]:
    texts = _Texts()
    kept, report = _merge_exact(cards, texts)
    kept, defined = _merge_same_subject(kept, texts)
    kept, near = _merge_near(kept, thresholds, texts)
    kept, repeated = _name_repeated_prompts(kept, texts)
    return kept, report + defined + near + repeated


class _Texts:
    """Each field's plain text and key, worked out once for the whole stage. Every
    pass reads every card's fields again; a large pack has more fields than the
    shared bounded caches hold, so from one pass to the next each read missed."""

    def __init__(self) -> None:
        self._plain: dict[str, str] = {}
        self._keys: dict[str, str] = {}

    def plain(self, markup: str) -> str:
        found = self._plain.get(markup)
        if found is None:
            found = self._plain[markup] = card_text(markup)
        return found

    def key(self, text: str) -> str:
        found = self._keys.get(text)
        if found is None:
            found = self._keys[text] = plain_key(text)
        return found


# ---- exact duplicates -------------------------------------------------------------


def _exact_keys(card: Card, texts: _Texts) -> list[tuple[str, ...]]:
    place = tuple(texts.key(c) for c in (card.section, *card.context))
    prompt = texts.key(texts.plain(card.prompt))
    if card.note_type == "cloze":
        # Notes of one long list show the same text and hide different items.
        prompt += " | " + " | ".join(plain_key(d) for d in deletions(card.prompt))
    keys = [("guid", card.guid), ("prompt", card.note_type, *place, prompt)]
    keys.append(("same", card.note_type, prompt, texts.key(texts.plain(card.answer))))
    if card.kind == "quiz":
        # The same question in another file or set: the same options and right answer, whatever the explanation.
        keys.append(("quiz", prompt, plain_key(card_text(_EXPLANATION.sub("", card.answer)))))
    return keys


def _merge_exact(cards: list[Card], texts: _Texts) -> tuple[list[Card], list[Diagnostic]]:
    kept: list[Card] = []
    index: dict[tuple[str, ...], int] = {}
    report: list[Diagnostic] = []
    for card in cards:
        keys = _exact_keys(card, texts)
        found = next((index[k] for k in keys if k in index), None)
        if found is None:
            for key in keys:
                index[key] = len(kept)
            kept.append(card)
            continue
        first = kept[found]
        kept[found] = _merged(first, card)
        report.append(_said(card, f"duplicate of the card at {first.source} ({describe(first)}): merged into it"))
    return kept, report


# ---- one thing defined twice -----------------------------------------------------


DEFINING_KINDS = frozenset({"overview", "term"})
NAME_WORDS = 6  # a prompt longer than this is a phrase, not a name
DEFINITION_WORDS = (5, 30)  # a one-line definition: not a list of names, not a topic's many facts


def _subject(card: Card, texts: _Texts) -> str | None:
    """The name a definition card asks about, reduced (`AWS X` == `X`); None
    for a prompt that is no name (a question, a phrase, one short word)."""
    if card.note_type != "basic" or card.kind not in DEFINING_KINDS:
        return None
    prompt = without_former_name(texts.plain(card.prompt))
    if "?" in prompt or len(prompt.split()) > NAME_WORDS or len(prompt.split()) < 2:
        return None
    least, most = DEFINITION_WORDS
    if not least <= len(texts.plain(card.answer).split()) <= most:
        return None
    return name_key(prompt)


def _a_term(card: Card) -> bool:
    """A term card, or a term standing as its topic's overview."""
    return card.kind == "term" or card.key[1:2] == ("term",)


def _merge_same_subject(cards: list[Card], texts: _Texts) -> tuple[list[Card], list[Diagnostic]]:
    """A term card and another definition of the same name in another topic
    are one question: the first keeps the other's answer and sources."""
    first_of: dict[str, int] = {}
    into: set[int] = set()
    report: list[Diagnostic] = []
    for index, card in enumerate(cards):
        subject = _subject(card, texts)
        if subject is None:
            continue
        found = first_of.setdefault(subject, index)
        first = cards[found]
        if found == index or not (_a_term(first) or _a_term(card)) or (first.section, first.topic) == (card.section, card.topic):
            continue
        if _other_numbers(first, card):
            continue  # "Task statements: 1.1 ..." and "Task statements: 2.1 ...": one label over each section's own list
        cards[found] = _one_definition(first, card) if _a_term(card) else _merged(first, card)
        into.add(index)
        report.append(_said(card, f"defines the same thing as the card at {first.source} ({describe(first)}): merged into it"))
    return [c for n, c in enumerate(cards) if n not in into], report


def _other_numbers(first: Card, other: Card) -> bool:
    """Each answer holds a number the other lacks: two things under one name, not one
    defined twice (a gloss that adds a number, "max six levels", is still the same thing)."""
    mine, theirs = (set(_NUMBER.findall(card_text(c.answer))) for c in (first, other))
    return not (mine <= theirs or theirs <= mine)


def _one_definition(first: Card, other: Card) -> Card:
    """A second "Name: what it is" line (a glossary's) defines the name again: one
    definition is shown, the notes' topic's, or of two such lines the fuller; two
    on one back ask the learner to recite the same answer twice, whatever word
    the other adds. Its source stays cited."""
    sources = first.sources + tuple(s for s in other.sources if s not in first.sources)
    fuller = _a_term(first) and len(card_text(other.answer).split()) > len(card_text(first.answer).split())
    return replace(first, answer=other.answer if fuller else first.answer, sources=sources)


# ---- near duplicates --------------------------------------------------------------------


def _words(card: Card, texts: _Texts) -> list[str]:
    text = plain_key(f"{texts.plain(card.prompt)} {texts.plain(card.answer)}")
    return [w for w in text.split() if w not in STOPWORDS]


def _candidates(words: list[list[str]]) -> Iterable[int]:
    """Pairs (i < j) of cards sharing one of their rarest words, each as the one
    number `i * len(words) + j` (ordered as the pairs are): a large pack has
    millions, and a number takes half a pair's memory."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, card_words in enumerate(words):
        for word in set(card_words):
            postings[word].append(i)
    count = len(words)
    seen: set[int] = set()
    for i, card_words in enumerate(words):
        rare = sorted(set(card_words), key=lambda w: (len(postings[w]), w))[:RARE_WORDS]
        found = 0
        for word in rare:
            for j in postings[word]:
                if found >= MAX_CANDIDATES:
                    break
                pair = min(i, j) * count + max(i, j)
                if j != i and pair not in seen:
                    seen.add(pair)
                    found += 1
                    yield pair


def _merge_near(cards: list[Card], thresholds: Thresholds, texts: _Texts) -> tuple[list[Card], list[Diagnostic]]:
    words = [_words(c, texts) for c in cards]
    joined = [" ".join(w) for w in words]
    numbers = [set(_NUMBER.findall(t)) for t in joined]
    into: dict[int, int] = {}  # merged card -> the card it went into
    report: list[Diagnostic] = []
    for pair in sorted(_candidates(words)):
        i, j = divmod(pair, len(cards))
        a, b = cards[i], cards[j]
        if a.note_type != b.note_type or (a.section, a.topic) == (b.section, b.topic):
            continue
        small, large = (i, j) if len(words[i]) <= len(words[j]) else (j, i)
        if len(set(words[small])) < thresholds.min_words or not numbers[small] <= numbers[large]:
            continue
        score = fuzz.token_set_ratio(joined[i], joined[j])
        if score < thresholds.report:
            continue
        leaf = a.kind in LEAF_KINDS and b.kind in LEAF_KINDS
        alike_size = len(set(words[large])) <= MERGE_SPREAD * len(set(words[small]))
        if leaf and alike_size and score >= thresholds.merge and i not in into and j not in into:
            into[j] = i
            cards[i] = _merged(cards[i], b)
            report.append(_said(b, f"same fact as the card at {a.source} ({describe(a)}): merged into it"))
        else:
            report.append(
                _said(b, f"near duplicate ({score:.0f}% alike) of the card at {a.source} ({describe(a)}): kept apart")
            )
    return [c for n, c in enumerate(cards) if n not in into], report


# ---- repeated headings ---------------------------------------------------------------------


def _heading(card: Card, texts: _Texts) -> str:
    label = _LABEL.search(card.prompt) if card.note_type == "cloze" else None
    return texts.key(texts.plain(label.group(2) if label else card.prompt))


def _name_repeated_prompts(cards: list[Card], texts: _Texts) -> tuple[list[Card], list[Diagnostic]]:
    """Cards asking the same heading in different sections say their section."""
    sections: dict[str, dict[str, Card]] = defaultdict(dict)
    for card in cards:
        if card.kind in ("overview", "detail", "enumeration"):
            sections[_heading(card, texts)].setdefault(card.section, card)
    repeated = {key for key, by_section in sections.items() if len(by_section) > 1}
    report = []
    for key in sorted(repeated):
        first, *others = sections[key].values()
        for other in others:
            report.append(
                _said(other, f"heading also used at {first.source} ({first.section}): cards kept apart by their section")
            )
    # ("cloudsql" in its own section "cloudsql" says nothing more with it: the others are set apart)
    named = [
        _with_section(card) if (key := _heading(card, texts)) in repeated and card.kind != "term" and texts.key(card.section) != key else card
        for card in cards
    ]
    return named, report


def _with_section(card: Card) -> Card:
    qualifier = f' <span class="sp-qualifier">({escape(card.section)})</span>'
    if card.note_type == "cloze":
        prompt = _LABEL.sub(lambda m: m.group(1) + m.group(2) + qualifier + m.group(3), card.prompt, count=1)
    else:
        prompt = card.prompt + qualifier
    return replace(card, prompt=prompt)


# ---- merging and reporting -------------------------------------------------------------------


def _merged(first: Card, other: Card) -> Card:
    sources = first.sources + tuple(s for s in other.sources if s not in first.sources)
    answer = first.answer
    if first.kind == "quiz" == other.kind:
        # One question: the longest explanation stays.
        answer = max(first.answer, other.answer, key=lambda a: len(card_text(a)))
    elif first.note_type == "basic":
        if not _says_again(card_text(other.answer), card_text(first.answer)):
            answer = f"<div>{first.answer}</div><div>{other.answer}</div>"
    else:
        said = plain_key(card_text(first.prompt + " " + first.answer))
        extra = card_text(other.prompt)
        if not set(plain_key(extra).split()) <= set(said.split()):
            answer = (first.answer + "<br>" if first.answer else "") + escape(extra)
    return replace(first, answer=answer, sources=sources)


def _says_again(other: str, first: str) -> bool:
    """Whether an answer only says the first one again, shorter: a glossary's
    "two-way internet access for public subnets" after "gives resources in a
    public subnet direct two-way access to and from the internet"."""
    said = plain_key(first)
    if plain_key(other) in said:
        return True
    words = [w for w in plain_key(other).split() if w not in STOPWORDS]
    known = said.split()
    return bool(words) and all(any(same_word(w, k) for k in known) for w in words)


def _said(card: Card, message: str) -> Diagnostic:
    return warning(card.source.path, card.source.line, message)
