"""Which of a group's lines a card may ask, once its commands are asked."""

from __future__ import annotations

from pipeline.cards.chunking import without_asides
from pipeline.cards.code_commands import code_command_cards, task_commands
from pipeline.cards.entries import Group
from pipeline.cards.quiz_reading import CHECKBOX
from pipeline.cards.sink import CardSink
from pipeline.model import Node
from pipeline.model import inline as inl


def lines_to_recall(sink: CardSink, group: Group, nodes: list[Node]) -> list[Node]:
    """A group's lines a card may ask: a code block's commands are asked from
    their comments here, the block itself is for reading; a to-do list the
    quizzes did not take (`- [ ] rotate the keys`) and a line only of the
    author's remarks ("I got this backwards twice.") are the author's, no knowledge."""
    carded: set[int] = set()
    for node in nodes:
        code_command_cards(sink, group, node)
        if task_commands(sink, group, node):
            carded.add(id(node))
    return [
        n for n in nodes if n.role != "code" and id(n) not in carded and not CHECKBOX.match(inl.to_plain(n.inline)) and not _remark_only(n)
    ]


def _remark_only(node: Node) -> bool:
    spans = inl.strip(node.inline)
    return bool(spans) and not node.children and node.role in ("line", "item") and not without_asides(spans)
