"""The scanners that cut a line outside its brackets find what a walk over its
characters finds: they take a faster way there."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.cards import glossed_items, glossed_lists, need_lists, sub_lists
from pipeline.cards.sub_lists import split_outside_brackets
from pipeline.model import Span
from pipeline.model import inline as inl

# the characters the patterns turn on, and a few words around them
_PIECES = [" ", ",", ";", ".", "!", "?", "-", ">", "=", "→", "(", ")", "vs", "vs.", "versus", "e.g", "i.e", "a", "EC2", "S3", "x"]
texts = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)
PATTERNS = [glossed_lists._BETWEEN, glossed_items.ITEM_BETWEEN, glossed_lists._CLAUSES, need_lists._ARROW]


def _walked_split(text: str, between: re.Pattern[str]) -> list[str] | None:
    """Every character tried in turn: the meaning of a cut outside brackets."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(text):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and (found := between.match(text, index)) and found.end() > index:
            parts.append(text[start:index])
            start = index = found.end()
            continue
        index += 1
    if depth:
        return None
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _walked_first_sentence(text: str) -> str:
    depth = 0
    for index, char in enumerate(text):
        depth += char == "("
        depth -= char == ")"
        if depth == 0 and sub_lists._FULL_STOP.match(text, index) and sub_lists._PAST_NO_ABBREVIATION.match(text, index + 1):
            return text[:index]
    return text


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(texts)
def test_a_cut_is_where_a_walk_cuts(text: str) -> None:
    for between in PATTERNS:
        assert split_outside_brackets(text, between) == _walked_split(text, between)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(texts)
def test_a_first_sentence_ends_where_a_walk_ends_it(text: str) -> None:
    assert sub_lists.first_sentence(text) == _walked_first_sentence(text)


def test_brackets_still_hold_their_cuts() -> None:
    assert split_outside_brackets("CloudFront Functions (heavier -> Lambda@Edge) -> edge", need_lists._ARROW) == [
        "CloudFront Functions (heavier -> Lambda@Edge)",
        "edge",
    ]
    assert split_outside_brackets("open (bracket -> x", need_lists._ARROW) is None
    assert sub_lists.first_sentence("Stores objects (e.g. logs. Backups). Cheap.") == "Stores objects (e.g. logs. Backups)"


_words = st.lists(st.sampled_from(["", " ", "\t", "a", "S3", " x ", "b\t"]), max_size=3).map("".join)
_plain = st.builds(Span, st.just("text"), _words) | st.builds(Span, st.just("text"), _words, url=st.sampled_from(["", "u"]))
_spans = st.recursive(
    _plain | st.just(Span("br")) | st.builds(Span, st.just("code"), _words),
    lambda inner: st.builds(Span, st.sampled_from(["strong", "em"]), children=st.lists(inner, max_size=3).map(tuple)),
    max_leaves=6,
)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(_spans, max_size=4).map(tuple), st.sampled_from([" \t", " ", ":"]))
def test_a_strip_with_nothing_to_strip_gives_what_the_full_strip_gives(spans: tuple[Span, ...], chars: str) -> None:
    assert inl.strip(spans, chars) == inl._rstrip(inl._lstrip(spans, chars), chars)
