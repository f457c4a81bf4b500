"""A line that opens with a name of its own is a member filed under its heading,
not the heading's definition: no card shows the heading as its question and the
member's line as the answer, nor hides the heading over the member's line."""

from __future__ import annotations

from pipeline.cards.entries import Fact
from pipeline.cards.member_lines import opens_with_member
from pipeline.model import Span

from .test_cards import cards_of

GLOSSARY = """
## Glossary

Availability Domain — isolated data centers within a region.
Bare metal instance — a whole physical server dedicated to you, no hypervisor.
Boot volume — block volume holding an instance's OS image.
Bucket — container for objects in Object Storage.
"""

OPTIONS = """
## SageMaker inference options

- **multi-model endpoint** — many models behind one endpoint, loaded from S3 on demand
- **multi-container endpoint** — several different containers, invoked directly or in a row
- **inference pipeline** — chain pre-processing, model and post-processing containers
- **ml.inf2** (Inferentia) instances — cheap high-throughput inference
"""


def _fact(*spans: Span) -> Fact:
    return Fact(tuple(spans), 1)


def test_a_glossary_line_in_sentence_case_is_a_term_among_its_siblings() -> None:
    lines = cards_of(GLOSSARY)
    assert any("| Bare metal instance => a whole physical server" in line for line in lines), lines
    assert not any("| Glossary =>" in line for line in lines), lines
    assert not any("[Glossary]" in line for line in lines), lines


def test_a_heading_over_members_is_not_answered_by_one_of_them() -> None:
    lines = cards_of(OPTIONS)
    assert not any("| SageMaker inference options => ml.inf2" in line for line in lines), lines
    assert any("{{c1:: ml.inf2 }}" in line for line in lines), lines  # asked by its own name


def test_member_lines_name_something_else_than_the_heading() -> None:
    assert opens_with_member("Requests and limits", _fact(Span("strong", children=(Span("text", "ResourceQuota"),)), Span("text", " caps totals")))
    assert opens_with_member("Switching", _fact(Span("text", "VLAN — separate broadcast domains on one switch")))
    # a stressed word of the heading's own fact, the heading's own name, or a phrase of plain words
    assert not opens_with_member("Feature Store", _fact(Span("strong", children=(Span("text", "feature groups"),)), Span("text", " with a record id")))
    assert not opens_with_member("SSPR & password protection", _fact(Span("text", "Self-service password reset — users reset themselves")))
    assert not opens_with_member("DynamoDB", _fact(Span("text", "single digit ms latency - low latency retrieval")))
    assert not opens_with_member("Volumes", _fact(Span("text", "ConfigMap / Secret – config as files")))
