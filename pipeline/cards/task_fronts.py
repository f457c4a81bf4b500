"""Fronts for a label that is a condition or a bare step, which alone asks nothing.

"if autoneg fails" reads as a condition, not a question: asked as "What happens
if autoneg fails?". "verify", "cfg", "test" under *Trunks* say which step of
a task their commands do: asked as "Trunks: which commands verify it?"."""

from __future__ import annotations

import re

from pipeline.model import Inline, Span
from pipeline.model import inline as inl

# "if the apiserver doesn't come back", "when the quota covers cpu": a condition, its outcome after it
_CONDITION = re.compile(r"^(?:if|when|whenever|unless)\s+\S+\s+\S", re.IGNORECASE)
# the step a label names, and the verb a question asks it with
_STEPS = {
    "cfg": "configure",
    "config": "configure",
    "configure": "configure",
    "configuration": "configure",
    "setup": "set up",
    "set up": "set up",
    "verify": "verify",
    "verification": "verify",
    "check": "check",
    "test": "test",
    "testing": "test",
    "debug": "debug",
    "troubleshoot": "troubleshoot",
    "troubleshooting": "troubleshoot",
}


def condition_front(head: Inline) -> Inline | None:
    """"What happens if autoneg fails?" for a head that is a bare condition; None otherwise."""
    plain = inl.to_plain(head).strip().rstrip(":").strip()
    if not _CONDITION.match(plain) or plain.endswith("?"):
        return None
    return (Span("text", f"What happens {plain[0].lower()}{plain[1:]}?"),)


# what a command line has and prose has not: a number or a path (`g0/1`), an option (`-prefix`),
# a joined token (`channel-group`, `kubernetes.io`), or a command's verb (`show etherchannel summary`)
_COMMANDS = re.compile(
    r"\d|/|(?:^|\s)--?[a-z]|[a-z]-[a-z]|[a-z]\.[a-z]|\b(?:show|set|get|run|ping|debug|kubectl|docker|git|aws|az|gcloud|terraform|vault|helm|sudo|systemctl)\b",
    re.IGNORECASE,
)


def step_front(head: Inline, owner: str, answer: str) -> Inline | None:
    """"Trunks: which commands verify it?" for a head that only names a step
    ("verify", "cfg") of what its `owner` heading names; None otherwise."""
    verb = _STEPS.get(inl.plain_key(inl.to_plain(head)))
    if verb is None or not owner.strip() or not _COMMANDS.search(answer):
        return None  # "Testing: tabletop, fail over, simulation": kinds of a test, no commands
    # several commands, one after another or side by side
    many = len(re.findall(r",|;|\s/\s|→|->|\bthen\b", answer)) >= 1
    asks = f"which commands {verb} it?" if many else f"which command {_third_person(verb)} it?"
    return (Span("strong", children=(Span("text", owner.strip()),)), Span("text", f": {asks}"))


def _third_person(verb: str) -> str:
    """"verify" -> "verifies", "set up" -> "sets up", "check" -> "checks"."""
    first, _, rest = verb.partition(" ")
    first = first[:-1] + "ies" if re.search(r"[^aeiou]y$", first) else first + ("es" if first.endswith(("sh", "ch", "s")) else "s")
    return f"{first} {rest}".strip()
