"""Multiple-choice questions in notes, however they are written: a question
(a heading, a numbered item, a bold or plain line), its options and its
answer (see `quiz_reading`), then any explanation up to the next question.

Each question becomes one `kind::quiz` card. A question whose answer cannot
be found makes no card at all, only a warning naming its line: its options
dumped as facts or clozes would teach nothing.

The parts may sit at any depth (options nested under a numbered question, an
answer quoted under the last option), so they are read from the group's
lines in document order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pipeline.cards.entries import Fact
from pipeline.cards.quiz_reading import (
    QUESTION_NUMBER,
    Answer,
    Option,
    answer_of,
    checkbox,
    drop_prefix,
    is_answer_heading,
    is_answer_line,
    lettered,
    may_be_part,
    options_at,
    plain,
    split_arrow,
)
from pipeline.cards.per_document import per_values
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Node, Span
from pipeline.model import inline as inl

_ASKS = re.compile(r"\?|\b(?:choose|select|pick)\s+(?:one|two|three|\d+)\b", re.IGNORECASE)
LEAD_LINES = 3  # lines of a question's text after its heading or number ("Question 3", then the text)
MAX_ANNOUNCE = 2  # "Answer" headings (a `<details>` summary, "Show answer") before the answer


@dataclass(frozen=True)
class Quiz:
    question: Inline
    lines: tuple[int, ...]  # the question's own lines
    options: tuple[Option, ...]
    correct: tuple[str, ...]  # letters
    answer_line: int
    explanation: tuple[Fact, ...]
    pin: str | None


@dataclass(frozen=True)
class Unanswered:
    """A question whose answer cannot be found: worth telling the author."""

    line: int
    message: str
    last_option: int = 0  # the line its answer would follow


@dataclass
class Found:
    quizzes: list[Quiz] = field(default_factory=list)
    unanswered: list[Unanswered] = field(default_factory=list)
    # numbered lines over lettered options that ask nothing of their own ("8. This response
    # strategy is:"): questions only where an answer key answers as many as there are
    unasked: list[Unanswered] = field(default_factory=list)
    rest: list[Node] = field(default_factory=list)  # the nodes not part of a question
    title_used: bool = False  # the group's title was a question


@dataclass(frozen=True)
class _Attempt:
    stem: list[Node]
    options: list[Option]
    answer: Answer | None
    answer_line: int
    end: int  # index after the options and the answer
    asks: bool = True  # the stem reads as a question ("?", "Question 3"); an unanswered one that does not is no quiz


def _flatten(nodes: tuple[Node, ...] | list[Node], origin: dict[int, Node]) -> list[Node]:
    """The nodes in document order; `origin` maps a line read out of a code block, or a
    question's line read as the question and its options, to the node it was read from."""
    out: list[Node] = []
    for node in nodes:
        read = _code_answer(node) or _options_apart(node)
        origin.update((id(line), node) for line in read)
        out.extend(read or [node])
        out.extend(_flatten(node.children, origin))
    return out


# "**Q1.** Loan AI must explain a decline. Principle? a) Fairness b) Transparency": options after the question mark
_OPTIONS_AFTER = re.compile(r"\?\s+(?=(?:\([Aa]\)|[Aa][.)])\s+\S)")


def _options_apart(node: Node) -> list[Node]:
    """A question with its options on its own line, read as the question and a line of options
    (read whole, the heading above took it for an option); none where the line is no such question."""
    said = inl.to_plain(node.inline)
    found = _OPTIONS_AFTER.search(said) if node.role in ("line", "item", "step") and not node.children else None
    if found is None:
        return []
    options = Node(drop_prefix(node.inline, found.end()), node.line)
    if len(options_at([options], 0)[0]) < 2:
        return []
    return [Node((Span("text", said[: found.start() + 1].strip()),), node.line, node.role), options]


def _code_answer(node: Node) -> list[Node]:
    """An answer indented so deep it reads as code (`        Answer: C` in a
    `<details>` block): its lines, read as text."""
    if node.role != "code" or not node.inline:
        return []
    found = [(n, text.strip()) for n, text in enumerate(node.inline[0].text.split("\n")) if text.strip()]
    lines = [Node((Span("text", text),), node.line + n) for n, text in found]
    return lines if lines and is_answer_line(lines[0]) else []


def _is_part(node: Node) -> bool:
    """An option or an answer: never the start of a question."""
    return lettered(node) is not None or checkbox(node) is not None or is_answer_line(node) or is_answer_heading(node)


def _attempt(flat: list[Node], index: int, title: bool = False) -> _Attempt | None:
    """The question starting at `index`, if one does (answered or not)."""
    question = flat[index]
    if question.role in ("code", "table") or _is_part(question):
        return None
    said = plain(question)
    # A heading, a number or a "Question 3" line may be followed by more of the question's text.
    leads = question.role in ("step", "item") or bool(QUESTION_NUMBER.match(said))
    leads = leads or ((title or question.role == "label") and said.endswith("?"))
    if (statements := _statements(flat, index)) and (attempt := _with_options(flat, flat[index : index + 1 + statements], index + 1 + statements)):
        return attempt
    for extra in range(LEAD_LINES + 1 if leads else 1):
        stem = flat[index : index + 1 + extra]
        # a line numbered as a question ("**Q2.** ...") starts its own, never goes on another's
        if len(stem) < 1 + extra or any(n.role != "line" or _is_part(n) or QUESTION_NUMBER.match(plain(n)) for n in stem[1:]):
            return None
        attempt = _with_options(flat, stem, index + 1 + extra)
        if attempt is not None:
            return attempt
    return None


MAX_STATEMENTS = 6
_STATEMENT_NUMBER = re.compile(rf"\b[1-{MAX_STATEMENTS}]\b")  # a statement's number in an option ("1 and 2")


def _statements(flat: list[Node], index: int) -> int:
    """`Which two are components of the SVS?` over `1. Guiding principles` ... `4. Value streams`,
    then `A) 1 and 2`: how many numbered statements the question sets out before options that
    answer by their numbers (none when it sets out none)."""
    if not plain(flat[index]).rstrip().endswith("?"):
        return 0
    count = 0
    while index + 1 + count < len(flat) and flat[index + 1 + count].role == "step" and not _is_part(flat[index + 1 + count]):
        count += 1
    if not 2 <= count <= MAX_STATEMENTS:
        return 0
    options, _ = options_at(flat, index + 1 + count)
    by_number = [o for o in options if _STATEMENT_NUMBER.search(inl.to_plain(o.text))]
    return count if options and len(by_number) * 2 >= len(options) else 0


def _with_options(flat: list[Node], stem: list[Node], cursor: int) -> _Attempt | None:
    # under an item without lines of its own, bullets are the list's items, not a question's options
    options, style = options_at(flat, cursor, bullets=not (stem[-1].role == "item" and not stem[-1].children))
    if not options:
        return None
    after = cursor + len({o.line for o in options})  # options written on one line are one node
    at, announced = after, False
    while at < len(flat) and at < after + MAX_ANNOUNCE and is_answer_heading(flat[at]):
        at, announced = at + 1, True
    answer = answer_of(flat[at], options, announced, style == "numbered") if at < len(flat) else None
    checked = tuple(o.letter for o in options if o.checked)
    if answer is None:
        asks = bool(_ASKS.search(" ".join(plain(n) for n in stem)) or QUESTION_NUMBER.match(plain(stem[0])))
        # a to-do list with an item ticked ("Still weak on:" over `- [x] ...`) asks nothing
        if checked and (asks or style != "checkbox"):
            return _Attempt(stem, options, Answer(checked, "", ()), options[-1].line, after)
        # Without an answer, only lettered options under what reads as a question
        # are one (`Benefits:` over `a) ...`, `b) ...` is a list); plain bullets,
        # lines or a to-do list never are.
        if style != "lettered" or not (asks or stem[0].role == "step"):
            return None
        return _Attempt(stem, options, None, 0, after, asks)
    if checked:
        answer = Answer(checked, answer.said, answer.rest)
    return _Attempt(stem, options, answer, flat[at].line, at + 1)


def find_quizzes(nodes: list[Node], title: Node | None = None) -> Found:
    """Questions among a group's nodes; `title`, the group's heading, may be one."""
    read = _read_untitled(tuple(nodes))
    # a title asks with its group's options and answer: none there, and it asks nothing either
    if title is None or not read.parts or _attempt([title, *read.flat], 0, True) is None:
        # Every reading looks only forward: a title that asks nothing leaves the rest as read without it.
        found = read.found
        return Found(list(found.quizzes), list(found.unanswered), list(found.unasked), list(found.rest), False)
    return _find([title, *read.flat], read.origin, nodes, True)


@dataclass(frozen=True)
class _Read:
    flat: list[Node]
    origin: dict[int, Node]
    found: Found
    parts: bool  # a line may be an option or an answer (`may_be_part`)


# The card kinds, the things and the answer keys read the same groups for
# questions: each group's lines are read once.
@per_values
def _read_untitled(nodes: tuple[Node, ...]) -> _Read:
    origin: dict[int, Node] = {}
    flat = _flatten(nodes, origin)
    if not any(map(may_be_part, flat)):
        return _Read(flat, origin, Found(rest=list(nodes)), False)
    return _Read(flat, origin, _find(flat, origin, nodes, False), True)


def _find(flat: list[Node], origin: dict[int, Node], nodes: Sequence[Node], titled: bool) -> Found:
    """The questions of `flat`, the group's nodes in document order (its title first when `titled`)."""
    found = Found()
    used: set[int] = set()
    index = 0
    while index < len(flat):
        attempt = _attempt(flat, index, titled and index == 0)
        if attempt is not None and not attempt.asks:
            found.unasked.append(Unanswered(attempt.stem[0].line, "", attempt.options[-1].line))
            if len({o.line for o in attempt.options}) == 1:
                # "3. Default signal sent by kill:" over "a) SIGKILL b) SIGHUP ...": a question
                # all the same, and unanswered its options would be read as facts ("a) [SIGKILL]")
                used.update(id(origin.get(id(n), n)) for n in flat[index : attempt.end])
                index = attempt.end
                continue
            attempt = None  # its lines are read as they would be without a key
        if attempt is None:
            index += 1
            continue
        after = attempt.end
        explanation: list[Node] = []
        if attempt.answer is not None:
            # A question nested in a list item explains itself inside that item.
            inside = _ids_under(attempt.stem[0]) if attempt.stem[0].children else None
            while after < len(flat) and not _ends_explanation(flat, after):
                if inside is not None and id(origin.get(id(flat[after]), flat[after])) not in inside:
                    break
                explanation.append(flat[after])
                after += 1
        used.update(id(origin.get(id(n), n)) for n in flat[index:after])
        found.title_used = found.title_used or (titled and index == 0)
        question = attempt.stem[0].line
        if attempt.answer is None:
            last = attempt.options[-1].line
            found.unanswered.append(Unanswered(question, "a question with options but no answer: no card made", last))
        elif not attempt.answer.letters:
            said = attempt.answer.said
            found.unanswered.append(Unanswered(question, f"the answer {said!r} names none of the options: no card made"))
        else:
            found.quizzes.append(_quiz(attempt, explanation))
        index = after
    found.rest = _without(nodes, used) if used else list(nodes)
    return found


def _ids_under(node: Node) -> set[int]:
    found: set[int] = set()
    for child in node.children:
        found.add(id(child))
        found |= _ids_under(child)
    return found


def _ends_explanation(flat: list[Node], index: int) -> bool:
    node = flat[index]
    # (`Explanation:` over its list, `Reference:`: a label of the explanation, no heading after it)
    label = node.role == "label" and not _EXPLAINING.match(plain(node))
    return label or bool(QUESTION_NUMBER.match(plain(node))) or _attempt(flat, index) is not None


_EXPLAINING = re.compile(r"^\W*(?:explanations?|rationale|reasons?|why|references?|sources?)\b\W*(?::|$)", re.IGNORECASE)


def _quiz(attempt: _Attempt, explanation: list[Node]) -> Quiz:
    assert attempt.answer is not None
    facts = [Fact(n.inline, n.line) for n in explanation]
    if attempt.answer.rest:
        facts.insert(0, Fact(attempt.answer.rest, attempt.answer_line))
    options, notes = _without_hints(attempt.options, attempt.answer.letters)
    return Quiz(
        question=_question_text(attempt.stem),
        lines=tuple(n.line for n in attempt.stem),
        options=tuple(options),
        correct=attempt.answer.letters,
        answer_line=attempt.answer_line,
        explanation=tuple(notes + facts),
        pin=next((n.pin for n in attempt.stem if n.pin), None),
    )


def _without_hints(options: list[Option], correct: tuple[str, ...]) -> tuple[list[Option], list[Fact]]:
    """Options as a learner must see them: a note after an arrow (`EBS -> block
    storage`) goes to the back, and the marking that singles out the right
    options (`` `AWS Lambda` ``, `**AWS Lambda**`) is dropped."""
    notes: list[Fact] = []
    shown: list[Option] = []
    for option in options:
        split = split_arrow(option.text)
        if split:
            notes.append(Fact(option.text, option.line))
            option = replace(option, text=split[0])
        shown.append(option)
    marked = {o.letter for o in shown if len(o.text) == 1 and o.text[0].kind in ("code", "strong", "em")}
    if marked and marked == set(correct) and len(marked) < len(shown):
        shown = [replace(o, text=_unmarked(o.text)) if o.letter in marked else o for o in shown]
    return shown, notes


def _unmarked(spans: Inline) -> Inline:
    span = spans[0]
    return (Span("text", span.text),) if span.kind == "code" else span.children


def _question_text(stem: list[Node]) -> Inline:
    """The question's lines without "Question 3:" labels; a line that is only a label is dropped."""
    parts: list[Inline] = []
    statements = 0
    for node in stem:
        spans = inl.strip(node.inline)
        label = QUESTION_NUMBER.match(inl.to_plain(spans))
        if label:
            spans = drop_prefix(spans, label.end())
        if node is not stem[0] and node.role == "step":
            statements += 1  # a statement the options answer by its number: the number shown
            spans = (Span("text", f"{statements}. "), *spans)
        if spans:
            parts.append(spans)
    if not parts:
        return inl.strip(stem[0].inline)
    joined: list[Span] = []
    for spans in parts:
        joined.extend(((Span("br"),) if joined else ()) + spans)
    return tuple(joined)


def _without(nodes: Sequence[Node], used: set[int]) -> list[Node]:
    kept = []
    for node in nodes:
        children = _without(node.children, used)
        if id(node) in used:
            kept.extend(children)
        else:
            kept.append(replace(node, children=tuple(children)))
    return kept


def quiz_key(quiz: Quiz) -> tuple[str, ...]:
    """What identifies a question: its words, never its answer."""
    return ("quiz", inl.plain_key(inl.to_plain(quiz.question)))


def quiz_card(sink: CardSink, context: tuple[str, ...], quiz: Quiz) -> None:
    """The question and its options on the front; the right option(s) and the explanation on the back."""
    options = "".join(f"<li><b>{o.letter}.</b> {sink.html(o.text)}</li>" for o in quiz.options)
    correct = [o for o in quiz.options if o.letter in quiz.correct]
    answer = "".join(f"<div><b>{o.letter}.</b> {sink.html(o.text)}</div>" for o in correct)
    if quiz.explanation:
        answer += f'<div class="sp-explanation">{sink.facts_html(list(quiz.explanation))}</div>'
    before = len(sink.cards)
    sink.add(
        "quiz",
        "basic",
        prompt=f'{sink.html(quiz.question)}<ul class="sp-options">{options}</ul>',
        answer=answer,
        context=context,
        lines=(*quiz.lines, *(o.line for o in quiz.options), quiz.answer_line, *(f.line for f in quiz.explanation)),
        key=quiz_key(quiz),
    )
    if quiz.pin:
        sink.pin(before, quiz.pin)
