"""A blank asks what singles its answer out: not the partner a line ties its
thing to ("integration with [...]" fits whatever the thing works with), and
not a remark in brackets after the name it hides."""

from __future__ import annotations

from pipeline.cards.entries import Fact, Group
from pipeline.cards.forward_facts import forward_text
from pipeline.cards.partners import hides_a_partner
from pipeline.cards.sink import CardSink
from pipeline.model import Span

from .test_cards import cards_of

_SECURITY = """
## Security

**Scanner:**
- automated security assessments for virtual machines and container images
- reporting & integration with Findings Hub
- a risk score is given to every vulnerability, for prioritization

**Findings Hub:**
- central security tool to gather findings across several accounts
- integrated dashboard of the security and compliance of the accounts

**Recorder:**
- records the configuration of resources and their changes over time
- possibility of storing the history into Object Store

**Object Store:**
- stores files as objects in buckets, with unlimited space

**Lens:**
- serverless query service to analyse files of the Object Store with SQL
"""


def test_the_partner_after_an_integration_is_not_the_blank() -> None:
    lines = cards_of(_SECURITY)
    assert not any("integration with {{c1::Findings Hub}}" in line for line in lines)
    assert any("integration with Findings Hub" in line for line in lines)  # the line is still said


def test_a_remark_in_brackets_after_the_hidden_phrase_stays_shown() -> None:
    sink = CardSink("n.md", "p", None)
    group = Group(("Audit",), (Span("text", "Recorder"),), 3, Fact((), 3), False)
    for line, shown in [
        ("possibility of storing the history into Object Store (queried by Lens)", "{{c1::Object Store}} (queried by Lens)"),
        ("can be attached to one machine at a time (at the basic level) (but not with Multi-Attach)", "{{c1::a time}} (at the basic level)"),
    ]:
        found = forward_text(sink, group, Fact((Span("text", line),), 5))
        assert found is None or shown in found[0], found
    found = forward_text(sink, group, Fact((Span("text", "possibility of storing the history into Object Store (queried by Lens)"),), 5))
    assert found is not None and found[0].endswith("{{c1::Object Store}} (queried by Lens)")


def test_a_word_after_works_with_is_a_fact_unless_it_names_a_thing_of_the_notes() -> None:
    things = {"Transit Hub", "Direct Link"}.__contains__
    assert hides_a_partner("<b>Router</b>: works with {{c1::Direct Link}} gateways", things)
    assert hides_a_partner("<b>Toolkit</b>: framework that can leverage {{c1::Transit Hub}}", things)
    assert hides_a_partner("<b>Contact</b>: can integrate with other {{c1::CRM}} systems", things)
    assert not hides_a_partner("<b>Shared Drive</b>: works with {{c1::Linux}} instances only", things)
    assert not hides_a_partner("<b>Keys</b>: every use of a key is logged in {{c1::Audit Trail}}", things)


def test_a_clue_that_only_says_what_the_thing_relies_on_or_leverages_points_nowhere() -> None:
    from pipeline.cards.partners import names_others

    assert names_others(["relied on VM (managed service)"])
    assert names_others(["framework that can leverage GraphHub"])
    assert not names_others(["relies on block storage volumes attached to each node for its disk space"])


def test_a_closing_phrase_never_begins_inside_a_quote() -> None:
    sink = CardSink("n.md", "p", None)
    group = Group(("Setup",), (Span("text", "Org Rules"),), 3, Fact((), 3), False)
    line = 'newer orgs get "secure by default" policies already enforced (e.g. key creation blocked)'
    found = forward_text(sink, group, Fact((Span("text", line),), 5))
    assert found is None or '{{c1::default"' not in found[0], found
