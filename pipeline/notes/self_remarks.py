"""The author's remarks to themself inside a line: "Caught me twice", "i keep
flipping them", "Took me ages to get this.", "remember this one!", "trap q!",
"— that's how I remember it.", "confusing! — ...". They say how the author
fared with a fact, never the fact: on a card's front they are a clue to
nothing, on its back ("Caught me twice" as the answer's extra) they are read as
part of the answer. A sentence, a dash clause closing a sentence or a bracket
that is only such a remark is left out where the notes are read; a sentence
that carries a fact keeps it ("Gotcha: S3 is global but buckets are
regional" is a fact with a flag, not a remark)."""

from __future__ import annotations

import re

_TIMES = r"(?:\s+(?:twice|again|once|(?:every|each)\s+time|(?:two|three|\d+)\s+times))?"
# "on the practice test", "in my mock exam": where the author slipped
_WHERE = r"(?:\s+(?:on|in)\s+(?:a|the|my|every)\s+(?:\w+\s+){0,2}(?:tests?|exams?|quiz(?:zes)?|papers?))?"
_IT = r"(?:this|these|that|those|it|them|the\s+two|both)(?:\s+one)?"
# the whole sentence or clause, its closing marks cut off first
_SELF_REMARK = re.compile(
    r"^(?:(?:and|but|so|which)\s+)?(?:"
    # "Caught me twice", "that tripped me up on the practice test", "always gets me"
    rf"(?:{_IT}\s+)?(?:always\s+)?(?:caught|tripped|trips|fooled|got|gets|bit|surprised|confused)\s+me(?:\s+(?:up|out))?{_TIMES}{_WHERE}"
    # "i keep flipping them", "I always mix these up", "I confused this twice in the practice test"
    rf"|i\s+(?:just\s+|always\s+|still\s+|keep\s+|kept\s+)?(?:flip(?:ping|ped)?|swap(?:ping|ped)?|mix(?:ing|ed)?|confus(?:e|ing|ed)|forg(?:et|etting|ot)|chant)"
    rf"(?:\s+(?:up\s+)?{_IT})?(?:\s+up)?{_TIMES}{_WHERE}"
    # "keep swapping", "Took me ages to get this.", "got this wrong twice", "messed this up on the mock"
    rf"|keep\s+(?:flipping|swapping|mixing\s+(?:them|these)\s+up)"
    rf"|(?:i\s+)?(?:got|get|had)\s+{_IT}\s+wrong{_TIMES}{_WHERE}|(?:i\s+)?(?:messed|screwed)\s+{_IT}\s+up{_TIMES}{_WHERE}"
    rf"|(?:it\s+|this\s+)?took\s+me\s+(?:ages|forever|a\s+while|a\s+long\s+time)(?:\s+to\s+(?:get|learn|see|understand)(?:\s+{_IT})?)?"
    # "— that's how I remember it.", "remember this one!", "my weak spot"
    rf"|that'?s\s+how\s+i\s+(?:remember|learn(?:ed|t)?|recall|keep)\s+{_IT}(?:\s+apart)?"
    rf"|remember\s+{_IT}|(?:my\s+)?weak\s+spot|easy\s+marks?|trips\s+(?:people|everyone|me)\s+up"
    # "trap q!", "classic trap.", "exam trap" alone: the flag with no fact after it
    r"|(?:(?:a|an|another|the|definitely|definately|classic|exam|common|big)\s+){0,3}(?:trap|gotcha)(?:\s+q(?:uestion)?)?"
    # "This exact point was a mock question!", "that one came up in my practice exam": where the author met it
    r"|(?:this|that)(?:\s+exact)?(?:\s+(?:point|one|bit|thing|question))?\s+(?:was|came\s+up|showed\s+up)\s+(?:as\s+)?(?:a|an|on|in)"
    r"\s+(?:the\s+|my\s+)?(?:\w+\s+)?(?:mock|practice|exam|test)(?:\s+(?:question|q|exam|test))?"
    # "This shows up more than I expected.", "it comes up a lot": how often the author met it
    r"|(?:this|that|it)(?:\s+one)?\s+(?:shows|comes)\s+up\s+(?:a\s+lot|often|more\s+than\s+i\s+(?:expected|thought))"
    # "CC EAL names 5 vs 6 — confusing!", "inside Cosmos, confusing": the author's mood, closing its line
    r"|(?:so\s+|very\s+|super\s+)?(?:confusing|tricky)"
    # "(see above)", "(more on this below)": a pointer to another part of the notes, no fact of this one
    r"|(?:see|cf\.?|more(?:\s+on\s+(?:this|that|it))?)\s+(?:above|below|earlier|later)"
    r")\W*$",
    re.IGNORECASE,
)
# a sentence ends on its marks before a space; the pieces join back to the text unchanged
_SENTENCE_END = re.compile(r"(?<=[.!?])(?=\s)")
_DASH_OPENING = re.compile(r"^\s*[—–-]\s+")
# "... zero redundancy" — that's how I remember it.": a dash clause closing its sentence
_DASH_CLAUSE = re.compile(r"\s+[—–-]\s+(?P<remark>[^—–.!?()]+[.!?]*)\s*$")
# "PIM — P2, remember this one!", "... the LEAST common source, which surprised me.": a comma clause closing it
_COMMA_CLAUSE = re.compile(r",\s+(?P<remark>[^,—–.!?()]+[.!?]*)\s*$")
# "What swaps vs what sticks — I keep forgetting this!": the card rules leave such a line out whole
# (cards.chunking's remarks on studying); cut to its head it would read as a fact
_LINE_CHATTER = re.compile(r"I\s+(?:keep|kept|always|never)\s+(?:forget|mix)")
# "confusing! — RPO is about DATA": the remark, then what it is about
_LEADING = re.compile(r"^(?P<remark>\s*[^.!?—–()]{1,30}!+)(?:\s+[—–-])?\s+(?=\S)")


def is_self_remark(text: str) -> bool:
    """"Caught me twice", "trap q!": the author on themself and the fact, no fact."""
    return bool(_SELF_REMARK.match(text.strip()))


def without_self_remarks(text: str) -> str:
    """The text without its sentences and closing dash clauses that are only the author's remarks."""
    if not text.strip():
        return text
    kept: list[str] = []
    dropped = False
    dash = ""  # "**X** — classic trap. Control Quality is ...": the dash stays before the fact that follows
    pieces = _SENTENCE_END.split(text)
    for index, sentence in enumerate(pieces):
        if not sentence.strip():
            kept.append(sentence)
            continue
        clause = next((c for c in (_DASH_CLAUSE.search(sentence), _COMMA_CLAUSE.search(sentence)) if c and is_self_remark(c.group("remark"))), None)
        if sentence.count("(") != sentence.count(")"):
            pass  # "(... ones!! trap)": a bracket's remark is its own aside's (hedges), never cut across its marks
        elif is_self_remark(sentence):
            sentence = ""
        elif clause and not _LINE_CHATTER.match(clause.group("remark")):
            before = sentence[: clause.start()]
            dash = clause.group(0)[: clause.start("remark") - clause.start()] if not before.strip() else dash
            # '"RAID 0 has zero redundancy" — that's how I remember it. RAID is ...': the full stop stays between facts
            follows = any(piece.strip() for piece in pieces[index + 1 :])
            sentence = before + ("." if before.strip() and follows and clause.group("remark").rstrip()[-1:] in ".!?" else "")
        if sentence.strip():
            sentence = dash + sentence.lstrip() if dash else sentence
            # "confusing! — RPO is ...": the dash led from the remark left out to its fact
            kept.append(_DASH_OPENING.sub(" ", sentence) if dropped and not dash and not "".join(kept).strip() else sentence)
            dash = ""
        else:
            dropped = True
    out = "".join(kept)
    leading = _LEADING.match(out)
    if leading and is_self_remark(leading.group("remark")):
        out = (" " if out[:1].isspace() else "") + out[leading.end() :]
    if out == text:
        return text
    if not out.strip():
        return ""
    # the text's own edges stay: a space before a bold name that follows
    out = (" " if text[:1].isspace() else "") + out.strip()
    return out + (" " if text[-1:].isspace() else "")
