"""A cloze line that hides three or more different facts is asked part by part.

"voice targets: ≤150 ms one-way delay, ≤30 ms jitter, ≤1% loss" with the
three numbers hidden, or "NAT: `ip nat inside` on LAN int, `ip nat outside`
on WAN int. verify `show ip nat translations`" with the three commands
hidden, asks several facts on one line, most of them blanks: a learner
reads a row of gaps. The line is cut where the author chained its facts
(`;`, a sentence's end, `·`, `|`; then `,`, `/`, `+`, `→`), each part keeps
the line's label ("voice targets: ≤[...] jitter") and is a note of its own.

A part must say something besides its blank, else it asks a bare gap: a part
that is only a blank leans on the part after it ("`spanning-tree vlan 10
root primary` → 24576"). A line whose parts cannot all be made so stays whole.
"""

from __future__ import annotations

import re

from pipeline.model.cardtext import cloze_safe

MIN_FACTS = 3  # different blanks on one line that make it a row of gaps
MOST_PER_PART = 2  # a part may still pair a key with its value ("99.9% allows 43.8 minutes")
LABEL_WORDS = 6
BOLD_LABEL_WORDS = 12  # a bold label is the author's heading for the line, however long
_DELETION = re.compile(r"\{\{c(\d+)::(.*?)\}\}", re.DOTALL)
_STRONG = ("; ", " · ", " | ", " • ")
_WEAK = (", ", " / ", " + ", " → ", " -> ")
_ABBREVIATIONS = re.compile(r"(?:\b(?:e\.g|i\.e|vs|etc|approx|incl|min|max|no|cf)|\b[A-Za-z])$", re.IGNORECASE)
# "NIST SP 800-61 Rev. 2", "Fig. 3", "No. 5": a short abbreviation before its number ends no sentence
NUMBERED_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{1,2}\.$")
_ENTITY = re.compile(r"&#?\w+$")  # `&amp;`: its semicolon ends no fact
TAG = re.compile(r"<[^>]*>")
_COLON = re.compile(r":\s")


def distinct_deletions(prompt: str) -> int:
    return len({body for _, body in _DELETION.findall(prompt)})


def parts_of(prompt: str) -> list[str] | None:
    """The line's parts, each a cloze with the line's label before it, or None
    when the line is no row of gaps or cannot be cut into parts that each ask
    something."""
    if "<li" in prompt or "<div" in prompt or "<br" in prompt:
        return None
    if distinct_deletions(prompt) < MIN_FACTS:
        return _paired(prompt)
    label, body = split_label(prompt)
    if label is None and _first_deletion_opens(prompt):
        return None  # "{{c1::Batch}}: ...": a line asked by its subject, not a row of facts
    if label is not None and any(split_label(piece)[0] is not None for piece in cut_pieces(body, _STRONG, sentences=True)[1:]):
        # "Single VM: 99.9%; availability set: 99.95%": each piece has its own key,
        # the first colon is the first piece's, no label of the line
        label, body = None, prompt
    groups = _grouped(cut_pieces(body, _STRONG, sentences=True))
    if groups is None:
        return None
    parts: list[str] = []
    for group in groups:
        if distinct_deletions(group) <= MOST_PER_PART:
            parts.append(group)
            continue
        # "Dialects: T-SQL (...), pgSQL (...), PL/SQL (...)": a list's own label goes on each item
        own, items = split_label(group)
        smaller = _grouped(cut_pieces(items, _WEAK, sentences=False))
        if smaller is not None and any(_COORDINATED.match(TAG.sub("", p)) for p in smaller[1:]):
            # "so [log ingestion], [time sync], and [logging levels] come up": the commas join
            # one sentence's items, whose parts ("and [...] come up constantly") say nothing alone
            parts.append(group)
            continue
        if smaller is None or any(distinct_deletions(p) > MOST_PER_PART for p in smaller):
            return None
        parts.extend((own or "") + part for part in smaller)
    if len(parts) < 2:
        return None
    return [_renumbered((label or "") + part) for part in parts]


# `TCP = connection-oriented`: a key set to its value, in a line of such pairs; a need
# led to its answer (`private S3 access from VPC free → gateway endpoint`) says more before it
# (the card's HTML writes `->` and `=>` as `→` and `⇒`; code keeps them, escaped)
_ARROW = r"(?:→|⇒|-&gt;|=&gt;)"
_KEY_VALUE = re.compile(rf"^[^=→⇒]{{1,30}}?\s(?:=|{_ARROW})\s+\S")
_NEED_ANSWER = re.compile(rf"^[^=→⇒]{{1,60}}?\s{_ARROW}\s+\S")
_ARROWS = re.compile(_ARROW)


def _paired(prompt: str) -> list[str] | None:
    """"TCP = [...], UDP = connectionless": in a line of pairs, the pairs without a
    blank give the hidden one's opposite away, so each pair is a part of its own.
    A pair without a blank is asked the way the blanked one is, by its value; a
    line that chains needs and their answers ("block storage → EBS; max IOPS temp
    disk → Instance Store") asks each need's answer, a card each, wherever the
    line's blank fell in the need ("Hadoop/[Spark] → EMR")."""
    label, body = split_label(prompt)
    if label is None and _first_deletion_opens(prompt):
        return None  # "{{c1::Memory hooks}}: a = b, c = d": the line's subject is asked, every pair its clue
    found = _pairs(body)
    if found is None:
        return None
    pieces, whole = found
    asked = [piece for piece in pieces if _DELETION.search(piece)]
    if not asked or len(asked) == len(pieces):
        return None
    if all(_NEED_ANSWER.match(TAG.sub("", piece)) for piece in pieces):
        asked = [piece if _blanks_value(piece) else _value_blanked(_DELETION.sub(r"\2", piece)) or piece for piece in asked]
    elif not all(_blanks_value(piece) for piece in asked):
        return None if whole else [_renumbered((label or "") + piece) for piece in asked]
    # the blanked pairs after: each part's id is its place in this list, and theirs stay as they were
    blanked = [_value_blanked(piece) for piece in pieces if not _DELETION.search(piece)]
    if whole and None in blanked:
        return None  # ("roles = temporary creds, assumed by ..."): a pair no blank asks keeps the line whole
    return [_renumbered((label or "") + part) for part in (*asked, *blanked) if part is not None]


def _pairs(body: str) -> tuple[list[str], bool] | None:
    """The line's pairs, cut at `;`, `|` or commas ("TCP = reliable, UDP = connectionless"),
    else at `;` or `|` alone ("metrics, alarms, logs → CloudWatch; who called the API →
    CloudTrail"), where each pair must then be asked for the line to be cut (True)."""
    for separators, whole in ((_STRONG + _WEAK[:1], False), (_STRONG, True)):
        pieces = [_trimmed(p) for p in cut_pieces(body, separators, sentences=True)]
        if len(pieces) >= 2 and all(_a_pair(TAG.sub("", piece)) for piece in pieces):
            return pieces, whole
    return None


def _a_pair(text: str) -> bool:
    """`TCP = reliable`, `private S3 access from VPC free → gateway endpoint`; not a chain (`RAM → temp files → disk`)."""
    return bool(_KEY_VALUE.match(text) or _NEED_ANSWER.match(text)) and len(_ARROWS.findall(text)) <= 1 and not _BRANCH.match(text)


# `need → answer`: a pair's sign, and the value after it
_SIGN = re.compile(rf"\s(?:=|{_ARROW})\s+")
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
_STOP = re.compile(r"[.;:!]+\s*$")  # the value's closing marks stay outside its blank
PHRASE_WORDS = 3  # a longer value of plain words is a statement, no name
VALUE_WORDS = 6  # a longer value is a statement of its own, no answer to recall
# "→ it", "→ same", "→ e.g. non-empty bucket": a value that leans on the line or gives one example of many
_POINTS_BACK = re.compile(r"^(?:it|they|them|this|that|these|those|same|see|e\.?g\b|for ex|like)\b", re.IGNORECASE)
# "no → Cloud SQL": a branch of a flow, no need of its own
_BRANCH = re.compile(rf"^\s*(?:yes|no|else|otherwise|if not|if so)\s*{_ARROW}", re.IGNORECASE)


def _blanks_value(piece: str) -> bool:
    """Whether the piece's blank comes after its sign: its value is what it asks."""
    sign = _SIGN.search(piece)
    return sign is not None and piece.find("{{c") > sign.start()


def _value_blanked(piece: str) -> str | None:
    """`max IOPS temp disk → Instance Store` as `max IOPS temp disk → {{c1::Instance Store}}`;
    None when the value is a statement of its own or leans on the line ("→ expand it")."""
    sign = _SIGN.search(piece)
    if sign is None:
        return None
    value = piece[sign.end() :]
    aside = _TRAILING_ASIDE.search(value)
    hidden, rest = (value[: aside.start()], value[aside.start() :]) if aside else (value, "")
    stop = _STOP.search(hidden)
    hidden, rest = (hidden[: stop.start()], hidden[stop.start() :] + rest) if stop else (hidden, rest)
    words = TAG.sub("", hidden).split()
    if not words or len(words) > VALUE_WORDS or _POINTS_BACK.match(words[0]) or _SIGN.search(hidden) or "{{" in hidden or ", " in hidden:
        return None  # (", ": another pair, or a list to recite)
    if len(words) > PHRASE_WORDS and not re.search(r"[A-Z0-9]", TAG.sub("", hidden)):
        return None  # "risk → running out physically": a statement in plain words, no name to recall
    return piece[: sign.end()] + "{{c1::" + cloze_safe(hidden) + "}}" + rest


def _first_deletion_opens(prompt: str) -> bool:
    return TAG.sub("", prompt).lstrip().startswith("{{c")


def split_label(prompt: str) -> tuple[str | None, str]:
    """`<b>NAT</b>: ` or `voice targets: `, a few words before the line's first
    colon and before any blank: said again before each part."""
    for match in _COLON.finditer(prompt):
        head = prompt[: match.end()]
        if "{{" in head or _depth_at(prompt, match.start()):
            return None, prompt
        words = TAG.sub("", head).split()
        bold = head.startswith("<b>") and head.rstrip().endswith("</b>:")
        if not words or len(words) > (BOLD_LABEL_WORDS if bold else LABEL_WORDS):
            return None, prompt
        return head, prompt[match.end() :]
    return None, prompt


def _depth_at(text: str, end: int) -> bool:
    """Whether position `end` lies inside a tag, a deletion or brackets."""
    return bool(_depths(text[:end]))


def _depths(text: str) -> int:
    depth = 0
    index = 0
    while index < len(text):
        two = text[index : index + 2]
        if two == "{{":
            depth += 1
            index += 2
            continue
        if two == "}}" and depth:
            depth -= 1
            index += 2
            continue
        if text[index] in "([<":
            depth += 1
        elif text[index] in ")]>" and depth:
            depth -= 1
        index += 1
    return depth


def cut_pieces(text: str, separators: tuple[str, ...], sentences: bool) -> list[str]:
    """The text cut at each separator outside tags, blanks, brackets and code."""
    pieces, start, depth, code, index = [], 0, 0, 0, 0
    while index < len(text):
        if text.startswith("<code", index):
            code += 1
        elif text.startswith("</code", index):
            code = max(0, code - 1)
        two = text[index : index + 2]
        if two in ("{{", "}}"):
            depth += 1 if two == "{{" else -1 if depth else 0
            index += 2
            continue
        char = text[index]
        if char in "([<":
            depth += 1
        elif char in ")]>" and depth:
            depth -= 1
        elif not depth and not code:
            found = next((s for s in separators if text.startswith(s, index)), None)
            if found == "; " and _ENTITY.search(text[start:index]):
                found = None
            if found is None and sentences and text.startswith(". ", index) and not _ABBREVIATIONS.search(TAG.sub("", text[start:index])):
                numbered = text[index + 2 : index + 3].isdigit() and NUMBERED_ABBREVIATION.search(_DELETION.sub(r"\2", TAG.sub("", text[start : index + 1])))
                found = None if numbered else ". "
            if found is not None:
                # the separator stays on its piece, for a bare blank read with the next one
                pieces.append(text[start : index + len(found)])
                index += len(found)
                start = index
                continue
        index += 1
    pieces.append(text[start:])
    return [p for p in pieces if TAG.sub("", p).strip()]


_COORDINATED = re.compile(r"^\s*(?:and|or)\s+\{\{c\d+::")  # the last item of a list the commas cut
# a sentence that leans on the one before it: no part of its own
CONTINUES = re.compile(r"^\s*(?:use|instead|it|its|this|these|they|that|so|then|but|also|both|which|otherwise)\b", re.IGNORECASE)


# "min {{c1::1 min}}", "{{c1::30 chars}} each (min {{c2::3}})": words that bound a number
# say of what it is no more than the blank does; the part before says what it counts.
# "up to", "at most", "at least" as phrases: a bare "to" or "at" says where or what
_BOUNDS = re.compile(r"\b(?:min|max|minimum|maximum|default|each|per|total|up\s+to|at\s+(?:most|least))\b", re.IGNORECASE)


_WORD = re.compile(r"[A-Za-z0-9]{2,}")


def words_of(piece: str) -> list[str]:
    """The words of a piece of markup, tags left out (a blank's words count)."""
    return _WORD.findall(TAG.sub(" ", piece))


def _words_besides_blanks(piece: str) -> int:
    return len(words_of(_BOUNDS.sub(" ", TAG.sub(" ", _DELETION.sub(" ", piece)))))


def _grouped(pieces: list[str]) -> list[str] | None:
    """Pieces joined so each group holds a blank and words of its own; a piece
    without a blank says nothing to ask and is left out (its line is asked by
    the other parts). None when the text has no two such groups."""
    groups: list[str] = []
    pending = ""  # a bare blank, read with the piece after it
    for piece in pieces:
        if CONTINUES.match(TAG.sub("", piece)) and groups:
            groups[-1] += " " + piece  # "... is deprecated. Use X instead": one fact, said in two sentences
            continue
        if not _DELETION.search(piece):
            continue
        piece = pending + piece
        if _words_besides_blanks(piece) == 0:
            pending = piece
            continue
        pending = ""
        groups.append(piece)
    if pending:
        if not groups:
            return None
        groups[-1] = f"{groups[-1]} {pending}"
    groups = [_trimmed(g) for g in groups]
    return groups if len(groups) >= 2 or (groups and len(pieces) == 1) else None


def _trimmed(piece: str) -> str:
    """The piece without the separator it was cut at (a sentence keeps its full stop)."""
    piece = piece.strip()
    for separator in (*_STRONG, *_WEAK):
        if piece.endswith(separator.strip()) and separator.strip() != ".":
            return piece[: -len(separator.strip())].rstrip()
    return piece


def _renumbered(part: str) -> str:
    """Deletions numbered from c1 in the part, a repeated number kept shared."""
    numbers: dict[str, int] = {}

    def number(match: re.Match[str]) -> str:
        new = numbers.setdefault(match.group(1), len(numbers) + 1)
        return "{{c%d::%s}}" % (new, match.group(2))

    return _DELETION.sub(number, part)
