"""`term:: definition`, an inline field of Obsidian's Dataview, defines a term as
`term: definition` does, one field a line; a doubled colon inside a value
(`FF02::1`) stays no separator."""

from __future__ import annotations

from pipeline.model import Span
from pipeline.model.inline import split_term, to_plain

from .test_cards import cards_of


def test_a_field_line_defines_its_term() -> None:
    split = split_term((Span("text", "idempotent:: running the same config again changes nothing"),))
    assert split is not None and to_plain(split[0]) == "idempotent", split
    assert split_term((Span("text", "all nodes multicast FF02::1 on the link"),)) is None


def test_each_field_line_of_a_paragraph_is_a_term_of_its_own() -> None:
    lines = cards_of(
        """
        ## Modules

        module:: container for multiple resources used together; a dir of `.tf` files
        root module:: the dir where you run terraform
        child module:: module called by another via a `module` block
        """
    )
    assert any(line.endswith("root module => the dir where you run terraform @4") for line in lines), lines
    assert any("child module => module called by another via a module block @5" in line for line in lines), lines
    # no term's answer runs on into the next field
    assert not any("terraform child module" in line for line in lines if "[term]" in line), lines


def test_a_heading_over_field_lines_files_its_terms_and_is_no_answer() -> None:
    from pipeline.cards.topic_headings import term_line

    assert term_line("resource address:: `<TYPE>.<NAME>` of a resource", "Config language")
