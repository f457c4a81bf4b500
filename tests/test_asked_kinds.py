"""A recognition card says "Which service is this?" only of a service: an init
system that manages services, or a unit named `.service`, is none."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.asking import ask_line
from pipeline.cards.recognition import recognition_plan
from pipeline.notes.parse import parse_document

from .test_compare_neighbours import FILLER

NOTES = """
## Boot

**systemd**
- init system and service manager, the first process
- Units: .service, .target, .timer, .mount
- targets replace runlevels, multi-user and graphical

**Queue Hub**
- fully managed message queue service for decoupling
- holds messages for up to fourteen days
- consumers poll for new messages
"""


def test_only_a_service_is_asked_as_one() -> None:
    plan = recognition_plan(parse_document(dedent(NOTES).lstrip("\n") + dedent(FILLER), "n.md"))
    asked = {a.thing.name: ask_line(a) for a in plan}
    assert asked.get("systemd") == "What is this?", asked
    assert asked.get("Queue Hub") == "Which service is this?", asked


def test_a_facet_or_a_task_among_a_topics_names_is_no_option() -> None:
    notes = """
## Messaging

### Service Bus
- Namespace → **queues** (1:1, competing consumers) and **topics + subscriptions** (1:many pub/sub). Topics need Standard+.
- Tiers: Basic (queues only, 256 KB) | Standard (topics, txns, sessions, dup detection, 256 KB) | Premium (dedicated MUs, **up to 100 MB** msgs, geo-DR, VNet).
- **Receive and delete** — removed immediately, at-most-once, risk of loss.
- **Peek lock** (default) — locked for lock duration (default 60 s, max 5 min); then `Complete`, `Abandon`, `DeadLetter`. At-least-once.
- **Dead-letter queue** (DLQ) — max delivery count exceeded (default **10**), TTL expired, filter eval errors. Not auto cleaned.
- **Sessions** → FIFO + ordered handling of related msgs (`SessionId`). Request-response pattern too.
- **Duplicate detection** → based on `MessageId` within time window (default 10 min, max 7 days).
"""
    plan = recognition_plan(parse_document(dedent(notes).lstrip("\n") + dedent(FILLER), "n.md"))
    names = {a.thing.name for a in plan}
    # "Tiers: Basic | Standard | Premium" is a facet of Service Bus beside its members, no member
    assert "Sessions" in names and "Tiers" not in names, names
