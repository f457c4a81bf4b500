"""Whether what a cloze on a name leaves shown points to that name, and to no other."""

from __future__ import annotations

import re

from pipeline.cards.deletions import BLANK, HIDDEN, words_shown
from pipeline.cards.own_words import shows_own_word
from pipeline.cards.sink import CardSink
from pipeline.model.naming import MASK


def points_to_name(sink: CardSink, cloze: str, last_resort: bool = False, own_words: bool = True) -> bool:
    """Whether what a cloze on a name leaves shown tells that name apart from
    the other things of the notes (`clues`) as a recognition card's cues must
    (`name_clues`); as the `last_resort` of a line no other card says, it
    need only point (`clues`). Unless told not to (`own_words`), it never says a word
    of the name (`own_words.shows_own_word`)."""
    hidden = HIDDEN.search(cloze)
    if hidden is None:
        return True
    name, lines = words_shown(hidden.group(1)), clue_lines(cloze)
    shown = words_shown(BLANK.sub(" ", cloze))
    if own_words and shows_own_word(name, shown, sink.shared_words, sink.common):
        return False  # "[VPC Peering]: peering connection is not transitive": the front answers it
    if not sink.points_to(name, shown):
        return False
    if last_resort:
        return sink.tiered or sink.says_enough(lines)  # a tier's line asks which tier: the others have it too
    return sink.recognised(name, lines)


def clue_lines(cloze: str) -> list[str]:
    """What a cloze on a name shows, line by line, each blank as a mask (the lead blank left out)."""
    body = re.sub(r"^\{\{c\d+::.*?\}\}\s*:?\s*", "", cloze)
    return [words_shown(BLANK.sub(MASK, part)) for part in re.split(r"</li>|<br\s*/?>", body) if words_shown(BLANK.sub(MASK, part))]
