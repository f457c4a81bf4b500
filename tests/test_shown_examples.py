"""Code that shows what its term looks like (a payload, a look-alike domain) is
the exam's clue, never the blank: the term is hidden instead."""

from __future__ import annotations

from pipeline.cards.key_terms import emphasised
from pipeline.model import Span
from pipeline.model import inline as inl


def _hidden(spans: tuple[Span, ...]) -> list[str]:
    return [inl.to_plain((spans[i],)) for i in emphasised(spans)]


def test_a_payload_after_its_terms_dash_is_no_blank() -> None:
    spans = (Span("strong", children=(Span("text", "SQLi"),)), Span("text", " — "), Span("code", "' OR 1=1 --"), Span("text", "; fix = parameterized queries"))
    assert _hidden(spans) == ["SQLi"]


def test_code_alone_in_brackets_is_an_example() -> None:
    spans = (Span("text", "brand impersonation, "), Span("em", children=(Span("text", "typosquatting"),)), Span("text", " ("), Span("code", "micros0ft.com"), Span("text", ")"))
    assert _hidden(spans) == ["typosquatting"]


def test_a_command_after_a_dash_is_still_hidden() -> None:
    spans = (Span("text", "reload settings without restart — "), Span("code", "sudo kill -SIGHUP 1"))
    assert _hidden(spans) == ["sudo kill -SIGHUP 1"]


def test_a_stressed_connective_is_no_blank() -> None:
    spans = (Span("text", "connect to Azure "), Span("strong", children=(Span("text", "and"),)), Span("text", " Microsoft 365"))
    assert _hidden(spans) == []
