"""An author's to-do for their own studying ("TODO: redo practice set #3") is no
fact of the subject: it makes no card, while a TODO that states a fact still does."""

from __future__ import annotations

from .test_cards import cards_of

NOTES = """
## Data protection

### Macie
- finds PII in S3 buckets with managed data identifiers
- TODO: make a flashcard for all the `kms:` condition keys
- TODO re-read the flow log record format (srcaddr, dstaddr, action)
- TODO: does Macie look at RDS? -> no, S3 only

TODO: redo the practice set #3, scored 68% on it
"""


def test_a_study_todo_makes_no_card() -> None:
    lines = cards_of(NOTES)
    said = " ".join(lines)
    assert "flashcard" not in said and "re-read" not in said and "practice set" not in said, lines
    assert "PII" in said, lines  # the facts around them are still asked


def test_a_todo_that_answers_its_question_is_still_a_fact() -> None:
    assert "S3 only" in " ".join(cards_of(NOTES))


def test_a_todo_in_capitals_at_a_lines_end_is_cut_from_it() -> None:
    lines = cards_of(
        """
        ## Support plans

        - Infrastructure Event Management: included in Enterprise (On-Ramp gets one a year?) TODO: check
        - Concierge: billing and account experts, Enterprise only
        """
    )
    said = " ".join(lines)
    assert "Infrastructure Event Management" in said and "included in Enterprise" in said, lines
    assert "TODO" not in said and "check" not in said, lines
