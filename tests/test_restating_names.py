"""A definition card whose back only says its name again ("Password Policy" ->
"strong passwords") is asked the exam's way: the card that asks the name from
its line stands for it. A fact that spells an acronym of the name ("High
performance computing at scale" of *HPC Optimized*) hides that run."""

from __future__ import annotations

from pathlib import Path

from pipeline.cards.contrast import spelled_acronyms, unspelled_acronyms
from pipeline.curate.restating import restates_its_name, without_restating
from pipeline.model import Card, SourceRef
from pipeline.model.naming import MASK, name_key

from .small_packs import PACK, small_pack


def _card(kind: str, prompt: str, answer: str, line: int = 1) -> Card:
    return Card("g" + prompt, kind, "basic", prompt, answer, "S", "T", ("S",), (SourceRef("n.md", line),))  # type: ignore[arg-type]


def test_a_back_of_the_names_own_words_restates_it() -> None:
    assert restates_its_name(_card("overview", "Password Policy", "<div>strong passwords</div>"))
    assert restates_its_name(_card("term", "HPC Optimized", "high performance computing at scale, for ex large complex simulations"))
    # an acronym alone is asked what it stands for; a shared last word ("management") is the kind
    assert not restates_its_name(_card("term", "SNS", "simple notification service"))
    assert not restates_its_name(_card("term", "General management (14)", "architecture management"))
    assert not restates_its_name(_card("term", "VPC peering", "2 VPCs, no transitive peering, no overlapping CIDRs"))


def test_the_card_that_asks_the_name_stands_for_it_and_says_its_lines() -> None:
    restating = _card("overview", "Password Policy", "<div>strong passwords</div>", line=2)
    recognition = _card("recognition", '<div class="sp-label">What is this?</div><div>Options: min ___ length</div>', "<div><b>Password Policy</b></div><div>Strong passwords</div>", line=3)
    kept, asked = without_restating([restating], [recognition])
    assert kept == [] and [s.line for s in asked[0].sources] == [3, 2]
    # a card that does not say the back leaves it
    other = _card("recognition", '<div class="sp-label">What is this?</div><div>Options: min ___ length</div>', "<div><b>Password Policy</b></div>", line=3)
    assert without_restating([restating], [other])[0] == [restating]


def test_a_run_that_spells_an_acronym_of_the_name_is_hidden() -> None:
    assert unspelled_acronyms("HPC Optimized", "High performance computing at scale") == f"{MASK} at scale"
    assert spelled_acronyms("HPC Optimized", "High performance computing at scale") == ["High performance computing"]
    # two letters are spelled by chance ("invite / delete" of Entra ID)
    assert unspelled_acronyms("Microsoft Entra ID", "Bulk create / invite / delete") == "Bulk create / invite / delete"
    # an ampersand's two letters, spelled by two words an "and" joins
    assert unspelled_acronyms("T&M", "Time and materials — hybrid, for staff augmentation") == f"{MASK} — hybrid, for staff augmentation"
    assert unspelled_acronyms("T&M", "the team meets daily") == "the team meets daily"


FAMILIES = """\
# Compute

## EC2

**Instance Types:**
- General Purpose: balance between compute, memory and networking, for web servers or code repos
- Memory Optimized: fast performance for workloads that process large data sets in memory
- Storage Optimized: high sequential read and write access to large data sets on local disks
- HPC Optimized: high performance computing at scale, for ex large complex simulations
"""


def test_a_family_whose_line_spells_it_is_asked_among_its_siblings(tmp_path: Path) -> None:
    cards = small_pack(tmp_path, PACK, FAMILIES).cards
    hpc = [c for c in cards if "HPC Optimized</b>" in c.answer or c.prompt == "HPC Optimized"]
    assert hpc, [c.prompt for c in cards]
    assert not any(c.prompt == "HPC Optimized" for c in hpc), [c.prompt for c in hpc]
    asked = [c for c in hpc if c.kind in ("compare", "recognition")]
    assert asked and not any("high performance computing" in c.prompt.lower() for c in asked), [c.prompt for c in asked]
    assert any("high performance computing" in c.answer for c in asked), [c.answer for c in asked]


def test_a_name_clozes_line_that_says_the_name_again_is_left_to_the_card_that_asks_it() -> None:
    from pipeline.curate.echo_trim import without_echoes
    from pipeline.curate.twins import asked_lines

    cloze = Card(
        "c", "detail", "cloze",
        "{{c1::Storage Optimized}}: <ul><li>storage-intensive tasks on local disks</li><li>for ex OLTP systems, data warehousing</li></ul>",
        "", "S", "T", ("S",), (SourceRef("n.md", 3), SourceRef("n.md", 2)),
    )  # type: ignore[arg-type]
    recognition = Card(
        "r", "recognition", "basic",
        '<div class="sp-label">Which one is this?</div><div>Sequential access on local disks</div>',
        "<div><b>Storage Optimized</b></div><div>Storage-intensive tasks on local disks</div>",
        "S", "T", ("S",), (SourceRef("n.md", 2),), key=("basic", "recognition", name_key("Storage Optimized"), "1"),
    )  # type: ignore[arg-type]
    [trimmed] = without_echoes([cloze], asked_lines([recognition]))
    assert trimmed.prompt == "{{c1::Storage Optimized}}: for ex OLTP systems, data warehousing"
    assert trimmed.sources == cloze.sources  # the lines it said are still its
    # a side fact keeps the defining line that singles the name out
    side = Card(
        "s", "detail", "cloze",
        "{{c1::Storage Optimized}}: <ul><li>storage-intensive tasks on local disks</li><li>billed per hour</li></ul>",
        "", "S", "T", ("S",), (SourceRef("n.md", 3),),
    )  # type: ignore[arg-type]
    assert without_echoes([side], asked_lines([recognition])) == [side]
