"""A remark's flag (`Note:`, `Gotcha:`, `For the exam, mostly:`): the author's word
on the line that follows, no term of the notes. Read where the notes are parsed and
where cards ask a line by its label."""

from __future__ import annotations

import re

# `Note: pod fields are immutable`, `Gotcha: ...`: a remark's flag, no term; the remark is the line
_REMARK_FLAG = re.compile(
    r"^(?:(?:exam|pro|key|quick)\s+)?(?:note(?:\s+to\s+self)?|nb|n\.b\.?|tips?|hint|remember|important|reminder|careful|gotcha|warning|caveat|trap|point|best\s+practices?)!*$"
    # "For the exam, mostly: find the CRD ...", "Common traps": the author on what to study, no thing
    # a blank may name
    r"|^(?:for|on|in)\s+(?:the\s+)?exam(?:,?\s+(?:mostly|at\s+least|anyway|really))?$"
    r"|^(?:common|typical|classic|usual)\s+(?:traps|pitfalls|gotchas|mistakes)$"
    # "don't forget:", "favourite exam topic:": the author's reminder, no thing
    # "Key idea: cloud turns IT ...", "Big takeaway:": the author's flag on what matters, no term
    r"|^(?:(?:the|key|big|main|core)\s+)(?:ideas?|takeaways?)$|^takeaways?$"
    r"|^(?:don'?t|do\s+not)\s+forget$"
    # "DON'T MIX UP", "Do not confuse", "Watch out": the author's warning over the lines it flags
    r"|^(?:don'?t|do\s+not)\s+(?:mix\s+(?:up|these\s+up)|confuse(?:\s+these)?)$|^watch\s+out$|^(?:(?:my|a|an)\s+)?(?:favou?rite|popular|frequent|classic)\s+exam\s+(?:topic|question|task)s?$"
    # "But: use cloud storage if ...", "However: ...": the author's turn of thought, no term
    r"|^(?:but|however|otherwise|though|although|yet)$",
    re.IGNORECASE,
)


def is_remark_flag(label: str) -> bool:
    """Whether a line's label only flags it as a remark."""
    return bool(_REMARK_FLAG.match(label.strip()))


# "**Example:** Changing the description of an auth method" over its command: the line is
# what the command does, the flag no term (over anything else, "Examples: Rook, Portworx"
# says what the lines are, and stays)
_EXAMPLE_FLAG = re.compile(r"^(?:for\s+)?(?:examples?|instance)$|^e\.?g\.?$", re.IGNORECASE)


def flags_a_line(label: str, commands_under: bool = False) -> bool:
    """Whether a line's label only flags it: a remark's flag, or an example's over the commands under it."""
    return is_remark_flag(label) or (commands_under and bool(_EXAMPLE_FLAG.match(label.strip())))
