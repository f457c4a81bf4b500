"""A need quoted as the exam puts it, then what meets it: `"Minimize key
exposure, access blobs for 2 hours" -> user delegation SAS`. The quote is the
question and what follows the arrow its answer: a blank inside the quote
hides a detail of the scenario ("[2 hours]", "[PII] in S3 buckets") and asks
a guess, so the blank moves to the answer ("-> [user delegation SAS]"). So does
a blank over the label in front (`[RBAC]: if the question says "..." -> User
Access Administrator`): the scenario is the question, not where it is filed."""

from __future__ import annotations

import re

# one blank inside a quote, the quote closed, then an arrow and the answer up to the end of its clause
_QUOTED_BLANK = re.compile(
    r'(?P<open>["“])(?P<before>[^"“”{}<]*)\{\{c1::(?P<hidden>[^{}]*?)\}\}(?P<after>[^"“”{}<]*)(?P<close>["”])'
    r"(?P<arrow>\s*(?:→|-&gt;|->|=&gt;|=>)\s*)(?P<answer>[^.;,(<{}]*[^.;,(<{}\s])"
)
# the same need with no blank inside it, and a blank over the label the line opens on
_QUOTED_NEED = re.compile(
    r'["“][^"“”{}<]*["”](?P<arrow>\s*(?:→|-&gt;|->|=&gt;|=>)\s*)(?P<answer>[^.;,(<{}]*[^.;,(<{}\s])'
)
_LABEL_BLANK = re.compile(r"^(?P<tags>(?:<[^>]+>|\s)*)\{\{c1::(?P<hidden>[^{}]*?)\}\}")
_ARROW = re.compile(r"\s*(?:→|-&gt;|->|=&gt;|=>)\s*")
_HEDGE = re.compile(r"\s+(?:usually|mostly|often|typically|probably|generally)$", re.IGNORECASE)
ANSWER_WORDS = 6  # a longer answer is an explanation, no name to ask


def answer_blanked(prompt: str) -> str:
    """The cloze with a blank inside a quoted need moved to the answer after its arrow,
    or as it was when it has no such blank (or more than one)."""
    if prompt.count("{{c") != 1:
        return prompt
    found = _QUOTED_BLANK.search(prompt)
    if found is None:
        return _label_blank_moved(prompt)
    if len(found.group("answer").split()) > ANSWER_WORDS:
        return prompt
    hidden = found.group("hidden").split("::")[0]
    answer = found.group("answer")
    if (hedge := _HEDGE.search(answer)) is not None:
        answer = answer[: hedge.start()]  # "warm standby usually": the author's hedge stays shown
    moved = (
        found.group("open") + found.group("before") + hidden + found.group("after") + found.group("close")
        + found.group("arrow") + "{{c1::" + answer + "}}" + found.group("answer")[len(answer) :]
    )
    return prompt[: found.start()] + moved + prompt[found.end() :]


def _label_blank_moved(prompt: str) -> str:
    """The blank over the label in front moved to the quoted need's answer."""
    label = _LABEL_BLANK.match(prompt)
    need = _QUOTED_NEED.search(prompt, label.end()) if label else None
    if label is None or need is None:
        return prompt
    answer = _ARROW.split(need.group("answer"))[0]  # "slots → at least Standard": the first step
    if (hedge := _HEDGE.search(answer)) is not None:
        answer = answer[: hedge.start()]
    if not answer or len(answer.split()) > ANSWER_WORDS or _says(label.group("hidden"), answer):
        return prompt  # "[Azure Service Health]: ... -> Service Health": the label shown would answer
    start = need.start("answer")
    moved = prompt[:start] + "{{c1::" + answer + "}}" + prompt[start + len(answer) :]
    return label.group("tags") + label.group("hidden").split("::")[0] + moved[label.end() :]


_WORD = re.compile(r"[a-z0-9]{3,}")


def _says(label: str, answer: str) -> bool:
    """Whether the label says most of the answer's words."""
    words = _WORD.findall(answer.lower())
    said = set(_WORD.findall(label.lower()))
    return bool(words) and sum(w in said for w in words) * 2 > len(words)
