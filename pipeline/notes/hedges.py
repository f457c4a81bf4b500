"""The author's doubts about their own notes: "(I think — verify)", "(only the
first few show, 7 I think?)", "(check wording)", "(… — check docs)", ", I
think:". A card that carries them teaches the doubt with the fact, or a figure
its own author did not trust; read as text they landed on backs word for word.
They are dropped where the notes are read: the hedged clause of an aside goes,
the aside's other clauses stay, an aside with nothing else goes whole."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import Inline
from pipeline.model.exam_remarks import MEMORIZE, OVERDOING, speaks_of_the_exam
from pipeline.notes.self_remarks import is_self_remark, without_self_remarks

# a clause that states a doubt, with the figure it doubts ("7 I think?", "I think AWS bumped it to 1 MiB")
_DOUBT = re.compile(
    r"^(?:[\w.%~≈+-]+\s+)?(?:i\s+think|i\s+believe|i\s+guess|i'?m\s+not\s+sure|not\s+(?:100\s*%\s+)?sure|unsure|not\s+certain"
    r"|iirc|afaik|unverified|todo|fixme)\b.*$|^\?{2,}$",
    re.IGNORECASE | re.DOTALL,
)
# a note to self to check the claim ("verify", "check wording", "double-check this"); "verify IAM permissions" is a step
_CHECK = re.compile(
    r"^(?:to\s+)?(?:verify|confirm|(?:double[-\s]?)?check)(?:\s+(?:this|that|it|docs?|the\s+docs?|wording|the\s+wording|again|later|first))?\W*$",
    re.IGNORECASE,
)
# "Still want to try the delete-lock one in a lab (TODO)": the sentence is the author's to-do
# "... each covers. TODO re-read": a to-do after a fact, to the line's end
_TODO_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?])\s+)[^.!?()]*\(\s*(?:todo|fixme)\s*\)\s*[.!]?|(?<=[.!?])\s+(?:todo|fixme)\b[^.!?]*[.!]?\s*$"
    r"|\s+(?-i:TODO|FIXME)\b[^.!?()]*[.!]?\s*$",  # "included in Enterprise TODO: check": in capitals, after any word
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*\(([^()]*)\)")
_CLAUSE_BREAK = re.compile(r"(\s*[,;]\s*|\s+[—–-]\s+|\.\s+)")
# how much the author thinks a line matters for the exam ("exam loves this", "huge on this exam",
# "know this cold", "Don't overthink."): said beside a fact, no part of it, and no fact of its own
_STRESS = re.compile(
    r"^(?:(?:the\s+)?exam\s+loves?\s+(?:this|these|it|that)(?:\s+one)?|(?:\w+\s+){0,2}on\s+(?:the|this|every)\s+exam"
    r"|(?:very\s+|super\s+|really\s+)?important|(?:heavily\s+)?tested|know\s+(?:this|these|it)(?:\s+cold)?|exam\s+favou?rite"
    r"|always\s+asked|asked\s+a\s+lot|" + MEMORIZE + r"[^.!?()]*|" + OVERDOING + r"\b[^.!?()]*)\W*$",
    re.IGNORECASE,
)
# "... leads not just form fills — the exam loves this one", "... is an error. Exam loves this.": at a line's end
_TRAILING_STRESS = re.compile(r"(?:\s+[—–-]\s+|(?<=[.!?])\s+)(?P<remark>[^.!?()—–]+[.!]*)\s*$")
_LAST_CLAUSE = re.compile(r";\s*(?P<remark>[^;()]+)$")
_DANGLING_DASH = re.compile(r"\s+[—–-]\s*$")
# "roles to know", "Record types to know (8)", "Built-in roles to know cold": a label the
# author marked for study; the label is the things ("need to know" is a principle). Only a
# label's: before its colon, aside or dash here, at its end in `label_without_study_mark`
# ("what the auditor wants to know", "the user needs to know": after a verb, a clause, in a line or a heading)
_STUDY_MARK = r"(?<=[a-z]s)(?<!\bneeds)(?<!\bwants)(?<!\blikes)(?<!\bgets)(?<!\bhas)(?<!\basks)(?<!\bdeserves)\s+to\s+know(?:\s+(?:cold|well|by\s+heart))?"
_TO_KNOW = re.compile(_STUDY_MARK + r"(?=\s*[:(—–])", re.IGNORECASE)
_TO_KNOW_AT_END = re.compile(_STUDY_MARK + r"\s*$", re.IGNORECASE)
# ", I think:" / ", I think." closing a line
_TRAILING = re.compile(r",\s*i\s+think(?=\s*[:.!]?\s*$)|\s+\?{2,}(?=\s*$)", re.IGNORECASE)


def is_doubt(clause: str) -> bool:
    """A clause that doubts the fact ("7 I think?") or tells the author to check it ("verify")."""
    clause = clause.strip().rstrip(".")
    return bool(_DOUBT.match(clause) or _CHECK.match(clause))


def is_stress(remark: str) -> bool:
    """"huge on this exam", "(exam loves this)": how much a line matters, nothing it says."""
    return bool(_STRESS.match(remark.strip()))


def _dropped(clause: str) -> bool:
    """An aside's clause the card leaves off: a doubt, a stress remark, a question to self ("not text ads tho?")."""
    clause = clause.strip()
    # one question closing the clause; "(image? audio? text? form?)" lists the cases to ask about
    return is_doubt(clause) or is_stress(clause) or is_self_remark(clause) or (clause.endswith("?") and clause.count("?") == 1)


def without_hedges(text: str) -> str:
    """The text without the author's doubts about it."""
    text = without_self_remarks(_TODO_SENTENCE.sub("", text))
    stressed = _TRAILING_STRESS.search(text)
    if stressed and is_stress(stressed.group("remark")):
        text = text[: stressed.start()]
    closing = _LAST_CLAUSE.search(text)
    if closing and speaks_of_the_exam(closing.group("remark")):
        text = text[: closing.start()]  # "...; question usually just tests the two lock types though."

    if "(" in text:
        kept = _ASIDE.sub(_aside_kept, text)
        # "roles — (exam LOVES these)": the dash led only the aside
        text = _DANGLING_DASH.sub("", kept) if kept != text else kept
    return _TO_KNOW.sub("", _TRAILING.sub("", text))


def _aside_kept(match: re.Match[str]) -> str:
    """The aside less its doubting clauses; nothing when none is left."""
    parts = _CLAUSE_BREAK.split(match.group(1))
    clauses = parts[0::2]
    if not any(_dropped(clause) for clause in clauses):
        return match.group(0)
    inner, held = "", None  # a dropped clause's break joins the next kept one: "limit, use" not "limit. use"
    for before, clause in zip([""] + parts[1::2], clauses):
        if _dropped(clause) or not clause.strip():
            held = before if held is None else held
            continue
        inner += (held if held is not None and inner else before if inner else "") + clause
        held = None
    if not inner.strip():
        return ""
    opening = match.group(0)[: match.group(0).index("(")]
    return f"{opening}({inner.strip()})"


def label_without_study_mark(label: Inline) -> Inline:
    """A label (a heading, a bold lead, a line over its own list) without the author's
    study mark at its end: "## Built-in roles to know cold", "- roles to know" over the roles."""
    if not label:
        return label
    last = label[-1]
    if last.kind == "text":
        text = _TO_KNOW_AT_END.sub("", last.text)
        if text == last.text:
            return label
        return (*label[:-1], replace(last, text=text)) if text else label[:-1]
    if last.kind in ("strong", "em") and last.children:
        inner = label_without_study_mark(last.children)
        return label if inner == last.children else (*label[:-1], replace(last, children=inner))
    return label
