"""`30s timer`, `120s hold`: a number with an `s` stuck to it is a duration,
asked as a number; a plural count (`100s of TB`, `leading 0s`, `11 9s`), a
standard's name (`802.1s`) and a decade (`1990s`) are none."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pipeline.cards.maker import make_cards
from pipeline.cards.numbers import number_spans
from pipeline.notes.parse import parse_document


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("802.1AB open std, 30s timer, 120s hold, reinit 2s", ["30s", "120s", "2s"]),
        ("failover < 30s, reader endpoint", ["30s"]),
        ("wait ~30-60s", ["30-60s"]),
        ("timeout 1.5s", ["1.5s"]),
        ("MST 802.1s", []),
        ("100s of TB storage", []),
        ("drop leading 0s", []),
        ("11 9s durability", []),
        ("in the 1990s", []),
    ],
)
def test_seconds_written_short(text: str, numbers: list[str]) -> None:
    assert [text[a:b] for a, b in number_spans(text)] == numbers


def test_a_line_of_timers_is_asked_by_its_numbers_not_recited() -> None:
    markdown = """
        ## Switching

        - CDP vs LLDP
          - LLDP: 802.1AB open std, 30s timer, 120s hold, reinit 2s, OFF by default on IOS
        """
    cards, _ = make_cards(parse_document(dedent(markdown).lstrip("\n"), "n.md"), "p")
    basic = [c for c in cards if c.note_type == "basic" and "120s" in c.answer]
    assert not basic, [(c.prompt, c.answer) for c in basic]
    assert any(c.kind == "number" and "{{c1::120s}}" in c.prompt for c in cards), [c.prompt for c in cards]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a bracket that only says the number again goes into its blank: shown, it fills it in
        ("Durability 99.999999999% (11 9s) for all classes", ["99.999999999% (11 9s)"]),
        ("Default TTL 24 h (86,400 s) before expiry", ["24 h (86,400 s)"]),
        # a bracket that says more is its own
        ("concurrency per instance up to 1000 (default 80)", ["1000"]),
    ],
)
def test_a_bracket_restating_the_number_is_hidden_with_it(text: str, numbers: list[str]) -> None:
    assert [text[start:end] for start, end in number_spans(text)] == numbers
