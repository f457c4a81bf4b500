"""The cram sheet's numbers and limits: one compact table, grouped by the
service a fact is about, a row per number the deck asks (`kind::number`
cloze deletions): the fact, the number, its unit.

The fact is the words the note puts next to the number (`min storage
duration`, `max object size`), cut short at a phrase boundary; the service is
the fact's own bold label (`Glacier Deep Archive: ...`) or the topic's
deepest heading."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from pipeline.model import Card
from pipeline.model.cardtext import card_text, cloze_pieces
from pipeline.model.inline import ASIDE
from pipeline.cheatsheet.phrases import one_line
from pipeline.cheatsheet.sheet import Line

FACT_WORDS = 7  # a fact's words at most
NAME_WORDS = 6  # a heading deeper than the topic names the service when it is this short
_LABEL = re.compile(r"^\s*<b>(.*?)</b>\s*:", re.S)
# A number, a range or choice of numbers (`24 to 72`, `1 or 3`, `3-63`), with a sign or `%`/`x` kept on it.
_NUMBER = re.compile(
    r"^(?P<number>[<>≤≥~≈+$€£]?\s*\d[\d.,]*(?:\s*(?:to|or|-|–|/)\s*\d[\d.,]*)?\s*(?:[%×+]|x(?![A-Za-z]))?)\s*(?P<unit>.*)$"
)
_CLAUSE = re.compile(r"[,;]|\.\s|\s[-–—]\s|:\s|=")
# Words that only qualify a number: a fact of these alone takes the words that lead its sentence.
_QUALIFIERS = {"up", "least", "most", "min", "max", "minimum", "maximum", "usually", "about", "from", "over", "under", "less", "more", "than", "until", "within", "<", ">"}
_LINKERS = {"to", "at", "of", "is", "are", "in", "and", "or", "by", "for", "with", "across", "the", "a", "an", "each", "every", "per", "there", "it", "if"}
_RANGE = {"to", "-", "–", "and"}
_ALTERNATE = {"(", "=", "/", "or"}
_EDGE = " \t([{:=→-–—,;"


@dataclass(frozen=True)
class NumberRow:
    fact: str
    number: str
    unit: str


@dataclass(frozen=True)
class ServiceNumbers:
    card: Card  # the first card of the group: its section, topic and domain
    service: str
    rows: tuple[NumberRow, ...]


def number_groups(cards: list[Card]) -> list[ServiceNumbers]:
    """The number cards' rows by service, in the deck's order."""
    groups: dict[tuple[str, str], tuple[Card, list[NumberRow]]] = {}
    for card in cards:
        if card.kind != "number":
            continue
        service, rows = _rows(card)
        if rows:
            groups.setdefault((card.section, service), (card, []))[1].extend(rows)
    return [ServiceNumbers(card, service, tuple(dict.fromkeys(rows))) for (_, service), (card, rows) in groups.items()]


def row_line(row: NumberRow, service: str = "") -> Line:
    """A row of the table; the first of a service's rows names it, in bold, before its fact."""
    name = Markup('<b class="term">{}</b> ').format(service) if service else Markup("")
    # One box per row (the fact's column); the number and unit follow as
    # text, so they line up at the column's edge at a third of the layout's cost.
    html = Markup('<span class="cell nf">{}{}</span><b class="nn">{}</b> {}').format(name, row.fact, row.number, row.unit)
    return Line(html, 0, "table", "", False)


def _rows(card: Card) -> tuple[str, list[NumberRow]]:
    found = _LABEL.match(card.prompt)
    label = card_text(found.group(1)) if found else ""
    # A name (`Glacier Deep Archive: ...`) heads its own group; a phrase (`default retention: ...`) leads its facts.
    service = label if label[:1].isupper() else _service(card)
    lead = "" if label == service else label
    pieces = cloze_pieces(card.prompt[found.end() :] if found else card.prompt)
    rows: list[NumberRow] = []
    for index, (text, deleted) in enumerate(pieces):
        if not deleted:
            continue
        before = pieces[index - 1][0] if index and not pieces[index - 1][1] else ""
        after = pieces[index + 1][0] if index + 1 < len(pieces) and not pieces[index + 1][1] else ""
        number, unit = _split(text)
        joined = before.strip()
        if joined in _RANGE and rows and rows[-1].number:  # `from 1 day to 1 year`: one row
            last = rows.pop()
            rows.append(NumberRow(last.fact, " ".join(p for p in (last.number, last.unit, joined, number) if p), unit))
            continue
        if joined in _ALTERNATE and rows:  # the same number in another unit: `5 TB (5000 GB)`
            fact = rows[-1].fact
        else:
            fact = _fact(before, after, pieces[0][0] if not pieces[0][1] else "")
            if lead:
                fact = _short(f"{lead}: {fact}" if fact else lead)
        fact = fact or unit or service
        rows.append(NumberRow(fact, number, "" if fact == unit else unit))
    return service, rows


def _service(card: Card) -> str:
    deeper = card.context[2:]
    if deeper and len(deeper[-1].split()) <= NAME_WORDS:
        return deeper[-1].rstrip(":? ")
    return card.topic


def _split(text: str) -> tuple[str, str]:
    found = _NUMBER.match(text.strip())
    if not found:
        return text.strip(), ""
    return found.group("number").strip(), found.group("unit").strip()


def _fact(before: str, after: str, lead: str) -> str:
    """The words next to a number: its clause before it (asides dropped), a
    qualifier alone (`up to`) led by its sentence's start, else the words
    right after it (`21: FTP`)."""
    clause = _strip(_CLAUSE.split(ASIDE.sub("", before))[-1])
    inner = _strip(clause.rsplit("(", 1)[-1]) if "(" in clause else clause
    if _content(inner):
        return _short(inner)
    if any(word.casefold() in _QUALIFIERS for word in inner.split()):
        start = _strip(_CLAUSE.split(ASIDE.sub("", lead).split("(", 1)[0])[0])
        if _content(start) and start != inner:
            return _short(start, limit=FACT_WORDS - len(inner.split())) + f", {inner}"
        following = _following(after)
        return f"{_short(following, limit=FACT_WORDS - len(inner.split()))}, {inner}" if _content(following) else inner
    if _content(clause):
        return _short(clause, keep_end=True)
    following = _following(after)
    return _short(following) if _content(following) else ""


def _following(after: str) -> str:
    """The words right after a number, up to the clause's end (none after a comma)."""
    if after.lstrip()[:1] in (",", ";", "."):
        return ""
    return _strip(_CLAUSE.split(ASIDE.sub("", after).split(")", 1)[0].lstrip(_EDGE))[0].split("(", 1)[0])


def _content(text: str) -> bool:
    return any(word.casefold().strip("().") not in _QUALIFIERS | _LINKERS for word in text.split())


def _strip(text: str) -> str:
    text = text.strip(_EDGE + ")")
    words = text.split()
    while words and words[-1].casefold() in {"is", "are", "of", "at", "was", "be"}:
        words.pop()
    while words and words[0].casefold() in {"and", "or", "but", "then", "so"}:
        words.pop(0)
    return " ".join(words).strip(_EDGE)


def _short(text: str, keep_end: bool = False, limit: int = FACT_WORDS) -> str:
    """At most `limit` words: the phrase's start, or for a clause whose end
    is what the number qualifies, its end."""
    words = text.split()
    if len(words) <= limit:
        return text
    if keep_end:
        return "… " + " ".join(words[-limit:])
    return one_line(text, max(limit, 3))
