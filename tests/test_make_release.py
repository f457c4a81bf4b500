"""`make release VERSION=...` on a copy of the repository: the bundle's
files, its checksums, its changelog, the version stamped everywhere."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import zipfile

import pypdf

from pipeline.release import history
from pipeline.release import markdown_out
from pipeline.commands.release import release

from .conftest import ROOT

SLUG = "aws-cloud-practitioner"
DAY = 86400
IGNORED = shutil.ignore_patterns(".git", ".venv", "build", "__pycache__", ".pytest_cache", ".hypothesis", "*.egg-info")


def test_make_release_bundles_a_version_with_checksums_and_a_changelog(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=IGNORED)
    (repo / ".venv").symlink_to(ROOT / ".venv")
    pack = repo / "source" / SLUG
    # A history made by today's card rules, so the changelog shows exactly the one edit below
    # whatever releases the repository records.
    shutil.rmtree(pack / "releases", ignore_errors=True)
    release(pack, "1.0.0", tmp_path / "scratch", ["json"])
    records = history.read_all(pack)
    latest = records[-1]
    version = f"{latest.semver.major}.{latest.semver.minor + 1}.0"

    notes = pack / f"{SLUG}.md"
    text = notes.read_text(encoding="utf-8")
    assert text.count("- SRR: Same_Region Replication") == 1
    notes.write_text(text.replace("- SRR: Same_Region Replication", "- SRR: Same-Region Replication"), encoding="utf-8")

    env = {**os.environ, "SOURCE_DATE_EPOCH": str(latest.build_time + DAY)}
    result = subprocess.run(
        ["make", "-o", ".venv/.installed", "release", f"VERSION={version}"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    bundle = repo / "build" / "dist" / f"{SLUG}-{version}.zip"
    assert str(bundle.relative_to(repo)) in result.stdout

    folder = f"{SLUG}-{version}"
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        # The practice test comes with a deck that has questions.
        optional = {f"{folder}/{SLUG}-practice.pdf"}
        assert sorted(set(names) - optional) == sorted(
            f"{folder}/{name}"
            for name in ("README.md", f"{SLUG}.apkg", f"{SLUG}.csv", f"{SLUG}-basic.csv", f"{SLUG}.pdf",
                         f"{SLUG}-cram.pdf", f"{SLUG}.cards.json", "manifest.json", "CHANGELOG.md", "SHA256SUMS")
        )
        archive.extractall(tmp_path / "unzipped")
    unzipped = tmp_path / "unzipped" / folder

    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unzipped, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == len(names) - 1

    changelog = (unzipped / "CHANGELOG.md").read_text(encoding="utf-8")
    srr = next(e for e in history.read(pack / "releases" / f"{version}.json").cards if e.prompt == "SRR")
    # Cards the latest release shipped once more as retired are left out now.
    gone = sum(1 for e in latest.cards if e.retired_in == latest.version)
    assert f"Since {latest.version}: 0 added, 1 changed, 0 retired, {gone} removed" in changelog
    changed = changelog.split("## Changed (1)")[1].split("## Retired")[0]
    assert f"- **S3 › Replication** — SRR (term, guid {markdown_out.code(srr.guid)})" in changed

    readme = (unzipped / "README.md").read_text(encoding="utf-8")
    assert f"version {version}" in readme and "AnkiDroid" in readme and "AnkiMobile" in readme
    manifest = json.loads((unzipped / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == version
    assert manifest["changes"] == {"since": latest.version, "added": 0, "changed": 1, "retired": 0, "removed": gone}
    with zipfile.ZipFile(unzipped / f"{SLUG}.apkg") as apkg:
        (tmp_path / "c.anki2").write_bytes(apkg.read("collection.anki2"))
    connection = sqlite3.connect(tmp_path / "c.anki2")
    decks = json.loads(connection.execute("SELECT decks FROM col").fetchone()[0])
    connection.close()
    assert any(f"version {version}" in deck["desc"] for deck in decks.values())
    footer = pypdf.PdfReader(unzipped / f"{SLUG}.pdf").pages[0].extract_text()
    assert f"v{version}" in footer
