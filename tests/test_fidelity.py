"""The notes come out as the author wrote them: entities once, whole setext
headings, clozes untouched by shortcodes, titles as plain text, nothing
dropped without a word."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.cards.maker import make_cards
from pipeline.model import inline as inl
from pipeline.notes.parse import parse_document

from .conftest import TRACEBACK, run_cli


def _cards(markdown: str):  # type: ignore[no-untyped-def]
    cards, _ = make_cards(parse_document(markdown, "notes.md"), "notes")
    return cards


def _build_json(tmp_path: Path, markdown: str, name: str = "notes.md"):  # type: ignore[no-untyped-def]
    notes = tmp_path / name
    notes.write_text(markdown, encoding="utf-8")
    result = run_cli("build", str(notes), "--out", str(tmp_path / "out"), "--formats", "csv,json")
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "out" / notes.stem
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    cards = json.loads((folder / f"{notes.stem}.cards.json").read_text(encoding="utf-8"))
    return manifest, cards, result.stderr


def test_entities_are_decoded_once_and_escaped_once() -> None:
    cards = _cards("## S\n\n**Marks:**\n- copyright: &copy; 2024 &amp; more\n- typed: &amp;copy; `&amp;` &copy\n")
    text = " ".join(c.prompt + " " + c.answer for c in cards)
    assert "© 2024 &amp; more" in text  # the character, escaped once for HTML
    assert "&amp;copy;" in text and "&amp;amp;" in text  # `&amp;copy;` is the text `&copy;`; code is as typed
    assert "&copy;" not in text.replace("&amp;copy;", "")


def test_entities_inside_raw_html_are_decoded_once() -> None:
    document = parse_document("## S\n\n**T:**\n\n<div>x &amp;copy; &lt;b&gt; &eacute;</div>\n", "notes.md")
    [node] = document.sections[0].topics[0].body
    assert inl.to_plain(node.inline) == "x &copy; <b> é"


def test_a_setext_heading_keeps_all_its_lines() -> None:
    document = parse_document("Cloud\ncomputing\n===\n\nFirst line\nof a topic\n---\n\n- a fact\n", "notes.md")
    assert document.title == "Cloud computing"
    assert inl.to_plain(document.sections[0].topics[0].title) == "First line of a topic"


def test_shortcodes_are_never_read_inside_a_cloze() -> None:
    [card] = _cards("## S\n\n**T:**\n\nThe {{c1::key::a hint}} opens :lock: locks.\n")
    assert card.kind == "cloze"
    assert "{{c1::key::a hint}}" in card.prompt and "🔒" in card.prompt


def test_a_bom_hides_neither_the_front_matter_nor_the_first_heading(tmp_path):  # type: ignore[no-untyped-def]
    body = "## S\n\n**T:**\n- a: b\n"
    manifest, _, _ = _build_json(tmp_path, "\ufeff---\ntitle: From the front matter\n---\n" + body, "front.md")
    assert manifest["title"] == "From the front matter"
    manifest, _, _ = _build_json(tmp_path, "\ufeff# The *first* **heading** &amp; more\n\n" + body, "heading.md")
    assert manifest["title"] == "The first heading & more"


def test_a_list_item_of_only_raw_html_shows_as_text_with_a_warning(tmp_path):  # type: ignore[no-untyped-def]
    markdown = "## S\n\n**T:**\n- <input type=checkbox checked>\n- <iframe src=\"https://example.com\"></iframe>\n- <!-- a note -->\n- a: b\n"
    _, cards, stderr = _build_json(tmp_path, markdown)
    notes = tmp_path / "notes.md"
    assert f"{notes}:4: warning: list item of only raw HTML: shown as text" in stderr
    assert f"{notes}:5: warning: list item of only raw HTML: shown as text" in stderr
    assert ":6:" not in stderr  # a comment is the author's, not content
    text = json.dumps(cards)
    assert "&lt;input type=checkbox checked&gt;" in text and "<input" not in text and "<iframe" not in text


def test_control_characters_are_dropped_with_a_warning(tmp_path):  # type: ignore[no-untyped-def]
    _, cards, stderr = _build_json(tmp_path, "## S\n\n**T:**\n- a: b\n- nul\x00 here: bell\x07 \x1b[31mred\n")
    assert f"{tmp_path / 'notes.md'}:5: warning: control character U+0000 dropped (3 in the file)" in stderr
    text = json.dumps(cards)
    assert "nul here" in text and "\\u0000" not in text and "\\u001b" not in text and "\\u0007" not in text


def test_out_naming_a_file_is_one_error_line(tmp_path):  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.md"
    notes.write_text("## S\n\n**T:**\n- a: b\n", encoding="utf-8")
    taken = tmp_path / "taken"
    taken.write_text("keep me", encoding="utf-8")
    for out in (taken, taken / "below"):
        result = run_cli("build", str(notes), "--out", str(out), "--formats", "csv")
        assert result.returncode == 1
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"{out}:0: error: ") and not TRACEBACK.search(result.stderr)
    assert taken.read_text(encoding="utf-8") == "keep me"


def test_no_cards_says_why_for_each_file(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "notes"
    folder.mkdir()
    files = {
        "a-prose.md": "Just a paragraph with no heading.\n",
        "b-links.md": "## Links\n\n**Elsewhere:**\n\n[one](https://a.example) · [two](https://b.example)\n",
        "c-off.md": "## S\n\n<!-- cards: off -->\n**T:**\n- a: b\n",
        "d-empty.md": "",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{folder / 'b-links.md'}:5: warning: skipped as not knowledge: navigation (a line of links)",
        f"{folder / 'd-empty.md'}:1: warning: empty notes file",
        f"{folder / 'a-prose.md'}:1: warning: no cards from this file: no topic found"
        " (a heading with text under it, or a bold line such as **Topic:**)",
        f"{folder / 'b-links.md'}:1: warning: no cards from this file: its topics have no text under them"
        " (lines of only links and tables of contents are skipped)",
        f"{folder / 'c-off.md'}:1: warning: no cards from this file: everything is kept out of the cards"
        " by <!-- cards: off --> or <!-- cards: skip -->",
        f"{folder / 'a-prose.md'}:1: error: no cards could be made from the notes",
    ]
