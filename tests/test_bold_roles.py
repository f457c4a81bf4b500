"""A line naming several things in bold, each with its role in brackets, asks
each role's name from the role, the names offered; a line that says more than
the catalogue is asked as it is."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.maker import make_cards
from pipeline.model import cardtext
from pipeline.notes.parse import parse_document


def _cards(notes: str) -> list[tuple[str, str]]:
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p")
    return [(cardtext.card_text(c.prompt), cardtext.card_text(c.answer)) for c in cards]


CATALOGUE = """
## Operations

**Cloud Observability** (previously Stackdriver) contains **Cloud Monitoring** (metrics, dashboards, alerting), **Cloud Logging** (collect and route logs), **Cloud Trace** (latency across distributed requests) and **Error Reporting** (groups application errors).
"""


def test_each_role_asks_its_name_with_the_names_offered() -> None:
    cards = _cards(CATALOGUE)
    trace = [front for front, back in cards if back.strip() == "Cloud Trace"]
    assert trace and "latency across distributed requests" in trace[0] and "Cloud Logging" in trace[0], cards
    assert not any(back.strip() == "Stackdriver" or "previously Stackdriver: which one" in front for front, back in cards), cards


def test_a_line_that_says_more_than_its_catalogue_is_asked_as_it_is() -> None:
    cards = _cards(
        """
        ## Support

        Care tiers: **Basic** (billing only), **Standard** (4-hour response), **Premium** (15-minute response). A named TAM means Premium.
        """
    )
    assert not any("which one? (Basic" in front for front, _ in cards), cards


def test_a_catalogues_roles_are_asked_once_not_again_as_glossed_options() -> None:
    from pipeline.cards.directions import direction_cards
    from pipeline.notes.parse import parse_document

    notes = """
## App Engine

- scaling in app.yaml: **automatic** (request rate/latency, default), **basic** (instances on request, shut down when idle), **manual** (fixed count)
"""
    lines = [f"{front} => {back}" for front, back in _cards(notes)]
    assert any("fixed count: which one? (automatic, basic or manual) => manual" in line for line in lines), lines
    compared = [c.prompt for c in direction_cards(parse_document(notes.lstrip("\n"), "n.md"), "p", frozenset()) if c.kind == "compare"]
    assert not any("fixed count" in prompt for prompt in compared), compared


def test_a_role_that_spells_its_name_out_leaves_the_spelling_off() -> None:
    cards = _cards(
        """
        ## Gen AI

        Concepts: **prompt engineering** (crafting inputs for better outputs), **grounding** (tying answers to trusted sources), and **RAG** (retrieval-augmented generation, where relevant docs are fetched and fed to the model).
        """
    )
    rag = [front for front, back in cards if back.strip() == "RAG"]
    # "retrieval-augmented generation" on the front spelled the answer
    assert rag and "relevant docs are fetched" in rag[0] and "retrieval-augmented" not in rag[0], cards
