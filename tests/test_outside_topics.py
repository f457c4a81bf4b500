"""Topics a pack's domain file puts outside its exams make no cards and stay in the cheat sheet."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from pipeline.commands.build import load
from pipeline.curate.domains import load_rules
from pipeline.diagnostics import PipelineError
from pipeline.model.cardtext import card_text
from pipeline.model.inline import plain_key
from pipeline.model.records import is_retired

from .conftest import FIXTURES, SEED_PACK, run_cli

OUTSIDE = '\n[outside]\n"Providers" = "not in the exam guide"\n"Modules" = "no such topic"\n'


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = tmp_path / "pack"
    shutil.copytree(FIXTURES / "packs" / "terraform", root)
    with (root / "exam-domains.toml").open("a", encoding="utf-8") as file:
        file.write(OUTSIDE)
    return root


def test_an_outside_topic_makes_no_card_and_a_name_that_is_no_topic_is_a_warning(pack: Path) -> None:
    loaded = load(pack)
    topics = {card.topic for card in loaded.pack.cards}
    assert "Providers" not in topics and {"Infrastructure as Code", "State"} <= topics
    assert not [c for c in loaded.pack.cards if "plugins" in card_text(c.prompt + " " + c.answer)]
    domains = (pack / "exam-domains.toml").read_text(encoding="utf-8").split("\n")
    warned = [d for d in loaded.diagnostics if d.path.endswith("exam-domains.toml")]
    assert [(domains[d.line - 1], d.severity) for d in warned] == [('"Modules" = "no such topic"', "warning")]


def _terraform_with(tmp_path: Path, outside: str):  # type: ignore[no-untyped-def]
    """The Terraform fixture pack with one `[outside]` entry, loaded."""
    root = tmp_path / "pack"
    shutil.copytree(FIXTURES / "packs" / "terraform", root)
    with (root / "exam-domains.toml").open("a", encoding="utf-8") as file:
        file.write(f"\n[outside]\n{outside}\n")
    return load(root)


def test_a_line_labelled_with_an_outside_name_makes_no_card_and_its_topic_keeps_the_others(tmp_path: Path) -> None:
    """One retired thing in a list of current ones ("snowmobile: ..."): its line leaves the cards, its topic stays."""
    loaded = _terraform_with(tmp_path, '"Remote state" = "retired"')
    said = [card_text(c.prompt + " " + c.answer) for c in loaded.pack.cards]
    assert not [s for s in said if "locked storage" in s]
    assert [s for s in said if "maps resources to real objects" in s]
    assert not [c for c in loaded.pack.cards if 24 in {s.line for s in c.sources}]
    assert not [d for d in loaded.diagnostics if d.path.endswith("exam-domains.toml")]


def test_a_whole_line_named_outside_makes_no_card_and_its_siblings_keep_theirs(tmp_path: Path) -> None:
    """A detail below the exam's depth, on a line of its own with no label: named whole, it leaves the cards."""
    loaded = _terraform_with(tmp_path, '"Pinned with a version constraint" = "below the exam\'s depth"')
    said = [card_text(c.prompt + " " + c.answer) for c in loaded.pack.cards]
    assert not [s for s in said if "version constraint" in s]
    assert [s for s in said if "plugins that talk" in s]
    assert not [d for d in loaded.diagnostics if d.path.endswith("exam-domains.toml")]


def test_an_outside_topic_stays_in_the_cheat_sheet(pack: Path, tmp_path: Path) -> None:
    built = run_cli("build", str(pack), "--formats", "pdf", "--out", str(tmp_path / "out"), "-q")
    assert built.returncode == 0, built.stderr
    pdf = next((tmp_path / "out").rglob("*.pdf"))
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Providers" in text and "plugins that talk" in " ".join(text.split())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('[outside]\n"S" = ""\n', ":7: error: `outside.S`: write"),
        ('[[topic]]\ntopics = ["S"]\nX = "1"\n[outside]\n"s" = "retired"\n', ":10: error: 's' is outside the exams, yet the [[topic]] rule at line 6"),
        ('[[outside]]\n"S" = "retired"\n', ":6: error: `outside` must be a table"),
    ],
)
def test_outside_errors_name_the_line(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "domains.toml"
    path.write_text('[exams.X]\n[exams.X.domains]\n1 = { tag = "1-a", name = "A" }\n[exams.X.tasks]\n"1.1" = "t"\n' + body, encoding="utf-8")
    with pytest.raises(PipelineError) as caught:
        load_rules(path, ("X",))
    assert str(caught.value).startswith(str(path) + expected), str(caught.value)


def test_no_live_seed_card_asks_a_topic_the_seed_puts_outside_its_exams() -> None:
    loaded = load(SEED_PACK)
    rules = load_rules(SEED_PACK / "domains.toml", ("CLF-C02", "CLF-C01"))
    assert len(rules.outside) >= 5
    live = [c for c in loaded.pack.cards if not is_retired(c.tags)]
    assert not [c for c in live if plain_key(c.topic) in rules.outside]
    assert not [d for d in loaded.diagnostics if d.path.endswith("domains.toml")]
