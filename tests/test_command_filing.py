"""A heading over lines that open on commands in code ("Swarm setup" over
`docker node ls` — ...) files the commands: no "What is this?" answer and no
option of a comparison."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import compare_cards
from pipeline.cards.recognition import recognition_cards
from pipeline.notes.parse import parse_document

NOTES = """
## Orchestration

### Swarm setup
- `docker swarm init --advertise-addr <IP>` then join workers with the printed command
- `docker node ls` — manager only; MANAGER STATUS = Leader / Reachable / Unavailable
- `docker node update --availability drain node3` — tasks moved off the node
- drain does NOT touch standalone containers on that node

### Placement
- `docker node update --label-add zone=east node2` then `--constraint node.labels.zone==east`
- `docker service create --mode global agent` — one task per node
- several constraints are ANDed

### Raft quorum
- managers need a majority: (N/2)+1 to keep the swarm writable
- always run an odd number of managers, seven at most
"""


def _document():  # type: ignore[no-untyped-def]
    return parse_document(dedent(NOTES).lstrip("\n"), "n.md")


def test_a_heading_over_commands_is_no_option_to_compare() -> None:
    fronts = " ".join(c.prompt for c in compare_cards(_document(), "p"))
    assert "Swarm setup" not in fronts and "Placement" not in fronts, fronts


def test_a_heading_over_commands_is_no_answer_to_what_is_this() -> None:
    answers = " ".join(c.answer for c in recognition_cards(_document(), "p"))
    assert "Swarm setup" not in answers, answers
