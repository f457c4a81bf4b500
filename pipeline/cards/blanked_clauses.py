"""A clue's later clauses that hold a blank, left out: `Protected by NDAs, no
registration, lasts as long as ___` reads as a fill-in whose answer is no name
("secret" of Trade secret), and `Protected by NDAs, no registration` says enough.
The first clause keeps its blank: it is most often the definition, the best clue
(`real-time ___ processing engine`). An aside holding a blank goes wherever it
stands (`= the most important step of BCP (after getting mgmt ___)`)."""

from __future__ import annotations

import re

from pipeline.cards.cue_words import CUE_MIN_WORDS, content_words
from pipeline.model.naming import MASK

_ASIDE_WITH_BLANK = re.compile(rf"\s*\([^()]*{re.escape(MASK)}[^()]*\)")
# where clauses part: a sentence's end, a semicolon; never inside brackets, nor after "e.g." / "i.e." / "vs."
_CLAUSE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\betc)(?<!\besp)(?<!\bincl)(?<!\bapprox)(?<!\.\.)[.!?;](?=\s)")  # ("0 kernel ... 3 user apps" goes on)
# a comma parts off a last clause only in a row of three or more with no "and" or "or" joining
# one (`Protected by NDAs, no registration, lasts as long as ___`); elsewhere it parts one
# phrase's words (`Let us easily provision, manage and deploy SSL/TLS ___`), and in the middle
# of a row it may part a sentence's own verb from its subject (`Upload code, then ___ handles the
# deployment, from capacity provisioning, ...`)
_COMMA = re.compile(r",(?=\s)")
COMMA_CLAUSES = 3
_OPENING, _CLOSING = "([{", ")]}"


def past_blanked_clauses(text: str) -> str:
    """The clue without its asides and later clauses that hold a blank, when what is left
    still says enough; the clue as it is otherwise."""
    if MASK not in text:
        return text
    kept = _ASIDE_WITH_BLANK.sub("", text)
    clauses = [part for clause in _clauses(kept, _CLAUSE_END) for part in _comma_clauses(clause)]
    if not clauses:
        return text  # the clue is an aside as a whole
    kept = "".join([clauses[0], *(clause for clause in clauses[1:] if MASK not in clause)]).strip()
    kept = re.sub(r"[,;]\s*$", "", kept)
    return kept if kept != text.strip() and len(content_words(kept)) > CUE_MIN_WORDS else text


def _comma_clauses(sentence: str) -> list[str]:
    """The sentence, its last clauses after commas apart when they hold a blank."""
    parts = _clauses(sentence, _COMMA)
    if len(parts) < COMMA_CLAUSES or any(re.match(r"\s*(?:and|or)\b", part) for part in parts[1:]):
        return [sentence]
    last = len(parts)
    while last > 1 and MASK in parts[last - 1]:
        last -= 1
    return ["".join(parts[:last]), *parts[last:]]


def _clauses(text: str, end: re.Pattern[str]) -> list[str]:
    """The text cut after each clause's end outside brackets; each piece keeps its own
    closing mark, so the pieces kept join back as written."""
    pieces: list[str] = []
    depth = start = 0
    for index, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0 and end.match(text, index):
            pieces.append(text[start : index + 1])
            start = index + 1
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip()]
