"""Inline text: plain text, and splitting terms (rendering: `inline_html`).

Everything here works on `Span` values; nothing in a note is ever passed
through as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pipeline.model import Inline, Span
from pipeline.model.inline_html import MISSING_PICTURE as MISSING_PICTURE  # callers keep `inl.to_html`, `inl.escape`
from pipeline.model.inline_html import escape as escape
from pipeline.model.inline_html import to_html as to_html


def to_plain(inline: Iterable[Span]) -> str:
    parts: list[str] = []
    for span in inline:
        if span.kind in ("text", "code"):
            parts.append(span.text)
        elif span.kind == "br":
            parts.append(" ")
        elif span.kind == "image":
            parts.append(span.text)
        else:
            parts.append(to_plain(span.children))
    return "".join(parts)


def has_image(inline: Iterable[Span]) -> bool:
    return any(span.kind == "image" or has_image(span.children) for span in inline)


def is_picture(line: Inline) -> bool:
    """A line that is only pictures."""
    line = strip(line)
    return bool(line) and all(s.kind == "image" or (s.kind in ("text", "br") and not s.text.strip()) for s in line)


def word_count(text: str) -> int:
    return len(text.split())


# ---- trimming ------------------------------------------------------------------


def strip(inline: Inline, chars: str = " \t") -> Inline:
    """Strip `chars` from both ends of the inline text (into nested spans)."""
    if isinstance(inline, tuple) and inline and _bare_end(inline[0], 0, chars) and _bare_end(inline[-1], -1, chars):
        return inline  # most texts: nothing to strip, and given back as they came
    return _rstrip(_lstrip(inline, chars), chars)


def _bare_end(span: Span, end: int, chars: str) -> bool:
    """A text span whose end (first or last character) is none of `chars`, and no more than its text."""
    return span.kind == "text" and bool(span.text) and span.text[end] not in chars and not _more_than(span, span.text)


def _lstrip(inline: Inline, chars: str) -> Inline:
    spans = list(inline)
    changed = False  # most texts have nothing to strip: they are given back as they came
    while spans:
        first = spans[0]
        if first.kind == "text":
            text = first.text.lstrip(chars)
            if text:
                if text != first.text or _more_than(first, text):
                    spans[0], changed = Span("text", text), True
                break
            spans.pop(0)
        elif first.kind in ("strong", "em") and first.children:
            children = _lstrip(first.children, chars)
            if children:
                if children is not first.children or _more_than(first):
                    spans[0], changed = Span(first.kind, children=children), True
                break
            spans.pop(0)
        elif first.kind == "br":
            spans.pop(0)
        else:
            break
        changed = True
    return inline if not changed and isinstance(inline, tuple) else tuple(spans)


def _rstrip(inline: Inline, chars: str) -> Inline:
    spans = list(inline)
    changed = False
    while spans:
        last = spans[-1]
        if last.kind == "text":
            text = last.text.rstrip(chars)
            if text:
                if text != last.text or _more_than(last, text):
                    spans[-1], changed = Span("text", text), True
                break
            spans.pop()
        elif last.kind in ("strong", "em") and last.children:
            children = _rstrip(last.children, chars)
            if children:
                if children is not last.children or _more_than(last):
                    spans[-1], changed = Span(last.kind, children=children), True
                break
            spans.pop()
        elif last.kind == "br":
            spans.pop()
        else:
            break
        changed = True
    return inline if not changed and isinstance(inline, tuple) else tuple(spans)


def _more_than(span: Span, text: str = "") -> bool:
    """Whether the span holds more than its kind, `text` and its children: a span rebuilt of those alone would differ."""
    return bool(span.text != text or span.url or span.title or (text and span.children))


def strip_label(inline: Inline) -> Inline:
    """A title or label without its trailing colon and the emphasis around
    the whole of it (`*EFS-IA:*` -> `EFS-IA`)."""
    inline = strip(inline)
    if len(inline) == 1 and inline[0].kind in ("strong", "em"):
        inline = strip(inline[0].children)
    return strip(inline, " \t:")


def ends_with_colon(inline: Inline) -> bool:
    return to_plain(inline).rstrip().endswith(":")


# ---- items ---------------------------------------------------------------------------

# "user 2,048 chars, group 5,120": a comma between a digit and three more groups the
# number's digits ("2,048" is one number); any other comma parts the items of a list
ITEM_COMMA = r"(?:(?<!\d),|,(?!\d{3}(?!\d)))"
NUMBER = r"\d{1,3}(?:,\d{3})+(?!\d)"  # a number written with its thousands apart ("10,000")


_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def groups_digits(text: str, at: int) -> bool:
    """Whether the comma at `at` sits inside a number ("2,048") rather than between items."""
    return _NUMBER_COMMA.match(text, at) is not None


# ---- terms ---------------------------------------------------------------------------

MAX_TERM_WORDS = 10
MAX_TERM_CHARS = 90

# `Term: definition` (a colon not starting `://` nor a time or ratio, nor one of a doubled
# `::` as an IPv6 address or a cast writes it, nor one inside a word: "FF02::1:FFxx",
# "aws:SecureTransport", "myapp:v1" are one token each), `Term = definition`,
# or an arrow: `Term -> definition`, `Term --> definition`, `Term → definition`, `Term => definition`.
# (`idempotent:: running ...`, an inline field of Obsidian's Dataview, defines a term as `:` does;
# a doubled colon inside a value, `FF02::1`, has no space after it)
_SEPARATOR = re.compile(r"(?<!:):(?!:)(?!//)(?!\d)(?!(?<=\w:)\w)|(?:(?<=\w)|^)::(?=\s)|\s=\s|\s*(?:-{1,2}>|={1,2}>|→|⇒|⟶)\s*")
_ARROW = re.compile(r"-{1,2}>|={1,2}>|→|⇒|⟶")
# "need -> answer", "X → Y": an arrow between words, a space either side
SPACED_ARROW = re.compile(r"\s(?:->|→|=>|⇒)\s")
MAX_ARROW_TERM_WORDS = 5  # `a few words -> ...` names a thing; a longer left side is a sentence that leads somewhere
_SENTENCE = re.compile(r"[.!?]\s")
_SECOND_TERM = re.compile(r"\w\s+=\s")  # another term's " = " in a definition
ASIDE = re.compile(r"\([^()]*\)")  # a remark in brackets (innermost): "S3 (Simple Storage Service)"
_DASH = re.compile(r"[-–—]\s")


_SPLITS: dict[int, tuple[Inline, tuple[Inline, Inline] | None]] = {}  # by the identity of a line's spans
_SPLITS_KEPT = 1 << 16


def split_term(inline: Inline) -> tuple[Inline, Inline] | None:
    """Split `Term: definition`, `Term = definition` or `**Term:** definition`.

    The separator is looked for in top-level text only, so a colon inside
    code, a link or emphasis never splits. Returns None when the line is not
    a term and its definition.
    """
    # Each card kind asks it of the same lines: worked out once per line (a kept
    # line's spans stay alive, so their id is not reused meanwhile).
    hit = _SPLITS.get(id(inline))
    if hit is not None and hit[0] is inline:
        return hit[1]
    split = _split_term(inline)
    if isinstance(inline, tuple):
        if len(_SPLITS) >= _SPLITS_KEPT:
            _SPLITS.clear()
        _SPLITS[id(inline)] = (inline, split)
    return split


def forget_splits() -> None:
    """Let go of the lines' splits kept (a build's memory)."""
    _SPLITS.clear()


def _split_term(inline: Inline) -> tuple[Inline, Inline] | None:
    inline = strip(inline)
    if not inline:
        return None
    first = inline[0]
    if first.kind == "strong" and len(inline) > 1 and inline[1].kind == "text" and inline[1].text[:1].isalpha():
        # `**A**tomicity - all or nothing`: a word's bold initial, no term of its own
        inline = (Span("text", to_plain(first.children) + inline[1].text), *inline[2:])
        first = inline[0]
    if first.kind == "strong":
        inner = strip(first.children)
        rest = inline[1:]
        rest_plain = to_plain(rest).lstrip()
        if to_plain(inner).endswith(":"):
            return _checked(strip(inner, " \t:"), rest)
        if rest_plain.startswith(":"):
            return _checked(inner, _lstrip_colon(rest))
        if _DASH.match(rest_plain):  # **Term** - definition
            return _checked(inner, _lstrip(rest, " \t-–—"))
        if rest_plain.startswith("/"):  # the name goes on: no sentence opens at the slash
            return _other_name(inline)
        if word_count(rest_plain) >= 3 and not _SEPARATOR.search(to_plain(rest)) and _opens_a_sentence(inner, rest_plain):
            # A bold lead phrase: **Amazon S3** stores objects in buckets.
            return _checked(strip(inner, " \t."), rest)
    for index, span in enumerate(inline):
        if span.kind != "text":
            continue
        for match in _SEPARATOR.finditer(span.text):
            before = inline[:index] + (Span("text", span.text[: match.start()]),)
            after = (Span("text", span.text[match.end() :]),) + inline[index + 1 :]
            term = strip(before)
            definition = strip(after)
            if match.group().strip() == "=" and _SECOND_TERM.search(ASIDE.sub(" ", to_plain(definition))):
                # `a = b / c = d` is a comparison, not one term (`(negative = over budget)` is an
                # aside, `...; = (BAC − EV) / (EAC − AC) to hit an approved EAC` the term's second form)
                return None
            if _ARROW.search(match.group()) and not _arrow_term(term, definition):
                continue
            term = _stressed_term(term)
            result = _checked(term, definition)
            if result:
                return result
    return _dash_term(inline)


_NAME_END = re.compile(r"\s[-–—]\s|:\s")


def _other_name(inline: Inline) -> tuple[Inline, Inline] | None:
    """`**Amazon DataZone** / SageMaker Unified Studio — business data catalog`: the
    bold name and its other name after the slash are the term, up to the dash or
    colon; the other name is no fragment of the definition."""
    for index, span in enumerate(inline[1:], 1):
        match = _NAME_END.search(span.text) if span.kind == "text" else None
        if match is not None:
            before = (*inline[:index], Span("text", span.text[: match.start()]))
            return _checked(before, (Span("text", span.text[match.end() :]), *inline[index + 1 :]))
    return None


# `Asymmetric - key pair, slow`: a spaced dash after the line's first few words
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_TERM_WORD = re.compile(r"[A-Za-z0-9][\w-]*")
_LEADING_DASH = re.compile(r"^\s+[–—]\s+")  # after code: a long dash (a hyphen there may be an option)
MAX_DASH_TERM_WORDS = 4
DASH_FREE_WORDS = 2  # a longer name is capitalised word by word ("Customer Service & Communities")
LOWER_TERM_MEANING = 3  # words a name in lower case needs after its dash to be defined there


def dash_parts(inline: Inline) -> tuple[Inline, Inline] | None:
    """The two sides of the first spaced dash in the line's first text, each stripped."""
    first = inline[0]
    match = _SPACED_DASH.search(first.text) if first.kind == "text" else None
    if match is None:
        return None
    return strip((Span("text", first.text[: match.start()]),)), strip((Span("text", first.text[match.end() :]),) + inline[1:])


def _dash_term(inline: Inline) -> tuple[Inline, Inline] | None:
    """`Term - definition` (or ` – `, ` — `), the dash in the line's first text:
    a name of a few words, not a clause (`single digit ms latency - low latency`
    reads on as one sentence, its left side in lower case)."""
    first = inline[0]
    if first.kind == "code" and len(inline) > 1 and inline[1].kind == "text" and _LEADING_DASH.match(inline[1].text):
        # "`docker system prune -af --volumes` — lab reset": a command, then what it does
        return _checked((first,), strip((Span("text", _LEADING_DASH.sub("", inline[1].text, count=1)),) + inline[2:]))
    parts = dash_parts(inline)
    if parts is None:
        return None
    term, definition = parts
    plain = to_plain(term).strip()
    if not plain or not to_plain(definition).strip() or word_count(plain) > MAX_DASH_TERM_WORDS or "," in plain:
        return None
    # "known env (white box) - full info, creds": the name's other name in brackets is no word of it
    words = _TERM_WORD.findall(ASIDE.sub(" ", plain))
    if not any(ch.isupper() or ch.isdigit() for ch in plain) and (len(words) > DASH_FREE_WORDS or word_count(to_plain(definition)) < LOWER_TERM_MEANING):
        # "limited by time - short executions": a phrase, not a name; "watering hole — compromise a
        # site the target group visits" is one ("snowball edge - compute optimized" one name's variant)
        return None
    if len(words) > DASH_FREE_WORDS and any(w[0].islower() for w in words[1:]):
        return None  # "Apply even to Owners - ...", "Be ready to scale - ...": a clause, not a name
    if to_plain(definition).rstrip().endswith(":"):
        return None  # "AWS responsibility - security of the Cloud:" heads the lines below it
    return _checked(term, definition)


def node_split(inline: Inline, children: bool) -> tuple[Inline, Inline] | None:
    """`split_term` of a line; a line over lines of its own split only by a dash
    ("Customer Responsibility - security in the Cloud") is a sub-heading, said whole."""
    split = split_term(inline)
    if split is not None and children and split == _dash_term(strip(inline)):
        return None
    return split


def _stressed_term(term: Inline) -> Inline:
    """`Microsoft calls this the **consumption-based model**: no upfront cost`: the
    sentence ends on the bold words it names, and the colon defines those."""
    if len(term) < 2 or term[-1].kind != "strong" or word_count(to_plain(term[:-1])) < STRESS_LEAD_WORDS:
        return term
    return strip(term[-1].children)


STRESS_LEAD_WORDS = 2


_JOINED = re.compile(r"(?:and|or|nor|plus|&)\s", re.IGNORECASE)


def _opens_a_sentence(bold: Inline, rest: str) -> bool:
    """`**Amazon S3** stores objects`: a bold name that opens its sentence. A bold
    phrase in lower case (`**early deletion** fee if...`, a line wrapped mid-sentence)
    or one the next sentence follows (`**service credits**. Free services...`)
    is a word the sentence stresses, which it does not define."""
    text = to_plain(bold).strip()
    # `**Scope management plan** and **requirements management plan** first.`: one of two subjects
    joined = _JOINED.match(rest.lstrip()) is not None
    return bool(text) and not text[0].islower() and not rest.lstrip()[:1] in (".", ",", ";", "!", "?") and not joined


def is_arrow_term(inline: Inline) -> bool:
    """`X -> y`: a line that names its term with an arrow."""
    split = split_term(inline)
    plain = to_plain(inline)
    arrow = _ARROW.search(plain)
    return bool(split and arrow) and to_plain(split[0]).strip() == plain[: arrow.start()].strip()  # type: ignore[union-attr]


def _arrow_term(term: Inline, definition: Inline) -> bool:
    """`EBS -> block storage` names a term; `code -> build -> test` is a flow
    and `a long clause -> its consequence` a sentence."""
    plain = to_plain(term).strip()
    if word_count(plain) > MAX_ARROW_TERM_WORDS or "," in plain or _ARROW.search(plain):
        return False
    # `svc selector points at one -> switch:` leads on to the lines below it: a caption, no definition
    after = to_plain(definition).strip()
    # an arrow in the definition's aside (`CloudFront Functions (heavier -> Lambda@Edge)`) is no flow of the line's
    return not _ARROW.search(ASIDE.sub(" ", after)) and not after.endswith(":")


def _lstrip_colon(inline: Inline) -> Inline:
    return _lstrip(inline, " \t:")


def _checked(term: Inline, definition: Inline) -> tuple[Inline, Inline] | None:
    term = strip(term)
    definition = strip(definition)
    plain = to_plain(term).strip()
    if not plain or plain.startswith(("-", "→")):
        return None
    if word_count(plain) > MAX_TERM_WORDS or len(plain) > MAX_TERM_CHARS:
        return None
    if plain.count("(") != plain.count(")") or plain.count("[") != plain.count("]"):
        return None
    if _SENTENCE.search(plain) or ";" in plain:  # a sentence, or two clauses: not a term
        return None
    return term, definition


_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=1 << 16)  # the card kinds, dedupe and the writers key the same texts again and again
def plain_key(text: str) -> str:
    """Normalised words of a text, for ids and comparisons: case, punctuation
    and spacing do not matter."""
    return " ".join(_WORDS.findall(text.casefold()))
