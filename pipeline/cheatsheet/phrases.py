"""Short phrases for the cram sheet: a topic's definition in about a dozen
words, cut where the sentence pauses, never inside a word."""

from __future__ import annotations

import re

WORDS = 12  # at most about this many words in a one-liner
# Where a phrase may end: after a comma, semicolon, colon, dash or arrow, or
# before an opening parenthesis or a linking word.
_PAUSE_AFTER = re.compile(r"[,;:]$|^[-–—→=]$")
_PAUSE_BEFORE = re.compile(r"^\(|^(?:and|or|but|which|that|where|when|while|so|because|with|without|for|to|by|using|via|e\.g\.|eg|i\.e\.)$", re.I)


def one_line(text: str, words: int = WORDS, chars: int | None = None) -> str:
    """`text` cut to at most `words` words (and `chars` characters) at the
    last pause that keeps at least three words; at a word boundary with an
    ellipsis otherwise."""
    parts = text.split()
    if chars is not None:
        while len(parts) > 3 and len(" ".join(parts[: min(words, len(parts))])) > chars:
            words = min(words, len(parts)) - 1
    if len(parts) <= words:
        return " ".join(parts).rstrip(",;:")
    least = 3
    cut = 0
    for index in range(least, words + 1):
        if _PAUSE_AFTER.search(parts[index - 1]):
            cut = index
        elif index < len(parts) and _PAUSE_BEFORE.match(parts[index]):
            cut = index
    if cut:
        kept = parts[:cut]
        if re.fullmatch(r"[-–—→=]", kept[-1]):
            kept = kept[:-1]
        return " ".join(kept).rstrip(",;:")
    return " ".join(parts[:words]).rstrip(",;:") + "…"


def defining(candidates: list[str], name: str, chars: int | None = None) -> str:
    """The first candidate that says what the thing is: some words, and not
    just the name again (or only its expansion, as in `RDS: Relational
    Database Service`, when a later line says more)."""
    plain = [c for c in candidates if c.strip()]
    name_words = set(re.findall(r"\w+", name.casefold()))
    for text in plain:
        words = re.findall(r"\w+", text.casefold())
        if len(words) < 3 or set(words) <= name_words:
            continue
        if _expansion(text, name) and text is not plain[-1]:
            continue
        return one_line(text, chars=chars)
    return one_line(plain[0], chars=chars) if plain else ""


def _expansion(text: str, name: str) -> bool:
    """Whether `text` only spells out an acronym of the name (`Simple Queue Service` for SQS)."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", text)).upper()
    acronyms = re.findall(r"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b", name)
    return len(text.split()) <= 6 and any(a.upper() in initials for a in acronyms if len(a) >= 2)
