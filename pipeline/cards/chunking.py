"""Keeping answers short: long lines split at sentences, lists of facts split
into balanced parts, and cloze deletions written safely."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from pipeline.model import inline as inl
from pipeline.model import Inline, Span
from pipeline.model.cardtext import cloze_safe
from pipeline.cards.line_parts import NUMBERED_ABBREVIATION
from pipeline.cards.numbers import number_spans
from pipeline.cards.per_document import per_text

# How much one card asks: facts asked together, and the words they may run to
SMALL_FACTS = 4  # facts one card may ask together (fewer than the five of a dump)
SMALL_WORDS = 70
RIDING_WORDS = 35  # a definition and a fact asked with it at most
SHORT_FACT_WORDS = 8  # a fact shorter than this names its subject only with others
# after an abbreviation's full stop a sentence goes on: "(service-specific, e.g. Storage Object Viewer)"
NOT_AFTER_ABBREVIATION = r"(?<!e\.g\.)(?<!i\.e\.)(?<!\bvs\.)(?<!\betc\.)(?<!\bex\.)"
_SENTENCE_END = re.compile(rf"(?<=[.!?]){NOT_AFTER_ABBREVIATION}\s+(?=\S)")
T = TypeVar("T")


def words(spans: Inline) -> int:
    return inl.word_count(inl.to_plain(spans))


def chunks(items: Sequence[T], size: Callable[[T], int], max_words: int, max_items: int) -> list[list[T]]:
    """Consecutive runs of items within the limits, balanced in length."""
    total = sum(size(i) for i in items)
    count = max(-(-total // max_words), -(-len(items) // max_items), 1)
    target = -(-total // count)
    out: list[list[T]] = [[]]
    count_words = 0
    for item in items:
        weight = size(item)
        current = out[-1]
        if current and (
            len(current) >= max_items
            or count_words + weight > max_words
            or (count_words >= target and len(out) < count)
        ):
            out.append([])
            count_words = 0
        out[-1].append(item)
        count_words += weight
    return [c for c in out if c]


def pieces(spans: Inline, limit: int) -> list[Inline]:
    """A long line split at its sentences, a very long sentence at words;
    short neighbours are joined again."""
    if words(spans) <= limit:
        return [spans]
    out: list[Inline] = []
    for sentence in split_sentences(spans):
        out.extend([sentence] if words(sentence) <= limit else split_words(sentence, limit))
    merged: list[Inline] = []
    for piece in out:
        # a sentence that opens on a name in bold says a thing of its own: never joined to the one before
        if merged and words(merged[-1]) + words(piece) <= limit // 2 and piece[0].kind not in ("strong", "em"):
            merged[-1] = merged[-1] + (Span("text", " "),) + piece
        else:
            merged.append(piece)
    return merged


def _numbers_kept(pieces: list[str]) -> list[str]:
    """The pieces, each cut after an abbreviation that leads a number joined again."""
    kept: list[str] = []
    for piece in pieces:
        if kept and piece[:1].isdigit() and NUMBERED_ABBREVIATION.search(kept[-1]):
            kept[-1] = f"{kept[-1]} {piece}"
        else:
            kept.append(piece)
    return kept


def split_sentences(spans: Inline) -> list[Inline]:
    """The line's sentences, an abbreviation's full stop no end of one."""
    return split_spans(spans, _SENTENCE_END)


def split_spans(spans: Inline, boundary: re.Pattern[str]) -> list[Inline]:
    parts: list[list[Span]] = [[]]
    spans = _runs_of_text(spans)
    for position, span in enumerate(spans):
        if span.kind != "text":
            parts[-1].append(span)
            continue
        for index, piece in enumerate(_numbers_kept(_text_pieces(span.text, spans[position + 1 : position + 2], boundary))):
            if index:
                parts.append([])
            if piece:
                parts[-1].append(Span("text", piece))
    return [inl.strip(tuple(p)) for p in parts if inl.strip(tuple(p))]


def _runs_of_text(spans: Inline) -> Inline:
    """Text spans side by side as one ("a." + " " + "B"): a boundary between them is still read."""
    if all(a.kind != "text" or b.kind != "text" for a, b in zip(spans, spans[1:])):
        return spans
    out: list[Span] = []
    for span in spans:
        if span.kind == "text" and out and out[-1].kind == "text":
            out[-1] = Span("text", out[-1].text + span.text)
        else:
            out.append(span)
    return tuple(out)


_OPEN_AT_END = re.compile(r"\b(?:e\.g|i\.e|vs|etc|ex|cf|approx)\.\s*$", re.IGNORECASE)


def _text_pieces(text: str, following: Inline, boundary: re.Pattern[str]) -> list[str]:
    """A text span's pieces. A boundary at its very end is read with the next span's first
    character ("... monitoring). " before "**Gemini** is ..."): a sentence that opens in
    bold still ends the one before it."""
    ahead = inl.to_plain(following)[:1]
    if not ahead or _OPEN_AT_END.search(text) or text.count("(") > text.count(")"):
        return boundary.split(text)  # "(e.g. `europe-west1`)": the sentence goes on
    pieces = boundary.split(text + ahead)
    if not pieces[-1].endswith(ahead):
        return boundary.split(text)  # the boundary took the next span's character in: read alone
    pieces[-1] = pieces[-1][: -len(ahead)]
    return pieces


def split_words(spans: Inline, limit: int) -> list[Inline]:
    """A sentence too long for one card, cut near every `limit` words where its clauses
    meet (after a comma, `;` or dash outside brackets), never inside brackets: cut at a
    bare word count ("... for compliance or" / "licensing).") a part said half a fact."""
    tokens: list[tuple[Span, int, bool]] = []  # the piece, its words, whether a part may end after it
    depth = 0
    for span in spans:
        if span.kind != "text":
            tokens.append((span, words((span,)), False))  # a name in bold ends no clause
            continue
        for token in re.split(r"(\s+)", span.text):
            if not token:
                continue
            depth = max(0, depth + token.count("(") + token.count("[") - token.count(")") - token.count("]"))
            clause = token.isspace() is False and (token[-1] in ",;" or token in ("—", "–", "-"))
            tokens.append((Span("text", token), 0 if token.isspace() else 1, depth == 0 and clause))
    parts: list[list[tuple[Span, int, bool]]] = [[]]
    count = 0
    for token in tokens:
        if token[1] and count >= limit:
            current = parts[-1]
            ends = [i for i, t in enumerate(current) if t[2] and sum(u[1] for u in current[: i + 1]) >= limit // 3]
            if ends:  # the last clause's end: what follows it starts the next part
                parts[-1], rest = current[: ends[-1] + 1], current[ends[-1] + 1 :]
                parts.append(rest)
                count = sum(t[1] for t in rest)
            elif depth_of(current) == 0:
                parts.append([])
                count = 0
        parts[-1].append(token)
        count += token[1]
    return [stripped for index, p in enumerate(parts) if (stripped := _clause(tuple(t[0] for t in p), index))]


def _clause(part: Inline, index: int) -> Inline:
    """A part cut where clauses meet, without the comma it ended on or the "and" it began with."""
    spans = list(part)
    while spans and spans[0].kind == "text" and not spans[0].text.strip():
        spans.pop(0)  # the space a cut left before the part
    if spans and spans[-1].kind == "text":
        spans[-1] = Span("text", re.sub(r"[,;]\s*$", "", spans[-1].text))
    if index and spans and spans[0].kind == "text":
        spans[0] = Span("text", re.sub(r"^\s*(?:and|or)(?:\s+|$)", "", spans[0].text))
    return inl.strip(tuple(s for s in spans if s.kind != "text" or s.text))


def depth_of(tokens: list[tuple[Span, int, bool]]) -> int:
    """How many brackets the tokens leave open."""
    text = "".join(t[0].text for t in tokens if t[0].kind == "text")
    return max(0, text.count("(") + text.count("[") - text.count(")") - text.count("]"))


# ---- cloze deletions ---------------------------------------------------------------------

_EXPLICIT = re.compile(r"\{\{c\d+::.+?\}\}")
_ESCAPED_OPEN = re.compile(r"&#123;&#123;c(\d+)::")


def has_explicit_cloze(text: str) -> bool:
    return _EXPLICIT.search(text) is not None


def explicit_cloze_html(html: str) -> str:
    """The author's own `{{c1::...}}` deletions, which escaping turned into
    entities, restored as Anki syntax; every other brace stays escaped."""
    out = []
    position = 0
    for match in _ESCAPED_OPEN.finditer(html):
        close = html.find("&#125;&#125;", match.end())
        if close < 0:
            break
        out.append(html[position : match.start()])
        out.append("{{c%s::%s}}" % (match.group(1), html[match.end() : close]))
        position = close + len("&#125;&#125;")
    out.append(html[position:])
    return "".join(out)


def number_cloze_html(spans: Inline, render: Callable[[Inline], str]) -> str:
    """HTML of the line with each number fact wrapped in its own deletion.

    Facts are found in the line's whole text, so `Minimum of **3** zones`
    is one fact across the bold; a deletion that crosses formatting takes
    the formatted span whole (`{{c1::<b>3</b> zones}}`), so it stays one
    deletion Anki can read."""
    plain = inl.to_plain(spans)
    facts = _facts(plain, spans)
    numbers = _deletion_numbers(plain, facts)
    out: list[str] = []

    def emit(items: Inline, base: int) -> None:
        position = base
        for span in items:
            start = position
            position += len(inl.to_plain((span,)))
            if span.kind == "text":
                out.append(_split_text(span.text, start, facts, numbers, render))
                continue
            covering = next((f for f in facts if f[0] <= start and position <= f[1]), None)
            if covering == (start, position) and span.kind in ("strong", "em"):
                covering = None  # `**7 days**`: the deletion goes inside the formatting
            if covering is not None:  # the span is (part of) a deletion: whole, inside it
                out.append("{{c%d::" % numbers[covering] if covering[0] == start else "")
                out.append(cloze_safe(render((span,))))
                out.append("}}" if covering[1] == position else "")
            elif span.kind in ("strong", "em"):
                tag = "b" if span.kind == "strong" else "i"
                out.append(f"<{tag}>")
                emit(span.children, start)
                out.append(f"</{tag}>")
            else:
                out.append(render((span,)))

    emit(spans, 0)
    return "".join(out)


def _facts(plain: str, spans: Inline) -> list[tuple[int, int]]:
    """Number facts as (start, end) in the line's text, widened to whole
    formatted spans where they cross one; facts in code or links are left."""
    bounds: list[tuple[int, int, str]] = []
    position = 0
    for span in spans:
        length = len(inl.to_plain((span,)))
        bounds.append((position, position + length, span.kind))
        position += length
    facts = []
    for start, end in number_spans(plain):
        touched = [b for b in bounds if b[0] < end and start < b[1] and b[2] != "text"]
        if any(kind not in ("strong", "em") for _, _, kind in touched):
            continue
        crossing = [b for b in touched if not (b[0] <= start and end <= b[1])]
        if crossing:
            start = min(start, *(b[0] for b in crossing))
            end = max(end, *(b[1] for b in crossing))
        if not facts or start >= facts[-1][1]:
            facts.append((start, end))
    return _restated_in_brackets(plain, facts)


def _restated_in_brackets(plain: str, facts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`5TB (5000GB)`: the bracket says the same size again, so both are one
    deletion; two blanks side by side would read as two facts."""
    out: list[tuple[int, int]] = []
    for fact in facts:
        if out:
            last = out[-1]
            between, after = plain[last[1] : fact[0]], plain[fact[1] : fact[1] + 2]
            same = _size(plain[last[0] : last[1]]) is not None and _size(plain[last[0] : last[1]]) == _size(plain[fact[0] : fact[1]])
            if same and re.fullmatch(r"\s*\(\s*", between) and re.match(r"\s*\)", after):
                out[-1] = (last[0], fact[1] + after.index(")") + 1)
                continue
        out.append(fact)
    return out


def _deletion_numbers(plain: str, facts: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """One deletion number per value: `5TB (5000GB)` is one fact, and a value
    said twice (`maxSurge 25%, maxUnavailable 25%`) is hidden everywhere at
    once, or the one still shown would give the other away."""
    numbers: dict[tuple[int, int], int] = {}
    seen: dict[float | str, int] = {}
    for fact in facts:
        text = plain[fact[0] : fact[1]]
        value: float | str = _size(text) or " ".join(text.lower().split())
        if value not in seen:
            seen[value] = len(seen) + 1
        numbers[fact] = seen[value]
    return numbers


def _split_text(
    text: str,
    base: int,
    facts: list[tuple[int, int]],
    numbers: dict[tuple[int, int], int],
    render: Callable[[Inline], str],
) -> str:
    """A text span cut at the facts that start or end in it."""
    out = []
    position = 0
    limit = len(text)
    for fact in facts:
        start, end = fact[0] - base, fact[1] - base
        if end <= 0 or start >= limit:
            continue
        cut_start, cut_end = max(start, 0), min(end, limit)
        out.append(render((Span("text", text[position:cut_start]),)))
        piece = cloze_safe(render((Span("text", text[cut_start:cut_end]),)))
        out.append(("{{c%d::" % numbers[fact] if start >= 0 else "") + piece + ("}}" if end <= limit else ""))
        position = cut_end
    out.append(render((Span("text", text[position:]),)))
    return "".join(out)


_BYTES = re.compile(r"^(\d+(?:\.\d+)?)\s?([KMGTPE])i?B", re.IGNORECASE)
# `5 minutes`, `5 min`, `300 sec`: a span of time, in seconds
_TIME = re.compile(r"^(\d+(?:\.\d+)?)\s?(ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?)$", re.IGNORECASE)
_SECONDS = {"ms": 0.001, "s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60, "h": 3600, "hr": 3600, "hour": 3600, "day": 86400, "week": 604800}


def _size(text: str) -> float | None:
    """A size in bytes (`5TB`, `5000 GB`) or a span of time in seconds (`5 minutes`, `5 min`):
    to tell when two numbers are one."""
    match = _BYTES.match(text.replace(",", ""))
    if match:
        return float(match.group(1)) * 1000 ** ("KMGTPE".index(match.group(2).upper()) + 1)
    timed = _TIME.match(text.replace(",", "").strip())
    if not timed:
        return None
    unit = timed.group(2).lower()
    return float(timed.group(1)) * _SECONDS[unit if unit in _SECONDS else unit.removesuffix("s")]


# "This one comes up constantly", "I kept mixing these up", "A surprising number of
# questions are about ...": the author on studying, no fact of the subject
# "That one surprised me in a practice test", "If I keep ... in my head": the same, later in a line
_CHATTER = re.compile(
    r"^\W*(?:I|I'm|I've|My)\s|\bcomes?\s+up\b|\b(?:number\s+of|most|many)\s+(?:\S+\s+)?questions\b"
    r"|\b(?:surprised|tripped|confused|caught|fooled|bit)\s+me\b|\bin\s+my\s+head\b|\bI\s+(?:keep|kept|always|never)\s+(?:forget|mix)"
    # "the exam expects me to pick the right one", "asked about all the time", "leans hard on this section"
    r"|\b(?:expects|wants|needs)\s+me\s+to\b|\bI\s+(?:need|have|must|should)\s+to\b|\basked\s+about\s+all\s+the\s+time\b"
    r"|\b(?:leans|focuses)\s+(?:\w+\s+)?on\s+this\s+section\b"
    # "The limits are what the exam asks", "The exam's favourite game", "the main q in exam scenarios",
    # "Most of this I already knew": the exam's habits and the author's, no fact of the subject
    r"|\bexam(?:'s)?\s+(?:still\s+)?(?:asks?|loves?|likes?|wants|favou?rite)\b|\bin\s+(?:the\s+)?exam\s+scenarios\b|\bI\s+already\s+knew\b"
    # "Big exam clue.", "same as every other exam", "Not negotiable.": how much a fact counts, no fact
    r"|\bexam\s+clue\b|\bas\s+(?:on\s+|in\s+)?(?:every|any)\s+other\s+exam\b|^\W*(?i:not\s+negotiable|non-negotiable|must[\s-]know)\W*$"
)
_FIRST_SENTENCE = re.compile(r"\s*[^.!?]*[.!?](?:\s+|$)")
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+[^.!?]+[.!?]?\s*$")


def without_asides(piece: tuple[Span, ...]) -> tuple[Span, ...]:
    """The piece without the sentences it opens with that are the author's remarks."""
    while piece and piece[0].kind == "text" and (found := _FIRST_SENTENCE.match(piece[0].text)) and _chatter(found.group()):
        piece = inl.strip((Span("text", piece[0].text[found.end() :]), *piece[1:]))
    while piece and piece[-1].kind == "text" and (found := _LAST_SENTENCE.search(piece[-1].text)) and _chatter(found.group()):
        piece = inl.strip((*piece[:-1], Span("text", piece[-1].text[: found.start()])))
    return () if len(piece) == 1 and piece[0].kind == "text" and _chatter(piece[0].text) else piece


@per_text  # a line's pieces are weighed by every kind of card; the pattern tries each of its ways at every word
def _chatter(text: str) -> bool:
    return _CHATTER.search(text) is not None
