"""A label over a sentence that is no definition of it (it names the label
again, or the label names the rest of a kind) is asked by the line's
emphasised key terms, not as a bare label front."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.label_facts import restates_label
from pipeline.cards.prompts import is_generic
from pipeline.cards.maker import make_cards
from pipeline.notes.parse import parse_document

from .outline import card_line

NOTES = """
## Governance

SLAs: OCI offers SLAs covering **availability, manageability and performance**, unlike most clouds.

Other databases: **MySQL HeatWave** (managed MySQL with an in-memory accelerator), **OCI Database with PostgreSQL**, and **NoSQL Database Cloud Service** for key-value data with low latency.

Compartment: a logical container for **isolating** resources. Every resource belongs to one compartment.
"""


def _cards() -> list[str]:
    cards, _ = make_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p")
    return [card_line(c) for c in cards]


def _bare(text: str) -> str:
    return "".join(text.split())  # card lines space the markup apart


def test_a_label_restated_in_its_sentence_is_asked_by_the_key_term() -> None:
    cards = _cards()
    assert not any(c.split("|")[1].strip().startswith("SLAs =>") for c in cards), cards
    assert any(_bare("SLAs: OCI offers SLAs covering {{c1::availability, manageability and performance}}") in _bare(c) for c in cards), cards


def test_the_rest_of_a_kind_asks_each_glossed_name_and_shows_a_bare_one() -> None:
    cards = _cards()
    line = _bare(next(c for c in cards if "Other databases :" in c))
    assert "{{c1::MySQLHeatWave}}" in line and "{{c2::NoSQLDatabaseCloudService}}" in line, line
    assert "OCIDatabasewithPostgreSQL" in line and "::OCIDatabase" not in line, line


def test_a_definition_keeps_its_label_front() -> None:
    cards = _cards()
    assert any("Compartment => a logical container" in c for c in cards), cards
    assert not restates_label("Tokens", "Tokens are the core method of authentication")
    assert not restates_label("KMS", "key management system, central lifecycle of keys (cloud KMS)")
    assert not restates_label("Gemini", "is Google's family of models; Gemini for Google Cloud is built on them")
    assert restates_label("SLAs", "OCI offers SLAs covering availability")


def test_the_authors_name_for_a_remark_is_asked_with_its_parent() -> None:
    notes = """
    ## Troubleshooting

    **Network service issues**
    - DNS issues: can ping 8.8.8.8 but not google.com

    Personal rule of thumb: ping loopback → own IP → default gateway → remote IP.
    """
    cards, _ = make_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p")
    fronts = [card_line(c).split("|")[1] for c in cards]
    assert any("Network service issues — Personal rule of thumb =>" in f for f in fronts), fronts
    assert is_generic("mnemonic I made") and is_generic("Quick rule of thumb I wrote on a sticky note")
    assert not is_generic("Port trick") and not is_generic("Rule engine")
