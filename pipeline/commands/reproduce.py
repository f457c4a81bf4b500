"""`python -m pipeline.reproduce [PATH ...]` (`make reproducible`): release
each pack twice, from copies in two different folders, with a different
time zone, `PYTHONHASHSEED` and working folder, and compare the sha256 of
every output, the bundle included. Exit 0 when all are byte-identical.

The copies are released as the next major version of their history, so the
real pack's records are never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.release import history
from pipeline import versions
from pipeline.commands.build import discover
from pipeline.config.pack import load_config
from pipeline.diagnostics import PipelineError
from pipeline.files import sha256

# The two sides differ in everything a build must not depend on.
SIDES = (
    {"name": "a", "nest": ("a",), "TZ": "UTC", "PYTHONHASHSEED": "1", "LC_ALL": "C.UTF-8"},
    {"name": "b", "nest": ("b", "deeper", "folder"), "TZ": "Pacific/Kiritimati", "PYTHONHASHSEED": "4242", "LC_ALL": "C"},
)
PROJECT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Comparison:
    files: dict[str, tuple[str, str]]  # output path relative to the out folder -> (sha256 a, sha256 b)

    @property
    def different(self) -> list[str]:
        return sorted(name for name, (a, b) in self.files.items() if a != b)


def _digests(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): sha256(p) for p in sorted(out.rglob("*")) if p.is_file()}


def _clock() -> str:
    """One SOURCE_DATE_EPOCH for both sides: the caller's, else the last commit's."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return epoch
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=PROJECT, capture_output=True, text=True, check=False)
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else "0"


def compare(packs: Sequence[Path], work: Path) -> Comparison:
    epoch = _clock()
    runs = []
    for side in SIDES:
        root = work.joinpath(*side["nest"])
        out = root / "out"
        for pack in packs:
            config = load_config(pack)
            copy = root / "src" / config.slug
            shutil.copytree(config.root, copy, ignore=shutil.ignore_patterns(".*", "__pycache__"))
            latest = history.read_all(copy)
            version = versions.next_major(latest[-1].semver if latest else None)
            command = [sys.executable, "-m", "pipeline", "release", "--version", version, str(copy), "--out", str(out), "-q"]
            env = {
                **os.environ,
                "SOURCE_DATE_EPOCH": epoch,
                "TZ": side["TZ"],
                "PYTHONHASHSEED": side["PYTHONHASHSEED"],
                "LC_ALL": side["LC_ALL"],
                "PYTHONPATH": str(PROJECT),
            }
            runs.append((side["name"], out, command, env, root))
    # The two sides run at once: the cheat sheet's render dominates.
    processes = [
        (name, out, subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        for name, out, command, env, cwd in runs
    ]
    outs: dict[str, Path] = {}
    for name, out, process in processes:
        _stdout, stderr = process.communicate()
        if process.returncode != 0:
            said = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit status {process.returncode}"
            raise PipelineError(str(out), 0, f"the release in folder {name} failed: {said}")
        outs[name] = out
    a, b = (_digests(outs[side["name"]]) for side in SIDES)
    names = sorted(set(a) | set(b))
    return Comparison({name: (a.get(name, "missing"), b.get(name, "missing")) for name in names})


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        packs = [Path(a) for a in args] or discover(Path("source"))
        with tempfile.TemporaryDirectory(prefix="study-pack-reproduce-") as work:
            result = compare(packs, Path(work))
    except PipelineError as error:
        print(error, file=sys.stderr)
        return 1
    for name, (a, b) in result.files.items():
        print(f"{'same' if a == b else 'DIFFERENT'}  {a[:16]}  {b[:16]}  {name}")
    if result.different:
        print(f"error: {len(result.different)} of {len(result.files)} outputs differ between the two builds", file=sys.stderr)
        return 1
    print(f"{len(result.files)} outputs byte-identical across two folders, time zones and hash seeds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
