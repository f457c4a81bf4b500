"""Whole-process timings: wall time, and CPU time of the process and every
child it waited for (a cheat sheet's workers included), from
resource.getrusage(RUSAGE_CHILDREN)."""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Timed:
    wall: float
    cpu: float


def run_timed(command: Sequence[str], env: dict[str, str] | None = None, cwd: str | None = None) -> Timed:
    """Run `command` to its end; its wall and CPU seconds. A failure raises with its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(list(command), env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        raise RuntimeError(f"{' '.join(command[:4])} ... failed ({result.returncode}):\n{result.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timed(wall, cpu)


def compile_package(root: Path) -> None:
    """The package's bytecode, written once as pip writes an installed
    package's (the peer's included): a user's runs load it instead of
    compiling every module, even where PYTHONDONTWRITEBYTECODE is set."""
    compileall.compile_dir(str(root / "pipeline"), quiet=1)


def alternate(runs: int, *makers: Callable[[int], Timed]) -> list[list[Timed]]:
    """Each command `runs` times, taking turns, so that a machine busy for a
    while slows them alike."""
    results: list[list[Timed]] = [[] for _ in makers]
    for n in range(runs):
        for found, make in zip(results, makers):
            found.append(make(n))
    return results


def median(timings: Sequence[Timed]) -> Timed:
    return Timed(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings))


def load_line(before: tuple[float, float, float], after: tuple[float, float, float]) -> str:
    cores = os.cpu_count() or 1
    busy = " (busy: other work shares the cores; ratios hold better than times)" if max(before[0], after[0]) > cores / 2 else ""
    return f"machine load (1-minute average, {cores} cores): {before[0]:.2f} before, {after[0]:.2f} after{busy}"
