"""The author's own question lines: `Q:` or a numbered `**Q3.**` over an `A:` line, a
question answered on its own line, a claim judged true or false, a question with its
answer folded under it."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.quiz_reading import LETTERED, is_answer_heading
from pipeline.model import Inline, Node, Span
from pipeline.model import inline as inl

QUESTION = re.compile(r"^\s*(?:Q|Question)\s*(?:\d+\s*[:.)]|:)\s*", re.IGNORECASE)
NUMBERED_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*\d", re.IGNORECASE)  # `Q3.`: a question only with its `A:` line
ANSWER = re.compile(r"^\s*(?:A|Answer)\s*:\s*", re.IGNORECASE)
SCENARIO = re.compile(r"^\s*(?:scenario|situation|case)\s*\d*\s*:\s*", re.IGNORECASE)  # over an `Answer:` line: its question


Asked = tuple[Node, Inline]  # a line and what it says on the card


def own_question(node: Node) -> tuple[Asked, Asked] | None:
    """The author's question on this line and its answer, in one of the shapes below (not a
    `Q:` line over an `A:` line: two lines, paired by their entries); None for any other line."""
    if (revealed := _revealed_answer(node)) is not None:
        return revealed
    if node.children:
        return None
    pair = _one_line_pair(node.inline) if QUESTION.match(inl.to_plain(node.inline)) else _true_false(node.inline)
    return None if pair is None else ((node, pair[0]), (node, pair[1]))


def _cut_at(spans: Inline, index: int, start: int, end: int) -> tuple[Inline, Inline]:
    """The spans before and after `spans[index].text[start:end]`, each stripped."""
    text = spans[index].text
    return inl.strip((*spans[:index], Span("text", text[:start]))), inl.strip((Span("text", text[end:]), *spans[index + 1 :]))


# "Q: Which document authorizes a project? -> A: Project charter": the answer on the question's own line
_INLINE_ANSWER = re.compile(r"\s(?:(?:->|→|=>)\s*)?(?:A|Answer)\s*:\s+")


def _one_line_pair(spans: Inline) -> tuple[Inline, Inline] | None:
    """A `Q:` line that answers itself (`Q: ... A: ...`): the question's spans, its marker
    left off, and the answer's; None where no answer follows on the line."""
    for index, span in enumerate(spans):
        if span.kind != "text" or not (found := _INLINE_ANSWER.search(span.text)):
            continue
        question, answer = _cut_at(spans, index, found.start(), found.end())
        question = without_marker(question, QUESTION)
        return (question, answer) if question and answer else None
    return None


# `"Only the PO can cancel a Sprint." — TRUE. Not the SM ...`: a quoted claim, a dash, then its verdict
_VERDICT = re.compile(r"\s*[—–-]+\s*(?=(?:TRUE|FALSE)\b)")
_QUOTED = re.compile(r'^\s*["“](?P<claim>[^"”]{8,})["”]\s*')


def _true_false(spans: Inline) -> tuple[Inline, Inline] | None:
    """A claim the author judges on its own line, as a question ("True or false? ...") and
    its answer (the verdict and why); None for any other line."""
    for index, span in enumerate(spans):
        if span.kind != "text":
            continue
        found = _VERDICT.match(span.text) if index else (quoted := _QUOTED.match(span.text)) and _VERDICT.match(span.text, quoted.end())
        if not found:
            continue
        said, verdict = _cut_at(spans, index, found.start(), found.end())
        claim = _QUOTED.fullmatch(inl.to_plain(said))
        if claim is None:
            return None
        return (Span("text", f"True or false? {claim.group('claim').strip()}"),), verdict
    return None


def _revealed_answer(node: Node) -> tuple[Asked, Asked] | None:
    """A question with its answer folded under it (`<details><summary>Answer</summary>CloudTrail</details>`,
    read as an "Answer" line over the answer's): the question's line (no longer over its lines),
    its marker left off, and the answer's lines as one; None for any other line."""
    summary, folded = node.children[:1], node.children[1:]
    if not summary or not folded or not is_answer_heading(summary[0]) or any(n.children for n in node.children):
        return None
    asked = inl.to_plain(node.inline).strip()
    if not (asked.endswith("?") or QUESTION.match(asked)):
        return None
    spans: list[Span] = []
    for part in folded:
        spans += [Span("text", " "), *part.inline] if spans else part.inline
    question = without_marker(node.inline, QUESTION) if QUESTION.match(asked) else node.inline
    return (replace(node, children=()), question), (folded[0], tuple(spans))


def is_authors_answer(node: Node) -> bool:
    """`A: ...` alone on its line: the answer to the question line before it."""
    return node.role != "code" and not node.children and ANSWER.match(inl.to_plain(node.inline)) is not None


def without_marker(spans: Inline, pattern: re.Pattern[str]) -> Inline:
    """The line without its `Q:`, `**Q1.**` or `A:` marker."""
    first = spans[0]
    if first.kind == "text":
        return inl.strip((Span("text", pattern.sub("", first.text, count=1)),) + spans[1:])
    if first.kind in ("strong", "em") and not pattern.sub("", inl.to_plain((first,)), count=1).strip():
        return inl.strip(spans[1:])
    return spans


def answered_by_next(ask: Node, told: Node, asking: bool = False) -> bool:
    """`1. Stop devs creating VMs with public IPs org-wide?` and, on the item's next line,
    `Org policy constraint vmExternalIpAccess.`: a self-check question and its answer (a
    scenario with no question mark too, when the heading over them says they are questions)."""
    if ask.children or told.children or ask.role not in ("item", "step") or told.role != "line":
        return False
    if told.line != ask.line + 1 or LETTERED.match(inl.to_plain(told.inline)):
        return False  # "a) `rpm -ql` b) `rpm -qf` ...": the question's options, no answer
    return asking or inl.to_plain(ask.inline).rstrip().endswith("?")


ARROW_ANSWER = re.compile(r"^\s*(?:->|→|=>|⇒)\s*")  # `→ the Developers who do the work`


def asked_pair(ask: Node, said: Inline, special: str | None, told: Node, answer: Inline, told_special: str | None) -> tuple[Inline, Inline] | None:
    """A question and the answer the next line gives it, as the card says them: `Scenario:
    ...` over `Answer: ...`, or a numbered question (`**Q10.** Who sizes PBIs?`) over the
    line that answers it (`→ the Developers ...`); None for any other two lines."""
    if ask.children or told.children:
        return None
    if special is None and told_special == "answer" and SCENARIO.match(inl.to_plain(ask.inline)):
        return without_marker(ask.inline, SCENARIO), answer
    if special != "question" or told_special is not None:
        return None
    if not answers_question(ask, told):  # (the `Q` marker says the line asks, with or without its "?")
        return None
    told_text = without_marker(told.inline, ARROW_ANSWER)
    return (said, told_text) if told_text else None


def answers_by_arrow(ask: Node, told: Node) -> bool:
    """`→ the Developers ...` on the line right under a question: its answer."""
    return told.line == ask.line + 1 and not told.children and told.role != "code" and ARROW_ANSWER.match(inl.to_plain(told.inline)) is not None


ANSWER_GAP = 2  # lines from a question to its answer: the next, or the one after a blank line


def answers_question(ask: Node, told: Node) -> bool:
    """The line under a numbered question (`**Q2.** Which EC2 option ...?`) that answers
    it: an arrow line, or a plain line (a quote, the text of a folded answer) that is no
    question, no option and no list item of its own."""
    if answers_by_arrow(ask, told):
        return True
    if ask.children or told.children or told.role != "line" or not 0 < told.line - ask.line <= ANSWER_GAP:
        return False
    asked, said = inl.to_plain(ask.inline), inl.to_plain(told.inline)
    return NUMBERED_QUESTION.match(asked) is not None and not QUESTION.match(said) and not LETTERED.match(said) and not is_answer_heading(told)
