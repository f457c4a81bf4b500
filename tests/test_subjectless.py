"""A cloze on a line's key term never leaves its front without a subject: a blank
over a plain word of the thing's own name ("cross-account [backup]" under *AWS
Backup*), or over the subject of a line whose object points at the line before
("[CF] creates those for us"). Such a line is said with the thing's definition."""

from __future__ import annotations

from .test_cards import cards_of

_NOTES = """
## Others services

**AWS Backup:**
- fully-managed service to centrally manage and automate backups across AWS services
- on-demand and scheduled backups, create a Backup Plan
- supports PITR (point in time recovery -> restore db in 5 minutes)
- retention periods, lifecycle management, backup policies
- cross-region backup
- cross-account backup (using AWS organizations)

## Deploying

**Cloud Formation:**
- declarative way of outlining AWS infra, for any resource (define templates)
- CF creates those for us, in the right order, with the exact config we specify
- Infra as code
- stack designer create a diagram with all resources and relations
"""


def test_no_blank_hides_a_plain_word_of_the_things_own_name() -> None:
    lines = cards_of(_NOTES)
    assert not any("{{c1::backup}}" in line for line in lines), lines
    overview = next(line for line in lines if line.startswith("[overview] Others services | AWS Backup =>"))
    assert "cross-account backup (using AWS organizations)" in overview


def test_a_line_pointing_back_is_said_with_the_line_it_points_to() -> None:
    lines = cards_of(_NOTES)
    assert not any("creates those" in line and "{{c1::" in line for line in lines), lines
    overview = next(line for line in lines if line.startswith("[overview] Deploying | Cloud Formation =>"))
    assert "declarative way" in overview and "creates those for us" in overview
