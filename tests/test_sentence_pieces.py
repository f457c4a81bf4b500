"""A long line is cut at its sentences, never after a short abbreviation that
leads a number ("Rev. 2", "Fig. 3"): cut there, a back ends mid-sentence."""

from __future__ import annotations

from pipeline.cards.chunking import pieces
from pipeline.model import Span
from pipeline.model import inline as inl

from .test_cards import cards_of


def _cut(text: str) -> list[str]:
    return [inl.to_plain(p) for p in pieces((Span("text", text),), 20)]


def test_an_abbreviation_before_its_number_ends_no_sentence() -> None:
    cut = _cut("The lifecycle comes from NIST SP 800-61 Rev. 2, and the order is tested directly by the exam. NIST published Rev. 3 in April 2025 and re-aligned it to the CSF 2.0 functions.")
    assert any("Rev. 2" in part for part in cut) and any("Rev. 3" in part for part in cut), cut
    assert not any(part.endswith("Rev.") for part in cut), cut
    assert _cut("Three regions of the provider with three zones each exist today in the EU. 3 of them are new this year and more of them come soon.")[0].endswith("EU."), "a sentence may still open on a number"


def test_an_example_abbreviation_ends_no_sentence() -> None:
    cut = _cut("Role types: basic roles (Owner, Editor, Viewer — broad, avoid in production), predefined roles (service-specific, e.g. Storage Object Viewer) and custom roles. The guiding rule is the principle of least privilege.")
    assert not any(part.endswith("e.g.") or part.startswith("Storage Object Viewer)") for part in cut), cut


def test_the_overview_of_a_paragraph_ends_on_a_whole_sentence() -> None:
    lines = cards_of(
        """
        # Notes

        ## Domain 3 — Incident Response and Management (20%)

        The lifecycle comes from **NIST SP 800-61 Rev. 2**, and the order is tested directly. (NIST published Rev. 3 in April 2025, re-aligned to CSF 2.0 functions — but CS0-003 was written against Rev. 2, so I'm memorizing the four-phase model.)
        """
    )
    assert not any(line.rstrip(" @0123456789,").endswith("Rev.") or "Rev. =>" in line for line in lines), lines


def test_a_blanked_sentence_keeps_an_abbreviation_with_its_number() -> None:
    lines = cards_of("## Caching\n\n- Cache-Control: max-age sets freshness. See RFC 9111 Sec. 5 for the full list of directives.\n")
    # the sentence is asked whole, its number never cut off onto the back
    assert any("5 for the full list" in line.split("=>")[0] for line in lines), lines
    assert not any("… 5" in line for line in lines), lines
