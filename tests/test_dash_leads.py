"""A line that ends on a dash over a list (`__Default metric types__ are —`) leads
that list, as a colon would: the author's colon, not a statement that says nothing."""

from __future__ import annotations

from .test_cards import cards_of

NOTES = """
## ELB

__Default metric types for a load balancer__ are —
1. Request count per target
2. Average CPU utilization
3. Healthy host count

__S3 object metadata__—
1. System metadata
2. User-defined metadata

Pick the region - then the zone.
"""


def test_a_line_ending_on_a_dash_leads_the_list_under_it() -> None:
    lines = cards_of(NOTES)
    assert [line for line in lines if "Default metric types for a load balancer" in line and "{{c1::Request count per target}}" in line], lines
    assert not [line for line in lines if "=> are —" in line or "metadata —" in line], lines
    assert [line for line in lines if "S3 object metadata" in line and "System metadata" in line], lines


def test_a_dash_inside_a_line_leads_nothing() -> None:
    from pipeline.model import Span
    from pipeline.notes.dash_leads import dash_lead

    assert dash_lead((Span("text", "Pick the region - then the zone."),)) is None
    assert dash_lead((Span("text", "-"),)) is None
    lead = dash_lead((Span("strong", children=(Span("text", "CNAME vs ALIAS"),)), Span("text", " —  ")))
    assert lead is not None and lead[-1].text == ":"
