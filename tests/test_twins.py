"""A detail cloze that hides a thing's name behind a clue its recognition card
already shows asks the same question twice: the recognition card keeps it."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from pipeline.commands.build import load
from pipeline.model.cardtext import card_text

NOTES = """
# Azure notes

## Data

**Data Factory:**
- managed extract, transform and load (ETL) service for data pipelines
- useful to prepare and transform data for analytics

**Synapse Analytics:**
- data warehouse for petabytes of data, queried with SQL
- columnar storage of data with massively parallel queries

**Cosmos DB:**
- globally distributed NoSQL database with single-digit latency
- multi-region writes with automatic failover
"""


def _cards(tmp_path: Path, off: str = "") -> list[tuple[str, str]]:
    pack = tmp_path / "notes"
    pack.mkdir()
    (pack / "notes.md").write_text(dedent(NOTES).lstrip(), encoding="utf-8")
    if off:
        toml = 'title = "Azure"\nslug = "azure"\nversion = "1.0.0"\nnotes = ["notes.md"]\n\n'
        toml += "[anki]\ndeck_id = 1\nbasic_model_id = 2\ncloze_model_id = 3\n\n"
        (pack / "pack.toml").write_text(f"{toml}[cards]\n{off} = false\n", encoding="utf-8")
    return [(c.kind, card_text(c.prompt)) for c in load(pack).pack.cards]


def test_a_clue_a_recognition_card_shows_is_not_asked_again_by_a_detail_cloze(tmp_path: Path) -> None:
    cards = _cards(tmp_path)
    recognised = [text for kind, text in cards if kind == "recognition"]
    assert any("Columnar storage of data" in text for text in recognised)
    assert not [text for kind, text in cards if kind == "detail" and "columnar storage" in text]
    assert not [text for kind, text in cards if kind == "detail" and "multi-region writes" in text]
    # a thing no recognition card asks keeps its detail card
    assert [text for kind, text in cards if kind == "detail" and "prepare and transform data" in text]


def test_with_recognition_cards_off_the_detail_clozes_stay(tmp_path: Path) -> None:
    cards = _cards(tmp_path, off="recognition")
    assert not [text for kind, text in cards if kind == "recognition"]
    assert [text for kind, text in cards if kind == "detail" and "columnar storage" in text]


def test_a_name_written_with_an_ampersand_is_the_recognition_cards_name() -> None:
    # The seed's `Cost & Usage Reports (CUR)`: its recognition card shows this clue,
    # and the name is matched by the thing's key, not by its HTML (`&amp;`).
    from pipeline.model.records import is_retired

    from .conftest import SEED_PACK

    cards = [c for c in load(SEED_PACK).pack.cards if not is_retired(c.tags)]
    clue = "can be integrated and analyzed with athena"
    assert any(c.kind == "recognition" and clue in card_text(c.prompt).lower() for c in cards)
    assert not [c for c in cards if c.kind == "detail" and clue in card_text(c.prompt).lower()]


COMPARED = """
# Speech notes

## Machine Learning

**Transcriber:**
- automatically convert speech to text
- uses a deep learning process called automatic speech recognition (ASR) to convert speech to text quickly
- can remove personal data from transcripts using redaction
- supports automatic language identification

**Speaker:**
- turn text into lifelike speech using deep learning
- allow to create apps that talk
- lexicons customize the pronunciation of words

**Chatbot Builder:**
- build conversational bots with voice and text
- same technology that powers the voice assistant
"""


def test_a_detail_cloze_that_a_comparison_card_asks_is_left_to_it(tmp_path: Path) -> None:
    pack = tmp_path / "notes"
    pack.mkdir()
    (pack / "notes.md").write_text(dedent(COMPARED).lstrip(), encoding="utf-8")
    cards = [(c.kind, card_text(c.prompt)) for c in load(pack).pack.cards]
    # "Transcriber or Speaker? Supports automatic language identification" asks it
    assert [p for k, p in cards if k == "compare" and "language identification" in p], cards
    assert not [p for k, p in cards if k == "detail" and "language identification" in p], cards
    # no comparison asks this one: the recognition card that shows it (its blank filled on the back) or a detail does
    assert [p for k, p in cards if k in ("detail", "recognition") and "redaction" in p], cards


def test_a_one_line_cloze_under_headings_is_a_twin_of_the_recognition_card_showing_its_line() -> None:
    from pipeline.curate.twins import asked_lines, without_twins
    from pipeline.model import Card, SourceRef
    from pipeline.model.naming import name_key

    fact, item, heading = SourceRef("n.md", 9), SourceRef("n.md", 6), SourceRef("n.md", 3)
    detail = Card(
        "d", "detail", "cloze", "data is only written to the main db, and {{c1::multi-zone}} will be available only in case of an issue",
        "", "S", "T", ("S", "Deployments"), (fact, item, heading),
    )
    recognised = Card(
        "r", "recognition", "basic",
        '<div class="sp-label">Which one is this: Reader Copies, Multi-Zone or Far Region?</div>'
        "<div>Data is only written to the main db, and ___ will be available only in case of an issue</div>",
        "<div><b>Multi-Zone</b></div>", "S", "T", ("S", "Deployments"), (item, fact),
        key=("basic", "recognition", name_key("Multi-Zone"), "1"),
    )
    assert without_twins([detail], asked_lines([recognised])) == []  # the headings it sits under are no clues the other lacks
    listed = Card(
        "l", "detail", "cloze", "{{c1::Multi-Zone}}: <ul><li>data is only written to the main db</li><li>a standby in one other zone</li></ul>",
        "", "S", "T", ("S", "Deployments"), (fact, SourceRef("n.md", 10), heading),
    )
    assert without_twins([listed], asked_lines([recognised])) == [listed]  # a line of its own the recognition card does not say


GOVERNANCE = """
# Cloud notes

## Governance

**Control Tower:**
- easy way to set up and govern a secure multi-account environment based on best practices
- ongoing policy management using controls (formerly guardrails)
- detect policy violations and remediate them

**Organizations:**
- global service to manage multiple accounts from one management account
- consolidated billing across all accounts
"""


def test_a_word_a_recognition_card_blanks_is_said_on_its_back_and_its_line_asked_once(tmp_path: Path) -> None:
    pack = tmp_path / "notes"
    pack.mkdir()
    (pack / "notes.md").write_text(dedent(GOVERNANCE).lstrip(), encoding="utf-8")
    cards = load(pack).pack.cards
    recognition = next(c for c in cards if c.kind == "recognition" and "policy management using ___" in card_text(c.prompt))
    # the blank hides `controls`, which gives the name away; the back fills it in
    assert "___ = controls" in card_text(recognition.answer)
    # so the line is said whole, and no name cloze asks Control Tower from it again
    assert not [c for c in cards if c.kind == "detail" and "policy management" in c.prompt]



def test_a_terms_name_cloze_that_a_comparison_card_asks_whole_is_left_to_it() -> None:
    from pipeline.model.records import is_retired

    from .conftest import SEED_PACK

    cards = [c for c in load(SEED_PACK).pack.cards if not is_retired(c.tags)]
    # `Dedicated Hosts: book an entire physical server ... Allows to address compliance requirements ...`
    # among the pricing options: "On-demand instance, ..., Spot Instances, Dedicated Hosts or ...?" asks it whole
    clue = "allows to address compliance requirements"
    assert [c for c in cards if c.kind == "compare" and clue in card_text(c.prompt).lower() and card_text(c.answer) == "Dedicated Hosts"]
    assert not [c for c in cards if c.kind == "term" and c.note_type == "cloze" and clue in card_text(c.prompt).lower()]


REDUNDANCY = """
# Storage notes

## Storage

### Redundancy
- LRS = 3 copies 1 datacenter; ZRS = 3 copies across 3 AZs in region
- GRS = LRS + async copy to paired region; GZRS = ZRS + paired region
"""


def test_a_comparison_two_readers_make_of_one_line_is_one_card(tmp_path: Path) -> None:
    pack = tmp_path / "notes"
    pack.mkdir()
    (pack / "notes.md").write_text(dedent(REDUNDANCY).lstrip(), encoding="utf-8")
    cards = [c for c in load(pack).pack.cards if c.kind == "compare"]
    asked = [(card_text(c.prompt), card_text(c.answer)) for c in cards]
    assert ("LRS or ZRS? 3 copies 1 datacenter", "LRS") in asked
    assert len(asked) == len(set(asked)), asked
    # the one card cites the line and the heading it sits under
    lrs = next(c for c in cards if card_text(c.answer) == "LRS")
    assert {s.line for s in lrs.sources} == {5, 6}


def test_a_recognition_cue_a_comparison_card_asks_with_its_blank_filled_is_left_to_it() -> None:
    from pipeline.model.records import is_retired

    from .conftest import SEED_PACK

    cards = [c for c in load(SEED_PACK).pack.cards if not is_retired(c.tags)]
    # `AWS takes care of starting/stopping containers & has integrations with the App Load Balancer` under *ECS*:
    # "ECS or Fargate? AWS takes care of starting/stopping containers ..." asks it; a recognition card
    # showing `starting/stopping ___` (the word gives the name away) would ask it again
    clue = "has integrations with the app load balancer"
    assert [c for c in cards if c.kind == "compare" and clue in card_text(c.prompt).lower() and card_text(c.answer) == "ECS"]
    assert not [c for c in cards if c.kind == "recognition" and clue in card_text(c.prompt).lower()]
