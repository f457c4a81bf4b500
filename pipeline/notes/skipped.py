"""What the parser leaves out as not knowledge (navigation, banners) or keeps off
the cards (a line on the exam's sitting), noted where it is found, deep in the
reading of blocks, for `check` to list."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_NOTED: ContextVar[list[tuple[int, str]] | None] = ContextVar("skipped", default=None)


@contextmanager
def collecting() -> Iterator[list[tuple[int, str]]]:
    """Collect (line, what was skipped) while a document is read."""
    found: list[tuple[int, str]] = []
    token = _NOTED.set(found)
    try:
        yield found
    finally:
        _NOTED.reset(token)


def skip(line: int, what: str) -> None:
    found = _NOTED.get()
    if found is not None:
        found.append((line, what))


# inside a block that makes no card already (`<!-- cards: off -->`, a section on the exam), a
# line a rule keeps off the cards is no news: only where the rule itself takes the card is it told
_CARDS_OFF: ContextVar[bool] = ContextVar("cards_off", default=False)


@contextmanager
def cards_off(off: bool) -> Iterator[None]:
    """Read a block that makes no cards (`off`) or, within one, any block."""
    token = _CARDS_OFF.set(off or _CARDS_OFF.get())
    try:
        yield
    finally:
        _CARDS_OFF.reset(token)


def no_card(line: int, what: str) -> None:
    """A line kept for the cheat sheet that a rule keeps off the cards, told where it takes a card."""
    if not _CARDS_OFF.get():
        skip(line, f"{what} (no card; the cheat sheet keeps it)")
