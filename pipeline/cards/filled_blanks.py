"""The words a recognition card's clue hides because they give the name away
(`policy management using ___` of Control Tower hides `controls`): its back
says them, so the line is learnt whole and no other card need say it again."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.cards.things import Thing
from pipeline.model.inline import escape, plain_key
from pipeline.model.naming import MASK

BLANK_WORDS = 3  # words a blank hides at most (`Internet of Things`)
_TOKEN = re.compile(rf"{re.escape(MASK)}|[\w'’]+")


def _hidden(thing: Thing, cues: tuple[str, ...], lines: tuple[int, ...]) -> list[str]:
    """The words of the thing's `lines` that its `cues` show as blanks (`Internet of
    Things` of IoT Core), each once and as written, less the name itself."""
    if not any(MASK in cue for cue in cues):
        return []
    written = " ".join(line.text for line in thing.described.lines if line.line in lines)
    shown, said = _TOKEN.findall(" ".join(cues)), _TOKEN.findall(written)
    matcher = SequenceMatcher(None, [w.lower() for w in shown], [w.lower() for w in said], autojunk=False)
    names = thing.described.names
    found: list[str] = []
    for op, start, end, said_start, said_end in matcher.get_opcodes():
        blanks, hidden = shown[start:end], " ".join(said[said_start:said_end])
        # blanks alone over a few words each: more is a clause the cue left out, not what it hides
        if op != "replace" or set(blanks) != {MASK} or said_end - said_start > BLANK_WORDS * len(blanks):
            continue
        # the name itself (`Multi-AZ`, `CloudFormation`): the back's answer says it
        if not names.shows(hidden) and hidden not in found:
            found.append(hidden)
    return found


def filled_blanks(thing: Thing, cues: tuple[str, ...], lines: tuple[int, ...], back: str = "") -> str:
    """The back's line that fills the front's blanks (`___ = controls`), or nothing: not
    with words the rest of the `back` says (`Unified analytics platform`) already."""
    said = set(plain_key(back).split())
    words = [hidden for hidden in _hidden(thing, cues, lines) if not set(plain_key(hidden).split()) <= said]
    return f'<div class="sp-filled">{MASK} = {escape(", ".join(words))}</div>' if words else ""
