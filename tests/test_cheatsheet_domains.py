"""Each topic takes the exam domain most of its cards are tagged with; the
sheet's legend lists the domains that occur."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.cheatsheet.domains import domain_of, load_styles, topic_domains
from pipeline.cheatsheet.sheet import build_sheet
from pipeline.model import Card, Pack

from .small_packs import BILLING, PACK, SECURITY, TECHNOLOGY, small_pack, tag


def topics_by_title(pack: Pack) -> dict[str, str | None]:
    sheet = build_sheet(pack)
    return {t.plain_title: (t.domain.tag if t.domain else None) for s in sheet.sections for t in s.topics if not t.intro}


def test_untagged_cards_leave_every_topic_neutral_and_the_legend_empty(tmp_path: Path) -> None:
    pack = small_pack(tmp_path)
    domains = topic_domains(pack)
    assert domains.exam == "CLF-C02"
    assert domains.by_topic == {} and domains.legend == ()
    assert set(topics_by_title(pack).values()) == {None}


def test_a_topic_takes_its_most_common_domain_and_the_legend_lists_what_occurs(tmp_path: Path) -> None:
    pack = tag(small_pack(tmp_path), {"IAM": [TECHNOLOGY, SECURITY, SECURITY], "S3": [TECHNOLOGY], "Budgets": [BILLING]})
    assert topics_by_title(pack) == {"S3": TECHNOLOGY, "IAM": SECURITY, "Budgets": BILLING}
    legend = topic_domains(pack).legend
    assert [d.tag for d in legend] == [SECURITY, TECHNOLOGY, BILLING]
    assert [(d.mark, d.name) for d in legend] == [
        ("2", "Security and Compliance"),
        ("3", "Cloud Technology and Services"),
        ("4", "Billing, Pricing, and Support"),
    ]
    assert len({d.colour for d in legend}) == 3 and len({d.rule for d in legend}) == 3  # apart in black and white too


def test_cards_count_for_the_topic_whose_lines_hold_their_first_source(tmp_path: Path) -> None:
    pack = small_pack(tmp_path)
    iam = next(c for c in pack.cards if c.context[1:2] == ("IAM",))
    moved = replace(iam, tags=(BILLING,), sources=(replace(iam.source, line=iam.source.line - 5), *iam.sources))
    other = replace(iam, tags=(BILLING,), sources=(replace(iam.source, path="other.md"), *iam.sources))
    pack = replace(pack, cards=(moved, other))
    # Five lines above IAM's is S3's range; a card from another file counts nowhere.
    assert topics_by_title(pack) == {"S3": BILLING, "IAM": None, "Budgets": None}


def test_ties_go_to_the_lower_numbered_domain(tmp_path: Path) -> None:
    pack = tag(small_pack(tmp_path), {"IAM": [TECHNOLOGY, SECURITY]})
    assert topics_by_title(pack)["IAM"] == SECURITY


def test_only_the_first_exam_colours_the_sheet(tmp_path: Path) -> None:
    pack = small_pack(tmp_path, PACK.replace('exams = ["CLF-C02", "CLF-C01"]', 'exams = ["CLF-C01"]'))
    pack = tag(pack, {"IAM": [SECURITY]})
    assert topics_by_title(pack) == {"S3": None, "IAM": "CLF-C01::x-other", "Budgets": None}
    no_exam = small_pack(tmp_path, PACK.replace('exams = ["CLF-C02", "CLF-C01"]\n', ""))
    assert topic_domains(tag(no_exam, {"IAM": [SECURITY]})).exam is None


def test_an_unlisted_domain_is_named_from_its_tag_and_styled_from_the_fallback(tmp_path: Path) -> None:
    pack = tag(small_pack(tmp_path), {"IAM": ["CLF-C02::7-networking_basics"]})
    (domain,) = topic_domains(pack).legend
    assert (domain.mark, domain.name) == ("7", "Networking basics")
    assert domain.colour in load_styles()["fallback"]["colours"]


def test_domain_of_reads_the_exam_level_tag_only() -> None:
    card = Card("g", "term", "basic", "p", "a", "S", "T", ("S",), (), tags=("section::S", f"{SECURITY}::2.3-x"))
    assert domain_of(card, "CLF-C02") == SECURITY
    assert domain_of(card, "CLF-C01") is None
