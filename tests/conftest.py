"""Shared fixtures: the seed pack, built once per session with a fixed clock."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.model import Pack

ROOT = Path(__file__).resolve().parent.parent
SEED_PACK = ROOT / "source" / "aws-cloud-practitioner"
SEED_NOTES = SEED_PACK / "aws-cloud-practitioner.md"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EPOCH = 1767225600  # 2026-01-01T00:00:00Z


def seed_notes_text() -> str:
    """The seed notes as the build reads them: with the pack's errata made,
    line for line as written (an added item is joined to the line it follows,
    whose number the build gives it)."""
    from pipeline.config import load_config
    from pipeline.config.errata import load_errata
    from pipeline.notes.errata import corrected

    text = SEED_NOTES.read_text(encoding="utf-8")
    errata = load_config(SEED_PACK).errata_file
    if errata is None:
        return text
    made = corrected(text, load_errata(errata, [SEED_NOTES.name]), errata.name, SEED_NOTES.name)
    if not made.origin:
        return made.text
    lines: list[str] = []
    for line, origin in zip(made.text.split("\n"), made.origin, strict=True):
        if origin <= len(lines):
            lines[origin - 1] += " " + line.strip()
        else:
            lines.append(line)
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    # Every PDF a test builds is rendered, never taken from the user's cache.
    monkeypatch.setenv("STUDY_PACK_CACHE", "off")


@pytest.fixture(scope="session")
def seed_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """apkg, csv and json of the seed pack (the PDF has its own fixture: it is slow)."""
    from pipeline.commands.build import build

    out = tmp_path_factory.mktemp("seed-build")
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(EPOCH)
    try:
        built = build(SEED_PACK, out, ["apkg", "csv", "json"])
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    return built.out_dir


@pytest.fixture(scope="session")
def seed_pack() -> Pack:
    """The seed pack's model (no outputs), at the fixed clock."""
    from pipeline.commands.build import load

    os.environ["SOURCE_DATE_EPOCH"] = str(EPOCH)
    return load(SEED_PACK).pack


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), **(env or {})}
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
    )


TRACEBACK = re.compile(r"Traceback \(most recent call last\)")
