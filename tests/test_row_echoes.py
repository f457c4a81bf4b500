"""A table cell that only says its row's name again makes no card."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.cards.row_echoes import echoes_its_row, spelled_columns
from pipeline.model import cardtext
from pipeline.notes.parse import parse_document


def test_a_cell_of_its_rows_own_words_echoes_it() -> None:
    assert echoes_its_row("Premium page blobs", "Page blobs only")
    assert not echoes_its_row("Premium block blobs", "Block blobs and append blobs")
    assert not echoes_its_row("Standard general-purpose v2", "Blob, Queue, Table, Files")


def test_the_echoing_cell_makes_no_card() -> None:
    notes = """
    ## Storage accounts

    | Account type | Services | Redundancy |
    |---|---|---|
    | Standard general-purpose v2 | Blob, Queue, Table, Files | LRS, GRS, ZRS |
    | Premium block blobs | Block blobs and append blobs | LRS, ZRS |
    | Premium page blobs | Page blobs only | LRS |
    """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\\n"), "n.md"), "p")
    answers = [cardtext.card_text(c.answer) for c in cards]
    assert not any("Page blobs only" in a for a in answers), answers
    assert any("Blob, Queue, Table, Files" in a for a in answers), answers


def test_a_column_of_identifiers_spelled_from_the_rows_makes_no_card() -> None:
    notes = """
    ## IAM

    | Role | ID | Allows |
    |---|---|---|
    | Storage Admin | roles/storage.admin | buckets + objects |
    | Compute Security Admin | roles/compute.securityAdmin | firewall rules, SSL certs |
    | Cloud Run Invoker | roles/run.invoker | call a private service |
    """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\\n"), "n.md"), "p")
    answers = [cardtext.card_text(c.answer) for c in cards]
    assert not any("roles/" in a for a in answers), answers
    assert "firewall rules, SSL certs" in answers, answers


def test_a_column_sharing_words_with_some_rows_is_no_identifier() -> None:
    cells = [("Commitment", "Product Backlog", "Product Goal"), ("Commitment", "Sprint Backlog", "Sprint Goal"), ("Commitment", "Increment", "Definition of Done")]
    assert spelled_columns(cells) == set()
