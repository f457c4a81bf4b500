"""What the parser leaves out as not knowledge (navigation, banners), noted
where it is found, deep in the reading of blocks, for `check` to list."""

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
