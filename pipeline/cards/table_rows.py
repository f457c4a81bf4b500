"""What a table's columns are for, beyond names and their properties: a
column of row numbers, a self-quiz's question and answer columns, a log
keyed by dates."""

from __future__ import annotations

import re

from pipeline.model import Inline, Table
from pipeline.model import inline as inl

# `| # | Principle |`, `| No. | Step |`: a header over the rows' order
# `| Port | Protocol | Notes |`: a column of remarks on the row, no property of its own
REMARK_COLUMNS = frozenset("notes note comments comment remarks remark details info misc tips gotchas".split())
# Second-column headers that only say "its description": the row is a term and its definition.
_FILLER = frozenset("it is it's they are the a an this for and s".split())
_DESCRIBING_HEADERS = frozenset(
    "what does do meaning means definition defined description describes desc notes note details detail "
    "summary explanation purpose role highlights info about comment comments remarks gist idea key points".split()
)
_NUMBER_HEADERS = frozenset({"", "#", "no", "no.", "nr", "nr.", "n°", "num", "num.", "number"})
_QUESTION_HEADERS = frozenset({"question", "questions", "q", "prompt"})
_ANSWER_HEADERS = frozenset({"answer", "answers", "a", "ans", "answer(s)"})
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
# "5 Oct", "Oct 5", "2026-10-05", "5/10", "Mon", "Week 3", "Day 1-2": when, not what
_WHEN = re.compile(
    rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{2,4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{2,4}})?"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|{_WEEKDAY}|(?:week|wk|day)\s*\d+(?:\s*[-–]\s*\d+)?)"
    r"(?:\s*\(.*\))?$",
    re.IGNORECASE,
)
_LOG_HEADERS = frozenset({"date", "day", "week"})
_WEIGHT_HEADER = re.compile(r"\bweights?\b|%\s*of\s+(?:the\s+)?(?:exam|score|questions)", re.IGNORECASE)
_PERCENT = re.compile(r"^[~≈<>]?\s*\d+(?:[.,]\d+)?\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?%$")


EMPTY_CELLS = {"", "-", "–", "—", "n/a", "na", "none"}


def describes(header: str) -> bool:
    """A column's name that only says "what the row's thing is" (`Notes`, `Description`)."""
    words = inl.plain_key(header).split()
    if words[:1] == ["what"] and not set(words) <= _DESCRIBING_HEADERS | _FILLER:
        return False  # "What changes", "What it stores": an aspect of each row, asked by its name
    return bool(set(words) & _DESCRIBING_HEADERS)


def plain(cell: Inline) -> str:
    return inl.to_plain(cell).strip()



def _column(table: Table, column: int) -> list[str]:
    return [plain(row[column]) for row in table.rows if column < len(row) and plain(row[column])]


def as_another_row(table: Table, label: int, value: Inline) -> bool:
    """`as GRS` in RA-GRS's row, `same as LRS`: a cell that points to another row's cell,
    no fact of its own to ask (the row it names says it)."""
    found = _AS_ROW.match(plain(value))
    if found is None:
        return False  # (most cells: the table's row names are read only for one that points)
    return any(label < len(row) and plain(row[label]).lower() == found.group(1).strip().lower() for row in table.rows)


_AS_ROW = re.compile(r"^(?:same\s+as|as|like|see|=)\s+(\S.*?)\.?$", re.IGNORECASE)


def numbers_rows(table: Table, column: int) -> bool:
    """The column only counts the rows (1, 2, 3 under `#`): no name of a row, no fact of it."""
    if column >= len(table.header) or plain(table.header[column]).lower() not in _NUMBER_HEADERS:
        return False
    cells = [c.rstrip(".") for c in _column(table, column)]
    if not cells or not all(c.isdigit() for c in cells):
        return False
    first = int(cells[0])
    return [int(c) for c in cells] == list(range(first, first + len(cells)))


_FIRST_PERSON = re.compile(r"(?<![\w/])(?:I|I'm|I've|my|me|mine)(?![\w/])", re.IGNORECASE)


def personal(header: str) -> bool:
    """A column on the author's own life (`Example at my work`): no knowledge of the exam's."""
    return bool(_FIRST_PERSON.search(header.replace("I/O", "")))


def quiz_columns(table: Table) -> tuple[int, int] | None:
    """The question and answer columns of a self-quiz table, if it is one."""
    headers = [plain(h).lower().rstrip(":?") for h in table.header]
    question = next((i for i, h in enumerate(headers) if h in _QUESTION_HEADERS), None)
    answer = next((i for i, h in enumerate(headers) if h in _ANSWER_HEADERS), None)
    if question is None or answer is None or question == answer:
        return None
    return question, answer


def is_log(table: Table) -> bool:
    """Rows keyed by when they happened (`| 5 Oct | Scrum Open | 77% |`), or
    under a `Date` / `Week` header: the author's record or plan, no knowledge.
    So is a table of the exam's own sections by weight (`| Section | ~weight |`)."""
    if not table.header:
        return False
    if any(_weights(table, c) for c in range(len(table.header))):
        return True
    if plain(table.header[0]).lower() in _LOG_HEADERS:
        return True
    keys = _column(table, 0)
    return len(keys) >= 2 and all(_WHEN.match(k) for k in keys)


def _weights(table: Table, column: int) -> bool:
    cells = _column(table, column)
    return bool(_WEIGHT_HEADER.search(plain(table.header[column]))) and bool(cells) and all(_PERCENT.match(c) for c in cells)


def crosses(table: Table) -> bool:
    """A matrix of one set of things against itself (`| | dyn auto | trunk |` over rows
    `dyn auto`, `trunk`): a cell says what a pair gives, not a property of one."""
    columns = {inl.plain_key(plain(h)) for h in table.header[1:] if plain(h)}
    rows = {inl.plain_key(plain(r[0])) for r in table.rows if r and plain(r[0])}
    return len(rows) >= 2 and len(rows & columns) >= 2 and 2 * len(rows & columns) >= len(rows)


# `| Need | Service |`, `| Algorithm | Use |`, `| tool | answers |`: one column says
# what someone needs, the other names what meets it. The exam gives the need.
_NEED_HEADER = re.compile(
    r"^(?:needs?|use ?cases?|uses?|used for|use (?:it |this )?(?:for|when)|when(?: to use(?: it)?)?|"
    r"scenarios?|requirements?|goals?|problems?|situations?|purposes?|what it does|what you need|"
    r"if you need|i need|you want|(?:best|good) for|answers|what it answers|tells you|"
    # an example of the row ("SUID | /usr/bin/passwd"), or what to think of it as: asked back to the row
    r"examples?|e\.?\s?g\.?|for example|think of it as|"
    # the words that point an exam question to the row ("key words", "exam clues", "look for")
    r"(?:exam )?(?:key ?words?|clues?|buzz ?words?)|look for|keywords? to spot)$",
    re.IGNORECASE,
)
# A header over the answers that is no kind of thing: the front asks "which one?"
_NO_KIND = frozenset({"answer", "pick", "choose", "choice", "use", "use this", "solution", "go to", "go-to"})


def is_need_header(header: str) -> bool:
    """`Need`, `Use case`, `When`, `Business need / scenario`: a column that says what someone needs."""
    parts = _HEADER_PARTS.split(header.strip().lower().rstrip(":?"))
    return any(_NEED_HEADER.match(_WHOSE.sub("", part.strip())) is not None for part in parts)


_HEADER_PARTS = re.compile(r"\s*/\s*|\s+or\s+")  # "Business need / scenario": either name says it
_WHOSE = re.compile(r"^(?:(?:the|your|a)\s+)?(?:business|customer|user|company)\s+")  # "Business need" is a need


def need_columns(table: Table) -> tuple[int, int] | None:
    """The (need, answer) columns of a two-column table that maps needs to names."""
    if len(table.header) != 2:
        return None
    headers = [plain(h).lower().rstrip(":?") for h in table.header]
    needs = [i for i, h in enumerate(headers) if is_need_header(h)]
    if len(needs) != 1:
        return None
    return needs[0], 1 - needs[0]


def asked_kind(header: Inline) -> str:
    """What a "which ...?" front asks for, from the answers' header ("Service" -> "service")."""
    name = plain(header).lower().rstrip(":?")
    return "one" if not name or name in _NO_KIND or len(name.split()) > 2 else name


def _without_spacers(table: Table) -> Table:
    """The table less its columns empty from header to last row."""

    def empty(cell: Inline) -> bool:
        return not inl.to_plain(cell).strip()

    kept = [i for i, head in enumerate(table.header) if not (empty(head) and all(i >= len(row) or empty(row[i]) for row in table.rows))]
    if len(kept) == len(table.header):
        return table
    return Table(tuple(table.header[i] for i in kept), tuple(tuple(row[i] for i in kept if i < len(row)) for row in table.rows), table.lines)


def stacked(table: Table) -> Table:
    """`| port | service | port | service |`: one table folded side by side to save room.
    Read as written, each row's second half rode on its first half's answer ("POP3 —
    514 — syslog"); stacked, each half is a row of its own. An empty column between the halves
    (`| Size | Credits | | Size | Credits |`) only keeps them apart."""
    folded = _without_spacers(table)
    width = len(folded.header)
    keys = [inl.plain_key(inl.to_plain(cell)) for cell in folded.header]
    period = next((p for p in range(2, width // 2 + 1) if width % p == 0 and keys == keys[:p] * (width // p)), None)
    if period is None or not any(keys[:period]):
        return table
    table = folded
    rows: list[tuple[Inline, ...]] = []
    lines: list[int] = []
    for start in range(0, width, period):
        for row, line in zip(table.rows, table.lines):
            part = tuple(row[start : start + period])
            if any(inl.to_plain(cell).strip() for cell in part):
                rows.append(part)
                lines.append(line)
    return Table(table.header[:period], tuple(rows), tuple(lines))
