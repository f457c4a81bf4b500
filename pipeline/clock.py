"""The build's one clock: `SOURCE_DATE_EPOCH`, else the last commit that
touched the pack, else the newest source file. Nothing else reads the time."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from pipeline.diagnostics import PipelineError


def build_time(pack_root: Path, sources: Iterable[Path]) -> int:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            value = int(epoch)
        except ValueError:
            raise PipelineError("SOURCE_DATE_EPOCH", 0, f"must be an integer number of seconds, not {epoch!r}") from None
        if value < 0:
            raise PipelineError("SOURCE_DATE_EPOCH", 0, "must not be negative")
        return value
    committed = _last_commit_time(pack_root)
    if committed is not None:
        return committed
    return max((int(p.stat().st_mtime) for p in sources), default=0)


def _last_commit_time(folder: Path) -> int | None:
    import subprocess  # here: a build with SOURCE_DATE_EPOCH set (every reproducible one) never runs git

    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%ct", "--", "."],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = result.stdout.strip()
    if result.returncode != 0 or not text.isdigit():
        return None
    # Uncommitted edits are newer than the last commit: do not pretend otherwise.
    status = subprocess.run(
        ["git", "status", "--porcelain", "--", "."], cwd=folder, capture_output=True, text=True, check=False
    )
    if status.returncode == 0 and status.stdout.strip():
        return None
    return int(text)


def iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def date(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%d")
