"""Render the sheet in parts, on the machine's cores.

The sections are split into a few parts of similar size. Each part is laid
out in its own process (WeasyPrint's layout is pure Python and single-threaded),
reports its measured heights, gets back its pages once the whole sheet is
packed, places its boxes and writes its own PDF; the PDFs are merged after.

How many parts depends only on the notes, never on the machine, so every
machine writes the same bytes; the cores only decide how many parts run at
once. A part is a generator (heights out, pages in, PDF bytes returned), so
the same code runs inline or in a forked child.
"""

from __future__ import annotations

import ctypes
import gc
import math
import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar
from dataclasses import dataclass
from multiprocessing.connection import Connection

PART_WEIGHT = 80_000  # characters of notes (with their markup) per part: about seven pages
MAX_PARTS = 8  # each part costs a frame and a PDF of its own: few, for notes of common size
# For long notes, parts no larger than this (about 150 KB of notes), however many: each
# is laid out in a process of its own, and two at a time must stay well under 1 GB at 50x the seed.
MAX_PART_WEIGHT = 200_000
# Laid-out boxes take about 160 bytes per character of a galley's HTML. The
# processes laying out parts keep their boxes up to this many characters
# between them (about 250 MB), each its share; a part past it is laid out,
# measured and let go, and laid out again once its pages are known: more
# layout time, but memory bounded however long the notes are and however
# many cores share the work.
HELD_CHARACTERS = 1_500_000


@dataclass(frozen=True)
class PartJob:
    galley_html: str
    media: Mapping[str, bytes]  # the pack's pictures by name, all WeasyPrint may load besides the stylesheet


@dataclass(frozen=True)
class PartPages:
    """What a part is told once the sheet is packed: its pages."""

    frame_html: str
    placed: tuple[tuple[tuple[int, float, float], ...], ...]  # per page: (unit, x, y) in the content area
    identifier: bytes


Planner = Callable[[list[list[float]]], list[PartPages]]
T = TypeVar("T")
PartRun = Generator[list[float], PartPages, bytes]


def split(weights: Sequence[int]) -> list[range]:
    """Contiguous ranges of sections, of similar total weight."""
    total = sum(weights)
    wanted = max(min(MAX_PARTS, math.ceil(total / PART_WEIGHT)), math.ceil(total / MAX_PART_WEIGHT))
    count = max(1, min(len(weights), wanted))
    ranges = []
    start = 0
    running = 0
    for index, weight in enumerate(weights):
        running += weight
        left = count - len(ranges) - 1  # cuts still to make
        if left and running >= total * (len(ranges) + 1) / count and len(weights) - index - 1 >= left:
            ranges.append(range(start, index + 1))
            start = index + 1
    ranges.append(range(start, len(weights)))
    return ranges


def part(job: PartJob) -> PartRun:
    from weasyprint.text.fonts import FontConfiguration

    from pipeline.cheatsheet.fetch import SheetFetcher
    from pipeline.cheatsheet.layout import Galley, compose

    font_config = FontConfiguration()
    fetcher = SheetFetcher(job.media)
    galley = Galley(job.galley_html, font_config, fetcher)
    pages = yield galley.heights
    placed = [[(galley.boxes[unit], x, y) for unit, x, y in page] for page in pages.placed]
    return compose(pages.frame_html, placed, font_config, pages.identifier, fetcher)


def run(jobs: Sequence[PartJob], planner: Planner, workers: int | None = None) -> list[bytes]:
    workers = min(len(jobs), workers if workers is not None else available_cores())
    if workers <= 1 or not can_fork():
        return _run_inline(jobs, planner)
    if sum(len(job.galley_html) for job in jobs) > HELD_CHARACTERS:
        return _run_fresh(jobs, planner, workers)
    return _run_forked(jobs, planner, workers)


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    # A daemon process may not have children; elsewhere than Linux, fork is unsafe or missing.
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and not multiprocessing.current_process().daemon
    )


def _run_inline(jobs: Sequence[PartJob], planner: Planner) -> list[bytes]:
    runs, heights = _measure(jobs, HELD_CHARACTERS)
    return _write(jobs, runs, planner(heights))


def _measure(jobs: Sequence[PartJob], budget: int) -> tuple[list[PartRun | None], list[list[float]]]:
    """Each part's heights, and its run while the runs held fit `budget`
    characters (None for a part let go, to be laid out again)."""
    held = 0
    runs: list[PartRun | None] = []
    heights = []
    for job in jobs:
        run = part(job)
        heights.append(next(run))
        held += len(job.galley_html)
        if held <= budget:
            runs.append(run)
        else:
            run.close()  # its boxes go now
            runs.append(None)
    return runs, heights


def _write(jobs: Sequence[PartJob], runs: list[PartRun | None], pages: Sequence[PartPages]) -> list[bytes]:
    pdfs = []
    for job, run, placed in zip(jobs, runs, pages):
        if run is None:
            run = part(job)
            next(run)  # the same layout as measured: the notes and fonts have not changed
        pdfs.append(finish(run, placed))
    return pdfs


def finish(run: PartRun, pages: PartPages) -> bytes:
    try:
        run.send(pages)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("a cheat sheet part did not finish")


def _child(connection: Connection, jobs: list[PartJob], inherited: list[Connection], budget: int) -> None:
    for other in inherited:
        other.close()  # the parent's ends, copied by fork: the parent's exit must reach us as EOF
    try:
        runs, heights = _measure(jobs, budget)
        connection.send(("heights", heights))
        pages = connection.recv()
        connection.send(("pdfs", _write(jobs, runs, pages)))
    except BaseException:  # reported to the parent, which raises
        try:
            connection.send(("error", traceback.format_exc()))
        except OSError:
            pass  # the parent gave up first
    finally:
        connection.close()


def _run_forked(jobs: Sequence[PartJob], planner: Planner, workers: int) -> list[bytes]:
    context = multiprocessing.get_context("fork")
    owned = [list(range(w, len(jobs), workers)) for w in range(workers)]
    connections: list[Connection] = []
    processes = []
    try:
        with _forking():
            for indices in owned:
                mine, theirs = context.Pipe()
                chosen = [jobs[i] for i in indices]
                process = context.Process(target=_child, args=(theirs, chosen, [*connections, mine], HELD_CHARACTERS // workers), daemon=True)
                process.start()
                theirs.close()
                connections.append(mine)
                processes.append(process)
        heights: list[list[float]] = [[] for _ in jobs]
        for connection, indices in zip(connections, owned):
            for index, value in zip(indices, _receive(connection, "heights")):
                heights[index] = value
        pages = planner(heights)
        for connection, indices in zip(connections, owned):
            connection.send([pages[i] for i in indices])
        pdfs: list[bytes] = [b"" for _ in jobs]
        for connection, indices in zip(connections, owned):
            for index, value in zip(indices, _receive(connection, "pdfs")):
                pdfs[index] = value
        return pdfs
    finally:
        for connection in connections:
            connection.close()
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join()


def _run_fresh(jobs: Sequence[PartJob], planner: Planner, workers: int) -> list[bytes]:
    """Parts too many to hold: each is laid out and measured in a process of
    its own, then laid out again and written in another, `workers` at a time.
    A process's memory goes back to the system when it ends: a process that
    let parts go one after another would keep its heap at its largest."""
    # The jobs (HTML and pictures) reach the workers by fork, as the pool
    # starts each: only an index, the heights, the pages and the PDF are pickled.
    context = multiprocessing.get_context("fork")
    with _forking(), context.Pool(workers, maxtasksperchild=1, initializer=_hold, initargs=(tuple(jobs),)) as pool:
        heights = _each(pool, _measured, list(range(len(jobs))))
        pages = planner(heights)
        return _each(pool, _written, list(enumerate(pages)))


def _each(pool: Any, work: Callable[[Any], T], items: list[Any]) -> list[T]:
    try:
        return pool.map(work, items, chunksize=1)  # type: ignore[no-any-return]
    except Exception as error:  # a worker's error, raised again here
        raise RuntimeError(f"a cheat sheet worker failed: {type(error).__name__}: {error}") from error


_held: tuple[PartJob, ...] = ()  # in a fresh process: the jobs, from the parent by fork


def _hold(jobs: tuple[PartJob, ...]) -> None:
    global _held
    _held = jobs


def _measured(index: int) -> list[float]:
    run = part(_held[index])
    heights = next(run)
    run.close()
    return heights


def _written(index_pages: tuple[int, PartPages]) -> bytes:
    index, pages = index_pages
    run = part(_held[index])
    next(run)  # the same layout as measured: the notes and fonts have not changed
    return finish(run, pages)


@contextmanager
def _forking() -> Iterator[None]:
    """Children that share the parent's memory instead of copying it: the
    heap the parent freed goes back to the system first, and the parent's
    objects are kept from the children's garbage collector, whose visits
    would write to (and so copy) every page they are on."""
    release_freed_memory()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def release_freed_memory() -> None:
    """Give the C heap's free pages back to the system (glibc; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _receive(connection: Connection, expected: str) -> Any:
    try:
        kind, value = connection.recv()
    except EOFError:
        raise RuntimeError("a cheat sheet worker process died") from None
    if kind == "error":
        raise RuntimeError(f"a cheat sheet worker failed:\n{value}")
    if kind != expected:
        raise RuntimeError(f"a cheat sheet worker sent {kind!r} instead of {expected!r}")
    return value


def in_background(work: Callable[[], T]) -> Callable[[], T]:
    """Start `work` in a forked process (where the machine has a core to spare
    and can fork); the function returned waits for its result, or runs it
    there and then when it could not be started."""
    if available_cores() < 2 or not can_fork():
        return work
    context = multiprocessing.get_context("fork")
    mine, theirs = context.Pipe()

    def child() -> None:
        mine.close()
        try:
            theirs.send(("done", work()))
        except BaseException:  # reported to the parent, which raises
            try:
                theirs.send(("error", traceback.format_exc()))
            except OSError:
                pass
        finally:
            theirs.close()

    process = context.Process(target=child, daemon=True)
    with _forking():
        process.start()
    theirs.close()

    def wait() -> T:
        try:
            return _receive(mine, "done")  # type: ignore[no-any-return]
        finally:
            mine.close()
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join()

    return wait
