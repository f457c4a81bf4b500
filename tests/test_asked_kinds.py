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
