"""The names an answer lists: among commas, `&` joins one item's words."""

from __future__ import annotations

from pipeline.cards.value_items import value_items
from pipeline.model import Span


def _items(text: str) -> list[str]:
    return value_items((Span("text", text),))


def test_an_ampersand_among_commas_joins_one_items_words() -> None:
    assert _items("information & data, devices (mobile/PCs), accounts & identities") == ["information & data", "devices", "accounts & identities"]


def test_an_ampersand_alone_and_a_last_and_still_part_names() -> None:
    assert _items("S3 & DynamoDB") == ["S3", "DynamoDB"]
    assert _items("Basic, Standard and Premium") == ["Basic", "Standard", "Premium"]
