"""A large pack's model made in a forked child (pipeline/commands/apart.py):
the same model, stages and errors as made in the build's own process."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.commands import apart
from pipeline.commands.build import build, load
from pipeline.diagnostics import PipelineError

from .conftest import SEED_PACK
from .small_packs import small_pack


def test_the_model_made_apart_is_the_one_made_here() -> None:
    here: list[str] = []
    there: list[str] = []
    made_here = load(SEED_PACK, here.append)
    made_there = apart.made_apart(lambda say: load(SEED_PACK, say), there.append)
    assert there == here and "cards" in there
    assert made_there.pack.cards == made_here.pack.cards
    assert made_there.pack.test_questions == made_here.pack.test_questions
    assert made_there.diagnostics == made_here.diagnostics
    assert made_there.pack.documents == made_here.pack.documents


def test_an_error_in_the_child_is_raised_here_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# Title\n\n", encoding="utf-8")
    with pytest.raises(PipelineError) as here:
        load(tmp_path)
    with pytest.raises(PipelineError) as there:
        apart.made_apart(lambda say: load(tmp_path, say))
    assert str(there.value) == str(here.value) and "no cards" in str(there.value)


def test_an_error_that_cannot_be_pickled_arrives_with_its_trace() -> None:
    def fail(_say: apart.Progress) -> None:
        raise ValueError(lambda: None)  # a lambda does not pickle

    with pytest.raises(RuntimeError, match="ValueError"):
        apart.made_apart(fail)


def test_a_build_with_pdfs_of_long_notes_makes_its_model_apart_and_writes_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    small_pack(pack)
    formats = ["apkg", "csv", "json", "pdf"]
    monkeypatch.setenv("STUDY_PACK_CACHE", "off")
    here = build(pack, tmp_path / "here", formats)
    calls: list[object] = []
    real = apart.made_apart
    monkeypatch.setattr(apart, "made_apart", lambda *args: calls.append(args) or real(*args))
    monkeypatch.setattr(apart, "APART_CHARACTERS", 0)
    there = build(pack, tmp_path / "there", formats)
    assert len(calls) == 1
    assert [p.name for p in there.outputs] == [p.name for p in here.outputs]
    assert any(p.suffix == ".pdf" for p in there.outputs)
    for mine, theirs in zip(here.outputs, there.outputs):
        assert theirs.read_bytes() == mine.read_bytes(), theirs.name
