"""A large pack's model made in a process of its own, when the PDFs follow.

Making the cards holds, at its peak, a few times what the model keeps: the
card kinds' indexes and worked-out values, let go of once the cards are made.
The heap stays at its peak after that, freed but in pieces that live objects
pin, and the PDFs' workers are forked from it: each copies every page it
writes a small object into. A forked child makes the model instead and hands
it back pickled through a file; the parent reads it into a heap of the
model's own size, and the child's heap goes back to the system as it ends.
"""

from __future__ import annotations

import pickle
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

# multiprocessing and the cheat sheet's parts are imported where used: a deck build uses neither

T = TypeVar("T")
Progress = Callable[[str], None]

# Characters of notes past which the model is made apart: about seven times
# the seed's notes. Below it the cards' indexes are small, and the fork and
# the pickle would cost more than they save.
APART_CHARACTERS = 1_000_000


def worth_it(notes: list[Path]) -> bool:
    """Whether notes this large are made apart (where the machine can fork)."""
    from pipeline.cheatsheet.parts import can_fork

    return can_fork() and sum(note.stat().st_size for note in notes) > APART_CHARACTERS


def made_apart(make: Callable[[Progress], T], progress: Progress | None = None) -> T:
    """`make(progress)` run in a forked child; its stages reach `progress`
    here as the child reaches them, its error is raised here."""
    import multiprocessing

    say = progress or (lambda _stage: None)
    context = multiprocessing.get_context("fork")
    mine, theirs = context.Pipe()
    with tempfile.TemporaryFile(prefix="study-pack-model-") as store:
        process = context.Process(target=_child, args=(make, theirs, mine, store), daemon=True)
        process.start()
        theirs.close()
        try:
            while True:
                try:
                    kind, value = mine.recv()
                except EOFError:
                    raise RuntimeError("the process making the cards died") from None
                if kind == "stage":
                    say(value)
                elif kind == "error":
                    raise value
                else:
                    break
        finally:
            mine.close()
            process.join()  # its heap goes before the model is read here
        store.seek(0)
        return pickle.load(store)  # type: ignore[no-any-return]


def _child(make: Callable[[Progress], object], connection: Connection, parents: Connection, store: IO[bytes]) -> None:
    from pipeline.cheatsheet.parts import release_freed_memory

    parents.close()  # the parent's end, copied by fork: the parent's exit must reach us as EOF
    try:
        made = make(lambda stage: connection.send(("stage", stage)))
        release_freed_memory()  # what the cards stage freed, before the pickler's table of every object
        pickle.dump(made, store, protocol=pickle.HIGHEST_PROTOCOL)
        store.flush()
        connection.send(("done", None))
    except BaseException as error:  # raised again in the parent, as it was
        connection.send(("error", _sendable(error)))
    finally:
        connection.close()


def _sendable(error: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # an error that does not survive the pipe: its trace, as text
        return RuntimeError("".join(traceback.format_exception(error)).strip())

