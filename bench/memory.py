"""Peak memory of a process and all its children together (the cheat sheet's
workers included), sampled from /proc while it runs (Linux)."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Sequence

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and its descendants, now."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            with open(f"/proc/{entry}/statm", "rb") as statm:
                resident = int(statm.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue  # the process ended meanwhile
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = resident
    total = 0
    for pid, resident in rss.items():
        ancestor = pid
        while ancestor and ancestor != root:
            ancestor = parents.get(ancestor, 0)
        if ancestor == root:
            total += resident
    return total


def run_measured(command: Sequence[str], env: dict[str, str], interval: float = 0.05) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `command`; return its result and the peak resident MB of its whole process tree."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    done.set()
    sampler.join()
    result = subprocess.CompletedProcess(list(command), process.returncode, stdout, stderr)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, stdout, stderr)
    return result, peak / (1024 * 1024)
