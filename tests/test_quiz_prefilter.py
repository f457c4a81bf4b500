"""The quiz finder skips a group none of whose lines may be an option or an
answer (`may_be_part`): on every quiz shape and on the seed's notes, what it
finds is what reading each group line by line finds."""

from __future__ import annotations

from pathlib import Path

from pipeline.cards.quiz import Found, _find, _flatten, find_quizzes
from pipeline.model import Node
from pipeline.notes.parse import parse_document
from tests.test_quiz_shapes import ANSWER_STYLES, _quiz_file

SEED = Path(__file__).resolve().parent.parent / "source" / "aws-cloud-practitioner" / "aws-cloud-practitioner.md"


def _groups(text: str) -> list[tuple[list[Node], Node]]:
    document = parse_document(text, "notes.md")
    return [(list(topic.body), Node(topic.title, topic.line, "label")) for section in document.sections for topic in section.topics]


def _read_whole(nodes: list[Node], title: Node | None) -> Found:
    origin: dict[int, Node] = {}
    flat = ([title] if title else []) + _flatten(nodes, origin)
    return _find(flat, origin, nodes, title is not None)


def _same(a: Found, b: Found) -> bool:
    return (a.quizzes, a.unanswered, a.title_used) == (b.quizzes, b.unanswered, b.title_used) and len(a.rest) == len(b.rest)


def test_the_quick_read_finds_what_the_whole_read_finds() -> None:
    texts = [_quiz_file(style) for style in sorted(ANSWER_STYLES)] + [SEED.read_text(encoding="utf-8")]
    found = 0
    for text in texts:
        for nodes, title in _groups(text):
            for heading in (None, title):
                quick = find_quizzes(nodes, heading)
                assert _same(quick, _read_whole(nodes, heading)), [n.line for n in nodes[:1]]
                found += len(quick.quizzes)
    assert found >= len(ANSWER_STYLES) * 10  # the shapes' questions were read, not all skipped
