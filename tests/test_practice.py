"""The practice test, read back from the PDF: questions by domain in
proportion to the exam's weights, lettered options, the answer grid, and a
key that starts on a new page and matches each question's right option."""

from __future__ import annotations

import html
import io
import json
import os
import random
import re
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from pipeline.commands.build import build, load
from pipeline.cheatsheet import render_practice
from pipeline.cheatsheet.practice import build_practice
from pipeline.files import sha256
from pipeline.model import Pack

from .conftest import EPOCH, SEED_PACK
from .pdf_reading import outline, reader, stream_texts

SECTIONS = {"Concepts": "1.1", "Security": "2.3", "Services": "3.1", "Billing": "4.1"}
PER_SECTION = 12


def write_quiz_pack(folder: Path, questions: int = 20) -> dict[str, str]:
    """Notes with lettered multiple-choice questions in four sections, each
    placed in one exam domain; returns each question's right option text."""
    rng = random.Random(7)
    lines = ["# Quiz notes", ""]
    right: dict[str, str] = {}
    for name in SECTIONS:
        lines += [f"## {name}", "", f"**{name} basics:**", f"- {name} is a topic of the exam", ""]
        for number in range(1, PER_SECTION + 1):
            stem = f"Which {name.lower()} choice {number} is the right one?"
            letter = rng.choice("ABCD")
            lines.append(f"{number}. {stem}")
            lines += [f"    - {option}. {name} option {number}{option.lower()}" for option in "ABCD"]
            lines += [f"> Answer: {letter}. Option {letter} is the {name.lower()} one.", ""]
            right[stem] = f"{name} option {number}{letter.lower()}"
    (folder / "notes.md").write_text("\n".join(lines), encoding="utf-8")
    exams = (SEED_PACK / "domains.toml").read_text(encoding="utf-8").split("\n[[", 1)[0]
    rules = "".join(f'\n[[section]]\nsections = ["{n}"]\nCLF-C02 = "{t}"\n' for n, t in SECTIONS.items())
    (folder / "domains.toml").write_text(exams + "\n" + rules, encoding="utf-8")
    (folder / "pack.toml").write_text(
        'title = "Quiz"\nslug = "quiz"\nversion = "1.0.0"\nexams = ["CLF-C02"]\ndomains = "domains.toml"\n'
        "[anki]\ndeck_id = 3001\nbasic_model_id = 3002\ncloze_model_id = 3003\n"
        f"[practice]\nquestions = {questions}\n",
        encoding="utf-8",
    )
    return right


@pytest.fixture(scope="module")
def quiz(tmp_path_factory: pytest.TempPathFactory) -> tuple[Pack, dict[str, str], bytes]:
    os.environ["SOURCE_DATE_EPOCH"] = str(EPOCH)  # module fixtures run before the per-test clock
    folder = tmp_path_factory.mktemp("quiz")
    right = write_quiz_pack(folder)
    pack = load(folder).pack
    data = render_practice(pack)
    assert data is not None
    return pack, right, data


def test_questions_are_shared_among_domains_by_the_exam_weights(quiz: tuple[Pack, dict[str, str], bytes]) -> None:
    pack, _, _ = quiz
    test = build_practice(pack)
    # 20 questions at 24/30/34/12%: 4.8, 6, 6.8, 2.4 -> largest remainders round up domains 1 and 3.
    assert [(g.number, len(g.questions)) for g in test.groups] == [("1", 5), ("2", 6), ("3", 7), ("4", 2)]
    assert [q.number for q in test.questions] == list(range(1, 21))


def test_a_domain_short_of_questions_leaves_its_place_to_the_others(tmp_path: Path) -> None:
    write_quiz_pack(tmp_path, questions=45)  # billing (12%) would get 5.4: it has 12, the others fill up to 45
    test = build_practice(load(tmp_path).pack)
    counts = {g.number: len(g.questions) for g in test.groups}
    assert sum(counts.values()) == 45 and max(counts.values()) <= PER_SECTION
    assert counts["4"] >= 5


def test_the_key_starts_on_a_new_page_and_gives_each_questions_right_option(quiz: tuple[Pack, dict[str, str], bytes]) -> None:
    _, right, data = quiz
    pages = [" ".join(t.split()) for t in stream_texts(data)]
    key_page = next(i for i, t in enumerate(pages) if "Answer key" in t)
    grid_page = next(i for i, t in enumerate(pages) if "Answer grid" in t)
    assert grid_page < key_page and key_page == len(pages) - 1
    questions = " ".join(pages[:grid_page])
    assert not re.search(r"\d+\. Which", pages[key_page])  # no question shares the key's page
    asked = re.findall(r"(\d+)\. (Which \w+ choice \d+ is the right one\?) A\. (.+?) B\. (.+?) C\. (.+?) D\. (.+?)(?= \d+\. Which| Domain|$)", questions)
    assert len(asked) == 20
    key = dict(re.findall(r"(\d+)\. ([A-D]) ", pages[key_page].split("Answer key", 1)[1]))
    assert len(key) == 20
    for number, stem, *options in asked:
        letter = key[number]
        assert options["ABCD".index(letter)].strip() == right[stem], (number, stem)


def test_the_grid_has_a_row_of_boxes_per_question(quiz: tuple[Pack, dict[str, str], bytes]) -> None:
    _, _, data = quiz
    grid = " ".join(next(t for t in stream_texts(data) if "Answer grid" in t).split())
    for number in range(1, 21):
        assert re.search(rf"(?<!\d){number} \(A\) \(B\) \(C\) \(D\)", grid), number


def test_outline_metadata_and_the_same_bytes_again(quiz: tuple[Pack, dict[str, str], bytes]) -> None:
    pack, _, data = quiz
    pdf = reader(data)
    titles = [e.title for e in outline(pdf)]
    assert titles[0].startswith("Domain 1: Cloud Concepts") and titles[-2:] == ["Answer grid", "Answer key"]
    assert pdf.metadata.title == "Quiz: practice test"
    assert pdf.metadata["/CreationDate"] == "D:20260101000000Z"
    assert render_practice(pack) == data


def test_the_pdf_format_writes_all_three_and_the_manifest_checksums_them(tmp_path: Path) -> None:
    (tmp_path / "pack").mkdir()
    write_quiz_pack(tmp_path / "pack")
    built = build(tmp_path / "pack", tmp_path / "out", ["pdf"])
    names = sorted(p.name for p in built.outputs)
    assert names == ["manifest.json", "quiz-cram.pdf", "quiz-practice.pdf", "quiz.pdf"]
    manifest = json.loads((built.out_dir / "manifest.json").read_text(encoding="utf-8"))
    for name in names[1:]:
        assert manifest["outputs"][name]["sha256"] == sha256(built.out_dir / name)
    assert any(n.startswith("cram sheet: 1 page of 2") for n in built.notes), built.notes
    assert "practice test: 20 questions" in built.notes


def test_a_deck_without_questions_gets_no_practice_test_and_says_so(tmp_path: Path) -> None:
    from .small_packs import small_pack

    from dataclasses import replace

    from pipeline.cheatsheet.emit import emit_with_notes

    pack = small_pack(tmp_path)
    pack = replace(pack, cards=tuple(c for c in pack.cards if c.kind not in ("quiz", "practice")))
    assert render_practice(pack) is None
    (tmp_path / "out").mkdir()
    paths, notes = emit_with_notes(pack, tmp_path / "out")
    assert not any(p.name.endswith("-practice.pdf") for p in paths)
    assert any(n.startswith("practice test: not written") for n in notes)


def test_nothing_runs_off_the_page(tmp_path: Path) -> None:
    write_quiz_pack(tmp_path, questions=45)
    data = render_practice(load(tmp_path).pack)
    assert data is not None
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            margin = 14 * 72 / 25.4 - 0.5  # the test's 14 mm margins, in points
            for char in page.chars:
                if char["top"] > margin and char["bottom"] < page.height - margin:  # not the running header or footer
                    assert margin <= char["x0"] and char["x1"] <= page.width - margin, (number, char["text"], char["x1"])


def test_a_practice_card_reads_as_its_stem_options_and_right_option() -> None:
    from pipeline.cheatsheet.practice import parse_question
    from pipeline.model import Card, SourceRef

    card = Card(
        guid="g",
        kind="practice",
        note_type="basic",
        prompt='<div class="sp-label">Which one is this?</div><div>Records API calls</div><ul class="sp-options">'
        "<li><b>A.</b> Config</li><li><b>B.</b> CloudTrail</li><li><b>C.</b> Inspector</li><li><b>D.</b> X-Ray</li></ul>",
        answer='<div><b>B. CloudTrail</b></div><div>Records API calls for auditing</div><ul class="sp-explanation">'
        "<li><b>A. Config</b>: tracks resource configuration</li><li><b>C. Inspector</b>: finds vulnerabilities</li></ul>",
        section="Monitoring",
        topic="CloudTrail",
        context=("Monitoring",),
        sources=(SourceRef("notes.md", 3),),
    )
    parsed = parse_question(card)
    assert parsed is not None
    assert parsed.stem == "Which one is this? Records API calls"
    assert parsed.options == ("Config", "CloudTrail", "Inspector", "X-Ray")
    assert parsed.right == ("B",)  # not the wrong options the explanation names
    # The key adds what the question does not show: not the stem again, but what the wrong options are.
    assert parsed.explanation == "A: tracks resource configuration; C: finds vulnerabilities"
    defined = replace(card, answer=card.answer.replace("Records API calls for auditing", "Logs actions for audits"))
    explained = parse_question(defined)
    assert explained is not None
    assert explained.explanation == "Logs actions for audits; A: tracks resource configuration; C: finds vulnerabilities"



def _cues(front: str) -> str:
    """A recognition or practice front without its question label and options: its cues."""
    return re.sub(r'<div class="sp-label">[^<]*</div>|<ul class="sp-options">.*', "", front, flags=re.S)


def test_the_seed_test_has_as_many_questions_as_the_pack_asks_for_while_the_deck_asks_each_front_once(seed_pack: Pack) -> None:
    # A thing's definition is a recall card in the deck; the printed test also asks it among options.
    test = build_practice(seed_pack)
    assert len(test.questions) == seed_pack.config.practice.questions == 65
    recalled = {_cues(card.prompt) for card in seed_pack.cards if card.kind == "recognition"}
    assert recalled & {_cues(card.prompt) for card in seed_pack.test_questions}
    assert not recalled & {_cues(card.prompt) for card in seed_pack.cards if card.kind == "practice"}
    assert not {card.guid for card in seed_pack.cards} & {card.guid for card in seed_pack.test_questions}


def test_the_printed_test_also_asks_the_comparisons_of_three_options_or_more(seed_pack: Pack) -> None:
    """Cloud Concepts is more than the pillars of one framework: the service models and the
    recovery strategies the notes compare are asked among their own options."""
    from pipeline.cheatsheet.practice import parse_question

    compared = [c for c in seed_pack.test_questions if c.prompt.startswith('<div class="sp-label">Which one is this?</div><div>')]
    assert compared
    for card in compared:
        parsed = parse_question(card)
        assert parsed is not None and 3 <= len(parsed.options) <= 4 and len(set(parsed.options)) == len(parsed.options)
        assert len(parsed.right) == 1
        right = parsed.options["ABCD".index(parsed.right[0])]
        assert any(f"<b>{html.escape(right, quote=False)}</b>" in c.answer for c in seed_pack.cards if c.kind == "compare" and c.sources[0] == card.sources[0])
    domain_one = next(g for g in build_practice(seed_pack).groups if g.number == "1")
    asked = {q.stem.split("?")[0] for q in domain_one.questions}
    assert "Which one is this" in asked and len(asked) > 1, asked
