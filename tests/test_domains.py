"""Exam-domain tags: exactly one domain per exam, from rules that are data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.commands.build import card_counts, load
from pipeline.diagnostics import PipelineError
from pipeline.curate.domains import load_rules

from .anki_collection import fresh_collection, import_apkg
from .conftest import FIXTURES, SEED_PACK, run_cli

GOLDEN = Path(__file__).resolve().parent / "golden" / "seed-domain-counts.json"
SECOND_PACK = FIXTURES / "packs" / "terraform"


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    return load(SEED_PACK)


def _domain_tags(card, exam: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for t in card.tags if re.fullmatch(rf"{exam}::[^:]+", t)]


def test_every_seed_card_has_exactly_one_domain_per_exam_and_no_warning(seed):  # type: ignore[no-untyped-def]
    for card in seed.pack.cards:
        for exam in ("CLF-C02", "CLF-C01"):
            domains = _domain_tags(card, exam)
            assert len(domains) == 1, (card, card.tags)
            tasks = [t for t in card.tags if t.startswith(domains[0] + "::")]
            assert len(tasks) == 1, card.tags
    assert not [d for d in seed.diagnostics if "domain rule" in d.message]


def test_the_seed_domain_counts_match_the_golden_file(seed):  # type: ignore[no-untyped-def]
    counts = card_counts(seed.pack)["domain"]
    assert counts == json.loads(GOLDEN.read_text(encoding="utf-8"))


def _domain_of(seed, prompt_start: str, section: str) -> str:  # type: ignore[no-untyped-def]
    from pipeline.model.cardtext import card_text

    card = next(
        c
        for c in seed.pack.cards
        if c.section == section and (card_text(c.prompt).startswith(prompt_start) or c.topic == prompt_start)
    )
    return _domain_tags(card, "CLF-C02")[0]


@pytest.mark.parametrize(
    ("section", "prompt", "domain"),
    [
        ("IAM", "Permissions", "CLF-C02::2-security-and-compliance"),
        ("IAM", "Shared Responsibility Model for IAM", "CLF-C02::2-security-and-compliance"),
        ("EC2", "Pricing", "CLF-C02::4-billing-pricing-and-support"),
        ("Account Management, Billing & Support", "AWS Support Plans Pricing", "CLF-C02::4-billing-pricing-and-support"),
        ("Architecting & Ecosystem", "2. Security", "CLF-C02::1-cloud-concepts"),
        ("Security & Compliance", "GuardDuty", "CLF-C02::2-security-and-compliance"),
        ("Machine Learning", "SageMaker", "CLF-C02::3-cloud-technology-and-services"),
        ("S3", "AWS Snow Family", "CLF-C02::1-cloud-concepts"),
    ],
)
def test_judged_topics_land_in_their_domain(seed, section, prompt, domain):  # type: ignore[no-untyped-def]
    assert _domain_of(seed, prompt, section) == domain


def test_a_second_pack_with_its_own_domain_file(tmp_path):  # type: ignore[no-untyped-def]
    loaded = load(SECOND_PACK)
    by_topic = {c.topic: c.tags for c in loaded.pack.cards if c.kind == "overview"}
    assert by_topic["Infrastructure as Code"][:2] == (
        "TA-003::1-iac-concepts",
        "TA-003::1-iac-concepts::1.1-what-iac-is",
    )
    assert by_topic["terraform init"][:2] == ("TA-003::2-core-workflow", "TA-003::2-core-workflow::2.1-init")
    assert by_topic["terraform plan"][:2] == ("TA-003::2-core-workflow", "TA-003::2-core-workflow::2.2-plan-and-apply")
    assert by_topic["State"][:1] == ("TA-003::3-state",)  # a domain without a task: no child tag
    assert not any(t.startswith("TA-003::3-state::") for t in by_topic["State"])
    unplaced = [d for d in loaded.diagnostics if "no TA-003 domain rule places this card" in d.message]
    assert len(unplaced) == 1 and unplaced[0].path.endswith("notes.md") and unplaced[0].line == 28
    assert [t for t in by_topic["Something else"] if t.startswith("TA-003")] == []

    strict = run_cli("build", str(SECOND_PACK), "--strict", "--out", str(tmp_path / "out"))
    assert strict.returncode == 1
    assert "notes.md:28: warning: no TA-003 domain rule places this card" in strict.stderr
    assert not (tmp_path / "out" / "terraform-associate").exists()


def _rules_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "domains.toml"
    path.write_text(
        '[exams.X]\n[exams.X.domains]\n1 = { tag = "1-a", name = "A" }\n[exams.X.tasks]\n"1.1" = "t"\n' + body,
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('[[section]]\nsections = ["S"]\nX = "2.1"\n', ":8: error: `section.X`: '2.1' is not a task or domain of X"),
        ('[[section]]\nsections = ["S"]\n', ":6: error: [[section]] rule names no task"),
        ('[[topic]]\nnames = ["S"]\nX = "1"\n', ":7: error: `topic.names`: unknown key"),
        ('[[section]]\nsections = ["S"]\nX = "1"\n[[section]]\nsections = ["s"]\nX = "1.1"\n', ":9: error: 's' is already placed"),
    ],
)
def test_rule_errors_name_the_line(tmp_path, body, expected):  # type: ignore[no-untyped-def]
    path = _rules_file(tmp_path, body)
    with pytest.raises(PipelineError) as caught:
        load_rules(path, ("X",))
    assert str(caught.value).startswith(str(path) + expected), str(caught.value)


def test_a_targeted_exam_missing_from_the_file_is_an_error(tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(PipelineError, match="targets Y, which this file does not define"):
        load_rules(_rules_file(tmp_path, ""), ("X", "Y"))


def test_anki_finds_by_domain_tag_exactly_the_cards_the_csv_tags_so(seed_outputs, tmp_path):  # type: ignore[no-untyped-def]
    import csv
    import io

    text = (seed_outputs / "aws-cloud-practitioner.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO("".join(line for line in text.splitlines(True) if not line.startswith("#")))))
    collection = fresh_collection(tmp_path / "anki")
    import_apkg(collection, seed_outputs / "aws-cloud-practitioner.apkg")
    try:
        for domain in ("2-security-and-compliance", "4-billing-pricing-and-support"):
            tag = f"CLF-C02::{domain}"
            expected = {row[0] for row in rows if tag in row[7].split()}
            found = {collection.get_note(n).guid for n in collection.find_notes(f"tag:{tag}")}
            assert found == expected and expected
        assert collection.find_notes("tag:CLF-C01::3-technology::3.3-core-services")
    finally:
        collection.close()


def test_the_summary_puts_card_shares_next_to_exam_weights(tmp_path):  # type: ignore[no-untyped-def]
    result = run_cli("build", str(SEED_PACK), "--formats", "json", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert re.search(r"Domain 2 Security and Compliance: \d+% of cards, 30% of the exam", result.stdout)
    manifest = json.loads((tmp_path / "aws-cloud-practitioner" / "manifest.json").read_text())
    security = manifest["cards"]["domain"]["CLF-C02"]["CLF-C02::2-security-and-compliance"]
    assert security["exam_weight"] == 0.3 and 0 < security["share"] < 1
    studied = manifest["cards"]["total"] - manifest["cards"].get("retired", 0)
    assert sum(d["cards"] for d in manifest["cards"]["domain"]["CLF-C02"].values()) == studied
