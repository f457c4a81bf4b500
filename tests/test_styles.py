"""Anyone's notes: one fixture folder per style, each with its expected cards,
imported into a real Anki collection."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest

from pipeline.commands.build import build, load

from .anki_collection import fresh_collection, import_apkg, notes_by_guid
from .conftest import FIXTURES
from .outline import card_line

STYLES = FIXTURES / "styles"
NAMES = sorted(p.name for p in STYLES.iterdir() if p.is_dir())
RAW_MARKUP = re.compile(r"\*\*|\]\(|\|\s*-{3,}|^#{1,6}\s|^\s*[-*]\s", re.M)


def _lines(folder: Path) -> list[str]:
    loaded = load(folder)
    prefix = str(folder) + os.sep
    return [card_line(c) for c in loaded.pack.cards] + [
        "! " + str(d).removeprefix(prefix) for d in loaded.diagnostics
    ]


@pytest.mark.parametrize("name", NAMES)
def test_each_style_gives_its_expected_cards(name: str) -> None:
    expected = (STYLES / name / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert _lines(STYLES / name) == expected


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Every style built and imported into one real collection."""
    out = tmp_path_factory.mktemp("styles")
    collection = fresh_collection(out / "anki")
    built = {}
    for name in NAMES:
        result = build(STYLES / name, out, ["apkg", "csv"])
        import_apkg(collection, result.outputs[0])
        built[name] = result
    yield collection, built
    collection.close()


def test_no_raw_markdown_or_table_rules_reach_any_field(imported):  # type: ignore[no-untyped-def]
    collection, built = imported
    notes = notes_by_guid(collection)
    assert len(notes) == sum(len(b.pack.cards) for b in built.values())
    for note in notes.values():
        for field in note.fields:
            text = html.unescape(re.sub(r"<[^>]+>", "\n", field))
            assert not RAW_MARKUP.search(text), (note.fields, RAW_MARKUP.search(text))


def test_tables_of_contents_and_navigation_make_no_cards(imported):  # type: ignore[no-untyped-def]
    _, built = imported
    headings = built["headings"].pack
    notes_file = (STYLES / "headings" / "notes.md").read_text(encoding="utf-8").splitlines()
    toc_lines = {n for n, line in enumerate(notes_file, 1) if "](#" in line}
    assert toc_lines
    for card in headings.cards:
        assert not {s.line for s in card.sources} & toc_lines, card
        assert "Back to top" not in card.prompt + card.answer


def test_local_images_are_in_the_collection_media_and_on_the_card(imported):  # type: ignore[no-untyped-def]
    collection, built = imported
    media = list(built["images"].pack.media.values())
    assert [m.path.name for m in media] == ["three-tier.png"]
    name = media[0].name
    stored = Path(collection.media.dir()) / name
    assert stored.read_bytes() == (STYLES / "images" / "img" / "three-tier.png").read_bytes()
    card = next(c for c in built["images"].pack.cards if name in c.answer)
    assert f'<img src="{name}" alt="Three tier diagram">' in card.answer
    # a remote picture stays a link, never fetched; beside a fact on a back it is left out
    assert not [c for c in built["images"].pack.cards if "example.com" in c.answer]
    from pipeline.model import Span
    from pipeline.model.inline import to_html

    remote = to_html((Span("image", "Remote logo", url="https://example.com/logo.png"),), lambda span: None)
    assert remote == '<a class="sp-remote-picture" href="https://example.com/logo.png">Remote logo</a>'


def test_a_note_never_runs_script(imported):  # type: ignore[no-untyped-def]
    collection, built = imported
    pack = built["frontmatter-html"].pack
    for card in pack.cards:
        for field in (card.prompt, card.answer):
            assert "<script" not in field.lower() and "<img src=x" not in field.lower()
    guids = {c.guid for c in pack.cards}
    notes = [n for g, n in notes_by_guid(collection).items() if g in guids]
    rendered = " ".join(card.answer() for note in notes for card in note.cards())  # type: ignore[attr-defined]
    assert "&lt;script&gt;alert(\"xss\")&lt;/script&gt;" in rendered or "&lt;script&gt;alert(&quot;xss&quot;)" in rendered
    assert "onerror=alert(1)" in html.unescape(rendered) and "<img src=x" not in rendered


def test_quiz_cards_show_options_on_the_front_and_the_answer_on_the_back(imported):  # type: ignore[no-untyped-def]
    collection, built = imported
    quizzes = [c for b in built.values() for c in b.pack.cards if c.kind == "quiz"]
    expected = [line for name in NAMES for line in (STYLES / name / "expected.txt").read_text().splitlines()]
    assert len(quizzes) == sum(line.startswith("[quiz]") for line in expected) >= 16
    assert all("kind::quiz" in c.tags for c in quizzes)
    two = next(c for c in quizzes if "Well-Architected" in c.prompt)
    assert "<b>A.</b> Reliability" in two.prompt and "<b>D.</b> Cost optimization" in two.prompt
    assert "<b>A.</b> Reliability" in two.answer and "<b>D.</b> Cost optimization" in two.answer
    assert "Scalability" not in two.answer
    notes = notes_by_guid(collection)
    for quiz in quizzes:
        rendered = notes[quiz.guid].cards()[0]  # type: ignore[attr-defined]
        front, back = rendered.question(), rendered.answer()
        correct = re.findall(r"<b>([A-J])\.</b>", quiz.answer)
        assert correct and all(f"<b>{letter}.</b>" in front for letter in correct)
        assert back.count("<b>") - front.count("<b>") >= len(correct)


def test_explicit_syntax_pins_ids_and_keeps_clozes(imported):  # type: ignore[no-untyped-def]
    _, built = imported
    cards = built["explicit"].pack.cards
    cloze = next(c for c in cards if c.kind == "cloze")
    assert "{{c1::S3 Standard}}" in cloze.prompt and "{{c2::at least three AZs}}" in cloze.prompt
    pinned = next(c for c in cards if "Glacier Deep Archive" in c.prompt)
    assert pinned.key == ("basic", "pinned", "deep-archive")
    literal = next(c for c in cards if "template" in c.answer)
    assert "&#123;&#123;name&#125;&#125;" in literal.answer  # shown, never read as Anki syntax
    assert not [c for c in cards if "reminder" in c.answer or "draft ideas" in c.answer]


def test_a_pinned_id_survives_moving_the_card(tmp_path):  # type: ignore[no-untyped-def]
    text = (STYLES / "explicit" / "notes.md").read_text(encoding="utf-8")
    moved = text.replace("### Authoring", "### Renamed topic").replace("## Written for cards", "## Another section")
    (tmp_path / "explicit").mkdir()
    (tmp_path / "explicit" / "notes.md").write_text(moved, encoding="utf-8")
    before = {c.key: c.guid for c in load(STYLES / "explicit").pack.cards}
    after = {c.key: c.guid for c in load(tmp_path / "explicit").pack.cards}
    key = ("basic", "pinned", "deep-archive")
    assert before[key] == after[key]
    qa = ("basic", "qa", "what does s3 stand for")
    assert before[qa] != after[qa]  # unpinned cards follow their topic


def test_the_cheat_sheet_shows_tables_row_by_row_and_the_notes_images(tmp_path):  # type: ignore[no-untyped-def]
    import pypdf

    tables = build(STYLES / "tables", tmp_path, ["pdf"]).outputs[0]
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(tables).pages)
    assert "EBS — Type: Block · Scope: One AZ · Max size: 64 TiB per volume" in text
    assert "IOPS — input/output operations per second" in text

    images = build(STYLES / "images", tmp_path, ["pdf"]).outputs[0]
    page = pypdf.PdfReader(images).pages[0]
    pictures = [page["/Resources"]["/XObject"][name].get_object() for name in page["/Resources"]["/XObject"]]
    assert [(p["/Width"], p["/Height"]) for p in pictures if p["/Subtype"] == "/Image"] == [(240, 100)]
    assert "[image: Secrets]" in page.extract_text()  # refused, named by its alt text


ESCAPED_TAG = re.compile(r"&lt;/?[a-z][a-z0-9]*[\s>/&]", re.I)


def test_no_escaped_html_tag_reaches_a_field_of_notes_that_mean_no_harm(imported):  # type: ignore[no-untyped-def]
    collection, built = imported
    notes = notes_by_guid(collection)
    # `frontmatter-html` shows hostile tags as text on purpose: it is checked by the test above.
    cards = [c for name, b in built.items() if name != "frontmatter-html" for c in b.pack.cards]
    assert cards
    for card in cards:
        for field in notes[card.guid].fields:  # type: ignore[attr-defined]
            assert not ESCAPED_TAG.search(field), field


def test_pictures_written_as_html_tags_reach_the_collection_and_navigation_does_not(imported):  # type: ignore[no-untyped-def]
    collection, built = imported
    pack = built["images-html"].pack
    folder = STYLES / "images-html" / "pictures"
    assert sorted(m.path.name for m in pack.media.values()) == ["peering.png", "vpc-layout.png"]
    notes = notes_by_guid(collection)
    fields = " ".join(f for c in pack.cards for f in notes[c.guid].fields)  # type: ignore[attr-defined]
    for media in pack.media.values():
        assert (Path(collection.media.dir()) / media.name).read_bytes() == (folder / media.path.name).read_bytes()
        assert f'<img src="{media.name}"' in fields
    # The banner logo and the footer's arrow are neither in the deck nor on a card.
    assert "logo" not in fields and "next-" not in fields and "Back" not in fields


def test_check_lists_what_it_merged_and_skipped(imported):  # type: ignore[no-untyped-def]
    from .conftest import run_cli

    merged = run_cli("check", str(STYLES / "quiz-repeated"))
    assert merged.returncode == 0
    assert [line for line in merged.stderr.splitlines() if "merged into it" in line] == [
        f"{STYLES / 'quiz-repeated' / 'exam-2.md'}:3: warning: duplicate of the card at exam-1.md:3 "
        "(Practice exam 1 › Which protocol encrypts web traffic? A. HTTP B.…): merged into it"
    ]
    result = run_cli("check", str(STYLES / "navigation"))
    skipped = [line for line in result.stderr.splitlines() + result.stdout.splitlines() if "skipped as not knowledge" in line]
    assert [line.rsplit(": ", 1)[-1] for line in skipped] == [
        "a banner of pictures before the first heading",
        "navigation (a line of links)",
        "promotion of the notes themselves",
        "promotion of the notes themselves",
        "navigation (a line of links)",
        "navigation (2 lines of links)",
        "navigation (a line of links)",
    ]
