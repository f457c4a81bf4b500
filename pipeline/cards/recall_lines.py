"""Which of a group's lines a card may ask, once its commands are asked."""

from __future__ import annotations

import re

from pipeline.cards.chunking import without_asides
from pipeline.cards.code_commands import code_command_cards, commands_lead, task_commands
from pipeline.cards.commands import command_cloze, is_command
from pipeline.cards.entries import Fact, Group
from pipeline.cards.qa_lines import answers_question, is_authors_answer
from pipeline.cards.pointers import is_pointer
from pipeline.cards.quiz_reading import CHECKBOX, QUESTION_NUMBER, is_answer_heading
from pipeline.cards.sink import CardSink
from pipeline.model import Node, Span
from pipeline.model import inline as inl


def lines_to_recall(sink: CardSink, group: Group, nodes: list[Node]) -> list[Node]:
    """A group's lines a card may ask: a code block's commands are asked from
    their comments here, the block itself is for reading; a to-do list the
    quizzes did not take (`- [ ] rotate the keys`) and a line only of the
    author's remarks ("I got this backwards twice.") are the author's, no
    knowledge; a numbered question with no answer ("Q3: Which protocol ...?") asks
    the learner, and a card of it would have nothing on its back; a line that
    points to a resource ("Official docs: https://...") says where to read, not what."""
    if group.is_topic:  # (a list under it asks its lines as ever; the topic's own remarks read the flag)
        sink.commands_led = commands_lead(nodes)
    if _command_with_notes(sink, group, nodes):
        return []
    carded: set[int] = set()
    for node in nodes:
        code_command_cards(sink, group, node)
        if task_commands(sink, group, node):
            carded.add(id(node))
    plan = [n for n in nodes if _PLANNED.match(inl.to_plain(n.inline))]
    if len(plan) >= 2:  # "wk 5: storage + networking", "Day 3 — mock exam": the author's plan
        carded |= {id(n) for n in plan}
    # a numbered question with its `A:` line after it is the author's own card
    # "Answer" over the answer's line (a folded `<details>` answer): the label says nothing; the line answers
    nodes = [n for n, after in zip(nodes, [*nodes[1:], None]) if not (after is not None and is_answer_heading(n) and not n.children)]
    answered = {id(n) for n, after in zip(nodes, nodes[1:]) if is_authors_answer(after) or answers_question(n, after)}
    return [
        n
        for n in nodes
        if n.role != "code"
        and id(n) not in carded
        and not CHECKBOX.match(inl.to_plain(n.inline))
        and not _remark_only(n)
        and not (_open_question(n) and id(n) not in answered)
        and not is_pointer(n)
    ]


def _remark_only(node: Node) -> bool:
    spans = inl.strip(node.inline)
    return bool(spans) and not node.children and node.role in ("line", "item") and not without_asides(spans)


def _open_question(node: Node) -> bool:
    text = inl.to_plain(node.inline).strip()
    number = QUESTION_NUMBER.match(text)
    return not node.children and number is not None and 0 < number.end() < len(text) and text.endswith("?")


_PLANNED = re.compile(r"^\W*(?:wk|week|day)\s*\d+(?:\s*[-–]\s*\d+)?\s*[:.)\-–—]", re.IGNORECASE)
MAX_NOTES = 2  # more lines under a command are a list of their own


def _command_with_notes(sink: CardSink, group: Group, nodes: list[Node]) -> bool:
    """`helm install rel1 podinfo/podinfo -n web` over `or -f values.yaml`: the command is
    asked by its subcommand, its lines shown with the answer; a command on the front with
    its footnote on the back would ask nothing."""
    if group.is_topic or not group.context or not 0 < len(nodes) <= MAX_NOTES or any(n.children or n.role == "code" for n in nodes):
        return False
    label = inl.strip(group.label)
    if len(label) != 1 or label[0].kind != "code" or not is_command(label):
        return False  # "`k get po -o wide` -> status" heads a list of its own, no notes on the command
    parent = Group(group.context[:-1], (Span("text", group.context[-1]),), group.line, Fact((), group.line), False)
    return command_cloze(sink, parent, Fact(group.label, group.line), tuple(Fact(n.inline, n.line) for n in nodes))
