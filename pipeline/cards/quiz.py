"""Multiple-choice questions in notes: a question, lettered options, and an
answer line (`> Answer: B`, or `Correct answer: D` inside a `<details>`
block), with any explanation after it.

The question, its options and its answer may sit at any depth (options
nested under a numbered question, an answer quoted under the last option), so
they are read from the group's lines in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.model import inline as inl
from pipeline.cards.entries import Fact
from pipeline.cards.sink import CardSink
from pipeline.model import Inline, Node, Span

_OPTION = re.compile(r"^\(?([A-Ha-h])[.)]\s+\S")
_ANSWER = re.compile(
    r"^(?:the\s+)?(?:correct\s+)?(?:answers?|solution)\s*(?:is)?\s*[:=\-–]?\s*"
    r"\(?([A-H](?:\s*(?:,|&|/|and)?\s*[A-H])*)\b\)?[.:]?\s*(.*)$",
    re.IGNORECASE,
)
_ANSWER_HEADING = re.compile(r"^(?:show\s+)?(?:the\s+)?(?:correct\s+)?(?:answers?|solution)\s*:?$", re.IGNORECASE)


@dataclass(frozen=True)
class Option:
    letter: str
    text: Inline
    line: int


@dataclass(frozen=True)
class Quiz:
    question: Node
    options: tuple[Option, ...]
    correct: tuple[str, ...]  # letters
    answer_line: int
    explanation: tuple[Node, ...]
    pin: str | None


@dataclass(frozen=True)
class Unanswered:
    """A question with options but no answer line: worth telling the author."""

    line: int


def _plain(node: Node) -> str:
    return inl.to_plain(node.inline).strip()


def _option(node: Node) -> Option | None:
    match = _OPTION.match(_plain(node))
    if not match:
        return None
    return Option(match.group(1).upper(), _after_marker(node.inline), node.line)


def _after_marker(spans: Inline) -> Inline:
    """The option's text without its `A.` marker."""
    first = spans[0] if spans else None
    if first is not None and first.kind == "text":
        text = re.sub(r"^\s*\(?[A-Ha-h][.)]\s+", "", first.text, count=1)
        return inl.strip((replace(first, text=text),) + spans[1:]) if text else inl.strip(spans[1:])
    return spans


def _answer(node: Node) -> tuple[tuple[str, ...], str] | None:
    text = _plain(node).replace("*", "")
    match = _ANSWER.match(text)
    if not match:
        return None
    letters = tuple(dict.fromkeys(re.findall(r"[A-H]", match.group(1).upper())))
    return letters, match.group(2).strip()


def _flatten(nodes: tuple[Node, ...] | list[Node]) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        out.append(node)
        out.extend(_flatten(node.children))
    return out


def find_quizzes(nodes: list[Node]) -> tuple[list[Quiz], list[Unanswered], list[Node]]:
    """(quizzes, questions left without an answer, the nodes not part of a quiz)."""
    flat = _flatten(nodes)
    quizzes: list[Quiz] = []
    unanswered: list[Unanswered] = []
    used: set[int] = set()
    index = 0
    while index < len(flat):
        question = flat[index]
        options: list[Option] = []
        cursor = index + 1
        while cursor < len(flat) and (option := _option(flat[cursor])) is not None:
            options.append(option)
            cursor += 1
        if len(options) < 2 or _option(question) is not None or question.role in ("code", "table"):
            index += 1
            continue
        while cursor < len(flat) and _ANSWER_HEADING.match(_plain(flat[cursor])):
            cursor += 1
        answer = _answer(flat[cursor]) if cursor < len(flat) else None
        letters = {o.letter for o in options}
        if answer is None or not answer[0] or not set(answer[0]) <= letters:
            unanswered.append(Unanswered(question.line))
            index = cursor
            continue
        members = flat[index : cursor + 1]
        explanation: list[Node] = []
        after = cursor + 1
        while after < len(flat) and not _starts_question(flat, after):
            explanation.append(flat[after])
            after += 1
        if answer[1]:
            # What follows the letters on the answer line: `Answer: B. Paris is...`
            explanation.insert(0, replace(flat[cursor], inline=(Span("text", answer[1]),), children=()))
        quizzes.append(
            Quiz(question, tuple(options), answer[0], flat[cursor].line, tuple(explanation), question.pin)
        )
        used.update(id(n) for n in members + flat[cursor + 1 : after])
        index = after
    if not quizzes:
        return [], unanswered, list(nodes)
    return quizzes, unanswered, _without(nodes, used)


def _starts_question(flat: list[Node], index: int) -> bool:
    return index + 2 < len(flat) and _option(flat[index]) is None and all(
        _option(flat[index + k]) is not None for k in (1, 2)
    )


def _without(nodes: list[Node] | tuple[Node, ...], used: set[int]) -> list[Node]:
    kept = []
    for node in nodes:
        children = _without(node.children, used)
        if id(node) in used:
            kept.extend(children)
        else:
            kept.append(replace(node, children=tuple(children)))
    return kept


def quiz_card(sink: CardSink, context: tuple[str, ...], quiz: Quiz) -> None:
    """The question and its options on the front; the right option(s) and the explanation on the back."""
    options = "".join(f"<li><b>{o.letter}.</b> {sink.html(o.text)}</li>" for o in quiz.options)
    correct = [o for o in quiz.options if o.letter in quiz.correct]
    answer = "".join(f"<div><b>{o.letter}.</b> {sink.html(o.text)}</div>" for o in correct)
    if quiz.explanation:
        explanation = sink.facts_html([Fact(n.inline, n.line) for n in quiz.explanation])
        answer += f'<div class="sp-explanation">{explanation}</div>'
    before = len(sink.cards)
    sink.add(
        "quiz",
        "basic",
        prompt=f'{sink.html(quiz.question.inline)}<ul class="sp-options">{options}</ul>',
        answer=answer,
        context=context,
        lines=(quiz.question.line, *(o.line for o in quiz.options), quiz.answer_line, *(n.line for n in quiz.explanation)),
        key=("quiz", " ".join(inl.plain_key(inl.to_plain(quiz.question.inline)).split()[:16])),
    )
    if quiz.pin:
        sink.pin(before, quiz.pin)
