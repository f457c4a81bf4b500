"""A negation written in capitals ("does NOT affect the management account",
"there's NO confirmation prompt") stresses what the line denies: that is the
fact to ask. A blank over the negation itself asks a yes or no; one over a
single plain word it denies ("region does NOT [change]") asks a guess; one
whose words the front shows again ("NOT on [NLB] -> for NLB think ...") is
answered by the front."""

from __future__ import annotations

import re
from collections.abc import Callable
from os.path import commonprefix

from pipeline.cards.deletions import BLANK, HIDDEN, words_shown
from pipeline.cards.key_terms import Finder, cloze_text
from pipeline.model import Inline
from pipeline.model.inflection import stem

# "does NOT affect the management account": a stressed negation, then what it denies, up to a mark
_DENIED = re.compile(r"\b(?:NOT|NEVER|NO|CANNOT|CAN'T|DON'T|WON'T)\s+(?:(?:to|be|on|in|the|an?)\s+)*(?P<phrase>[\w/-]+(?:\s+[\w/-]+){0,3})(?=\s*(?:$|[,;.:()!?→—]|->|\s-\s))")
_ARTICLE = re.compile(r"\b(?:an?|the)\s+$")


def _denied_phrase(spans: Inline) -> Finder | None:
    """A finder for what a stressed negation denies ("does NOT [affect the management
    account]", "is NOT a [backup]"): that is the fact; a blank over the negation itself
    asks a yes or no, and one plain word denied ("does NOT [change]") a guess."""
    for span in spans:
        found = _DENIED.search(span.text) if span.kind == "text" else None
        if found and (len(found.group("phrase").split()) > 1 or _ARTICLE.search(span.text[: found.start("phrase")])):
            target, place = span.text, [found.span("phrase")]
            return lambda text: place if text == target else []
    return None


_LETTER_WORDS = re.compile(r"[A-Za-z]+")
_FUNCTION_WORDS = frozenset("a an the to be on in of for and or with from by at it its".split())
FORM_LETTERS = 5  # letters of a word whose other forms share its first letters
FORM_SHARE = 0.8  # of the longer form the shared first letters spell ("translat" of "translator")


def denied_cloze(spans: Inline, render: Callable[[Inline], str], shown: tuple[str, ...]) -> str | None:
    """The line as a cloze on what its stressed negation denies, or None; `shown` is
    what the front says besides the line (its label, its breadcrumb)."""
    denied = _denied_phrase(spans)
    if denied is None:
        return None
    text = cloze_text(spans, render, hide=denied)
    return None if _denied_shown(text, shown) else text


def _denied_shown(cloze: str, context: tuple[str, ...]) -> bool:
    """Whether a word of what the blank denies shows elsewhere on the front, in any
    inflection ("NOT on [NLB or ELB] -> for NLB think ..."; "NOT to [translate]" under
    *Translator*): the front would answer it."""
    hidden = HIDDEN.search(cloze)
    if hidden is None:
        return True
    shown = [w.lower() for w in _LETTER_WORDS.findall(" ".join((words_shown(BLANK.sub(" ", cloze)), *context)))]
    denied = [w.lower() for w in _LETTER_WORDS.findall(words_shown(hidden.group(1))) if w.lower() not in _FUNCTION_WORDS]
    return len(denied) < 1 or any(_same_word(w, other) for w in denied for other in shown)


def _same_word(word: str, other: str) -> bool:
    """"translate" and "Translator", "NLB" and "NLB": one word in two forms."""
    if word == other or stem(word) == stem(other):
        return True
    shorter = min(len(word), len(other))
    return shorter >= FORM_LETTERS and len(commonprefix([word, other])) >= FORM_SHARE * max(len(word), len(other))
