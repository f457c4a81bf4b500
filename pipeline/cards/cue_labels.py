"""The labels a thing's lines sit under (`Design principles:`, `Alarm actions:`):
a line under one is no cue on its own, and a cue under one is shown after it,
with the thing's name hidden in it where it says it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.cue_words import WORD
from pipeline.cards.things import Thing
from pipeline.model.definitions import Line
from pipeline.model.naming import MASK

LABEL_WORDS = 5
LABEL_READS = 3  # words a label with the name hidden in it says besides the blank, to read as one
_COLON_LABEL = re.compile(r"^(?:\S+\s+){0,7}\S+:\s*$")  # up to 8 words ending in a colon lead the lines under them


def labelled(thing: Thing, group: Sequence[tuple[str, Line]]) -> tuple[str, ...]:
    """The cues, each nested under a label with that label before it (`Design principles:
    test recovery procedures`, `Applied in the following order: soonest expiring`):
    without it a line has lost what it is a part of."""
    lines = thing.described.lines
    where = {line.line: n for n, line in enumerate(lines)}
    texts: list[tuple[str, str]] = []  # (label, the cue after it)
    numbers: list[int] = []  # the line each of `texts` opens with
    for text, line in group:
        n = where.get(line.line, 0)
        parent = next((lines[k] for k in range(n - 1, -1, -1) if lines[k].depth < line.depth), None) if line.depth else None
        leads = parent is not None and (is_label(parent, lines[n]) or _COLON_LABEL.match(parent.text))
        label = parent.text.strip().rstrip(":").strip() if parent is not None and leads else ""
        if label and thing.described.names.leaks(label):
            # the name hidden in it (`one login (___) for all`), when that leaves a label to read
            label = thing.described.names.mask_words(label).replace(f"{MASK} {MASK}", MASK)
            label = label if label.count(MASK) == 1 and len(WORD.findall(label.replace(MASK, " "))) >= LABEL_READS else ""
        first = text.split(" ", 1)[0]  # lowercased after the label unless it is written so (`AWS`, `SAML2.0`)
        shown = f"{text[:1].lower() if first[1:].islower() or len(first) == 1 else text[:1]}{text[1:]}" if label else text
        if label and texts and texts[-1][0] == label:
            # lines under one label read as one cue (`one login (___) for all: AWS accounts; business cloud apps`),
            # not as the label said again on each
            texts[-1] = (label, f"{texts[-1][1]}; {shown}")
        elif label and parent is not None and numbers and numbers[-1] == parent.line and not texts[-1][0]:
            texts[-1] = (label, shown)  # the label, a cue itself just before, is said once: before what it leads
        else:
            texts.append((label, shown))
            numbers.append(line.line)
    return tuple(f"{label[:1].upper()}{label[1:]}: {text}" if label else text for label, text in texts)


def is_label(line: Line, following: Line | None) -> bool:
    """A short line that leads lines nested under it (`Alarm actions:`): they say it."""
    return following is not None and following.depth > line.depth and len(line.text.split()) <= LABEL_WORDS
