"""A task that says its command's own word (`print output values` for
`terraform output`, `manage CLI workspaces` for `terraform workspace`): asked
"which command?", its front would give the answer away. Such a row is asked
the other way, the command for what it does, or not at all where the task
adds next to nothing to the command's words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.model.word_forms import LETTER_WORD, MIN_WORD_LETTERS, same_word

_PLACEHOLDER = re.compile(r"^[A-Z_]{2,}$")  # `terraform import ADDR ID`: what the user fills in
_FILLED_IN = re.compile(r"<[^>]*>|\.\.\.")  # `systemctl enable --now <u>`, `terraform workspace ...`


def tool_words(commands: Iterable[str]) -> frozenset[str]:
    """The words every command of a table opens on (`terraform`): the tool, no giveaway."""
    firsts = [tuple(w.lower() for w in LETTER_WORD.findall(c)[:1]) for c in commands]
    shared = set(firsts[0]) if firsts else set()
    for first in firsts[1:]:
        shared &= set(first)
    return frozenset(shared) if len(firsts) > 1 else frozenset()


def tells_its_command(command: str, task: str, tools: frozenset[str]) -> bool:
    """Whether the task says every word of the command but its tool's and what the user fills
    in (`output` in `print output values`); `enable + start in one go` leaves `--now` to recall."""
    own = _parts(w for w in LETTER_WORD.findall(_FILLED_IN.sub(" ", command)) if w.lower() not in tools and not _PLACEHOLDER.match(w))
    said = [w.lower() for w in LETTER_WORD.findall(task) if len(w) >= MIN_WORD_LETTERS]
    return bool(own) and all(any(same_word(part, word) for word in said) for part in own)


def _parts(words: Iterable[str]) -> list[str]:
    """The words' parts a task may say, in lowercase: `force-unlock` is `force` and `unlock`."""
    return [part for w in words for part in w.lower().split("-") if len(part) >= MIN_WORD_LETTERS]


RESTATING_WORDS = 2  # a told task adding no more words than this only says the command again


def restates_its_command(command: str, task: str, tools: frozenset[str]) -> bool:
    """A told task that adds next to nothing (`print output values` for `terraform output`):
    asked either way round it is nothing to recall; the cheat sheet keeps the row."""
    if not tells_its_command(command, task, tools):
        return False
    own = _parts(LETTER_WORD.findall(command))
    more = [w for w in LETTER_WORD.findall(task) if len(w) >= MIN_WORD_LETTERS and not any(same_word(part, w.lower()) for part in own)]
    return len(more) <= RESTATING_WORDS
