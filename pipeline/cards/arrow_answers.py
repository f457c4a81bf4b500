"""Questions answered on their own line by an arrow, under a title of questions:

    ## Practice questions
    1. User has IP 169.254.12.5 and no internet? -> DHCP server not reachable
    2. Need web app staging slots at lowest cost → Standard (S1)

Read as lines, each was a statement with a blank over some word of it, the
question and its answer asked as one fact of a topic named "Practice
questions". Each is asked as the author wrote it: the question on the front,
what follows the arrow on the back. The arrow after a question mark ends the
question, else the one after a full stop, else the line's only arrow: a chain
(`Blob uploaded → thumbnail → Event Grid → Function`) has no one place where
its answer starts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.cards.qa_lines import ANSWER, ARROW_ANSWER, answers_question, own_question
from pipeline.cards.quiz_reading import LETTERED, QUESTION_NUMBER, drop_prefix
from pipeline.model import Inline, Node, Span, Table, Topic
from pipeline.model import inline as inl

_ASKED = re.compile(r"\?\s*(?:->|→|=>|⇒|[—–-])\s")  # "... usable space? -> RAID 5", "Fix for SQLi? — parameterized queries"
_TOLD = re.compile(r"[.!]\s*(?:->|→|=>|⇒)\s")  # "Files owned by jacques -> /root/findfiles. -> find -user"
_REMARK = re.compile(r"\s[-–—]\s")
QUESTION_WORDS = 3  # fewer make no question ("Fix? → Premium" alone asks nothing)


# "Practice Qs", "Self-check", "Self-test", "Quiz": the author's questions ("Keywords in the question → answer",
# "Scenario → Service cheat list" map needs to names: a list of its own, asked as one)
# "Situational rules — What should the PM do FIRST?": situations, each answered by what to do
_SITUATIONS = re.compile(r"\bsituational\b|\bwhat\s+(?:should|would|do)\s+(?:the|you|i|we)\s+(?:\w+\s+)?do\b", re.IGNORECASE)
_PRACTICE_TITLE = re.compile(
    r"\b(?:self[- ]?(?:check|test)|quiz(?:zes)?|test\s+yourself|mock\s+exam|questions|qs)\b|^\W*practice\W*$|" + _SITUATIONS.pattern,
    re.IGNORECASE,
)
# "Practice: Default search mode? -> Smart", "scenario: auditor wants AWS's SOC 2 report -> Artifact":
# a line that says it is a question, or a need and what meets it, under any title
_PRACTICE_LABEL = re.compile(r"^\s*(?:practice|self[- ]?check|drill|(?:exam\s+)?scenario|use\s+case)\s*:\s*", re.IGNORECASE)


def arrow_answered(topic: Topic, section: str = "") -> Topic:
    """The topic with each run of its questions answered by an arrow as one table of
    questions and answers; the topic as it is when its title names no questions (nor,
    for a bold line's topic, its heading or `section` names situations)."""
    title = _REMARK.split(inl.to_plain(topic.title))[0]  # ("Systems Manager — LOTS of Qs": a remark on a topic)
    titled = _PRACTICE_TITLE.search(title) is not None and not inl.SPACED_ARROW.search(f" {title} ")
    # `**Stakeholders / comms**` under "Situational rules — What should the PM do FIRST?": situations,
    # as its heading (or its section, above a bold line) says
    heading = topic.parents[-1] if topic.parents else section
    titled = titled or (topic.bold and _SITUATIONS.search(heading) is not None)
    if not titled and not any(_PRACTICE_LABEL.match(inl.to_plain(node.inline)) for node in topic.body):
        return topic
    body: list[Node] = []
    run: list[tuple[Node, Inline, Inline]] = []
    tables = 0
    nodes = (*topic.body, None)
    for before, node, after in zip((None, *nodes), nodes, nodes[1:] + (None,)):
        answered = after is not None and _answer_line(inl.to_plain(after.inline))  # by the next line
        # "> Register in Model Registry ...; on status → Approved" under "**Q16.** ...": the answer of the question above
        answers = before is not None and node is not None and answers_question(before, node)
        labelled = node is not None and _PRACTICE_LABEL.match(inl.to_plain(node.inline)) is not None
        if node is not None and (titled or labelled) and not answered and not answers and (pair := _split(node)) is not None:
            run.append((node, *pair))
            continue
        if run:
            body.append(question_table([(question, answer) for _, question, answer in run], [n.line for n, _, _ in run], all(n.cards for n, _, _ in run)))
            run, tables = [], tables + 1
        if node is not None:
            body.append(node)
    return replace(topic, body=tuple(body)) if tables else topic


def _split(node: Node) -> tuple[Inline, Inline] | None:
    """The question and the answer of a line that answers itself after an arrow."""
    if node.children or node.role not in ("item", "step", "line") or node.table is not None or own_question(node) is not None:
        return None  # (`Q: ... -> A: ...` is the author's own card)
    spans = unnumbered(inl.strip(node.inline), (QUESTION_NUMBER, _PRACTICE_LABEL))
    plain = inl.to_plain(spans)
    if _answer_line(plain) or LETTERED.match(plain):
        # "→ yes, 3/5 = quorum kept", "A: Global Accelerator → ALBs": the answer to the line above;
        # "a) throttled b) OOMKilled → **b**": a question's options and its key, the quiz reader's
        return None
    # the end of the question: an arrow after its question mark, else after its full stop, else its one arrow
    ends = next(((pattern, found) for pattern in (_ASKED, _TOLD, inl.SPACED_ARROW) if (found := pattern.findall(plain))), None)
    if ends is None or len(ends[1]) > 1:
        return None  # ("RDP? -> 3389. SMB? -> 445": questions in a row, asked by the lines' own cards)
    for index, span in enumerate(spans):
        found = ends[0].search(span.text) if span.kind == "text" else None
        if found is None:
            continue
        cut = found.start() + 1 if found.group()[0] in "?.!" else found.start()
        question = inl.strip((*spans[:index], Span("text", span.text[:cut])))
        answer = inl.strip((Span("text", span.text[found.end() :]), *spans[index + 1 :]))
        if len(inl.to_plain(question).split()) < QUESTION_WORDS or not inl.to_plain(answer).strip():
            return None
        return question, answer
    return None


def _answer_line(text: str) -> bool:
    """`A: ...`, `→ ...`: a line that answers the one above it."""
    return ANSWER.match(text) is not None or ARROW_ANSWER.match(text) is not None


def unnumbered(spans: Inline, numbers: Sequence[re.Pattern[str]] = (QUESTION_NUMBER,)) -> Inline:
    """The line without a number the author typed into it ("Q3. ", "3) ")."""
    said = inl.to_plain(spans)
    number = next((found for pattern in numbers if (found := pattern.match(said))), None)
    return inl.strip(drop_prefix(inl.strip(spans), number.end())) if number and number.end() < len(said) else spans


def question_table(rows: Sequence[tuple[Inline, Inline]], lines: Sequence[int], cards: bool) -> Node:
    """A table of the author's questions and their answers, asked row by row as the notes' own."""
    table = Table(((Span("text", "Question"),), (Span("text", "Answer"),)), tuple(rows), tuple(lines))
    return Node((), lines[0], "table", table=table, cards=cards)
