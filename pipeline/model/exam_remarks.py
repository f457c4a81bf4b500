"""The author's words on the exam rather than on its subject: advice on studying
("Know every core object and which component does what.", "memorize these",
"don't over-memorize"), the exam's share of a part ("Almost half the exam.") and
remarks on the notes' own parts ("This section mixes cost, reliability and
support"). One reading for both places that leave them out: where the notes are
read (such a line makes no card) and where a heading's first line is asked (it
defines nothing)."""

from __future__ import annotations

import re

# "Know every core object and ...", "memorize these, they ...", "Memorize the order.", "don't
# overthink": advice; "Know these ports: 22 SSH, 80 HTTP" lists the facts it advises on, and is asked
# the words of advice on studying, read here and where a remark beside a fact is cut (notes/hedges)
MEMORIZE = r"memori[sz]e\b"
OVERDOING = r"(?:don'?t|do\s+not|never)\s+over-?(?:memori[sz]e|think|study)"
_ADVICE = re.compile(
    r"^\W*(?:" + MEMORIZE + r"|(?:know|learn)\s+(?:every|all|these|them|this|it)\b(?!['’]))"
    r"|\b" + OVERDOING
    + r"|\b(?:half|third|quarter|bulk|most)\s+(?:of\s+)?the\s+exam\b",
    re.IGNORECASE,
)
# "Know these ports: 22 SSH, ...", "Memorize the formula ALE = SLE × ARO", "Memorize the 7 layers — Physical, ...":
# facts after a colon, a dash, an equals sign or an arrow
_FACTS_FOLLOW = re.compile(r"(?::|\s[—–-]\s|=|→|->)\s*\S")
# "They ask what to do NEXT", "They love trick wording": the exam's setters, after advice
_THEY_ASK = re.compile(r"^\W*(?:they|the\s+exam|(?:the\s+|exam\s+)?questions?)\s+(?:\w+\s+){0,2}(?:ask|asks|love|loves|like|likes|want|wants|expect|expects|test|tests)\b", re.IGNORECASE)
# "The exam isn't based on either book", "This section mixes ...", "The first chunk of this domain
# is about ...", "This domain sounds fluffy but it is 17%", "leans hard on this section": the exam,
# or the notes' own part as the sentence's subject. "domain" and "section" are words of many
# subjects ("Verify you own this domain", "A wildcard certificate for this domain covers ...",
# "Under this section, platforms are not ..."): only opening the sentence, with words on what a part holds
_PART = r"^\W*(?:(?:honestly|basically|really|tbh),?\s+)?(?:the\s+(?:\w+\s+){0,2}of\s+)?(?:this|the\s+whole)\s+(?:domain|section|chapter)\s+"
_ON_THE_EXAM = re.compile(
    r"^[^.!?;—–]*?\b(?:the|this|whole)\s+exam\b"
    r"|" + _PART + r"(?:is\s+(?:(?:all|mostly|mainly|really)\s+)?(?:about|worth|heavy|light|huge|the\s+(?:biggest|largest|smallest))"
    r"|sounds|looks|seems|feels|covers|mixes|focuses|weighs|counts)\b|" + _PART + r"[^.!?]*\d\s*%|" + _PART + r"is\s+[\"“']"
    r"|^[^.!?;—–]*?\b(?:leans?|focus(?:es)?)\s+(?:\w+\s+)?on\s+this\s+(?:domain|section|chapter)\b"
    # "Vocabulary that shows up in nearly every question", "biggest section, spend most review time here"
    r"|^[^.!?;]*?\bshows?\s+up\s+(?:in|on)\s+(?:\w+\s+){0,2}(?:questions?|the\s+exam)\b|^\W*(?:the\s+)?(?:biggest|largest|heaviest)\s+(?:section|domain|part)\b",
    re.IGNORECASE,
)


# "This section = the "Dataflow paper" stuff": what a part of the notes holds, a line of its own
_PART_HOLDS = re.compile(_PART + r"=\s", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def about_a_part(text: str) -> bool:
    """A line that says what a part of the notes holds, not what it teaches, and nothing
    else (one going on to a sentence of facts, or leading a list, is read as ever)."""
    return _PART_HOLDS.match(text) is not None and len(_SENTENCE_END.split(text.strip())) == 1


def advice_on_studying(text: str) -> bool:
    """A line of advice on studying or of the exam's share of a part, with no facts after
    it: it opens on such advice and goes on only on the exam ("Almost half the exam.
    Know every core object ...", "Memorize the order. They ask what to do NEXT."); one
    that goes on to a fact ("Almost half the exam. Pods are ...") is asked."""
    first, *rest = _SENTENCE_END.split(text.strip())
    if _TO_SELF.match(first):
        return True  # "Good luck future me. Read the question twice": the send-off's advice goes on
    return _advice(first) and all(speaks_of_the_exam(sentence) for sentence in rest)


# "Final advice to self: read every option, ...", "Good luck future me. Read the question twice",
# "Last-minute: sleep, brain dump formulas first": the author's send-off and exam-day advice, whatever
# follows ("Note to self: `matchLabels` MUST match ..." flags a fact of the subject)
_TO_SELF = re.compile(
    r"^\W*(?:(?:(?:final|last)\s+)?advice\s+(?:to|for)\s+(?:my)?self\b|(?:final|last)\s+(?:reminders?|notes?)\s+(?:to|for)\s+(?:my)?self\b"
    r"|good\s+luck\b|(?:last[\s-]minute|exam[\s-]day|before\s+the\s+exam)\s*:"
    # "last pass: re-read the "ISACA mindset" bits before the exam", "last week: redo weak spots, sleep before exam!!"
    r"|(?:[^.!?:]{0,20}:\s*)?(?:re-?read|redo|review|revise|go\s+over|sleep)\b[^.!?]*\bbefore\s+(?:the\s+)?exam\b"
    # "Wrote these after the Tutorials Dojo set, redo them the night before": the author's own questions
    r"|(?:i\s+)?wrote\s+these\b[^.!?]*\bredo\s+(?:them|these)\b"
    # "Cover the A: lines and go through these the night before"
    r"|[^.!?]*\b(?:go\s+through|redo|review|reread)\s+(?:these|them)\b[^.!?]*\b(?:night|day|week|morning)\s+before\b)", re.IGNORECASE
)


def _advice(sentence: str) -> bool:
    if _TO_SELF.match(sentence):
        return True
    found = _ADVICE.search(sentence)
    return found is not None and not _FACTS_FOLLOW.search(sentence, found.end())


def speaks_of_the_exam(sentence: str) -> bool:
    """Whether a sentence is the author on the exam or on the notes' own parts, not a fact."""
    return bool(_ON_THE_EXAM.match(sentence) or _THEY_ASK.match(sentence)) or _advice(sentence)
