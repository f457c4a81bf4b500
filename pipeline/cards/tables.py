"""Tables, read the way round they are written.

- Things by row (`| Service | Type | Scope |`): a card per cell worth asking
  ("EBS — Scope"), or a term card per row of a two-column table.
- Things by column: a header row that names the things over a first column
  of attributes (`| Feature | S3 Standard | S3 Glacier |`, or an empty
  corner): a card per cell, asked by column ("S3 Standard — Availability").
- Specifications, numbers by row and column (`| t3.micro | 2 | 1 GiB |`): one
  card per thing with all its numbers, never one per number.

A sentence is never a row label: when the first column holds sentences, a
later column of short names labels the rows, or the rows make no card. Nor
is a row's number (`| # | Principle |`): the next column names the row.

A self-quiz table (`| Question | Answer |`) is asked row by row as it
stands; a log keyed by dates or weeks (`| Date | Test | Score |`) is the
author's own record, no knowledge, and makes no card.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from pipeline.cards.asked_rows import empty, need_rows, quiz_rows
from pipeline.cards.code_commands import OPTION, without_arrow_remark
from pipeline.cards.column_choices import column_choices
from pipeline.cards.commands import is_command, says_a_task
from pipeline.cards.graded_rows import GradedCell, graded_attributes, graded_row_cards
from pipeline.cards.limits_cloze import limits_cloze
from pipeline.cards.prompts import task_heading
from pipeline.cards.row_echoes import echoes_its_row, spelled_columns
from pipeline.cards.rival_cells import FEW_THINGS, rival_asked
from pipeline.cards.sink import CardSink
from pipeline.cards.told_commands import restates_its_command, tells_its_command, tool_words
from pipeline.cards.yes_no_columns import Row, is_yes_no_column, yes_no_cards
from pipeline.cards.decision_rows import decision_cards, decision_columns, key_after
from pipeline.cards.table_rows import REMARK_COLUMNS, as_another_row, asked_kind, crosses, describes, is_log, is_need_header, need_columns, numbers_rows, personal, quiz_columns, stacked
from pipeline.cards.table_rows import plain as _plain
from pipeline.model import Inline, Node, Span, Table
from pipeline.model import inline as inl

# A header corner that names the attributes below it: the things are the columns.
ATTRIBUTE_CORNERS = {
    "", "feature", "features", "attribute", "attributes", "property", "properties", "characteristic",
    "characteristics", "aspect", "aspects", "criteria", "criterion", "comparison", "compare", "metric",
    "metrics", "dimension", "parameter", "parameters", "category", "factor", "factors", "vs", "vs.",
    "capability", "capabilities", "option", "options", "specification", "specifications", "spec", "specs",
}
SPEC_SHARE = 0.75  # share of number cells that makes a table a specification
MAX_LABEL_WORDS = 8
_NUMBER_CELL = re.compile(r"^[~<>≤≥+]?\s*[$€£]?\s*\d[\d.,]*\s*(?:[%x×]|[A-Za-z/]{1,8}(?:\s?[A-Za-z/]{1,8})?)?$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# Cells that only say how a thing compares with the others, or yes / no.
_RELATIVE = re.compile(
    r"^(?:yes|no|y|n|true|false|[✓✔✗✘❌✅]|(?:much |even |slightly |a bit )?"
    r"(?:lower|higher|cheaper|faster|slower|more|less|better|worse|larger|smaller|greater|"
    r"lowest|highest|cheapest|fastest|slowest|most|least|best|worst|largest|smallest)(?: still)?)$",
    re.IGNORECASE,
)
@dataclass(frozen=True)
class _Cell:
    thing: Inline
    attribute: str
    value: Inline
    line: int


_ALTERNATES = re.compile(r"\s+/\s+")  # "USB 3.0 / 3.1 Gen 1": one name and its other names, no clause
_WORKING = re.compile(r"[=→]|->|\s[x×*]\s")  # "12/4=3 → 3 x 16 = 48 / 2": a calculation's steps


def is_sentence(text: str) -> bool:
    words = inl.word_count(text if _WORKING.search(text) else _ALTERNATES.sub("/", text))
    return words > MAX_LABEL_WORDS or (words > 3 and bool(_SENTENCE_END.search(text)))


# Headers that name a property of each row (`| Option | When | Limits |`): the rows are the things.
_PROPERTY_HEADERS = frozenset(
    "when why how use uses purpose description notes note limits limit limitations cost costs price pricing "
    "pros cons example examples scope type size speed latency durability availability meaning effect does".split()
)


def _by_column(table: Table, heading: str) -> bool:
    corner = _plain(table.header[0]).lower().strip(" /\\")
    if len(table.header) < 2 or corner not in ATTRIBUTE_CORNERS or _names_rows(table, heading):
        return False
    # "Option" over a column of options, beside property headers: the things are the rows
    words = {w for h in table.header[1:] for w in inl.plain_key(_plain(h)).split()}
    return not corner or not words & _PROPERTY_HEADERS


def named_by_row(table: Table, heading: str) -> bool:
    """A table of things by row, named in its first column, that no other reading takes (a quiz, needs, decisions, a log)."""
    plain_reading = quiz_columns(table) is None and need_columns(table) is None and decision_columns(table, 0) is None and not is_log(table)
    return bool(table.header) and plain_reading and not _by_column(table, heading) and _label_column(table) == 0


def _names_rows(table: Table, heading: str) -> bool:
    """`| | Train | Test | Fix |` under "Overfitting / underfitting": the heading names the rows' labels, the things compared."""
    said = f" {inl.plain_key(heading)} "
    labels = [inl.plain_key(_plain(row[0])) for row in table.rows if row and not empty(row[0])]
    return len(labels) >= 2 and all(f" {label} " in said for label in labels)


def _label_column(table: Table) -> int | None:
    """The first column whose cells name things rather than say sentences; never a need
    column (`| need | service | scale |`): the row's thing is what meets it."""
    for column in range(len(table.header)):
        if numbers_rows(table, column) or (len(table.header) > 2 and is_need_header(_plain(table.header[column]))):
            continue
        cells = [_plain(row[column]) for row in table.rows if column < len(row) and not empty(row[column])]
        if cells and not any(is_sentence(c) for c in cells):
            return column
    return None


def _is_specification(cells: list[_Cell]) -> bool:
    values = [_plain(c.value) for c in cells]
    numbers = sum(1 for v in values if _NUMBER_CELL.match(v))
    return len(values) >= 2 and numbers >= SPEC_SHARE * len(values)


def _column_values(cells: list[_Cell]) -> dict[str, list[str]]:
    """Each column's values as plain text, in the rows' order."""
    found: dict[str, list[str]] = {}
    for cell in cells:
        found.setdefault(cell.attribute, []).append(_plain(cell.value))
    return found


def table_cards(sink: CardSink, context: tuple[str, ...], node: Node, tool: str | None = None) -> None:
    """`tool`: the name the line before the table leads it with ("tar:"), whose options its rows are."""
    table = node.table
    if table is None or not table.header or is_log(table):
        return
    table = stacked(table)
    node = replace(node, table=table)  # the row readers below read the node's table
    asked = quiz_columns(table)
    if asked is not None:
        quiz_rows(sink, context, node, *asked)
        return
    needed = need_columns(table)
    if needed is not None and not _is_command_column(table, needed[1]):
        need_rows(sink, context, node, *needed)
        return
    things_header: Inline | None = None  # the header over the rows' things, when the table is read by row
    if _by_column(table, context[-1] if context else ""):
        cells = _cells_by_column(table)
    else:
        label = _label_column(table)
        if label is None:
            return
        label = key_after(table, label) if decision_columns(table, label) is not None else label
        if (decided := decision_columns(table, label)) is not None:
            # "continuous" down three rows: each row asks its answer from all its conditions
            decision_cards(sink, context, node, *decided)
            return
        if len(table.header) == 2 and label == 0:
            _term_rows(sink, context, node, tool)
            return
        cells = _cells_by_row(table, label)
        things_header = table.header[label]
    if _is_specification(cells):
        _spec_cards(sink, context, node, cells)
        return
    # each column's choices, of its values the shared ones too, read once per column
    offered = {attribute: column_choices(values) for attribute, values in _column_values(cells).items()}
    # (a crossed table's cells are each a pair's own result: "trunk + dynamic auto → trunk" is asked however common)
    cells = _without_shared_values(cells, shared=not (crosses(table) and bool(context)))
    relative = {c.attribute for c in cells if _RELATIVE.match(_plain(c.value))}
    graded = graded_attributes([(c.attribute, _plain(c.value)) for c in cells]) - relative
    if graded_row_cards(sink, context, node.line, [GradedCell(c.thing, c.attribute, c.value, c.line) for c in cells if c.attribute in graded]):
        # "great / poor" under Train and Test: each thing asked from its grades, never cell by cell;
        # grades that tell no thing apart stay cell by cell under a column that names them ("Extra cost — high")
        cells = [c for c in cells if c.attribute not in graded]
    for attribute in dict.fromkeys(c.attribute for c in cells if c.attribute in relative):
        column = [c for c in cells if c.attribute == attribute]
        rows = [Row(c.thing, c.value, c.line) for c in column]
        if is_yes_no_column(rows):
            # "Autoscale" down six tiers: which have it, or the first that does (`yes_no_columns`)
            def row_card(row: Row, attribute: str = attribute) -> None:
                prompt = f'{sink.html(row.thing)} <span class="sp-column">— {inl.escape(attribute)}</span>'
                key = ("table", inl.plain_key(_plain(row.thing)), inl.plain_key(attribute))
                sink.add("table", "basic", prompt, sink.html(row.value), context, (node.line, row.line), key)

            yes_no_cards(sink, context, node.line, attribute, rows, row_card)
        else:
            _compared_cards(sink, context, node, column)
    crossed, spelled = crosses(table) and bool(context), spelled_columns((c.attribute, _plain(c.thing), _plain(c.value)) for c in cells)
    things = [_plain(h) for h in table.header[1:]] if things_header is None else []  # the columns' things, side by side
    columns = _column_values(cells)
    for cell in cells:
        if cell.attribute in relative or cell.attribute in spelled or echoes_its_row(_plain(cell.thing), _plain(cell.value)):
            continue
        prompt = f'{sink.html(cell.thing)} <span class="sp-column">— {inl.escape(cell.attribute)}</span>'
        if crossed:
            # `| | dyn auto | trunk |` over rows of the same modes: each cell is what a pair gives
            prompt = f"<b>{inl.escape(context[-1])}</b>: {inl.escape(cell.attribute)} + {sink.html(cell.thing)} → ?"
        key = ("table", inl.plain_key(_plain(cell.thing)), inl.plain_key(cell.attribute))
        answer = sink.html(cell.value)
        if things_header is not None and not crossed and is_need_header(cell.attribute):
            # `| Option | When | Limits |`: the "When" cell is the exam's question, the row's thing its answer
            need = answer.removesuffix(".")
            prompt, answer = f'{need} <span class="sp-column">— which {inl.escape(asked_kind(things_header))}?</span>', sink.html(cell.thing)
            key = (*key, "need")
        elif things_header is None and len(things) in FEW_THINGS and not crossed and _plain(cell.thing) in things and (asked := rival_asked(cell.attribute, _plain(cell.value), answer, things, columns[cell.attribute])) is not None:
            # "Calc column or Measure — context? filter": of two or three things side by side, each cell
            # tells its thing from the others; asked the other way it was "Measure — context"
            prompt, answer = asked, sink.html(cell.thing)
            key = (*key, "rival")
        elif not crossed and (choices := offered[cell.attribute]) is not None:
            prompt = f'{sink.html(cell.thing)} <span class="sp-column">— {inl.escape(cell.attribute)}: {inl.escape(choices)}?</span>'
        elif (limits := limits_cloze(cell.value, sink.html)) is not None:
            # "payload 4 MB, 60 s, memory 1–6 GB, no GPUs": one limit a card, the rest shown
            sink.add("table", "cloze", f"{prompt}: {limits}", "", context, (node.line, cell.line), key)
            continue
        sink.add("table", "basic", prompt, answer, context, (node.line, cell.line), key)


_BARE_KEY = re.compile(r"^\d[\d\s,./–-]*$")  # "88", "20-21": a key that means nothing without its column


CONSTANT_ROWS = 3  # a column this long with one value throughout asks nothing


MOST_ROWS = 3 / 4  # share of a column's rows one value takes, for it to be the column's rule
SHARED_ROWS = 4  # rows sharing it, at least (`EBS: One AZ` beside three `Regional` stays a contrast to ask)


def _without_shared_values(cells: list[_Cell], shared: bool = True) -> list[_Cell]:
    """`| On-prem |` with "Customer" in every row: each cell is the same answer,
    which the column's name gives away; its cells make no cards. So with the
    value three in four rows share (`≥3` AZs down seven storage classes): the rows that
    differ (One Zone-IA's `1`) are what a card asks (not with `shared` off)."""
    values: dict[str, Counter[str]] = {}
    for cell in cells:
        values.setdefault(cell.attribute, Counter())[inl.plain_key(_plain(cell.value))] += 1
    common: dict[str, str] = {}
    for attribute, counted in values.items():
        value, count = counted.most_common(1)[0]
        # (a yes / no or graded column is asked whole, by its own rules: `yes_no_columns`, `_compared_cards`)
        total = sum(counted.values())
        if count == total >= CONSTANT_ROWS or (shared and not _RELATIVE.match(value) and count >= max(SHARED_ROWS, MOST_ROWS * total)):
            common[attribute] = value
    return [c for c in cells if common.get(c.attribute) != inl.plain_key(_plain(c.value))]


def _cells_by_row(table: Table, label: int) -> list[_Cell]:
    header = [_plain(h) for h in table.header]
    distinct = {c: len({_plain(r[c]) for r in table.rows if c < len(r)}) for c in range(len(header))}
    cells = []
    for row, line in zip(table.rows, table.lines):
        if label >= len(row) or empty(row[label]):
            continue
        thing = row[label]
        if _BARE_KEY.match(_plain(thing)) and header[label]:
            thing = (Span("text", f"{header[label]} "), *thing)  # "Port 88", not "88"
        own = [
            (column, value)
            for column, value in enumerate(row)
            if column != label and column < len(header) and not empty(value) and header[column]
            and not numbers_rows(table, column) and not personal(header[column]) and not as_another_row(table, label, value)
        ]
        remarks = [(c, v) for c, v in own if inl.plain_key(header[c]) in REMARK_COLUMNS]
        # a need asked first would carry the remark onto its front ("cache — Redis/Memcached — which service?")
        facts = sorted([(c, v) for c, v in own if inl.plain_key(header[c]) not in REMARK_COLUMNS], key=lambda cell: is_need_header(header[cell[0]]))
        if label and is_need_header(header[0]):
            # `| need | service | model | scale |`: the need asks the service, its other cells said on the back
            thing = _with_its_cells(thing, [(header[c], v) for c, v in facts if c], [v for _, v in remarks])
            facts, remarks = [(0, row[0])], []
        named = [(c, v) for c, v in facts if not _NUMBER_CELL.match(_plain(v)) and not is_sentence(_plain(v))]
        named.sort(key=lambda cell: -distinct[cell[0]])  # the name, not a kind many rows share (TCP)
        if _BARE_KEY.match(_plain(row[label])) and len(facts) > 1 and named:
            # `| Port | Transport | Service |`: a number's row asks its name ("Port 3389 — Service: RDP"),
            # the row's other short cells said beside it, not asked one by one
            facts, remarks = [named[0]], [(c, v) for c, v in facts if c != named[0][0]] + remarks
        # "Port 69 — Notes" asks nothing: the remark goes with the row's first fact ("TFTP — UDP, no auth", "10256 — healthz")
        if remarks and facts and not _RELATIVE.match(_plain(facts[0][1])) and not (_NUMBER_CELL.match(_plain(facts[0][1])) and _repeats(row[label], remarks)):
            first, value = facts[0]
            for _, remark in remarks:
                value = (*value, Span("text", " — "), *remark)
            facts[0], remarks = (first, value), []
        for column, value in facts + remarks:
            cells.append(_Cell(_with_its_row(thing, row, label, column, header), header[column], value, line))
    return cells


def _repeats(thing: Inline, remarks: list[tuple[int, Inline]]) -> bool:
    """A remark that says a word of the row's name (`etcd peer`: "etcd <-> etcd"): beside a number, a restated front."""
    return any(set(re.findall(r"\w+", _plain(thing).lower())) & set(re.findall(r"\w+", _plain(v).lower())) for _, v in remarks)


def _with_its_cells(thing: Inline, facts: list[tuple[str, Inline]], remarks: list[Inline]) -> Inline:
    """The row's thing, then its cells: "Memorystore; model: in-memory KV; scale: GBs; Redis/Memcached"."""
    spans = list(thing)
    for header, value in facts:
        spans += [Span("text", f"; {header}: "), *value]
    for value in remarks:
        spans += [Span("text", "; "), *value]
    return tuple(spans)


def _with_its_row(thing: Inline, row: list[Inline], label: int, column: int, header: list[str]) -> Inline:
    """A remark column's cell is asked of the row as a whole: "Port 88 (Kerberos) — Notes"."""
    if inl.plain_key(header[column]) not in REMARK_COLUMNS:
        return thing
    other = next((c for i, c in enumerate(row) if i not in (label, column) and not empty(c) and not is_sentence(_plain(c))), None)
    return thing if other is None else (*thing, Span("text", f" ({_plain(other)})"))


def _cells_by_column(table: Table) -> list[_Cell]:
    cells = []
    for column, thing in enumerate(table.header[1:], 1):
        if empty(thing):
            continue
        for row, line in zip(table.rows, table.lines):
            if column < len(row) and row and not empty(row[0]) and not empty(row[column]):
                attribute = _plain(row[0])
                if not is_sentence(attribute) and not personal(attribute):
                    cells.append(_Cell(thing, attribute, row[column], line))
    return cells


def _term_rows(sink: CardSink, context: tuple[str, ...], node: Node, tool: str | None = None) -> None:
    """A two-column table: a term and its definition per row."""
    assert node.table is not None
    header = [_plain(h) for h in node.table.header]
    tools = tool_words(_plain(row[0]) for row in node.table.rows if row and is_command(row[0]))
    for row, line in zip(node.table.rows, node.table.lines):
        if len(row) == 2 and not empty(row[0]) and not empty(row[1]) and not (is_command(row[0]) and restates_its_command(_plain(row[0]), _plain(row[1]), tools)):
            key = ("table", inl.plain_key(_plain(row[0])))
            prompt, answer = sink.html(row[0]), sink.html(row[1])
            if _BARE_KEY.match(_plain(row[0])) and header[0] and header[1]:
                # "22" alone asks nothing: "Port 22 — Protocol"
                prompt = f'{inl.escape(header[0])} {prompt} <span class="sp-column">— {inl.escape(header[1])}</span>'
            elif (is_command(row[0]) or _is_option(row[0])) and says_a_task(row[1]) and not tells_its_command(_plain(row[0]), _plain(row[1]), tools):
                # `| kubectl rollout undo deploy/web | roll back |`: a hands-on exam gives the task, under
                # the heading that says what the commands are for ("Firewalld: open raw port — which option?")
                # an option is of the tool the table is led by ("tar: verbose — which option?"), not of the heading
                named = tool if tool and _is_option(row[0]) else task_heading(context[-1]) if context else ""
                where = f"<b>{inl.escape(named)}</b>: " if named else ""
                task = sink.html(without_arrow_remark(row[1]))
                prompt, answer = f"{where}{task} — which {'option' if _is_option(row[0]) else 'command'}?", prompt
            elif (aspect := _value_header(header)) is not None:
                # `| Source | AD |`: "RIP" alone does not say its 120 is an administrative distance
                prompt = f'{prompt} <span class="sp-column">— {inl.escape(aspect)}</span>'
            sink.add("table", "basic", prompt, answer, context, (node.line, line), key)


MAX_ASPECT_WORDS = 3


def _value_header(header: list[str]) -> str | None:
    """The second column's name when it names the kind of value each row holds (AD, Commitment, Default)."""
    aspect = header[1].strip() if len(header) == 2 else ""
    words = inl.plain_key(aspect).split()
    if not words or len(words) > MAX_ASPECT_WORDS or describes(aspect):
        return None
    return aspect


def _is_option(cell: Inline) -> bool:
    """`--add-port=82/tcp` / `--remove-port=`: a command's options, all code."""
    spans = [span for span in inl.strip(cell) if span.kind != "text" or span.text.strip(" /,")]
    return bool(spans) and all(span.kind == "code" and OPTION.match(span.text.strip()) for span in spans)


def _is_command_column(table: Table, column: int) -> bool:
    """Commands are asked from their task by the term rows' own rule."""
    return any(column < len(row) and is_command(row[column]) for row in table.rows)


def _compared_cards(sink: CardSink, context: tuple[str, ...], node: Node, cells: list[_Cell]) -> None:
    """An attribute whose cells compare ("lower", "yes") means nothing cell by
    cell: one card asks it across the things, in the table's order."""
    if len(cells) < 2:
        return
    things = ", ".join(_plain(c.thing) for c in cells)
    prompt = f'{inl.escape(cells[0].attribute)} <span class="sp-column">— {inl.escape(things)}</span>'
    answer = "<ul>" + "".join(f"<li>{sink.html(c.thing)}: {sink.html(c.value)}</li>" for c in cells) + "</ul>"
    lines = (node.line, *dict.fromkeys(c.line for c in cells))
    sink.add("table", "basic", prompt, answer, context, lines, ("table", "compared", inl.plain_key(cells[0].attribute)))


def _spec_cards(sink: CardSink, context: tuple[str, ...], node: Node, cells: list[_Cell]) -> None:
    """One card per thing: its numbers, each named by its attribute."""
    things: dict[str, list[_Cell]] = {}
    for cell in cells:
        things.setdefault(inl.plain_key(_plain(cell.thing)), []).append(cell)
    for name, own in things.items():
        attributes = ", ".join(c.attribute for c in own)
        prompt = f'{sink.html(own[0].thing)} <span class="sp-column">— {inl.escape(attributes)}</span>'
        answer = "<ul>" + "".join(f"<li>{inl.escape(c.attribute)}: {sink.html(c.value)}</li>" for c in own) + "</ul>"
        lines = (node.line, *dict.fromkeys(c.line for c in own))
        sink.add("table", "basic", prompt, answer, context, lines, ("table", name, "specification"))
