"""`dynamic auto + dynamic auto = ACCESS`: a line that says what two things give together.

Its left side is no term to define and no answer to a question about its right
side: read as `label -> value` it teaches the wrong link ("ACCESS — which
command?" -> "dynamic auto + dynamic auto"). The card asks the result of the
combination, the way the notes say it: "DTP modes: dynamic auto + dynamic auto → ?"."""

from __future__ import annotations

import re

from pipeline.cards.prompts import asked
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Span
from pipeline.model import inline as inl

_PLUS = re.compile(r"\s\+\s")
# what the two give is said after `=` or an arrow; a colon after them labels a list ("OCR + structure: tables, ...")
_GIVES = re.compile(r"\s*(?:=|-{1,2}>|={1,2}>|→|⇒|⟶)")
PART_WORDS = 3  # each side a name or a setting; a longer side is a sentence ("no default + not supplied" reads on)


def is_combination(line: Inline, head: Inline) -> bool:
    """Whether a line's left side joins a few short names with ` + ` and says what they give."""
    said, left = inl.to_plain(line), inl.to_plain(head).strip()
    parts = _PLUS.split(left)
    if len(parts) < 2 or not all(0 < len(part.split()) <= PART_WORDS for part in parts):
        return False
    at = said.find(left)
    return at >= 0 and _GIVES.match(said, at + len(left)) is not None


def combination_card(sink: CardSink, context: tuple[str, ...], full_line: Inline, head: Inline, result: Inline, line: int, key: tuple[str, ...]) -> bool:
    """Ask what the combination gives (`full_line`, split into `head` and `result`, at line number
    `line`); False when the line is no combination."""
    if not is_combination(full_line, head) or not inl.to_plain(result).strip():
        return False
    where = f"<b>{sink.html(asked((Span('text', context[-1]),), context[:-1]))}</b>: " if context else ""
    front = where + sink.html(head) + " → ?"
    sink.add("term", "basic", prompt=front, answer=sink.html(result), context=context[:-1], lines=(line,), key=key, id_context=context)
    return True
