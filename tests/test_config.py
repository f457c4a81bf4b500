"""pack.toml is validated once, with errors naming the file, line and key."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from pipeline.config import load_config
from pipeline.diagnostics import PipelineError

from .conftest import SEED_PACK

VALID = dedent(
    """\
    title = "Test pack"
    slug = "test-pack"
    version = "1.2.3"

    [anki]
    deck = "Test::Deck"
    deck_id = 1001
    basic_model_id = 1002
    cloze_model_id = 1003
    """
)


def _pack(tmp_path: Path, toml: str) -> Path:
    (tmp_path / "notes.md").write_text("## A\n\n**B:**\n- c: d\n", encoding="utf-8")
    (tmp_path / "pack.toml").write_text(toml, encoding="utf-8")
    return tmp_path


def _error(tmp_path: Path, toml: str) -> str:
    with pytest.raises(PipelineError) as caught:
        load_config(_pack(tmp_path, toml))
    return str(caught.value)


def test_the_seed_pack_loads():
    config = load_config(SEED_PACK)
    assert config.slug == "aws-cloud-practitioner"
    assert config.exams == ("CLF-C02", "CLF-C01")
    assert [p.name for p in config.notes] == ["aws-cloud-practitioner.md"]


def test_a_valid_file_gives_its_values(tmp_path):  # type: ignore[no-untyped-def]
    config = load_config(_pack(tmp_path, VALID))
    assert (config.title, config.slug, config.version, config.deck) == ("Test pack", "test-pack", "1.2.3", "Test::Deck")
    assert (config.deck_id, config.basic_model_id, config.cloze_model_id) == (1001, 1002, 1003)
    assert config.cheatsheet.paper == "A4" and config.cheatsheet.columns == 3
    assert config.cram.pages == 2 and config.practice.questions == 65  # the defaults


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('version = "1.2.3"', 'version = "one"'), ":3: error: `version`: must be a semantic version"),
        (("deck_id = 1001", 'deck_id = "1001"'), ":7: error: `anki.deck_id`: must be an integer"),
        (("deck_id = 1001", "deck_id = -5"), ":7: error: `anki.deck_id`: must be a positive 64-bit integer"),
        (('slug = "test-pack"', 'slug = "Test Pack"'), ":2: error: `slug`: must be lowercase"),
        (('title = "Test pack"', 'title = "Test pack"\ncolour = "red"'), ":2: error: `colour`: unknown key"),
        (("cloze_model_id = 1003", "cloze_model_id = 1003\nbasic_id = 4"), ":10: error: `anki.basic_id`: unknown key"),
        (("cloze_model_id = 1003\n", ""), ":5: error: missing required key `anki.cloze_model_id`"),
        (("cloze_model_id = 1003", "cloze_model_id = 1002"), ":9: error: `anki.cloze_model_id`: deck and note type ids must all differ"),
        (('title = "Test pack"', 'title = "Test pack'), ":1: error: invalid TOML"),
        (("cloze_model_id = 1003", "cloze_model_id = 1003\n[cram]\npages = 0"), ":11: error: `cram.pages`: must be between 1 and 10"),
        (("cloze_model_id = 1003", "cloze_model_id = 1003\n[cram]\npages = 2.5"), ":11: error: `cram.pages`: must be an integer"),
        (
            ("cloze_model_id = 1003", "cloze_model_id = 1003\n[practice]\nquestions = 0"),
            ":11: error: `practice.questions`: must be between 1 and 500",
        ),
    ],
)
def test_errors_name_the_file_line_and_key(tmp_path, change, expected):  # type: ignore[no-untyped-def]
    message = _error(tmp_path, VALID.replace(*change))
    assert message.startswith(str(tmp_path / "pack.toml") + expected), message
    assert "\n" not in message


def test_notes_outside_the_pack_are_refused(tmp_path):  # type: ignore[no-untyped-def]
    message = _error(tmp_path, 'notes = ["../secret.md"]\n' + VALID)
    assert ":1: error: `notes`: ../secret.md is outside the pack folder" in message


def test_settings_are_inferred_without_pack_toml(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "My Notes").mkdir()
    (tmp_path / "My Notes" / "b.md").write_text("# Second\n", encoding="utf-8")
    (tmp_path / "My Notes" / "a.md").write_text("text\n\n# First Heading\n", encoding="utf-8")
    config = load_config(tmp_path / "My Notes")
    assert config.slug == "my-notes"
    assert config.title == "My Notes"  # a folder is named by itself, not by its first file
    assert [p.name for p in config.notes] == ["a.md", "b.md"]
    again = load_config(tmp_path / "My Notes")
    assert (config.deck_id, config.basic_model_id) == (again.deck_id, again.basic_model_id)
    single = load_config(tmp_path / "My Notes" / "b.md")
    assert (single.slug, single.title, single.notes) == ("b", "Second", (tmp_path / "My Notes" / "b.md",))
