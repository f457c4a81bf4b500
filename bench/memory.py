"""Peak memory of a process and all its children together (the cheat sheet's
workers included), sampled from /proc while it runs (Linux).

Memory is counted as PSS (proportional set size): a page that forked
processes share counts once, split between them, so the sum over the
processes is what they take from the machine together. Summing resident
sizes (RSS) instead would count a page shared by three processes three
times; that sum is kept too, as an upper bound."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
MB = 1024 * 1024


@dataclass(frozen=True)
class Peak:
    pss_mb: float  # what the processes take together
    rss_mb: float  # the sum of their resident sizes: shared pages counted in each


def _memory(pid: int) -> tuple[int, int]:
    """A process's (PSS, RSS) in bytes; PSS is RSS where smaps_rollup is missing."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
            fields = dict(line.split(b":", 1) for line in rollup.read().splitlines() if b":" in line)
        return int(fields[b"Pss"].split()[0]) * 1024, int(fields[b"Rss"].split()[0]) * 1024
    except (OSError, KeyError, ValueError, IndexError):
        with open(f"/proc/{pid}/statm", "rb") as statm:
            resident = int(statm.read().split()[1]) * PAGE
        return resident, resident


def _tree(root: int) -> tuple[int, int]:
    """PSS and RSS of `root` and its descendants, now."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                parents[int(entry)] = int(stat.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # the process ended meanwhile
    pss = rss = 0
    for pid in parents:
        ancestor = pid
        while ancestor and ancestor != root:
            ancestor = parents.get(ancestor, 0)
        if ancestor == root:
            try:
                found = _memory(pid)
            except (OSError, IndexError, ValueError):
                continue
            pss += found[0]
            rss += found[1]
    return pss, rss


def run_measured(command: Sequence[str], env: dict[str, str], interval: float = 0.1) -> tuple[subprocess.CompletedProcess[str], Peak]:
    """Run `command`; return its result and the peak memory of its whole process tree."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_pss = peak_rss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_pss, peak_rss
        while not done.is_set():
            pss, rss = _tree(process.pid)
            peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    done.set()
    sampler.join()
    result = subprocess.CompletedProcess(list(command), process.returncode, stdout, stderr)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, stdout, stderr)
    return result, Peak(peak_pss / MB, peak_rss / MB)
