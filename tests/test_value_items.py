"""The names an answer lists: among commas, `&` joins one item's words."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import compare_cards
from pipeline.cards.value_items import value_items
from pipeline.model import Span
from pipeline.notes.parse import parse_document

from .test_cards import cards_of


def _items(text: str) -> list[str]:
    return value_items((Span("text", text),))


def test_an_ampersand_among_commas_joins_one_items_words() -> None:
    assert _items("information & data, devices (mobile/PCs), accounts & identities") == ["information & data", "devices", "accounts & identities"]


def test_an_ampersand_alone_and_a_last_and_still_part_names() -> None:
    assert _items("S3 & DynamoDB") == ["S3", "DynamoDB"]
    assert _items("Basic, Standard and Premium") == ["Basic", "Standard", "Premium"]


def test_a_formulas_operands_are_no_names_to_count() -> None:
    lines = cards_of(
        """
        ## Formulas

        - CPI = EV / AC (<1 over budget)
        - SPI = EV / PV (<1 behind schedule)
        - EAC = BAC / CPI — typical: current cost performance continues
        - EAC = AC + (BAC − EV) — atypical: the variance was a one-off
        - ETC = EAC − AC
        """
    )
    assert not any("which 2?" in line for line in lines), lines


def test_one_name_defined_several_ways_is_one_option() -> None:
    notes = "## Formulas\n\n- CPI = EV / AC (<1 over budget)\n- SPI = EV / PV (<1 behind schedule)\n- EAC = BAC / CPI — typical: cost performance continues\n- EAC = AC + (BAC − EV) — atypical: the variance was a one-off\n- ETC = EAC − AC\n"
    for card in compare_cards(parse_document(dedent(notes), "n.md"), "p"):
        assert "EAC, EAC" not in card.prompt, card.prompt


def test_formulas_are_terms_asked_each_by_name_and_no_set_to_recite() -> None:
    lines = cards_of(
        """
        # PMP

        ## Formulas

        EVM basics: PV = planned value, EV = earned value, AC = actual cost.

        - CV = EV − AC (negative = over budget)
        - SV = EV − PV (negative = behind schedule)
        - CPI = EV / AC (<1 over budget)
        - EAC = BAC / CPI — typical: current cost performance continues
        - EAC = AC + [(BAC − EV) / (CPI × SPI)] — both drive the remaining work
        - TCPI = (BAC − EV) / (BAC − AC) to hit BAC; = (BAC − EV) / (EAC − AC) to hit an approved EAC
        """
    )
    # "(negative = over budget)" is an aside, no second term: the line is CV's definition
    assert any(line.startswith("[term]") and "| CV => EV − AC (negative = over budget)" in line for line in lines), lines
    assert any(line.startswith("[term]") and "| SV => EV − PV" in line for line in lines), lines
    # "...; = (BAC − EV) / (EAC − AC)" is the term's second form
    assert any(line.startswith("[term]") and "| TCPI => (BAC − EV) / (BAC − AC)" in line for line in lines), lines
    # no "CV, [...], CPI, EAC, EAC" to recite: each formula is asked by its name
    assert not any("{{c1::CV}}" in line or "{{c1::SV}}" in line for line in lines), lines
