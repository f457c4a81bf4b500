"""The pack site's files: escaped text, embedded data that parses back, an
accessible chart, downloads with their checksums, the changelog with retired
cards, links to the notes at the release's tag, and a failed run that keeps
the previous site."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.commands.release import release
from pipeline.commands.site import site
from pipeline.diagnostics import PipelineError
from pipeline.site import browser_data, chart
from pipeline.site.inputs import DomainBar

from .conftest import EPOCH, run_cli

HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
NOTES = f"""\
# Hostile {HOSTILE}

## Storage {HOSTILE}

**S3 {HOSTILE}:**
- object storage, 5TB per object
- Bucket: a container {HOSTILE}

**Glacier:**
- archive storage
- Deep Archive: the cheapest tier

## Queues

**SQS:**
- default retention of messages: 4 days, maximum of 14 days
"""
PACK = f"""\
title = "Hostile {HOSTILE}"
slug = "hostile"
version = "1.0.0"
description = "A description {HOSTILE} & more"
repository = "https://example.org/team/notes"

[anki]
deck_id = 3001
basic_model_id = 3002
cloze_model_id = 3003
"""


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


def _pack(folder: Path, notes: str = NOTES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.md").write_text(notes, encoding="utf-8")
    (folder / "pack.toml").write_text(PACK, encoding="utf-8")
    return folder


def _embedded(page: str) -> dict[str, object]:
    text = page.split('<script id="pack-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    pack = _pack(root / "repo" / "packs" / "hostile")
    subprocess.run(["git", "init", "-q", str(root / "repo")], check=True)
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    mp.setenv("STUDY_PACK_CACHE", "off")
    try:
        release(pack, "1.0.0", root / "build")
        site([pack], root / "site", root / "build")
    finally:
        mp.undo()
    return root / "site", pack


def test_nothing_from_the_notes_becomes_markup(hostile_site):  # type: ignore[no-untyped-def]
    out, _ = hostile_site
    page = (out / "hostile" / "index.html").read_text(encoding="utf-8")
    parser = _Scripts()
    parser.feed(page)
    assert parser.scripts == [{"id": "pack-data", "type": "application/json"}, {"src": "../assets/site.js"}]
    assert parser.handlers == []
    assert "alert(1)" in page and "<script>alert" not in page and "<img src=x" not in page
    data = _embedded(page)
    assert any(HOSTILE in str(card["b"]) or HOSTILE in str(card["c"]) for card in data["cards"])  # type: ignore[union-attr]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in index and "<script>alert" not in index


def test_embedded_json_is_safe_in_a_script_and_parses_back() -> None:
    value = {"a": HOSTILE + " <!-- & ]]> \u2028", "b": [1, "</SCRIPT >"]}
    text = browser_data.embed(value)
    assert not re.search(r"[<>&]", text)
    assert json.loads(text) == value


def test_the_downloads_are_published_with_their_checksums(hostile_site):  # type: ignore[no-untyped-def]
    out, _ = hostile_site
    page = (out / "hostile" / "index.html").read_text(encoding="utf-8")
    files = sorted(p.name for p in (out / "hostile" / "files").iterdir())
    assert files == sorted(
        ["hostile.apkg", "hostile.csv", "hostile-basic.csv", "hostile.pdf", "hostile-cram.pdf", "hostile.cards.json", "hostile-1.0.0.zip"]
    )
    for name in files:
        digest = hashlib.sha256((out / "hostile" / "files" / name).read_bytes()).hexdigest()
        assert f'href="files/{name}"' in page and digest in page


def test_cards_link_to_the_notes_at_the_release_tag(hostile_site):  # type: ignore[no-untyped-def]
    out, _ = hostile_site
    data = _embedded((out / "hostile" / "index.html").read_text(encoding="utf-8"))
    assert data["source_base"] == "https://example.org/team/notes/blob/v1.0.0/packs/hostile/"
    assert all(re.fullmatch(r"notes\.md:\d+", str(card["src"])) for card in data["cards"])  # type: ignore[union-attr]


def test_a_repository_must_be_an_https_url(tmp_path):  # type: ignore[no-untyped-def]
    from pipeline.config.pack import load_config

    pack = _pack(tmp_path)
    (pack / "pack.toml").write_text(PACK.replace("https://example.org/team/notes", "javascript:alert(1)"), encoding="utf-8")
    with pytest.raises(PipelineError, match="pack.toml:5: error: `repository`: must be an https URL"):
        load_config(pack)


def test_the_chart_is_described_in_text_and_patterned():
    bars = (DomainBar("1", "Cloud <Concepts>", "1-cloud", 10, 0.25, 0.24), DomainBar("2", "Billing", "2-billing", 30, 0.75, None))
    svg = chart.svg("CLF-C02", bars)
    tree = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert tree.get("role") == "img" and tree.get("aria-labelledby") == "domains-title domains-desc"
    desc = tree.find(f"{ns}desc").text  # type: ignore[union-attr]
    assert "Domain 1 Cloud <Concepts>: 25% of cards (10), 24% of the exam" in desc
    assert "Domain 2 Billing: 75% of cards (30), not given of the exam" in desc
    labels = [t.text for t in tree.iter(f"{ns}text")]
    assert "25% of cards (10)" in labels and "24% of the exam" in labels
    assert tree.find(f"{ns}defs/{ns}pattern") is not None


def test_the_changelog_lists_retired_cards_with_their_search(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STUDY_PACK_CACHE", "off")
    pack = _pack(tmp_path / "pack")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    release(pack, "1.0.0", tmp_path / "build", ["apkg"])
    (pack / "notes.md").write_text(NOTES.split("**Glacier:**")[0] + "## Queues" + NOTES.split("## Queues")[1], encoding="utf-8")
    (pack / "pack.toml").write_text(PACK.replace('version = "1.0.0"', 'version = "1.1.0"'), encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 86400))
    released = release(pack, "1.1.0", tmp_path / "build", ["apkg"])
    assert released.changes.retired
    site([pack], tmp_path / "site", tmp_path / "build")
    page = (tmp_path / "site" / "hostile" / "index.html").read_text(encoding="utf-8")
    assert f"<summary>Retired ({len(released.changes.retired)})</summary>" in page
    assert "<code>tag:retired::1.1.0</code>" in page
    assert page.index("<h3>1.1.0") < page.index("<h3>1.0.0")
    data = _embedded(page)
    assert sum(1 for card in data["cards"] if card["r"] == "1.1.0") == len(released.changes.retired)  # type: ignore[union-attr]


def test_the_command_writes_the_site_and_a_failure_keeps_the_last_one(tmp_path):  # type: ignore[no-untyped-def]
    pack = _pack(tmp_path / "pack")
    env = {"STUDY_PACK_CACHE": "off"}
    result = run_cli("site", str(pack), "--out", str(tmp_path / "site"), "--build", str(tmp_path / "build"), env=env)
    assert result.returncode == 0, result.stderr
    assert "1 pack page(s)" in result.stdout
    index = tmp_path / "site" / "index.html"
    before = index.read_bytes()
    (pack / "notes.md").write_bytes(b"\xff\xfe not utf-8")
    result = run_cli("site", str(pack), "--out", str(tmp_path / "site"), "--build", str(tmp_path / "build"), env=env)
    assert result.returncode == 1 and "not valid UTF-8" in result.stderr and "Traceback" not in result.stderr
    assert index.read_bytes() == before
