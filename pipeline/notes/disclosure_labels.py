"""What a `<details>` summary says when it only names the control: "Show
content", "Click to expand". Such a line is how the page folds the notes, not
part of them: read as a line, it became the back of its heading's card
("Principles of Cloud Computing" -> "Show content"). A summary that announces
an answer ("Show answer", "Solution") stays: the quiz reader needs it."""

from __future__ import annotations

import re

_CONTROL = re.compile(
    r"^[^\w]*(?:(?:click|tap)\s+(?:here\s+)?(?:to\s+)?)?"
    r"(?:(?:show|hide|expand|collapse|reveal|view|see|toggle|open)(?:\s*/\s*(?:hide|collapse))?\s*"
    r"(?:(?:the|all|more)\s+)?(?:contents?|details?|more|all|notes?|sections?|text|code|example|diagram|image|table)?"
    r"|details|more|click\s+(?:here|me))\s*[.:…]*\s*[^\w]*$",
    re.IGNORECASE,
)


def names_the_control(text: str) -> bool:
    """A summary's text that says only how to open or close what it folds."""
    return bool(_CONTROL.match(text.strip()))
