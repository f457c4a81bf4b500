"""Bad and hostile input: one line each, no traceback, outputs untouched."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document

from .conftest import TRACEBACK, run_cli


def _build(tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    return run_cli("build", *args, "--out", str(tmp_path / "out"), "--formats", "apkg,csv,json")


def _outputs(tmp_path: Path) -> dict[str, bytes]:
    folder = tmp_path / "out"
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_an_empty_file_is_reported_and_fails_without_touching_outputs(tmp_path):  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.md"
    notes.write_text("## A\n\n**B:**\n- c: d\n", encoding="utf-8")
    assert _build(tmp_path, str(notes)).returncode == 0
    before = _outputs(tmp_path)
    notes.write_text("", encoding="utf-8")
    result = _build(tmp_path, str(notes))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{notes}:1: warning: empty notes file",
        f"{notes}:1: error: no cards could be made from the notes",
    ]
    assert _outputs(tmp_path) == before


def test_a_thousand_level_nested_list_builds_with_a_warning(tmp_path):  # type: ignore[no-untyped-def]
    notes = tmp_path / "deep.md"
    lines = ["## Deep", "", "**Topic:**"] + [("  " * i) + f"- level {i}" for i in range(1000)]
    notes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _build(tmp_path, str(notes))
    assert result.returncode == 0, result.stderr
    assert f"{notes}:11: warning: list nested deeper than 8 levels" in result.stderr
    assert not TRACEBACK.search(result.stderr)


def test_a_one_megabyte_line_is_cut_with_a_warning(tmp_path):  # type: ignore[no-untyped-def]
    notes = tmp_path / "long.md"
    notes.write_text("## Long\n\n**Topic:**\n- " + "**a** [b](c) *d* `e` <f> " * 40_000 + "\n", encoding="utf-8")
    result = _build(tmp_path, str(notes))
    assert result.returncode == 0, result.stderr
    assert f"{notes}:4: warning: line of 1,000,002 characters cut to 20,000" in result.stderr


def test_a_broken_pack_toml_names_its_line(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "notes.md").write_text("## A\n\n**B:**\n- c\n", encoding="utf-8")
    (tmp_path / "pack" / "pack.toml").write_text('title = "x"\nslug = [unclosed\n', encoding="utf-8")
    result = _build(tmp_path, str(tmp_path / "pack"))
    assert result.returncode == 1
    message = result.stderr.strip()
    assert message.startswith(f"{tmp_path / 'pack' / 'pack.toml'}:2: error: invalid TOML") and "\n" not in message


def test_a_path_outside_the_notes_and_a_missing_image_are_warnings(tmp_path):  # type: ignore[no-untyped-def]
    notes = tmp_path / "pack" / "notes.md"
    notes.parent.mkdir()
    notes.write_text("## A\n\n**B:**\n- ![x](../../../etc/passwd)\n- ![y](gone.png)\n- fact\n", encoding="utf-8")
    result = run_cli("check", str(notes.parent))
    assert result.returncode == 0
    assert f"{notes}:4: warning: image '../../../etc/passwd' refused: it points outside the notes folder" in result.stderr
    assert f"{notes}:5: warning: image not found: gone.png" in result.stderr


def test_a_debug_flag_shows_the_traceback_only_when_asked(tmp_path):  # type: ignore[no-untyped-def]
    result = run_cli("build", str(tmp_path / "missing.md"), "--debug")
    assert result.returncode == 1 and TRACEBACK.search(result.stderr)


PIECES = list("#*-_`>[]()!:|=\n \t<>/{}abcXYZ019.?,") + [
    "\n\n", "  ", "- ", "1. ", "## ", "**", "<br>", "{{c1::", "}}", "| a | b |\n|---|---|\n", "A. ", "Answer: B",
    "Q: ", "A: ", "<details>", "<!-- cards: off -->", "![i](x.png)", "{#pin}", "---\n", "90 days", "Term: ",
]
markdown_text = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_text)
def test_arbitrary_markdown_never_crashes_and_every_card_has_a_source_line(text: str) -> None:
    document = parse_document(text, "fuzz.md")
    cards, _ = make_cards(document, "fuzz")
    line_count = text.count("\n") + 1
    source_lines = text.split("\n")
    for card in cards:
        assert card.sources
        for source in card.sources:
            assert 1 <= source.line <= line_count, (text, card)
            assert source_lines[source.line - 1].strip(), (text, card, source)
