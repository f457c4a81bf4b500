"""A topic's list that opens with the topic's own line and goes on under plain
labels (`Numbers:`, `Delivery:`) names aspects of the topic, and a heading whose
first line is already a member's (`Transfer`: `gsutil cp — ...`, `Transfer Appliance — ...`)
groups things: no recognition or comparison card answers with either."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import compare_cards
from pipeline.cards.facet_labels import plain_label
from pipeline.cards.recognition import recognition_cards
from pipeline.notes.parse import parse_document

NOTES = """
## Pub/Sub

- global, serverless messaging; decouples producers and consumers
- **Numbers:**
  - msg max 10 MB
  - ack deadline default 10 s, max 600 s
  - subscription retention default 7 d; topic retention up to 31 d
- **Delivery:**
  - at-least-once default, dupes possible, idempotent consumers
  - exactly-once delivery option: pull subscriptions only, regional
  - ordering keys give ordered delivery per key, lower throughput

## Transfer

- `gcloud storage cp` / `gsutil -m` — small, under 1 TB, ad hoc copies
- Storage Transfer Service — from S3, Azure, HTTP lists, on-prem agents; scheduled
- Transfer Appliance — physical device, 40 TB or 300 TB models, for slow networks
- BQ Data Transfer Service — scheduled loads into BigQuery specifically
- Datastream — serverless change data capture from MySQL, PostgreSQL, Oracle

## Shield and WAF

- DDoS and web request filtering at the edge
- **AWS Shield Advanced**
  - 24/7 premium DDoS protection with a response team
  - cost protection for scaling during an attack
- **AWS WAF**
  - filters web requests by rules: IP addresses, headers, geo-match
  - rate-based rules against floods of requests from one address
"""


def _cards() -> str:
    document = parse_document(dedent(NOTES).lstrip("\n"), "n.md")
    return " ".join(c.answer for c in [*recognition_cards(document, "p"), *compare_cards(document, "p")])


def test_facet_labels_and_member_headings_are_no_answers() -> None:
    answers = _cards()
    for heading in ("Numbers", "Delivery", "Transfer</b>"):
        assert f"<b>{heading}" not in answers


def test_names_under_a_topic_line_stay_answers() -> None:
    answers = _cards()
    assert "<b>AWS WAF" in answers or "<b>AWS Shield Advanced" in answers


def test_plain_label() -> None:
    assert plain_label("perf / sizing") and plain_label("Row key design") and plain_label("Numbers")
    assert not plain_label("AWS WAF") and not plain_label("Infrequent Access (IA)") and not plain_label("S3")


FIELD_RECORD = """
## Operations

**Systems Manager (SSM)**
- prereqs: SSM Agent, an instance profile, a route to the endpoints
- Symptom: instance missing from managed nodes → cause: no role → fix: attach role, restart agent
- **Run Command** — commands at scale, rate control, output to S3
- **Session Manager** — shell with no port 22, no bastion, no keys
- **Patch Manager** — patch baselines, patch groups, maintenance windows
"""


def test_a_field_records_label_is_no_feature_to_choose() -> None:
    # "Symptom: ... → cause: ... → fix: ..." names a field, as "cause" and "fix" do
    document = parse_document(dedent(FIELD_RECORD).lstrip("\n"), "n.md")
    cards = [*recognition_cards(document, "p"), *compare_cards(document, "p")]
    assert not any("Symptom" in c.prompt or "<b>Symptom" in c.answer for c in cards), [c.prompt for c in cards]
    assert any("<b>Session Manager" in c.answer for c in cards)
