"""A notes file's text with the pack's errata made (config/errata.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.config.errata import Addition, Errata, is_list_item
from pipeline.diagnostics import Diagnostic, PipelineError, warning
from pipeline.model import Document, Node, Section, Topic


_NOUN = {"correct": "correction", "add": "addition"}


@dataclass(frozen=True)
class Corrected:
    text: str
    # The notes line (1-based, as written) each line of `text` stands for:
    # empty when no line was added; an added item stands for the line it is put after.
    origin: tuple[int, ...]
    problems: tuple[Diagnostic, ...]


def corrected(text: str, errata: Errata, path: str, notes: str) -> Corrected:
    """`text` with each correction's `was` replaced on its line and each
    addition's item put after its line. When the author's notes moved a line
    (lines added above), the entry is made on the nearest line that has its
    text, with a warning to update it; when no line has it any more (the
    author mended it), it is skipped with a warning."""
    if not errata:
        return Corrected(text, (), ())
    lines = text.split("\n")
    problems: list[Diagnostic] = []
    for correction in errata.corrections:
        index = _where(lines, correction.line, correction.was, correction.at, path, notes, problems, "correct")
        if index is not None:
            lines[index] = lines[index].replace(correction.was, correction.now)
    added: dict[int, list[str]] = {}
    for addition in errata.additions:
        index = _where(lines, addition.line, addition.after, addition.at, path, notes, problems, "add")
        if index is not None:
            end, item = _item(lines, index, addition, path, notes)
            added.setdefault(end, []).append(item)
    if not added:
        return Corrected("\n".join(lines), (), tuple(problems))
    out: list[str] = []
    origin: list[int] = []
    for index, line in enumerate(lines):
        out += [line, *added.get(index, [])]
        origin += [index + 1] * (1 + len(added.get(index, [])))
    return Corrected("\n".join(out), tuple(origin), tuple(problems))


def _where(
    lines: list[str], line: int, was: str, at: int, path: str, notes: str, problems: list[Diagnostic], verb: str
) -> int | None:
    index = line - 1
    if index < len(lines) and was in lines[index]:
        return index
    found = [i for i, text in enumerate(lines) if was in text]
    if not found:
        problems.append(warning(path, at, f"{was!r} is on no line of {notes} any more: {_NOUN[verb]} skipped"))
        return None
    index = min(found, key=lambda i: (abs(i - index), i))
    problems.append(warning(path, at, f"{was!r} is on line {index + 1} of {notes}, not {line}: {verb}ed there (update `line`)"))
    return index


def _item(lines: list[str], index: int, addition: Addition, path: str, notes: str) -> tuple[int, str]:
    """Where the added line goes (after the item it follows and the lines
    nested under that item) and the line: that item's indentation and marker,
    its own words."""
    line = lines[index]
    if not is_list_item(line):
        raise PipelineError(path, addition.at, f"line {index + 1} of {notes} is not a list item: an addition adds an item to a list")
    indent = len(line) - len(line.lstrip())
    end = index
    while end + 1 < len(lines) and lines[end + 1].strip() and len(lines[end + 1]) - len(lines[end + 1].lstrip()) > indent:
        end += 1
    marker = line.lstrip().split(maxsplit=1)[0]
    return end, f"{line[:indent]}{marker} {addition.text}"


def renumbered(document: Document, origin: Sequence[int]) -> Document:
    """`document` with every line number put back to the notes as written
    (`origin`, from `corrected`)."""
    if not origin:
        return document

    def at(line: int) -> int:
        return origin[line - 1] if 1 <= line <= len(origin) else line

    def node(n: Node) -> Node:
        table = replace(n.table, lines=tuple(map(at, n.table.lines))) if n.table else None
        return replace(n, line=at(n.line), children=tuple(map(node, n.children)), table=table)

    def topic(t: Topic) -> Topic:
        return replace(t, line=at(t.line), body=tuple(map(node, t.body)))

    def section(s: Section) -> Section:
        return replace(s, line=at(s.line), topics=tuple(map(topic, s.topics)))

    problems = tuple(replace(p, line=at(p.line)) for p in document.problems)
    return replace(document, sections=tuple(map(section, document.sections)), problems=problems)

