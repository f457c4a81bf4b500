"""A bare label answered by a line with a label of its own asks that label."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_line_that_names_its_aspect_puts_it_on_the_front() -> None:
    lines = cards_of(
        """
        ## Deployment

        - **SAM**: `Transform: AWS::Serverless-2016-10-31`
        - CRUD: HTTP: Create=POST, Read=GET, Update=PUT/PATCH, Delete=DELETE
        """
    )
    assert any("| SAM — Transform => Transform: AWS::Serverless-2016-10-31" in line for line in lines), lines
    assert any("| CRUD — HTTP => HTTP: Create=POST" in line for line in lines), lines


def test_a_definition_or_an_expansion_keeps_the_bare_label() -> None:
    lines = cards_of(
        """
        ## Machine Learning

        - Polly: TTS: Text-To-Speech
        - Unstructured data: no schema: docs, images, video
        """
    )
    assert not any("— TTS" in line or "— no schema" in line for line in lines), lines
