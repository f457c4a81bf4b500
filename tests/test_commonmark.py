"""The CommonMark spec's 652 examples (tests/fixtures/commonmark/) build
without an internal error, and entities come out as the characters they name."""

from __future__ import annotations

import html
import json
import re

import pytest

from pipeline.commands.build import load
from pipeline.diagnostics import PipelineError
from pipeline.model import Document, Node
from pipeline.model import inline as inl
from pipeline.notes.parse import parse_document

from .conftest import FIXTURES, TRACEBACK, run_cli

EXAMPLES = json.loads((FIXTURES / "commonmark" / "commonmark.json").read_text(encoding="utf-8"))
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def test_the_fixture_is_the_whole_spec() -> None:
    assert len(EXAMPLES) == 652 and [e["example"] for e in EXAMPLES] == list(range(1, 653))


def test_every_example_loads_without_an_internal_error(tmp_path):  # type: ignore[no-untyped-def]
    failures = []
    for example in EXAMPLES:
        notes = tmp_path / f"example-{example['example']:03}.md"
        notes.write_text(example["markdown"], encoding="utf-8")
        try:
            load(notes)
        except PipelineError:
            pass  # bad input for a study pack (no cards, say): reported as one line, not a crash
        except Exception as error:  # noqa: BLE001 (any other kind is the bug this test looks for)
            failures.append(f"example {example['example']}: {type(error).__name__}: {error}")
    assert failures == []


def test_every_example_builds_into_every_format(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "spec"
    folder.mkdir()
    for example in EXAMPLES:
        (folder / f"example-{example['example']:03}.md").write_text(example["markdown"], encoding="utf-8")
    result = run_cli("build", str(folder), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert not TRACEBACK.search(result.stderr) and "internal error" not in result.stderr
    outputs = {p.name for p in (tmp_path / "out" / "spec").iterdir()}
    assert {"manifest.json", "spec.apkg", "spec.cards.json", "spec.csv", "spec.pdf"} <= outputs


def _texts(document: Document) -> list[str]:
    """Everything a reader of the outputs sees of a document, as plain text."""
    found = [document.title or "", document.description]

    def walk(nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            found.append(inl.to_plain(node.inline))
            if node.table:
                found.extend(inl.to_plain(cell) for row in (node.table.header, *node.table.rows) for cell in row)
            walk(node.children)

    for section in document.sections:
        found.append(inl.to_plain(section.title))
        for topic in section.topics:
            found.append(inl.to_plain(topic.title))
            walk(topic.body)
    return found


ENTITY_EXAMPLES = [e for e in EXAMPLES if e["section"] == "Entity and numeric character references"]


@pytest.mark.parametrize("example", ENTITY_EXAMPLES, ids=lambda e: f"example-{e['example']}")
def test_entity_examples_show_characters_not_entity_text(example) -> None:  # type: ignore[no-untyped-def]
    expected = html.unescape(re.sub(r"<[^>]*>", "", example["html"]))  # what a browser shows
    ours = "\n".join(_texts(parse_document(example["markdown"], "example.md")))
    # An entity shows as typed only where the spec shows it so (in code, or not a known name).
    assert set(ENTITY.findall(ours)) <= set(ENTITY.findall(expected)), (example["markdown"], ours)
    # Every character the entities stand for is there, unless its line is not shown at all.
    shown = {c for c in expected if (ord(c) > 127 or c in "&<>\"#") and not c.isspace()}
    if ours.strip():
        assert shown <= set(ours), (example["markdown"], ours)
