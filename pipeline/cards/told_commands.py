"""A task that says its command's own word (`print output values` for
`terraform output`, `manage CLI workspaces` for `terraform workspace`): asked
"which command?", its front would give the answer away. Such a row is asked
the other way, the command for what it does."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.model.naming import same_word

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_PLACEHOLDER = re.compile(r"^[A-Z_]{2,}$")  # `terraform import ADDR ID`: what the user fills in
MIN_LETTERS = 3


def tool_words(commands: Iterable[str]) -> frozenset[str]:
    """The words every command of a table opens on (`terraform`): the tool, no giveaway."""
    firsts = [tuple(w.lower() for w in _WORD.findall(c)[:1]) for c in commands]
    shared = set(firsts[0]) if firsts else set()
    for first in firsts[1:]:
        shared &= set(first)
    return frozenset(shared) if len(firsts) > 1 else frozenset()


def tells_its_command(command: str, task: str, tools: frozenset[str]) -> bool:
    """Whether the task says a word of the command other than its tool's (`output` in `print output values`)."""
    own = [
        w.lower()
        for w in _WORD.findall(command)
        if len(w) >= MIN_LETTERS and w.lower() not in tools and not _PLACEHOLDER.match(w) and not w.startswith("-")
    ]
    said = [w.lower() for w in _WORD.findall(task) if len(w) >= MIN_LETTERS]
    return any(same_word(part, word) for token in own for part in token.split("-") if len(part) >= MIN_LETTERS for word in said)
