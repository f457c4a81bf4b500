"""A self-quiz whose answers are listed after all its questions:

    **Q1.** BAC is $100,000 ... what is the EAC?
    - A) $112,500
    - B) $125,000
    ...
    **Answers**
    1. **B** — EAC = BAC / CPI = $125,000

Each answer of the key is put back under its question (as the question's
own "Answer:" line would be), so that each question is asked with its
options and answer, and the key's letters make no cards of their own.
The key pairs with the questions left unanswered before it, in order, and
only when it answers as many as there are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.answer_lists import with_answer_lists
from pipeline.cards.captions import without_captions
from pipeline.cards.per_document import per_document
from pipeline.cards.quiz import find_quizzes
from pipeline.cards.quiz_reading import LETTER_LIST, QUESTION_NUMBER, drop_prefix, is_answer_heading
from pipeline.cards.shown_headings import headings_shown
from pipeline.model import Document, Node, Span, Topic
from pipeline.model import inline as inl

KEY_ANSWERS = 2  # answers a key gives at least (one "Answer: B" under a summary answers its own question)
_KEY_HEADING = re.compile(r"^\W*(?:answer\s+key|key)\W*$", re.IGNORECASE)
# "Self-quiz (answers at the bottom — cover them up!)": how to use the quiz, no fact
_HOW_TO_USE = re.compile(
    r"\banswers?\s+(?:are\s+)?(?:at\s+the\s+(?:bottom|end)|below|further\s+down)|\bcover\s+(?:them|it)\s+up\b", re.IGNORECASE
)


def _said(node: Node) -> str:
    return inl.to_plain(node.inline).strip().replace("*", "")


def _heads_key(node: Node) -> bool:
    return is_answer_heading(node) or bool(_KEY_HEADING.match(_said(node)))


def _key_answer(node: Node) -> Node | None:
    """The key's line as the question's own answer line, if it answers by letters."""
    text = _said(node)
    number = QUESTION_NUMBER.match(text)
    start = number.end() if number and number.end() < len(text) else 0
    if node.children or not LETTER_LIST.match(text[start:]):
        return None  # no "B — because ...", "(c)", "C (PO owns priorities)": no answer by letters
    spans = inl.strip(drop_prefix(inl.strip(node.inline), start)) if start else inl.strip(node.inline)
    return Node((Span("text", "Answer: "), *spans), node.line, "line")


# "Answers: 1-B, 2-A, 3-C", "Q1 B · Q2 D", "1 b · 2 c (dump; 6th = fsck pass)": a whole key
# on one line, an answer's remark in brackets after its letter
_KEY_LEAD = re.compile(r"^\W*(?:(?:answer\s+key|answers?)\W*)?", re.IGNORECASE)
# (several letters answer one question, "13-A,C"; a remark may hold brackets of its own, "(ceil(9/4)=3)")
_PAIR = re.compile(r"(?:Q\s*)?(\d{1,2})\s*[-.):=]?\s*\(?([A-Ja-j](?:\s*[,&+]\s*[A-Ja-j](?!\w))*)\)?(?!\w)(?:\s*\(((?:[^()]|\([^()]*\))+)\))?")
_BETWEEN = re.compile(r"^[\s,;·|/]*$")


def _key_pairs(node: Node) -> list[tuple[str, str, str]] | None:
    """The (number, letter, remark) answers a line of a key gives, numbered in a row; None for any other line."""
    text = _said(node)
    rest = text[_KEY_LEAD.match(text).end() :]  # type: ignore[union-attr]
    pairs = _PAIR.findall(rest)
    if node.children or not pairs or not _BETWEEN.match(_PAIR.sub("", rest)):
        return None
    numbers = [int(n) for n, _, _ in pairs]
    return pairs if numbers == list(range(numbers[0], numbers[0] + len(numbers))) else None


def _one_line_key(body: tuple[Node, ...], index: int) -> tuple[int, list[Node]] | None:
    """The answers of a key written on a line, in its questions' order, from the first; a key
    broken over lines ("1 b · 2 c · 3 b" then "4 b · 5 b") goes on where the next line's numbers
    go on. The end of the key's lines too."""
    pairs = _key_pairs(body[index])
    if pairs is None or int(pairs[0][0]) != 1:
        return None
    lines = [body[index].line] * len(pairs)
    end = index + 1
    while end < len(body) and (more := _key_pairs(body[end])) is not None and int(more[0][0]) == int(pairs[-1][0]) + 1:
        pairs, lines, end = pairs + more, lines + [body[end].line] * len(more), end + 1
    if len(pairs) < 2:
        return None
    # the remark follows the letter as an answer line's explanation does ("Answer: C — dump")
    return end, [
        Node((Span("text", f"Answer: {letter.upper()}" + (f" — {remark.strip()}" if remark.strip() else "")),), line, "line")
        for (_, letter, remark), line in zip(pairs, lines)
    ]


_NUMBER_COLUMN = re.compile(r"^(?:q|qs?\.?\s*#?|#|no\.?|nr\.?|question)$", re.IGNORECASE)
_ANSWER_COLUMN = re.compile(r"^(?:ans\.?|answers?|key|correct(?:\s+answer)?)$", re.IGNORECASE)
_LETTERS = re.compile(r"^([A-Ja-j](?:\s*[,&+]\s*[A-Ja-j])*)$")


def _table_key(node: Node) -> list[Node] | None:
    """`| Q | ans | why |` over `| 1 | B | utility = functionality |`: a key written as a table,
    each row's letters its question's answer line and its other cells the answer's remark."""
    table = node.table
    if node.role != "table" or table is None or len(table.header) < 2:
        return None
    header = [inl.to_plain(cell).strip().strip("*") for cell in table.header]
    if not (_NUMBER_COLUMN.match(header[0]) and _ANSWER_COLUMN.match(header[1])):
        return None
    answers = []
    for number, (row, line) in enumerate(zip(table.rows, table.lines), 1):
        cells = [inl.to_plain(cell).strip().strip("*") for cell in row]
        letters = _LETTERS.match(cells[1]) if len(cells) > 1 and cells[0].lstrip("Qq").strip(".") == str(number) else None
        if letters is None:
            return None
        remark = " — ".join(cell for cell in cells[2:] if cell)
        answers.append(Node((Span("text", f"Answer: {letters.group(1).upper()}" + (f" — {remark}" if remark else "")),), line, "line"))
    return answers if len(answers) >= KEY_ANSWERS else None


def _key_run(topic: Topic) -> tuple[int, int, list[Node]] | None:
    """Where in the topic's body a key's answers sit (after its "Answers"
    title, or after an "Answers" line of its own, or on one line), and the
    answers as each question's own answer line."""
    body = topic.body
    for index in range(len(body)):
        if (key := _one_line_key(body, index)) is not None:
            return index, key[0], key[1]
        if (rows := _table_key(body[index])) is not None:
            return index, index + 1, rows
    starts = [0] if _heads_key(Node(topic.title, topic.line, "label")) else []
    starts += [i + 1 for i, node in enumerate(body) if _heads_key(node)]
    for start in starts:
        end = start
        found = []
        while end < len(body) and (answer := _key_answer(body[end])) is not None:
            found.append(answer)
            end += 1
        if found:
            return start, end, found
    return None


def _insert_after(nodes: tuple[Node, ...], line: int, new: Node) -> tuple[tuple[Node, ...], bool]:
    out: list[Node] = []
    done = False
    for node in nodes:
        if not done and node.children:
            children, done = _insert_after(node.children, line, new)
            node = replace(node, children=children)
        out.append(node)
        if not done and node.line == line:
            out.append(new)
            done = True
    return tuple(out), done


def _without_how_to_use(topic: Topic) -> Topic:
    body = tuple(n for n in topic.body if n.children or n.role == "table" or not _HOW_TO_USE.search(_said(n)))
    return topic if len(body) == len(topic.body) else replace(topic, body=body)


@per_document  # every card kind reads the same document: their caches are keyed by it
def as_asked(document: Document) -> Document:
    """The document as the cards read it: headings as shown, keys' answers under their questions,
    captions of blocks asked by none (`captions`)."""
    return without_captions(with_answer_lists(with_answer_keys(headings_shown(document))))


def with_answer_keys(document: Document) -> Document:
    """The document with each answer key's answers under their questions."""
    places = [(s, t) for s, section in enumerate(document.sections) for t in range(len(section.topics))]
    topics = {place: _without_how_to_use(document.sections[place[0]].topics[place[1]]) for place in places}
    pending: list[tuple[tuple[int, int], int]] = []  # (topic, last option's line) of each unanswered question
    unasked: list[tuple[tuple[int, int], int]] = []  # ... and of each numbered line over options, asking or not
    for place in places:
        topic = topics[place]
        run = _key_run(topic)
        before = topic.body[: run[0]] if run else topic.body
        found = find_quizzes(list(before))
        pending += [(place, q.last_option) for q in found.unanswered if q.last_option]
        unasked += sorted(
            ((place, q.last_option) for q in (*found.unanswered, *found.unasked) if q.last_option), key=lambda q: q[1]
        )
        if run is None:
            continue
        start, end, answers = run
        if len(answers) != len(pending) and len(answers) == len(unasked):
            # "8. This response strategy is:" over A-D: the key answering it makes it a question
            pending = unasked
        if len(answers) == len(pending):
            heading = 1 if start > 0 and _heads_key(topic.body[start - 1]) else 0
            topics[place] = replace(topic, body=topic.body[: start - heading] + topic.body[end:])
            for (owner, last), answer in zip(pending, answers):
                body, _ = _insert_after(topics[owner].body, last, answer)
                topics[owner] = replace(topics[owner], body=body)
        elif len(answers) >= KEY_ANSWERS and (end == start + 1 or all(n.role == "step" for n in topic.body[start:end])):
            # a numbered key that answers other questions than these: its letters ("B — CV = ...")
            # are no term and its explanations no facts without their questions
            unread = tuple(replace(node, cards=False) for node in topic.body[start:end])
            topics[place] = replace(topic, body=topic.body[:start] + unread + topic.body[end:])
        pending, unasked = [], []
    sections = []
    for s, section in enumerate(document.sections):
        kept = tuple(topics[(s, t)] for t in range(len(section.topics)))
        # the key's own title over nothing left: no topic
        kept = tuple(t for t in kept if t.body or not _heads_key(Node(t.title, t.line, "label")))
        sections.append(section if _same(kept, section.topics) else replace(section, topics=kept))
    # The same document when nothing moved: the stages' per-document caches are
    # keyed by the document itself, so a copy would make them all again.
    if all(new is old for new, old in zip(sections, document.sections)):
        return document
    return replace(document, sections=tuple(sections))


def _same(kept: tuple[Topic, ...], topics: tuple[Topic, ...]) -> bool:
    return len(kept) == len(topics) and all(new is old for new, old in zip(kept, topics))
