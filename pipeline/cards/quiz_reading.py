"""The parts of a multiple-choice question as authors write them: options
(lettered `A.`, `(a)`, `A)`; checkboxes `- [x]`; plain bullets, numbered
items or paragraphs, lettered in order; a ✅ marking the right ones) and the
answer (`B`, `` `B` ``, `B, D`, `Option B`, a number for numbered options,
the option's own text), after "Answer:" / "Correct answer:" or under an
"Answer" summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.cards.per_document import per_value
from pipeline.model import Inline, Node, Span
from pipeline.model import inline as inl

LETTERS = "ABCDEFGHIJ"
MAX_OPTIONS = len(LETTERS)

LETTERED = re.compile(r"^\s*(?:\(([A-Ja-j])\)|([A-Ja-j])[.)])\s+(?=\S)")  # an option's letter: "a) ", "(B) "
_SIGN = r"(?:->|→|=>|⇒)"  # an arrow as a plain line writes it
_ARROW = re.compile(r"\s*(?:-{1,2}>|={1,2}>|→|⇒)\s*")
_CHOICE = r"(?:(?:options?|choices?)\s+)?\(?(?:[A-Ja-j]|10|[1-9])\)?"
_LEADING_LIST = re.compile(rf"^{_CHOICE}(?:\s*(?:,|&|/|\band\b)\s*{_CHOICE})*(?!\w)", re.IGNORECASE)
_OPTION_WORD = re.compile(r"\b(?:options?|choices?)\s+(?=\(?(?:[A-Ja-j]|10|[1-9])\)?(?:[^\w]|$))", re.IGNORECASE)
# Numbered options are answered by number: `2`, `1 and 3`.
_NUMBER_LIST = re.compile(r"^\(?(?:10|[1-9])\)?(?:\s*(?:,|&|/|\band\b)\s*\(?(?:10|[1-9])\)?)*(?=$|[\s.):\-–—])")
# A mark on an option: right (group 1) or wrong, at its start or end.
_MARKS = r"(?:(✅|✔️?|✓|☑️?)|❌|✗|✘|✖️?)"
_MARK = re.compile(rf"^\s*{_MARKS}|{_MARKS}\s*$")
_MARK_AT_START = re.compile(rf"^\s*{_MARKS}\s*")
_MARK_AT_END = re.compile(rf"\s*{_MARKS}\s*$")
CHECKBOX = re.compile(r"^\s*\[([ xX])\]\s+(?=\S)")
# "Answer:", "Correct answer is", "Answers -", "Solution:", "Correct:"; group 1 is the separator.
_ANSWER_PREFIX = re.compile(
    r"^[^\w(]*(?:the\s+)?(?:(?:correct|right)\s+)?(?:answers?(?:\(s\))?|ans|solution|correct(?:\s+options?)?)(?!\w)"
    r"\s*(?:(is|are|[:=\-–—])\s*)?",
    re.IGNORECASE,
)
# An answer said by letters (a key's line too, `answer_keys`): `B`, `(b)`, `B, D`, `A and C`, optionally followed by `. text` or `(why)`.
LETTER_LIST = re.compile(
    r"^\(?([A-Ja-j])\)?((?:\s*(?:,|&|/|\band\b)\s*\(?[A-Ja-j]\)?)*)\s*(?:$|(?:[.):\-–—]\s*|(?<=\s)(?=\())(.*)$)", re.DOTALL
)
_JOINED_LETTERS = re.compile(r"^[A-J]{2,5}(?=\s*$)")  # "AC", "BDE": two or more right options, in order
# Lines that only announce the answer: a `<details>` summary, "Show answer", "Answer:".
_ANSWER_HEADING = re.compile(
    r"^[^\w]*(?:click\s+(?:here\s+)?(?:to\s+)?)?(?:(?:show|reveal|see|view|check)\s+)?(?:the\s+)?"
    r"(?:(?:correct|right)\s+)?(?:answers?|solution)(?:\s+(?:and|&)\s+explanations?)?\s*[:.]?\s*$",
    re.IGNORECASE,
)
# "Question 3", "Q3.", "3)" before a question's text: not part of what it asks.
QUESTION_NUMBER = re.compile(r"^\s*(?:(?:question|q)\s*#?\s*\d+|\d+)\s*(?:[.:)\-–—]\s*|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Option:
    letter: str
    text: Inline
    line: int
    checked: bool = False


@dataclass(frozen=True)
class Answer:
    letters: tuple[str, ...]  # empty: the answer names none of the options
    said: str  # the answer as written, for the warning
    rest: Inline  # text after the letters on the answer line: the start of an explanation


# Reading a group for questions tries each line as a question, an option and
# an answer, a dozen readings of its text: it is made plain once.
@per_value
def plain(node: Node) -> str:
    return inl.to_plain(node.inline).strip()


def drop_prefix(spans: Inline, count: int) -> Inline:
    """The spans without their first `count` characters of plain text
    (a marker such as `A.` may sit inside bold or code)."""
    out: list[Span] = []
    for span in spans:
        if count <= 0:
            out.append(span)
            continue
        text = inl.to_plain((span,))
        if len(text) <= count:
            count -= len(text)
        elif span.kind in ("text", "code"):
            out.append(replace(span, text=span.text[count:]))
            count = 0
        elif span.kind in ("strong", "em", "link"):
            out.append(replace(span, children=drop_prefix(span.children, count)))
            count = 0
        else:
            out.append(span)
            count = 0
    return inl.strip(tuple(out))


def split_arrow(spans: Inline) -> tuple[Inline, Inline] | None:
    """`text -> note`, split at the first arrow in top-level text."""
    for index, span in enumerate(spans):
        match = _ARROW.search(span.text) if span.kind == "text" else None
        if match:
            before = inl.strip(spans[:index] + ((Span("text", span.text[: match.start()]),)))
            after = inl.strip((Span("text", span.text[match.end() :]),) + spans[index + 1 :])
            return (before, after) if before and after else None
    return None


# ---- options ------------------------------------------------------------------------


def lettered(node: Node) -> str | None:
    match = LETTERED.match(plain(node))
    return (match.group(1) or match.group(2)).upper() if match else None


def checkbox(node: Node) -> bool | None:
    match = CHECKBOX.match(plain(node)) if node.role == "item" else None
    return match.group(1) != " " if match else None


def options_at(flat: list[Node], start: int, bullets: bool = True) -> tuple[list[Option], str]:
    """The options starting at `start`, and how they are written: "lettered"
    (A, B, C... in order), "checkbox", "bullets", "lines" (a paragraph each),
    "numbered" or "" when there are none. A ✅ on some of them marks the right ones.
    Without `bullets`, plain bullets are no options (nor read as any)."""
    options, style = _options_at(flat, start, bullets)
    marks = [_MARK.search(inl.to_plain(o.text)) for o in options]
    right = [bool(m and (m.group(1) or m.group(2))) for m in marks]
    if style == "checkbox" or not any(right) or all(right):
        return options, style
    return [replace(o, text=_unmarked(o.text), checked=r) for o, r in zip(options, right)], style


def _unmarked(spans: Inline) -> Inline:
    """An option without the ✅ or ❌ that marks it."""
    spans = inl.strip(spans)
    lead = _MARK_AT_START.match(inl.to_plain(spans))
    if lead:
        spans = drop_prefix(spans, lead.end())
    if spans and spans[-1].kind == "text":
        spans = inl.strip(spans[:-1] + (replace(spans[-1], text=_MARK_AT_END.sub("", spans[-1].text)),))
    return spans


# Options written on one line: `A) 1  B) 2  C) 3  D) It depends`.
_NEXT_LETTER = re.compile(r"\s+(?:\(([A-Ja-j])\)|([A-Ja-j])[.)])\s+(?=\S)")


# "a) throttled b) OOMKilled c) nothing → **b** (CPU would be throttled)": the key after the last option
_KEY_AT_END = re.compile(rf"\s{_SIGN}\s*([A-Ja-j](?:\s*(?:,|&|\band\b)\s*[A-Ja-j])*)(?![\w])[.)]?(?:\s*\([^()]*\))?\s*$")


def _one_line_run(node: Node) -> list[Option]:
    """The options of a line that letters them in order, A to at least B (those the key
    after an arrow at its end names checked)."""
    said = plain(node)
    key = _KEY_AT_END.search(said)
    said = said[: key.start()] if key else said
    first = LETTERED.match(said)
    if first is None:
        return []
    starts, ends = [0], [first.end()]
    for found in _NEXT_LETTER.finditer(said, first.end()):
        if len(starts) < MAX_OPTIONS and (found.group(1) or found.group(2)).upper() == LETTERS[len(starts)]:
            starts.append(found.start())
            ends.append(found.end())
    if len(starts) < 2:
        return []
    texts = [said[end:start].strip() for end, start in zip(ends, starts[1:] + [len(said)])]
    if not all(texts):
        return []
    right = set(re.findall(r"[A-J]", key.group(1).upper())) if key else set()
    return [Option(LETTERS[n], (Span("text", text),), node.line, checked=LETTERS[n] in right) for n, text in enumerate(texts)]


# "A Approve image sign on UCP": an option's letter and a space, read as one only in a run of
# lines lettered A, B, C in order ("A VPC spans ..." alone is a sentence): three, or two right
# after a question ("True or false?" over "A False" / "B True")
_BARE_LETTER = re.compile(r"^\s*([A-J])\s+(?=\S)")
BARE_RUN = 3


def _bare_run(flat: list[Node], start: int) -> bool:
    run = 2 if start > 0 and plain(flat[start - 1]).rstrip().endswith("?") else BARE_RUN
    said = [_BARE_LETTER.match(plain(n)) for n in flat[start : start + run]]
    return len(said) == run and all(m is not None and m.group(1) == LETTERS[i] for i, m in enumerate(said))


def _options_at(flat: list[Node], start: int, bullets: bool = True) -> tuple[list[Option], str]:
    run: list[Option] = []
    index = start
    if start < len(flat) and lettered(flat[start]) == "A":
        # one line lettering them all, unless the next line goes on with B ("A) use (a) and (b)")
        run = _one_line_run(flat[start]) if start + 1 >= len(flat) or lettered(flat[start + 1]) != "B" else []
        if run:
            return run, "lettered"
        while index < len(flat) and len(run) < MAX_OPTIONS and lettered(flat[index]) == LETTERS[len(run)]:
            node = flat[index]
            marker = LETTERED.match(plain(node))
            assert marker is not None
            run.append(Option(LETTERS[len(run)], drop_prefix(inl.strip(node.inline), marker.end()), node.line))
            index += 1
        return (run, "lettered") if len(run) >= 2 else ([], "")
    if _bare_run(flat, start):
        # "A Approve image sign on UCP" / "B Initialize trust metadata ...": letters without a mark, in order
        while index < len(flat) and len(run) < MAX_OPTIONS and (bare := _BARE_LETTER.match(plain(flat[index]))) and bare.group(1) == LETTERS[len(run)]:
            run.append(Option(LETTERS[len(run)], drop_prefix(inl.strip(flat[index].inline), bare.end()), flat[index].line))
            index += 1
        return run, "lettered"
    while index < len(flat) and len(run) < MAX_OPTIONS and (box := checkbox(flat[index])) is not None:
        node = flat[index]
        marker = CHECKBOX.match(plain(node))
        assert marker is not None
        text = drop_prefix(inl.strip(node.inline), marker.end())
        run.append(Option(LETTERS[len(run)], text, node.line, checked=box))
        index += 1
    if len(run) >= 2:
        return run, "checkbox"
    if not bullets and start < len(flat) and flat[start].role == "item":
        return [], ""  # only bullets could start here
    for role, style in (("item", "bullets"), ("line", "lines"), ("step", "numbered")):
        run = []
        index = start
        # (the last option may hold the answer, a `<details>` "Answer" indented under it)
        while index < len(flat) and flat[index].role == role and (not flat[index].children or _answered_under(flat[index])):
            node = flat[index]
            if is_answer_line(node) or is_answer_heading(node) or lettered(node) or _bare_run(flat, index):
                break  # (the options of a question below start there)
            if len(run) == MAX_OPTIONS:
                return [], ""
            run.append(Option(LETTERS[len(run)], inl.strip(node.inline), node.line))
            index += 1
        if len(run) >= 2:
            return run, style
    return [], ""


def _answered_under(node: Node) -> bool:
    """An option whose lines open with the question's answer, set under it."""
    return is_answer_heading(node.children[0]) or is_answer_line(node.children[0])


# ---- answers ------------------------------------------------------------------------


def is_answer_heading(node: Node) -> bool:
    return bool(_ANSWER_HEADING.match(plain(node).replace("*", "")))


def is_answer_line(node: Node) -> bool:
    match = _ANSWER_PREFIX.match(_answer_text(node))
    return bool(match and match.group(1))


# "→ **C**. PO is accountable ...", "→ **b**. (a = problem mgmt)": an arrow before an option's letter says
# the answer ("-> EFS" is a need's; a letter in lower case only closed by its mark, as "→ a cause" is a word)
_ANSWER_ARROW = re.compile(rf"^\s*{_SIGN}\s*(?=[*_]*(?:[A-J](?:[^\w]|$)|[a-j][*_]*(?:[.),]|$)))")


# "→ I said a ❌ → **b**. Reliability = ...": the learner's own wrong pick, then the right one
_WRONG_PICK = re.compile(
    rf"^\s*{_SIGN}\s*(?:i\s+(?:said|picked|chose|answered|put)\s+)?\(?[a-j]\)?\s*(?:❌|✗|✘|✖️?)\s*(?={_SIGN})", re.IGNORECASE
)
# "→ b ✅ (knowledge mining = ...)": the letter marked right, its mark read as the letter's end
_MARKED_LETTER = re.compile(rf"^(\s*{_SIGN}\s*[*_]*[A-Ja-j][*_]*)\s*(?:✅|✔️?|✓|☑️?)")


def _answer_text(node: Node) -> str:
    """The line's text, an arrow it opens on read as "Answer:"."""
    text = _MARKED_LETTER.sub(r"\1.", _WRONG_PICK.sub("", plain(node), count=1), count=1)
    return _ANSWER_ARROW.sub("Answer: ", text, count=1)


@per_value
def may_be_part(node: Node) -> bool:
    """Whether the line may take part in a question as only its parts can: an
    option that letters, ticks or marks itself (✅ is no ASCII), or an answer
    (after "Answer:", under an "Answer" heading, or by letters or numbers).
    A group with no such line asks nothing: its lines need no reading as questions."""
    text = plain(node)
    if not text.isascii() or lettered(node) is not None or checkbox(node) is not None:
        return True
    if _ANSWER_PREFIX.match(text) is not None or is_answer_heading(node) or LETTER_LIST.match(_bare(text)) is not None:
        return True
    numbered = _numbers_as_letters(text)  # answered by number: the same text unless it opens with numbers
    return numbered != text and LETTER_LIST.match(_bare(numbered)) is not None


_LETTER_THEN_WHY = re.compile(r"^[\s>*_]*[A-J](?:\s*(?:,|&|\band\b)\s*[A-J])*[*_)\].]*\s+[-–—:]\s+\S")


def answer_of(node: Node, options: list[Option], announced: bool, numbered: bool = False) -> Answer | None:
    """The answer a line gives, if it gives one. Without an "Answer:" prefix a
    line answers only by letters, or by an option's text after an "Answer"
    heading (`announced`). `numbered` options are answered by number."""
    text = _answer_text(node)
    if numbered:
        text = _numbers_as_letters(text)
    prefix = _ANSWER_PREFIX.match(text)
    value = text[prefix.end() :] if prefix else text
    if prefix and not prefix.group(1) and not LETTER_LIST.match(_bare(value)):
        prefix = None  # "Answers vary": not an answer line
        value = text
    if not prefix and not announced:
        found = _by_letters(_bare(value), options, node)
        # "> **C** - insurance shifts the impact": the letter, a dash, then why (no sentence opening on "A")
        explained = _LETTER_THEN_WHY.match(text) is not None
        return found if found and (explained or not inl.to_plain(found.rest)) else None
    return _resolve(_bare(value), options, node)


def _bare(value: str) -> str:
    """The answer without quotes or emphasis around it, nor "Option" before a letter."""
    value = value.strip().strip("*_`'\"“”").strip()
    listed = _LEADING_LIST.match(value)
    return _OPTION_WORD.sub("", listed.group()) + value[listed.end() :] if listed else value


def _numbers_as_letters(text: str) -> str:
    prefix = _ANSWER_PREFIX.match(text)
    start = prefix.end() if prefix else 0
    value = _bare(text[start:])
    at = text.find(value, start) if value else -1
    listed = _NUMBER_LIST.match(value)
    if at < 0 or not listed:
        return text
    letters = re.sub(r"10|[1-9]", lambda m: LETTERS[int(m.group()) - 1], listed.group())
    return text[:at] + letters + text[at + listed.end() :]


def _resolve(value: str, options: list[Option], node: Node) -> Answer:
    found = _by_letters(value, options, node) or _by_text(value, options, node)
    return found or Answer((), value, ())


def _by_letters(value: str, options: list[Option], node: Node) -> Answer | None:
    joined = _JOINED_LETTERS.match(value)
    if joined and list(joined.group()) == sorted(set(joined.group())) and set(joined.group()) <= {o.letter for o in options}:
        return Answer(tuple(joined.group()), value, ())  # "Correct Answer: AC": the letters run together
    match = LETTER_LIST.match(value)
    if not match:
        return None
    listed = match.group(1) + re.sub(r"\band\b", " ", match.group(2), flags=re.IGNORECASE)
    letters = tuple(dict.fromkeys(re.findall(r"[A-J]", listed.upper())))
    if not set(letters) <= {o.letter for o in options}:
        return Answer((), value, ())
    rest = match.group(3) or ""
    chosen = [o for o in options if o.letter in letters]
    if rest and any(inl.plain_key(rest) == inl.plain_key(inl.to_plain(o.text)) for o in chosen):
        rest = ""  # `B. Amazon S3` repeats the option
    elif len(chosen) == 1 and (said := _said_first(rest, inl.to_plain(chosen[0].text))) is not None:
        rest = said  # `b) RMSE. the others are ...`: the option, then why
    return Answer(letters, value, _tail(node, rest))


def _said_first(rest: str, option: str) -> str | None:
    """What follows the option's own text where the answer line repeats it first."""
    if not option.strip() or not rest.casefold().startswith(option.strip().casefold()):
        return None
    after = rest[len(option.strip()) :]
    return re.sub(r"^[\s.,;:)\-–—]*", "", after) if not after[:1].isalnum() else None


def _by_text(value: str, options: list[Option], node: Node) -> Answer | None:
    key = inl.plain_key(value)
    if not key:
        return None
    texts = {inl.plain_key(inl.to_plain(o.text)): o.letter for o in options}
    if key in texts:
        return Answer((texts[key],), value, ())
    parts = [inl.plain_key(p) for p in re.split(r"\s*(?:[,;]|\band\b)\s*", value) if p.strip()]
    if len(parts) > 1 and all(p in texts for p in parts):
        return Answer(tuple(sorted({texts[p] for p in parts})), value, ())
    # `Amazon S3 - it stores objects`: the option's text, then why.
    for text, letter in sorted(texts.items(), key=lambda t: -len(t[0])):
        if text and key.startswith(text + " "):
            words = len(text.split())
            rest = re.sub(r"^\W*", "", value.split(None, words)[-1]) if len(value.split()) > words else ""
            return Answer((letter,), value, _tail(node, rest))
    return None


def _tail(node: Node, rest: str) -> Inline:
    """The end of the answer line, kept with its markup when it can be."""
    if not rest:
        return ()
    full = inl.to_plain(node.inline)
    at = full.rfind(rest)
    if at >= 0:
        return drop_prefix(node.inline, at)
    return (Span("text", rest),)
