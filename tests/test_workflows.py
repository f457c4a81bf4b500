"""The CI workflows: linted with zizmor (offline), and wired as the README says."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def _zizmor() -> str:
    found = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or shutil.which("zizmor")
    if found is None:
        pytest.fail("zizmor is missing: it is a dev dependency (pip install -e '.[dev]')")
    return found


def _load(name: str) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def test_the_workflows_pass_zizmor_even_pedantic():
    result = subprocess.run(
        [_zizmor(), "--offline", "--persona", "pedantic", "--format", "plain", str(WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout


def test_pushes_and_pull_requests_run_make_test():
    workflow = _load("test.yml")
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"push", "pull_request"}
    steps = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert "make test" in steps
    assert workflow["permissions"] == {"contents": "read"}


def test_a_version_tag_checks_the_record_tests_then_publishes_the_release_and_the_site():
    workflow = _load("release.yml")
    assert workflow[True] == {"push": {"tags": ["v*"]}}
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    assert set(jobs) == {"build", "publish", "pages"}
    assert jobs["build"]["permissions"] == {"contents": "read"}
    assert jobs["publish"]["permissions"] == {"contents": "write"} and jobs["publish"]["needs"] == "build"
    assert jobs["pages"]["permissions"] == {"pages": "write", "id-token": "write"} and jobs["pages"]["needs"] == "build"
    assert jobs["pages"]["environment"]["name"] == "github-pages"
    runs = [step.get("run", "") for step in jobs["build"]["steps"]]
    order = [next(i for i, run in enumerate(runs) if needle in run) for needle in ("make check-tag", "make test", "release-steps.sh build")]
    assert order == sorted(order)
    uses = [step["uses"] for job in jobs.values() for step in job["steps"] if "uses" in step]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert all(len(u.split("@")[1]) == 40 for u in uses)
    publish = jobs["publish"]["steps"][-1]["run"]
    # A re-run after a partial publish completes the existing release.
    assert "gh release view" in publish and "--clobber" in publish and "gh release create" in publish
