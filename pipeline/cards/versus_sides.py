"""A comparison's label, then what each side is, each said after its own name
(`IDS vs IPS: IDS = passive, alerts only; IPS = inline, can block`, `Role vs
Profile — role = what records you see; profile = what you can do`, `KMS vs
CloudHSM: KMS = multi-tenant managed. CloudHSM = single tenant`): the sides
and their glosses, each asked from its gloss, "IDS or IPS?"."""

from __future__ import annotations

import re

from pipeline.cards.line_shapes import VERSUS
from pipeline.cards.sub_lists import first_sentence

MAX_SIDES = 3
SIDE_WORDS = 4
GLOSS_WORDS = 20  # a longer part is a paragraph of its own, no cue to read at a glance
# a part opens the text or follows a clause's end, then a name, then what it is
_OPENS = r"(?:^|(?<=[.;,])\s+)"
_SAYS = r"\s*(?:=|:|\s[-–—]\s)\s*"


def sides_defined(label: str, text: str) -> list[tuple[str, str]] | None:
    """Each side of `label` ("A vs B") with what `text` says of it, in the notes' order;
    None unless every side opens a part of its own and the text says nothing else before
    the first."""
    sides = [s.strip() for s in VERSUS.split(label.strip().strip("*").strip())]
    if not 2 <= len(sides) <= MAX_SIDES or not all(0 < len(s.split()) <= SIDE_WORDS for s in sides):
        return None
    found: list[tuple[int, int, str]] = []
    for side in sides:
        forms = "|".join(re.escape(f) for f in _forms(side))
        hit = re.search(rf"{_OPENS}(?:{forms}){_SAYS}", text, re.IGNORECASE)  # (a mnemonic after it may say it again)
        if hit is None:
            return None
        found.append((hit.start(), hit.end(), side))
    found.sort()
    if text[: found[0][0]].strip():
        return None
    pairs = []
    for index, (_, end, side) in enumerate(found):
        stop = found[index + 1][0] if index + 1 < len(found) else len(text)
        gloss = first_sentence(text[end:stop]).strip(" ,;.")
        if not gloss or len(gloss.split()) > GLOSS_WORDS:
            return None
        pairs.append((side, gloss))
    return pairs


def _forms(side: str) -> list[str]:
    """A side as the notes may say it again: whole, its first word, its initials."""
    words = re.sub(r"\([^()]*\)", " ", side).split()
    initials = "".join(w[0] for w in words) if len(words) > 1 else ""
    return [f for f in dict.fromkeys([side, " ".join(words), words[0] if words else "", initials]) if f]
