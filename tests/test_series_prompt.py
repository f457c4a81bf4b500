"""How recognition asks: a member of a numbered series (`1. Operational Excellence`) under the line
that introduces the series, which says what kind of thing is wanted; a clue nested
under a label with its label; a tier as the lowest tier that includes its clues;
no back that passes one kind of the thing for its definition."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.asking import ask_line
from pipeline.cards.recognition import recognition_plan
from pipeline.notes.parse import parse_document

NOTES = """
## Frameworks

**Principles:**
- keep the design simple
- There are 4 layers in the Stack Model:

**1. Transport**
- moves bytes between hosts with retries and ordering

**2. Session**
- keeps a conversation open across requests with tokens

**3. Presentation**
- turns stored records into the formats screens expect

**4. Application**
- the programs people use, with their menus and buttons
"""


def test_a_series_member_is_asked_under_the_line_that_introduces_the_series() -> None:
    plan = recognition_plan(parse_document(dedent(NOTES).lstrip("\n"), "n.md"))
    asked = {a.thing.name: ask_line(a) for a in plan}
    assert asked.get("Transport") == "Which of the 4 layers in the Stack Model is this?", asked
    assert asked.get("Session", "").startswith("Which of the 4 layers"), asked


def test_without_an_introducing_line_the_prompt_stays_plain() -> None:
    notes = NOTES.replace("- There are 4 layers in the Stack Model:\n", "")
    plan = recognition_plan(parse_document(dedent(notes).lstrip("\n"), "n.md"))
    assert plan and not [a for a in plan if "layers" in ask_line(a)], [ask_line(a) for a in plan]


def test_a_clue_nested_under_a_label_keeps_the_label_before_it() -> None:
    notes = """
    ## Billing

    **Voucher:**
    - prepaid amount taken off a monthly invoice
    - applied in the following order:
      - soonest expiring first
      - fewest eligible products next

    **Invoice:**
    - the monthly statement of charges
    """
    plan = recognition_plan(parse_document(dedent(notes).lstrip("\n"), "n.md"))
    cues = [cue for a in plan if a.thing.name == "Voucher" for cue in a.cues]
    nested = [cue for cue in cues if "expiring" in cue or "eligible" in cue]
    assert nested and all(cue.startswith("Applied in the following order: ") for cue in nested), cues


TIERS = """
## Plans

**Support Plans:**
- **Starter:**
  - forum access and documentation for everyone
  - response within two days by email
- **Growth:**
  - phone access to engineers around the clock
  - response (+ production system down within an hour)
- **Premier:**
  - a named account manager for the customer
  - response (+ business critical system down within fifteen minutes)
"""


def test_a_tier_is_recognised_as_the_lowest_tier_that_includes_its_clues() -> None:
    plan = recognition_plan(parse_document(dedent(TIERS).lstrip("\n"), "n.md"))
    asked = {a.thing.name: ask_line(a) for a in plan}
    assert asked.get("Premier", "").startswith("Lowest tier that includes"), asked
    plain = recognition_plan(parse_document(dedent(TIERS.replace("(+ ", "(")).lstrip("\n"), "n.md"))
    assert plain and not [a for a in plain if ask_line(a).startswith("Lowest")], [ask_line(a) for a in plain]


def test_the_back_leaves_out_a_definition_that_is_one_kind_of_the_thing() -> None:
    from pipeline.cards.asking import answer_html

    notes = """
    ## Storage

    **Mirroring:**
    - CRM: Cross-Region mirroring
    - SRM: Same-Region mirroring
    - both buckets must keep every version of each object
    - copies are made in the background, some time after each write

    **Archive:**
    - cold storage for backups kept for years
    """
    plan = recognition_plan(parse_document(dedent(notes).lstrip("\n"), "n.md"))
    backs = [answer_html(a) for a in plan if a.thing.name == "Mirroring"]
    assert backs and not [b for b in backs if "Cross-Region" in b], backs
