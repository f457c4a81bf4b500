"""Questions written without options, their answers listed after them:

    **Practice questions**
    1. Lambda in a private subnet can't reach a public API. What's missing?
    2. Objects must be kept 5 years, even the root user can't delete them.
    **Answers**
    1. NAT gateway in a public subnet, a route 0.0.0.0/0 to it
    2. S3 Object Lock, compliance mode

Read apart, the questions were statements to blank and the answers facts
about a topic named "Answers". Each question is asked with its answer, as a
`| Question | Answer |` table of the notes' own is: the numbered list of
questions becomes that table, and the answers' list goes. The two lists pair
only when they are numbered alike and the questions' list is the last one
before the answers' heading; answers with no such list make no cards.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.arrow_answers import arrow_answered, question_table, unnumbered
from pipeline.cards.qa_lines import answered_by_next
from pipeline.cards.quiz_reading import QUESTION_NUMBER, is_answer_heading
from pipeline.model import Document, Node, Section, Span, Topic
from pipeline.model import inline as inl

MIN_PAIRS = 2  # a key of one answer answers its own question, no list


# "- Q1. ..." over "- A1: ...": bullets that carry the number a list would
_LABELLED = re.compile(r"^\s*(?:(?:question|answer)\s*#?\s*\d+\s*[.:)\-–—]|[qa]\d+\s*[.:)])\s*", re.IGNORECASE)


def _a_numbered_line(node: Node) -> bool:
    numbered = node.role == "step" or (node.role == "item" and _LABELLED.match(inl.to_plain(node.inline)) is not None)
    return numbered and not node.children and node.table is None


def _numbered(nodes: tuple[Node, ...]) -> bool:
    return len(nodes) >= MIN_PAIRS and all(_a_numbered_line(n) for n in nodes)


def _answers(topic: Topic) -> tuple[Node, ...] | None:
    """The answers of a topic titled "Answers": the numbered list its body opens with
    (a remark after it, "Last-minute reminders: ...", is no answer)."""
    if not is_answer_heading(Node(topic.title, topic.line, "label")):
        return None
    count = next((i for i, node in enumerate(topic.body) if not _a_numbered_line(node)), len(topic.body))
    return topic.body[:count] if count >= MIN_PAIRS else None


def _label_paired(topic: Topic) -> Topic:
    """The topic with its questions and the `**Answers:**` line over their answers, right
    after them in its body, as one table (a label with a colon leads its list: no topic of its own)."""
    body = topic.body
    for index, node in enumerate(body):
        if not (is_answer_heading(node) and _numbered(node.children)):
            continue
        start = _run_before(body, index)
        if index - start == len(node.children):
            return replace(topic, body=(*body[:start], _asked(body[start:index], node.children), *body[index + 1 :]))
    return topic


def _questions(topic: Topic) -> tuple[int, int, tuple[Node, ...]] | None:
    """The questions that end the topic's body: its last run of numbered lines, or the numbered
    lines under its last line (`**My practice Qs**` over them); with the body's part they replace."""
    body = topic.body
    if body and _numbered(body[-1].children):
        return len(body) - 1, len(body), body[-1].children
    start = _run_before(body, len(body))
    return (start, len(body), body[start:]) if len(body) - start >= MIN_PAIRS else None


def _run_before(body: tuple[Node, ...], end: int) -> int:
    """Where the run of numbered lines that ends at `end` starts (`end` itself: none)."""
    start = end
    while start > 0 and _a_numbered_line(body[start - 1]):
        start -= 1
    return start


def _text(node: Node) -> tuple[Span, ...]:
    """A numbered line without the number the author typed into it ("1. ", "Q1:")."""
    return unnumbered(node.inline, (QUESTION_NUMBER, _LABELLED))


def _asked(questions: tuple[Node, ...], answers: tuple[Node, ...]) -> Node:
    rows = [(_text(q), _text(a)) for q, a in zip(questions, answers)]
    return question_table(rows, [q.line for q in questions], all(n.cards for n in (*questions, *answers)))


# "Practice scenarios", "Self-check", "Quiz": a topic of the author's questions
_QUESTIONS_TITLE = re.compile(r"\b(?:practice|self[- ]?check|quiz(?:zes)?|questions?|scenarios?|test\s+yourself)\b", re.IGNORECASE)


def _scenarios_paired(topic: Topic) -> Topic:
    """Under a title of questions, each numbered scenario with its answer on the next line
    (`7. Audit logs must be kept 7 years, unalterable` over `Aggregated org-level sink ...`):
    one table of questions and answers, as the scenario states no question mark."""
    body = topic.body
    if not _QUESTIONS_TITLE.search(inl.to_plain(topic.title)) or len(body) < 2 * MIN_PAIRS:
        return topic
    pairs = list(zip(body[::2], body[1::2]))
    if len(body) % 2 or not all(_a_numbered_line(q) and answered_by_next(q, a, asking=True) for q, a in pairs):
        return topic
    return replace(topic, body=(_asked(body[::2], body[1::2]),))


def _section_paired(section: Section) -> Section:
    heading = inl.to_plain(section.title)
    topics = [_label_paired(_scenarios_paired(arrow_answered(topic, heading))) for topic in section.topics]
    spent: set[int] = set()  # the answers' topics, said by the questions' tables
    for index in range(len(topics)):
        answers = _answers(topics[index])
        if answers is None:
            continue
        place = _questions(topics[index - 1]) if index else None
        rest = topics[index].body[len(answers) :]  # the remarks after the answers stay as they are
        if place is None or len(place[2]) != len(answers):
            # answers to questions the notes do not hold here: no fact without their question
            topics[index] = replace(topics[index], body=(*(replace(n, cards=False) for n in answers), *rest))
            continue
        owner = topics[index - 1]
        start, end, questions = place
        asked = _asked(questions, answers)
        topics[index - 1] = replace(owner, body=(*owner.body[:start], asked, *owner.body[end:]))
        if rest:
            topics[index] = replace(topics[index], body=rest)
        else:
            spent.add(index)
    if all(new is old for new, old in zip(topics, section.topics)):
        return section
    return replace(section, topics=tuple(t for i, t in enumerate(topics) if i not in spent))


def with_answer_lists(document: Document) -> Document:
    """The document with each list of questions and the list of answers after it as one table."""
    sections = tuple(_section_paired(section) for section in document.sections)
    if all(new is old for new, old in zip(sections, document.sections)):
        return document
    return replace(document, sections=sections)
