"""Lines about the exam itself, not its content: how many questions, how long,
the pass mark, the price, the renewal, the weight of each domain. A learner
is never asked these, so they make no cards (the cheat sheet still shows them).

Notes by many authors open with such a section ("Exam basics", "exam
logistics / setup", "About the exam") or a lead-in line ("Exam: 2 hours,
50–60 questions", "Sections (weights from the exam guide):") over a list.
A section on the author's own studying ("My study plan", "Weak spots so
far", "Rules for myself"), on their own slips in practice ("Stuff I got wrong
in practice exams", "Gotchas (from my practice disasters)") or on their plan
for the exam's clock ("Timed exam strategy") is read the same way.
"""

from __future__ import annotations

import re

from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.model.exam_remarks import about_a_part, advice_on_studying

_ABOUT = (
    r"basics|logistics|format|overview|info|information|details|facts|structure|setup|set\s+up"
    r"|registration|booking|scheduling|day|scoring|score|weights?|domains|sections|outline|policies|rules|snapshot|at\s+a\s+glance"
    r"|strategy|tactics|timing|time\s+management"
)
# "Exam basics", "exam logistics / setup", "About the exam", "The exam", "CKAD exam info", "The assessment itself"
_EXAM_HEADING = re.compile(
    rf"^(?:about\s+(?:the\s+)?|the\s+)?(?:(?!(?:mock|practice|sample|trial)\b)[a-z0-9]+\s+)?(?:exam(?:ination)?|assessment)(?:\s+(?:{_ABOUT}|itself)\b.*)?$"
)
# "Exam: 2 hours, ...", "Sections (approx. weights from the exam guide):", "domains + weights",
# "score on first go: 12/16", "Mock 2 score - 78%": the exam's or the author's own score
_EXAM_LINE = re.compile(
    r"^\W*exam(?:ination)?\s*:|\bweights?\b.*\b(?:exams?|guides?)\b|\b(?:domains?|sections?|skill\s+areas?)\b\W+(?:\w+\W+){0,2}weights?\b"
    r"|^\W*(?:(?:my|mock|practice|passing)\s+(?:\w+\s+)?)?(?:score|scored)\b[^:\d]{0,30}[:\-–—]?\s*\d+\s*(?:/\s*\d+|%|\s+of\s+\d+)",
    re.IGNORECASE,
)


# "My study plan", "Study schedule", "Weak spots so far", "Rules for myself", "To-do before exam", "Still to do", "Final cram", "Final 15-min checklist":
# the author's own studying, no fact of the subject ("Plan tiers" is one)
_STUDYING_HEADING = re.compile(
    r"^(?:my\s+(?:(?:study|revision|exam|prep|preparation|learning)\s+)?|(?:study|revision|exam\s+prep|preparation|learning)\s+)"
    r"(?:plan|schedule|timeline|calendar|tracker|progress|routine|log|diary)(?:\s+so\s+far)?$"
    r"|^(?:my\s+)?(?:practice|mock|quiz)(?:\s+(?:exam|test|quiz)s?)?(?:\s+(?:scores?|results?))?\s+(?:log|tracker|history|so\s+far)$"
    r"|^(?:my\s+)?(?:scores?|results?)\s+(?:log|tracker|history|so\s+far)$"
    r"|^(?:my\s+)?weak\s+(?:spots|areas|points|topics)\b|\b(?:rules|notes|reminders)\s+(?:for|to)\s+myself$|^(?:still\s+)?to[\s-]?do\b"
    r"|^(?:(?:final|last[\s-]minute|night[\s-]before)\s+)?(?:cram|revision\s+checklist)(?:\s+(?:list|sheet|checklist))?$"
    r"|^(?:final|last)\b[\w\s-]{0,20}\bchecklist\b"
)


# "Stuff I got wrong in practice exams", "Gotchas (collected from my practice disasters)",
# "Where I lost points": a log of the author's own slips. Its lines tell a story ("I said
# `docker logs`"), and what they learnt from it the notes' sections say as facts already;
# "Dockerfile instructions I keep mixing up" is the subject, only flagged as hard
_FIRST_PERSON = re.compile(r"\b(?:i|i'?ve|my|me|myself)\b")
_SLIPS = re.compile(
    r"\b(?:wrong|mistakes?|disasters?|blunders?|screw\s*ups?|missed|messed|screwed|lost|fails?|failed|failures?|bitten|tripped)\b"
)

# "Topics", "Syllabus", "Learning Objectives", "Course outline": what the exam or the course covers, a list
# of its parts' titles ("Secure protocols", "Performance metrics"), no fact of any
# ("Outline" or "Objectives" alone may head the notes' own lines)
_OUTLINE_HEADING = re.compile(r"^(?:(?:exam|course|certification)\s+)?(?:topics(?:\s+covered)?|syllabus)$|^(?:exam|course|certification|learning)\s+(?:outline|objectives)$")
# "Domains (weights)", "Domain weighting", "Sections & weights": the exam's parts by their share
_WEIGHTS_HEADING = re.compile(r"^(?:domains?|sections?|skill\s+areas?|objectives?)\s+(?:\w+\s+)?(?:weights?|weightings?)$")
_QUESTIONS = re.compile(r"\b(?:questions?|qs|quiz(?:zes)?)\b")


def about_the_exam(heading: str) -> bool:
    """A heading over the exam's own facts, or the author's own studying, not over what it asks."""
    key = inl.plain_key(heading)
    # "My practice Qs (wrote these from stuff I got wrong)": questions to answer, no log of slips
    slips = bool(_FIRST_PERSON.search(key) and _SLIPS.search(key)) and not _QUESTIONS.search(key)
    return bool(_EXAM_HEADING.match(key) or _WEIGHTS_HEADING.match(key) or _OUTLINE_HEADING.match(key) or _STUDYING_HEADING.search(key) or slips)


def exam_facts_line(text: str) -> bool:
    """A line that opens the exam's own facts: its format or its domains' weights."""
    return bool(_EXAM_LINE.search(text))


# "TODO: redo practice set #3", "todo - make flashcards for the kms keys": a task of the
# author's studying, no fact; "TODO: does Macie read RDS? -> no, S3 only" says one
_STUDY_TODO = re.compile(
    r"^\W*(?:todo|to\s*do|fixme)\s*[:\-–—]?\s*(?:re-?)?(?:do|make|read|review|watch|learn|practi[cs]e|finish|write|go\s+over|"
    r"visit|take|book|schedule|memori[sz]e|study|add|look\s+up|look\s+into|find|ask|try|create|build|redo)\b",
    re.IGNORECASE,
)


def study_todo(text: str) -> bool:
    """A line of the author's own to-do list for studying: no fact of the subject."""
    return bool(_STUDY_TODO.match(text))


# A line of the exam's sitting anywhere in the notes (under the title, in a topic's list):
# "60 multiple-choice Qs, 90 min, online proctored", "need **80%** to pass", "budget ~1 min/Q".
# Each pattern is a word of the sitting itself; a minute or a price alone is content as often as not.
_SITTING = re.compile(
    r"\b\d+\s*(?:[-–]\s*\d+\s*)?\+?\s*(?:multiple[- ]choice|scored|mcq?)\s+(?:questions|qs)\b"
    r"|\b\d+\s*(?:min|mins|minutes?|s|secs?|seconds?)\s*(?:/|per\s+)q(?:uestion)?\b"
    r"|\bpass(?:ing)?\s+(?:score|mark|grade)\b|\bpass(?:ing)?\s*(?:=|:)\s*\d|\b\d+\s*%?\W{0,2}\s+to\s+pass\b|\bscaled\s+score\b"
    r"|\bproctor(?:ed|ing)?\b|\bexam\s+vouchers?\b|\bpearson\s+vue\b"
    # "Q types: multiple choice, multiple response, ordering": the exam's kinds of question
    r"|^\W*(?:q|question)\s*(?:types?|formats?)\s*:",
    re.IGNORECASE,
)
# "if you fail you wait 24h to retake", "~40-60 Qs, 45 min": words of the sitting only beside
# a word of the exam or its clock; "Retake the snapshot after resizing", "The 5 whys: ask 5
# questions to reach a root cause" are content
_SITTING_BESIDE_THE_EXAM = re.compile(r"\bretakes?\b|\b\d+\s*(?:[-–]\s*\d+\s*)?\+?\s*(?:questions|qs)\b", re.IGNORECASE)
_EXAM_WORD = re.compile(
    r"\b(?:exams?|tests?|mocks?|practice|quiz(?:zes)?|pass(?:ed|ing)?|fail(?:ed|s)?|attempts?|unscored|certs?|certification|multiple[- ]choice)\b"
    r"|\b\d+\s*(?:min|mins|minutes|hrs?|hours?)\b",
    re.IGNORECASE,
)
# "practice test avg 74%, want 80%+", "Time check from my last mock: ... 31/40", "Mock 2 - 78%":
# the author's own score, no fact of the subject ("came up in a practice test" alone stays;
# "Unit tests with mocks should cover 80% of branches", "Mock tests isolate dependencies; aim for
# 80% coverage" are no mock exam; "Mock test 2 - 78%" is)
_OWN_SCORE = re.compile(
    r"(?:\b(?:my|last|latest|first|second|third|next)\s+mocks?\b|\bmocks?\s*(?:exams?|papers?|(?:tests?\s*)?#?\d)"
    r"|\bpractice\s+(?:tests?|exams?|papers?|sets?|quiz(?:zes)?)\b).*\d\s*(?:%|/\s*\d)",
    re.IGNORECASE,
)
# "score check: 1st try __/20, 2nd try __/20. aim for 16+ (≈ 80%) before booking": the author's tally
_SCORE_AIM = re.compile(
    r"^\W*(?:score\s+check|my\s+scores?)\s*:|\b(?:1st|2nd|3rd|first|second|third)\s+(?:try|attempt|go)\W+_+\s*/\s*\d"
    r"|\baim\s+for\s+\d+\s*\+?[^.!?]*\bbefore\s+(?:booking|(?:sitting|taking|the)\s+(?:the\s+)?(?:real\s+)?exam)\b",
    re.IGNORECASE,
)


# "my mnemonic: "SCORPS" = Sustainability, Cost, ...", "Mnemonic for the knowledge areas, in
# order: "In Spring, Several Cats ..."": the author's memory aid, quoted; what it spells is
# asked where the notes list it ("Mnemonic for the order: EV always comes first" is a rule)
_MNEMONIC = re.compile(r"^\W*(?:my\s+)?mnemonics?\b[^:=]{0,60}[:=]\s*[\"“']", re.IGNORECASE)
# "still weak: QoS numbers (DO THE LABS)", "Still shaky: DX limits": the author's own weak spots (a `TODO:` line is read by `study_todos`)
_OWN_TODO = re.compile(r"^\W*still\s+(?:weak|shaky|unsure|fuzzy|to\s+do)\b\s*[:\-–—]", re.IGNORECASE)


def about_the_sitting(text: str) -> bool:
    """A line on the exam's sitting (questions, time per question, pass mark, proctoring,
    retakes), on the author's own practice scores, advice on studying, a mnemonic, the author's
    weak spots ("still weak: QoS numbers") or what a part of the notes holds: no card asks it."""
    beside_the_exam = bool(_SITTING_BESIDE_THE_EXAM.search(text) and _EXAM_WORD.search(text))
    sitting = beside_the_exam or _SITTING.search(text) or _OWN_SCORE.search(text) or _SCORE_AIM.search(text) or _MNEMONIC.match(text) or _OWN_TODO.match(text)
    return bool(sitting or advice_on_studying(text) or exam_facts_line(text) or about_a_part(text) or _weights_in_a_line(text))


# "Domains: D1 Data Prep 28% | D2 Model Dev 26% | ...", "Weights (2024 outline): D1 16% / D2 10% / ...":
# the exam's domains by weight on one line, after a label that names them
_WEIGHTS_LABEL = re.compile(r"^\W*(?:domains?|weights?|weightings?|sections?|skill\s+areas?|objectives?)\b[^:]{0,30}:\s*(.+)$", re.IGNORECASE)
_LINE_ITEMS = re.compile(r"\s+[/|]\s+|\s*;\s*")  # commas only where nothing else parts the items ("Scripting, Containers & Automation 19%")
_TRAILING_SHARE = re.compile(r"\s[~≈]?\s*(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\s*%(?:\s*\([^)]*\))?\W*$")


def _weights_in_a_line(text: str) -> bool:
    """`Weights: D1 16% / D2 10% / ...`; or, with no label, `Identities & governance 20-25% | Storage
    15-20% | ...`: every item a range of shares, as the exam's outline gives them."""
    labelled = _WEIGHTS_LABEL.match(text)
    body = labelled.group(1) if labelled else text.strip()
    items = _LINE_ITEMS.split(body)
    shares = [_TRAILING_SHARE.search(item) for item in (items if len(items) > 1 or not labelled else body.split(","))]
    found = [m for m in shares if m and (labelled or m.group(2))]
    return len(found) >= MIN_WEIGHTED and len(found) == len(shares) and _the_whole_exam(found)


# "## Kubernetes Fundamentals — 46%", "## Storage – ~20–25%", "## Security (22%)": the exam's
# weight after a section's name, no part of it: the front "Kubernetes Fundamentals — 46%" asked the weight
_SHARE = r"[~≈]?\s*\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s*%"
_DASHED_WEIGHT = re.compile(rf"\s*[—–-]+\s*{_SHARE}\s*$")
_TITLE_WEIGHT = re.compile(rf"\s*(?:[—–-]+\s*{_SHARE}|\(\s*{_SHARE}\s*\))\s*$")
# "Domain 3 — Incident Response (20%)": the exam's numbering of its domains
_DOMAIN_HEADING = re.compile(r"^\W*domain\s+\d{1,2}\b", re.IGNORECASE)
# "Describe core data concepts (25–30%)", "NLP workloads on Azure -> 15-20%": an item's weight
# "Security — 26%", "(25–30%)", "Security ~26%": a share after a separator, or after a tilde alone
_ITEM_WEIGHT = re.compile(r"(?:(?:->|→|[(:—–-])\s*[~≈]?|\s[~≈])\s*(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\s*%")
MIN_WEIGHTED = 3


def without_weight(title: Inline, exam_share: bool = True) -> Inline:
    """A heading's title without the exam's weight after it. A share in brackets is the
    exam's only where `exam_shares` says so ("## Availability target (99%)" keeps it)."""
    if not title or title[-1].kind != "text":
        return title
    text = title[-1].text
    match = (_TITLE_WEIGHT if exam_share else _DASHED_WEIGHT).search(text)
    if not match or not (text[: match.start()].strip() or len(title) > 1):
        return title
    rest = text[: match.start()]
    return inl.strip(title[:-1] + ((Span("text", rest),) if rest else ()))


def exam_shares(headings: list[tuple[int, str]]) -> list[bool]:
    """For each (level, text) heading, whether a share after it is the exam's weight: a
    "Domain N" heading, one under a heading on the exam, or one among sibling headings
    whose shares add up to the whole exam; elsewhere "(99%)" is a figure of the subject."""
    parents: list[int | None] = []
    stack: list[int] = []
    for index, (level, _) in enumerate(headings):
        while stack and headings[stack[-1]][0] >= level:
            stack.pop()
        parents.append(stack[-1] if stack else None)
        stack.append(index)
    siblings: dict[tuple[int | None, int], list[str]] = {}
    for index, (level, text) in enumerate(headings):
        siblings.setdefault((parents[index], level), []).append(text)

    def under_the_exam(index: int | None) -> bool:
        while index is not None:
            if about_the_exam(headings[index][1]):
                return True
            index = parents[index]
        return False

    return [
        bool(_DOMAIN_HEADING.match(text)) or under_the_exam(parents[index]) or exam_weights(siblings[(parents[index], level)])
        for index, (level, text) in enumerate(headings)
    ]


def exam_weights(items: list[str]) -> bool:
    """A list of the exam's domains by weight: most items end on a share, and the
    shares add up to the whole exam (each low bound, each high bound around 100)."""
    shares = [m for m in (_ITEM_WEIGHT.search(item) for item in items) if m]
    if len(shares) < MIN_WEIGHTED or 3 * len(shares) < 2 * len(items):
        return False
    return _the_whole_exam(shares)


def _the_whole_exam(shares: list[re.Match[str]]) -> bool:
    """Shares (each a low bound, then a high one where a range) that add up to the whole exam."""
    low = sum(int(m.group(1)) for m in shares)
    high = sum(int(m.group(2) or m.group(1)) for m in shares)
    return low <= 105 and high >= 95
