"""A summary's labels recap parts of the notes: no thing to recognise."""

from __future__ import annotations

import re
from textwrap import dedent

from pipeline.cards.directions import direction_cards
from pipeline.notes.parse import parse_document


def test_a_summarys_labels_are_never_the_answer_of_a_recognition_card() -> None:
    notes = """
        # Training

        ## Spot training

        - **Managed Spot Training**: up to 90% cheaper, needs checkpoints to resume
        - **Pipe mode**: streams data from S3 instead of copying it first

        # Summary

        - **Exam**: 65 questions in 130 minutes, 720 to pass.
        - **Training**: Spot + checkpoints, Pipe mode, data vs model parallel.
        - **Metrics**: precision when false positives cost, recall when false negatives cost, F1 for imbalance.
        - **Monitoring**: Model Monitor with data capture and a baseline; CloudWatch alarms.
        - **Cost**: Spot, serverless scale-to-zero, Savings Plans, right-sizing.
        """
    asked = direction_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p", frozenset())
    answers = [re.sub(r"<[^>]+>", " ", card.answer) for card in asked if card.kind == "recognition"]
    assert not any(a.split()[:1] in (["Exam"], ["Training"], ["Metrics"], ["Monitoring"], ["Cost"]) for a in answers), answers
