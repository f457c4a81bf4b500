"""Every output, the release bundle included, is byte-identical when built in
two different folders with a different time zone and PYTHONHASHSEED."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from pipeline.commands.reproduce import SIDES, compare

from .conftest import ROOT, SEED_PACK

SLUG = "aws-cloud-practitioner"


def test_two_releases_in_different_folders_hash_seeds_and_time_zones_are_identical(tmp_path):  # type: ignore[no-untyped-def]
    assert len({side["PYTHONHASHSEED"] for side in SIDES}) == len({side["TZ"] for side in SIDES}) == 2
    result = compare([SEED_PACK], tmp_path)
    outputs = set(result.files)
    for name in (f"{SLUG}.apkg", f"{SLUG}.csv", f"{SLUG}.pdf", f"{SLUG}.cards.json", "manifest.json"):
        assert f"{SLUG}/{name}" in outputs
    assert any(name.startswith(f"dist/{SLUG}-") and name.endswith(".zip") for name in outputs)
    assert result.different == [], result.files
    assert all(a != "missing" for a, _ in result.files.values())


def _git(folder, *args, when="2026-03-01T12:00:00Z"):  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_COMMITTER_DATE": when,
    }
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


def test_without_source_date_epoch_two_clones_build_at_the_last_commit_touching_the_pack(tmp_path):  # type: ignore[no-untyped-def]
    origin = tmp_path / "origin"
    shutil.copytree(SEED_PACK, origin / "source" / SLUG)
    _git(origin, "init", "-q")
    _git(origin, "add", ".")
    _git(origin, "commit", "-q", "-m", "notes")
    (origin / "other.txt").write_text("not the pack\n")
    _git(origin, "add", "other.txt")
    _git(origin, "commit", "-q", "-m", "elsewhere", when="2026-04-01T12:00:00Z")
    digests = []
    for name, zone in (("one", "UTC"), ("two", "Asia/Kolkata")):
        clone = tmp_path / name / "clone"
        subprocess.run(["git", "clone", "-q", str(origin), str(clone)], check=True, capture_output=True)
        env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
        env.update(TZ=zone, PYTHONHASHSEED=str(len(name) * 7), PYTHONPATH=str(ROOT))
        out = tmp_path / name / "out"
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "build", str(clone / "source" / SLUG), "--out", str(out),
             "--formats", "apkg,csv,json", "-q"],
            env=env, capture_output=True, text=True, timeout=300,
        )
        assert result.returncode == 0, result.stderr
        manifest = json.loads((out / SLUG / "manifest.json").read_text())
        assert manifest["build_time"] == "2026-03-01T12:00:00Z"  # not the later commit elsewhere
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / SLUG).iterdir())})
    assert digests[0] == digests[1]


def _build_under_hash_seeds(source: Path, out: Path, seeds: tuple[str, ...], formats: str, timeout: int) -> None:
    """Build `source` at once under each hash seed, into `out`/<seed>, each build checked to succeed."""
    runs = []
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1767225600", "STUDY_PACK_CACHE": "off", "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "pipeline", "build", str(source), "--out", str(out / seed), "--formats", formats, "-q"]
        runs.append(subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for run in runs:
        _, stderr = run.communicate(timeout=timeout)
        assert run.returncode == 0, stderr


def test_notes_whose_parts_tie_build_the_same_under_any_hash_seed(tmp_path):  # type: ignore[no-untyped-def]
    """Two copies of the seed's notes, each in words of its own: what the card rules weigh
    ties between the copies, so an order taken from a set (whose walk changes with the hash
    seed) shows in the cards' order where one copy's seed alone would hide it."""
    from bench.synthetic import make_pack

    pack = make_pack(SEED_PACK, 2, tmp_path / "packs")
    _build_under_hash_seeds(pack, tmp_path, ("1", "2"), "json", timeout=600)
    one, two = (sorted((tmp_path / seed / pack.name).glob("*.cards.json")) for seed in ("1", "2"))
    assert one and [p.read_bytes() for p in one] == [p.read_bytes() for p in two]


TIED_CLUES = """\
## Edge

**Bastion Wall:**
- web request filter that blocks injection attacks at the edge
- rules match headers, query strings and request bodies of each call
- written as access lists of ordered statements
- mirrored copper ledgers archive quarterly vendor invoices
- mirrored granite turbines recharge nightly harbour beacons
- mirrored timber kiosks dispense weekly transit passes

**Aegis Plus:**
- premium flood protection with a response team on call
- covers copper edge caches and static addresses

**Tollgate Cache:**
- edge cache that serves static granite files close to viewers
- caches content for a day by default

**Lantern Queue:**
- durable message queue that decouples timber producers from consumers
- messages are kept for four days
"""


def test_further_clues_that_tie_are_chosen_alike_under_any_hash_seed(tmp_path):  # type: ignore[no-untyped-def]
    """Three leftover lines of a thing, each with one word another thing says: their shares
    are equal, but summed over a set of words in the hash seed's order they differed in the
    last bits, and which two made the further recognition card changed with the seed."""
    from pipeline.cards.recognition import recognition_plan
    from pipeline.notes.parse import parse_document

    notes = tmp_path / "edge.md"
    notes.write_text(TIED_CLUES)
    _build_under_hash_seeds(notes, tmp_path, ("4", "6"), "apkg,csv,json", timeout=300)  # two seeds that picked different lines
    one, two = (sorted(p for p in (tmp_path / seed / "edge").iterdir() if p.suffix in (".apkg", ".csv", ".json")) for seed in ("4", "6"))
    assert one and [p.name for p in one] == [p.name for p in two]
    assert [p.read_bytes() for p in one] == [p.read_bytes() for p in two]
    # a tie goes to the notes' order: the first two of the three
    further = [a for a in recognition_plan(parse_document(TIED_CLUES, "edge.md")) if a.thing.name == "Bastion Wall" and a.index == 2]
    assert [a.lines for a in further] == [(7, 8)]
