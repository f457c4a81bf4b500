"""`make bench-peer`: our deck and CSV next to markdown-anki-decks, the
simplest tool that makes an Anki deck from the same notes, in the same run.

The peer is installed, pinned (bench/peer-requirements.txt), in a virtualenv
of its own under build/bench/; without a network to install it from, the
comparison is skipped with a message and the bench goes on. Both are timed
as whole processes (start-up included), taking turns, medians of 5.

    python -m bench.peer [PACK] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

from .timing import Timed, alternate, compile_package, load_line, median, run_timed

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "source" / "aws-cloud-practitioner"
REQUIREMENTS = ROOT / "bench" / "peer-requirements.txt"
VENV = ROOT / "build" / "bench" / "peer-venv"
PEER = "markdown-anki-decks"


def peer_python() -> tuple[Path | None, str]:
    """The peer's interpreter, installed once per version of the pins; or None and why not."""
    python = VENV / "bin" / "python"
    marker = VENV / ".installed"
    wanted = REQUIREMENTS.read_text(encoding="utf-8")
    if python.exists() and marker.exists() and marker.read_text(encoding="utf-8") == wanted:
        return python, ""
    shutil.rmtree(VENV, ignore_errors=True)
    steps = [
        [sys.executable, "-m", "venv", str(VENV)],
        # few retries: without a network this fails in seconds instead of minutes
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--retries", "1", "--timeout", "15",
         "-r", str(REQUIREMENTS)],
    ]
    print(f"installing {PEER} (pinned) in {VENV.relative_to(ROOT)} ...", file=sys.stderr, flush=True)
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True)
        if result.returncode:
            lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
            return None, lines[-1] if lines else f"exit status {result.returncode}"
    marker.write_text(wanted, encoding="utf-8")
    return python, ""


def notes_of(pack: Path) -> list[Path]:
    config = tomllib.loads((pack / "pack.toml").read_text(encoding="utf-8")) if (pack / "pack.toml").exists() else {}
    return [pack / name for name in config.get("notes", [])] or sorted(pack.glob("*.md"))


def cards_in(apkg: Path) -> int:
    """The cards in an .apkg, as its collection counts them."""
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", folder)
        connection = sqlite3.connect(Path(folder) / "collection.anki2")
        try:
            return int(connection.execute("select count(*) from cards").fetchone()[0])
        finally:
            connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pack", nargs="?", default=str(SEED))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pack = Path(args.pack).resolve()
    print(f"Deck and CSV next to {PEER}, {pack.name}: whole processes, medians of {args.runs}, taking turns", flush=True)
    python, why = peer_python()
    if python is None:
        print(f"  skipped: {PEER} could not be installed (no network to the package index?): {why}")
        return 0
    compile_package(ROOT)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "PYTHONPATH": str(ROOT), "STUDY_PACK_CACHE": "off"}
    before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-peer-") as folder:
        work = Path(folder)
        notes = work / "notes"
        notes.mkdir()
        for note in notes_of(pack):
            shutil.copy2(note, notes / note.name)

        def peer(n: int) -> Timed:
            out = work / f"peer-{n}"
            out.mkdir()
            return run_timed([str(python), "-c", "from markdown_anki_decks.cli import main; main()", str(notes), str(out)])

        def ours(n: int) -> Timed:
            out = work / f"ours-{n}"
            return run_timed([sys.executable, "-m", "pipeline", "build", str(pack), "--out", str(out), "--formats", "apkg,csv", "-q"], env)

        theirs, mine = alternate(args.runs, peer, ours)
        their_cards = sum(cards_in(p) for p in (work / "peer-0").glob("*.apkg"))
        my_cards = sum(cards_in(p) for p in (work / "ours-0").rglob("*.apkg"))
    after = os.getloadavg()
    them, us = median(theirs), median(mine)
    print(f"  {PEER:<34} {them.wall:6.2f} s wall {them.cpu:6.2f} s CPU  {their_cards:6} cards")
    print(f"  {'build --formats apkg,csv':<34} {us.wall:6.2f} s wall {us.cpu:6.2f} s CPU  {my_cards:6} cards")
    print(f"  ratio: {us.wall / them.wall:.2f}x the peer's wall time, {us.cpu / them.cpu:.2f}x its CPU time,"
          f" {my_cards / max(their_cards, 1):.0f}x its cards (bar: at most 1.0x the time)")
    print(f"  {load_line(before, after)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
