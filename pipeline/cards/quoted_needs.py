"""A need quoted as the exam puts it, then what meets it: `"Minimize key
exposure, access blobs for 2 hours" -> user delegation SAS`. The quote is the
question and what follows the arrow its answer: a blank inside the quote
hides a detail of the scenario ("[2 hours]", "[PII] in S3 buckets") and asks
a guess, so the blank moves to the answer ("-> [user delegation SAS]")."""

from __future__ import annotations

import re

# one blank inside a quote, the quote closed, then an arrow and the answer up to the end of its clause
_QUOTED_BLANK = re.compile(
    r'(?P<open>["“])(?P<before>[^"“”{}<]*)\{\{c1::(?P<hidden>[^{}]*?)\}\}(?P<after>[^"“”{}<]*)(?P<close>["”])'
    r"(?P<arrow>\s*(?:→|-&gt;|->|=&gt;|=>)\s*)(?P<answer>[^.;,(<{}]*[^.;,(<{}\s])"
)
_HEDGE = re.compile(r"\s+(?:usually|mostly|often|typically|probably|generally)$", re.IGNORECASE)
ANSWER_WORDS = 6  # a longer answer is an explanation, no name to ask


def answer_blanked(prompt: str) -> str:
    """The cloze with a blank inside a quoted need moved to the answer after its arrow,
    or as it was when it has no such blank (or more than one)."""
    if prompt.count("{{c") != 1:
        return prompt
    found = _QUOTED_BLANK.search(prompt)
    if found is None or len(found.group("answer").split()) > ANSWER_WORDS:
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
