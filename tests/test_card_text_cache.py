"""A card field's plain text is read again by each pass of dedupe and the
writers over all the cards: the cache keeps a large build's fields, so a pass
finds what the one before it worked out, and gives what the plain function gives."""

from __future__ import annotations

import random

from pipeline.model import cardtext
from pipeline.model.cardtext import FIELDS_KEPT, card_text


def test_a_large_builds_fields_are_all_found_again() -> None:
    fields = [f"{{{{c1::name{n}}}}} <b>does</b> thing &amp; more {n}" for n in range(70_000)]  # more than a bound of 1 << 16 held
    assert len(fields) < FIELDS_KEPT
    card_text.cache_clear()
    for field in fields:
        card_text(field)
    misses = card_text.cache_info().misses
    for field in fields:  # the next pass, in the same order
        card_text(field)
    assert card_text.cache_info().misses == misses
    card_text.cache_clear()


def test_kept_texts_are_the_plain_functions() -> None:
    randomly = random.Random(18)
    pieces = ["{{c1::", "}}", "<b>", "</b>", "&amp;", "&lt;", " ", "word", "::hint", "<li>", "\n", "x"]
    plain = cardtext.card_text.__wrapped__
    for _ in range(2000):
        field = "".join(randomly.choice(pieces) for _ in range(randomly.randint(0, 12)))
        assert card_text(field) == plain(field) == card_text(field), field


def test_a_large_builds_keys_are_all_found_again() -> None:
    from pipeline.model.inline import KEYS_KEPT, plain_key

    texts = [f"Word {n}, and another" for n in range(70_000)]
    assert len(texts) < KEYS_KEPT
    plain_key.cache_clear()
    for text in texts:
        plain_key(text)
    misses = plain_key.cache_info().misses
    for text in texts:
        plain_key(text)
    assert plain_key.cache_info().misses == misses
    plain_key.cache_clear()
