"""A thing's one further recognition card: past the card of its defining lines,
the lines that single it out among all the notes, strongest first.

A learner meets a further card with no definition beside it, so a leftover
line that only tells the thing apart from its section's neighbours, says what
the thing is not, or says what another thing is known by (`DDoS protection` of
a firewall) would make a weaker copy of the first card: the thing gets none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.closest import closest_share
from pipeline.cards.confusable import AMBIGUOUS_MORE, echoes_another, said_nowhere_else
from pipeline.cards.cue_words import content_words
from pipeline.cards.things import Thing
from pipeline.model import Document
from pipeline.model.definitions import Line

SHARE_DIGITS = 9  # digits a share is compared by: past them, only the order of a float sum
MORE_WORDS = 6  # words of the further card, which has no definition to lean on
FURTHER_LINES = 2  # lines of the further card: with options, two clues make a practice question
FITS_ANOTHER = AMBIGUOUS_MORE  # share of a line's telling words one other thing says, for the line to fit that one too
# a line that says what the thing is not, or when it is not the cause (`connection refused comes from an app error or not launched`)
# a command or an address (`ssh -i file.pem ec2-user@35.180.34.141`): syntax a learner types, no clue to recognise
_COMMAND = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\w@\w|(?:^|\s)--?[a-z][\w-]*\s|\b\w+\.(?:pem|sh|py|json|ya?ml|txt|conf)\b")
_NEGATED = re.compile(r"\b(?:not|no|never|neither|nor|cannot|can't|won't|doesn't|don't|isn't|aren't)\b|n't\b", re.IGNORECASE)


def further_cues(document: Document, thing: Thing, rest: Sequence[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """The strongest of the cue lines left after the first card, in the notes' order:
    each says a word no other thing says, and no other thing says half of its words."""
    scored: list[tuple[float, int, int]] = []
    for n, (text, line) in enumerate(rest):
        if _NEGATED.search(text) or _COMMAND.search(line.text) or echoes_another(document, thing, text):
            continue
        unique = len(said_nowhere_else(document, thing, text))
        if not unique:
            continue  # weighed against every thing of the notes only when it may be chosen
        share = closest_share(document, thing, text)
        if share < FITS_ANOTHER:
            # shares equal but for a float sum's last bits tie: more words of its own, then the notes' order
            scored.append((round(share, SHARE_DIGITS), -unique, n))
    chosen = [rest[n] for n in sorted(n for *_, n in sorted(scored)[:FURTHER_LINES])]
    return chosen if len(content_words(" ".join(text for text, _ in chosen))) >= MORE_WORDS else []

