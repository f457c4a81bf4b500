"""The index of a document's things by their names answers what asking every
thing would: which things a line may open with, and which a name's first word
leads. Whatever the size of the notes, a line is read against the few it finds."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.others import could_open, first_worded
from pipeline.cards.things import things_of
from pipeline.notes.parse import parse_document

NOTES = """
## Monitoring

**Amazon CloudWatch (CW):**
- metrics and alarms for resources and applications
- CW Logs keep what applications write

**CloudWatch Logs:**
- CloudTrail based on filter
- log groups keep streams of events

**AWS CloudTrail:**
- records API calls made in the account
- CloudTrail Insights spots unusual activity

**EBS Volume:**
- network drive attached to one instance

**Simple Storage and Delivery:**
- objects in buckets

**Identity and Access Management (IAM):**
- who may do what in the account
"""

TEXTS = [
    "CloudTrail based on filter",
    "AWS CloudTrail records calls",
    "aws-cloudtrail: records",
    "Amazon CloudWatch metrics",
    "cloud watch logs keep events",
    "CW Logs keep what applications write",
    "EBS Volumes are network drives",
    "Simple Storage and Delivery of objects",
    "simple-storage and delivery",
    "Storing data on drives (EBS)",
    "nothing named here",
    "Ünïcode CloudTrail line",
    "CloudWatch and Logs keep events",
    "EBS and Volume",
    "Simple and Storage and Delivery",
    "and CloudTrail",
    "Identity and Access Management grants",
    "identity-and-access and management",
    "IAM and roles",
]


def test_the_things_a_line_may_open_with_are_every_thing_whose_name_matches_there() -> None:
    things = things_of(parse_document(dedent(NOTES).lstrip("\n"), "n.md"))
    for text in TEXTS:
        matching = [t for t in things if t.described.names.match(text)]
        found = could_open(things, text)
        assert all(t in found for t in matching), text
        assert found == [t for t in things if t in found]  # in the document's order
    # looked up, not all asked: a line that opens with one name finds it and no more
    assert [t.name for t in could_open(things, "CloudTrail based on filter")] == ["AWS CloudTrail"]
    assert could_open(things, "nothing named here") == []
    # a line saying `and`, which a name's pattern takes between its words, is looked up too:
    # only the names with `and` among their own words are asked besides
    assert [t.name for t in could_open(things, "CloudTrail and CloudWatch compared")] == ["AWS CloudTrail", "Identity and Access Management (IAM)"]


def test_the_things_a_first_word_leads_are_those_a_scan_finds() -> None:
    things = things_of(parse_document(dedent(NOTES).lstrip("\n"), "n.md"))
    for word in ("EBS", "CloudWatch", "ebs", "CloudTrail", "Simple", "Nothing"):
        assert first_worded(things, word) == [t for t in things if t.described.names.words[:1] == (word,)], word
    assert [t.name for t in first_worded(things, "EBS")] == ["EBS Volume"]
