"""A cloze shows the sentence its blank asks, not the whole line around it.

"Networking: NAT GW lives in a public subnet, one per AZ for HA.
[ErrorPortAllocation] = port exhaustion." asks one fact and shows another
beside it: the front reads as a line of several facts under one gap, and the
learner cannot tell which of them the card is about. The card keeps the
line's label and the blank's sentence (with a sentence that leans on it,
"... Use X instead"); the other sentences are no part of its question.

A line that opens with its blank asks its subject, and every sentence after
it is a clue to that subject: it stays whole. Without a label in front, the
sentences before the blank's may be what says what it is about ("ad rank
decides ... factors: [quality of your ads]"): only those after it go."""

from __future__ import annotations

import re

from pipeline.cards.line_parts import CONTINUES, TAG, cut_pieces, split_label, words_of

MIN_SENTENCE_WORDS = 3  # a shorter piece is a remark's tail, not a fact of its own
MIN_SHOWN_WORDS = 2  # words the kept sentence says besides its blanks ("[ErrorPortAllocation] = port exhaustion")
_BLANK = re.compile(r"\{\{c\d+::")
_BLANK_WHOLE = re.compile(r"\{\{c\d+::.*?\}\}")


# "And check whether ...", "After that you can ...": a sentence that goes on from the one before
# ("at scale → [WAF IP set]" after '"block one IP" → NACL deny': the need is the sentence before's)
_GOES_ON = re.compile(r"^\s*(?:and|or|nor|after that|before that|there|here|still|even so|now|hence|thus|at|in|on|for|with|without|by|from|to|via)\b", re.IGNORECASE)
# "CNAME can't be at zone apex. Alias can → free": a sentence whose verb leaves out what the one before said
_ELLIPTICAL = re.compile(r"^\s*\S+(?:\s+\S+)?\s+(?:can|can't|cannot|does|doesn't|do|don't|is|isn't|are|aren't|will|won't|too)\s*(?:[→.,;:(-]|$)", re.IGNORECASE)
_NAMES_A_TERM = re.compile(r"\b(?:is|are)\s+(?:called|known\s+as|named|termed)\b|\brefers?\s+to\b|\bstands?\s+for\b|\bmeans\b", re.IGNORECASE)
_OWN_LABEL = re.compile(r"^\s*(?:\S+\s+){0,7}?\S+:\s")  # "SQS / SNS: pub/sub, push.": names what the next sentences are about


def _leans(piece: str) -> bool:
    text = TAG.sub("", piece)
    return CONTINUES.match(text) is not None or _GOES_ON.match(text) is not None or _ELLIPTICAL.match(text) is not None


def blank_sentence(prompt: str) -> tuple[str, str]:
    """The prompt cut to its label and the sentence its blanks are in, and the
    sentences cut off it for the back; or the prompt as it was and ''."""
    start, end, label, pieces = _asked_span(prompt)
    if not pieces:
        return prompt, ""
    before, after = "".join(pieces[:start]).strip(), "".join(pieces[end:]).strip()
    rest = " … ".join(part for part in (before, after) if part)  # " … ": where the asked sentence stood
    return (label or "") + "".join(pieces[start:end]).strip(), rest


def _asked_span(prompt: str) -> tuple[int, int, str | None, list[str]]:
    """The pieces [start, end) of the prompt's sentences the front keeps, its
    label and its sentences; no sentences when the prompt stays whole."""
    whole: tuple[int, int, str | None, list[str]] = (0, 0, None, [])
    if any(tag in prompt for tag in ("<li", "<div", "<br")) or TAG.sub("", prompt).lstrip().startswith("{{c"):
        return whole
    label, body = split_label(prompt)
    pieces = cut_pieces(body, (), sentences=True)
    asked = [index for index, piece in enumerate(pieces) if _BLANK.search(piece)]
    if len(pieces) < 2 or len(asked) != 1 or any(len(words_of(p)) < MIN_SENTENCE_WORDS for p in pieces):
        return whole
    start, end = asked[0], asked[0] + 1
    while start > 0 and (_leans(pieces[start]) or label is None or any(_OWN_LABEL.match(TAG.sub("", p)) for p in pieces[:start])):
        start -= 1  # "... Use [X] instead" leans on the sentence before; without a label, so does the subject
    while end < len(pieces) and _leans(pieces[end]):
        end += 1
    if start == 0 and end == len(pieces):
        return whole
    if any(_NAMES_A_TERM.search(TAG.sub("", p)) for p in pieces[:start] + pieces[end:]):
        return whole  # "... are called batch jobs.": a definition is never left off, it is the line's fact
    if len(words_of(_BLANK_WHOLE.sub(" ", "".join(pieces[start:end])))) < MIN_SHOWN_WORDS:
        return whole  # "[I keep confusing these!]": a sentence that is its blank says nothing to answer from
    return start, end, label, pieces
