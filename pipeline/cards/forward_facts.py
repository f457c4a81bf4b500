"""A fact asked forward: its thing's name on the front, a word of the fact hidden.

A line whose clue does not single its thing out (`name_clues`) cannot ask the
name: a learner who knows the notes' other things would be torn between
them. Said with the name shown, it can still ask what the line says of the
thing: the phrase it ends on (`closing_phrase`), or else the one word of it
the notes say least often, which is what this line adds ("[S3] Objects:
there's no concept of {{directories}}, it's keys with ... slashes"). A word
found all over the notes ("instances", "data") would be a guess, a short
one or an adverb ("exactly") no fact; such a line gets no forward card.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from pipeline.cards.closing_phrase import closing_phrase_text
from pipeline.cards.cue_words import CLAIMED_PROPERTIES, MEASURE_WORDS, OFFERING_WORDS, STOPWORDS
from pipeline.cards.deletions import gives_itself_away, names_kinds
from pipeline.cards.entries import Fact, Group
from pipeline.cards.key_terms import PREDICTABLE
from pipeline.cards.partners import hides_a_partner, names_others
from pipeline.cards.prompts import asked, defined_subject
from pipeline.cards.sink import CardSink
from pipeline.cards.single_facts import LISTED_NAMES, term_shown
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe

RARE_LINES = 2  # lines of the notes at most that say a word, for it to be what a line adds
MIN_SHOWN_WORDS = 5  # words of the line besides the blank, to answer from
# "10,000" is one number, "127.0.0.0/8" one address
_TOKEN = re.compile(rf"\d+(?:\.\d+){{3}}(?:/\d+)?|{inl.NUMBER}|[A-Za-z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_COUNTED = re.compile(r"::(\d+) names\}\}")
_EXAMPLES = re.compile(r"^\s*(?:for ex(?:ample)?|e\.\s?g\.?|eg|such as|like)\b", re.IGNORECASE)
_PLAIN = STOPWORDS | OFFERING_WORDS | CLAIMED_PROPERTIES | MEASURE_WORDS
# "only one IAM role", "at most two": a count in words after a limit, which is what the line says
_LIMIT = re.compile(r"\b(?:only|just|at most|up to|max(?:imum)?)\s+$", re.IGNORECASE)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def word_lines(lines: Iterable[str]) -> Callable[[str], int]:
    """How many of the notes' lines say a word (in any case)."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update({t.lower() for t in _TOKEN.findall(line)})
    return lambda word: counts[word.lower()]


def forward_text(sink: CardSink, group: Group, fact: Fact, plain: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The fact as a cloze with its thing's name in front, or None; a `plain`
    one may hide a closing phrase of plain words (`closing_phrase`)."""
    if group.context and names_kinds(inl.to_plain(group.label).strip()):
        return None  # a line under "Access Tiers" is about the thing they sort: its name is asked
    found = closing_phrase_text(sink, group, fact, plain=True) if plain else closing_phrase_text(sink, group, fact) or _rarest_term(sink, group, fact)
    if found and (count := _COUNTED.search(found[0])) and int(count.group(1)) >= LISTED_NAMES and names_others([inl.to_plain(fact.inline)]):
        return None  # "can be integrated with [Athena, Redshift or Quick Sight]": what it ties on, no fact of its own
    if found and hides_a_partner(found[0], sink.product):
        return None  # "framework that can leverage [AppSync]": one of the many it works with
    term = term_shown(sink, group, fact, found[0]) if found else None
    return found if term is None else term or None


def _rarest_term(sink: CardSink, group: Group, fact: Fact) -> tuple[str, tuple[str, ...]] | None:
    """The fact as a cloze on its rarest name, number (or a count in words after a
    limit: "only [one] IAM role") or hyphenated term, or None."""
    if len(fact.inline) != 1 or fact.inline[0].kind != "text":
        return None  # emphasis or code: the key term would have been found
    text = fact.inline[0].text
    if _EXAMPLES.match(text):
        return None  # "for ex relational/[non-relational] db, ...": one example of a list, a guess
    label_plain = inl.to_plain(group.label).strip()
    subject = defined_subject(label_plain)
    shown = {w.lower() for w in _TOKEN.findall(" ".join([label_plain, *group.context]))}
    limits = [m for m in _TOKEN.finditer(text) if m.group().lower() in _NUMBER_WORDS and _LIMIT.search(text[: m.start()])]
    candidates = limits + [
        m
        for m in _TOKEN.finditer(text)
        if _a_fact_word(m.group(), shown, sink.common) and (_a_number(m.group()) or sink.lines_saying(m.group()) <= RARE_LINES) and not _in_brackets(text, m.start())
    ]
    if not candidates:
        return None
    # a number first (how many, how long: what exams ask), else the rarest, and of those the longest
    word = min(candidates, key=lambda m: (not (_a_number(m.group()) or m in limits), sink.lines_saying(m.group()), -len(m.group()), m.start()))
    if len(_TOKEN.findall(text)) - 1 < MIN_SHOWN_WORDS:
        return None
    label_html = inl.escape(subject) if subject else sink.html(asked(group.label, group.context))

    def part(piece: str) -> str:
        return sink.html((Span("text", piece),))

    cloze = f"<b>{label_html}</b>: " + part(text[: word.start()]) + "{{c1::" + cloze_safe(part(word.group())) + "}}" + part(text[word.end() :])
    return None if gives_itself_away(cloze, group.context, sink.common, sink.describes) else (cloze, group.context)


def _a_fact_word(word: str, shown: set[str], common: frozenset[str]) -> bool:
    """A word that names or counts what a line says: a name in capitals (not one
    found all over the notes), a number or a hyphenated term ("pay-as-you-go").
    A plain word ("composed", "writing") hidden asks a guess at the author's wording."""
    lower = word.lower()
    if lower in _PLAIN or lower in shown or word in common or word in PREDICTABLE:
        return False  # ("one [VM] at a time": the words around it say it)
    return any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word) or "-" in word


def _a_number(word: str) -> bool:
    return word.replace(",", "").isdigit()


def _in_brackets(text: str, at: int) -> bool:
    """A word inside brackets is a side remark, not the line's fact."""
    before = text[:at]
    return before.count("(") > before.count(")")
