"""The release workflow's steps up to publishing (tag check, release, assets,
site), run as `make release-steps TAG=...` on a fresh repository made from
this tree, the way the workflow runs them on a clone."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from pipeline.config import load_config
from pipeline.release import history

from .conftest import ROOT
from .test_make_release import IGNORED, SLUG

GIT = ["git", "-c", "user.name=Maintainer", "-c", "user.email=maintainer@example.org", "-c", "commit.gpgsign=false"]


def _fresh_clone(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=IGNORED)
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-q", "-m", "release"], cwd=repo, check=True)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True)
    (clone / ".venv").symlink_to(ROOT / ".venv")
    return clone


def _make(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    return subprocess.run(
        ["make", "-o", ".venv/.installed", *args], cwd=clone, env=env, capture_output=True, text=True, timeout=900
    )


def test_the_release_steps_run_on_a_fresh_clone_up_to_publishing(tmp_path):  # type: ignore[no-untyped-def]
    clone = _fresh_clone(tmp_path)
    # As a maintainer does before tagging: record the version pack.toml names
    # (reproduced as it is when the repository already records it) and commit it.
    version = load_config(clone / "source" / SLUG).version
    recorded = _make(clone, "release", f"VERSION={version}")
    assert recorded.returncode == 0, recorded.stdout[-3000:] + recorded.stderr[-3000:]
    subprocess.run([*GIT, "add", "-A", "source"], cwd=clone, check=True)
    subprocess.run([*GIT, "commit", "-q", "--allow-empty", "-m", f"Release {version}"], cwd=clone, check=True)
    records = history.read_all(clone / "source" / SLUG)
    assert records[-1].version == version
    tag = f"v{version}"

    wrong = _make(clone, "check-tag", "TAG=v99.0.0")
    assert wrong.returncode != 0 and "releases/99.0.0.json:0: error: no release record for 99.0.0" in wrong.stderr

    result = _make(clone, "release-steps", f"TAG={tag}")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"{tag}: every pack has its release record" in result.stdout
    assets = clone / "build" / "assets"
    name = f"{SLUG}-{records[-1].version}"
    assert {f"{SLUG}.apkg", f"{SLUG}.csv", f"{SLUG}-basic.csv", f"{SLUG}.pdf", f"{name}.zip", f"{name}-CHANGELOG.md"} <= {
        p.name for p in assets.iterdir()
    }
    assert f"# AWS Certified Cloud Practitioner {records[-1].version}" in (clone / "build" / "release-notes.md").read_text()
    page = (clone / "build" / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    for published in ("apkg", "pdf"):
        data = (assets / f"{SLUG}.{published}").read_bytes()
        assert (clone / "build" / "site" / SLUG / "files" / f"{SLUG}.{published}").read_bytes() == data
        assert hashlib.sha256(data).hexdigest() in page
    assert f"files/{name}.zip" in page
    assert (clone / "build" / "site" / "index.html").is_file()
    status = subprocess.run(["git", "status", "--porcelain", "--", "source"], cwd=clone, capture_output=True, text=True)
    assert status.stdout == ""  # the release was the recorded one: nothing new to commit
