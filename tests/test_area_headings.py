"""A heading in plain words over lines that name things of their own or list
members files an area of the notes: no "What is this?" card answers with it."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.area_headings import area_heading, lists_members
from pipeline.cards.recognition import recognition_cards
from pipeline.model.definitions import Line
from pipeline.notes.parse import parse_document

NOTES = """
## Account security

**Network security**
- network policies — allowed or blocked IP lists, set per account or per user
- private connectivity between the warehouse and the customer network

**Physical controls**
- Bollards, fencing, video surveillance, guards, access badges

**Cost control**
- resource monitors
  - created by the account admin, with a credit quota per interval
  - suspend the warehouse at a threshold

**Privileged access**
- JIT admin, approval, time-bound, MFA on activation -> PIM for Entra roles and Azure resource roles
- periodic recertification of group membership and guest access -> access reviews

**Threat intel**
- Open source feeds vs closed or paid feeds. Confidence levels: timeliness, relevancy, accuracy.
- threat intel sharing communities such as ISACs for one sector

**Containers**
- VM virtualizes the hardware; a container virtualizes the OS → lighter, starts in seconds
- images are layered and stored in a registry

**Snowpipe**
- continuous loading of files as they arrive in a stage, on serverless compute

**Init containers**
- Run to completion, in order, before app containers start
- a failed one is restarted by the kubelet according to the restart policy
"""


def _answers() -> str:
    cards = recognition_cards(parse_document(dedent(NOTES).lstrip("\n"), "n.md"), "p")
    return " ".join(c.answer for c in cards)


def test_an_area_is_no_answer_of_a_what_is_this_card() -> None:
    answers = _answers()
    assert "Network security" not in answers and "Physical controls" not in answers, answers
    assert "Cost control" not in answers, answers
    # a first clause that points from a need to its answer, or compares two things, defines no heading
    assert "Privileged access" not in answers and "Threat intel" not in answers, answers


def test_things_in_plain_words_are_still_recognised() -> None:
    answers = _answers()
    assert "Snowpipe" in answers and "Init containers" in answers and "Containers" in answers.replace("Init containers", ""), answers


def test_members_are_short_names_not_phrases_or_values() -> None:
    assert lists_members("Spyware (watches user), keylogger, bloatware")
    assert not lists_members("Run to completion, in order, before app containers start")
    assert not lists_members("name globally unique, 3–24 chars, lowercase + numbers")
    assert not lists_members("Find objects, people, text, scenes and videos using ML")


def test_a_first_line_that_spells_an_abbreviation_defines_its_heading() -> None:
    assert not area_heading("Lambda", (Line("FaaS: Function as a Service", 2, 0),))
    assert area_heading("Cost control", (Line("Resource monitors: credit quota per interval, set by admins", 2, 0),))



SECTION_OPENING_ON_TERMS = """
## 3. Innovating with Cloud AI

**Artificial intelligence** is the broad field of building machines that perform tasks that normally need human intelligence. **Machine learning** is a subset of AI that learns patterns from data.

ML is a good fit when the problem involves huge amounts of data or rules too complex to write by hand.

Choosing the right AI option is the most tested thing here:

- **Pre-trained APIs** — common capabilities, no ML expertise
- **BigQuery ML** — data already in the warehouse, the team knows SQL
- **AutoML** — a custom model without writing model code

**Vertex AI** is the unified ML platform covering the whole lifecycle.

**Tensor Processing Unit (TPU)**: custom-designed ASIC for accelerating ML workloads.

### Responsible AI

AI should be built responsibly from the start: fair, accountable, private by design.
"""


def _section_cards():  # type: ignore[no-untyped-def]
    return recognition_cards(parse_document(dedent(SECTION_OPENING_ON_TERMS).lstrip("\n"), "n.md"), "p")


def test_a_sections_text_opening_on_a_bold_term_defines_that_term_not_the_section() -> None:
    answers = " ".join(c.answer for c in _section_cards())
    assert "Innovating with Cloud AI" not in answers, answers
    assert "Vertex AI" in answers, answers  # (a clue saying "AI" gives Artificial intelligence away)


def test_one_name_is_offered_once() -> None:
    for card in _section_cards():
        assert "Artificial intelligence, Artificial intelligence" not in card.prompt, card.prompt


STANDARDS = """
## Cabling

### Ethernet standards
- 10BASE-T, 100BASE-TX, 1000BASE-T (copper)
- 1000BASE-SX (MMF short), 1000BASE-LX (SMF long)
- 10GBASE-T (copper), 10GBASE-SR (MMF), 10GBASE-LR (SMF, 10 km), 10GBASE-ER (40 km)
- "BASE" = baseband. S = short, L = long, E = extended.
"""


def test_a_heading_of_plain_words_is_no_blank_over_the_lines_filed_under_it() -> None:
    """"[Ethernet standards]: 10BASE-T, 100BASE-TX ..." asks where the author filed the line."""
    from pipeline.cards.prompts import plain_phrase

    from .test_cards import cards_of

    lines = cards_of(STANDARDS)
    assert not [line for line in lines if "{{c1::Ethernet standards}}" in line], lines
    assert plain_phrase("communication during test") and plain_phrase("File formats")
    assert not plain_phrase("Azure Files") and not plain_phrase("Storage") and not plain_phrase("10GBASE-T cabling")


PRINCIPLES = """
## Ch 1: Fundamentals

### The 7 testing principles (learn the list!)

1. **Testing shows the presence of defects.** Can't prove correctness.
2. **Exhaustive testing is impossible.** Except trivial cases. Use risk-based testing.
3. **Early testing saves time and money.** Defects removed early cost less.
4. **Defects cluster together.** A few components have most defects.
5. **Tests wear out.** Same tests repeated find fewer new defects.
6. **Testing is context dependent.** No single universally applicable approach.
7. **Absence-of-defects fallacy.** A defect-free system can still miss users' needs.

### Benefits & risks of test automation

**Benefits**
- more time for testers to design new, deeper, more effective tests
- reduced execution times, faster feedback
"""


def test_a_counted_or_joined_heading_of_plain_words_is_no_blank_either() -> None:
    """"[The 7 testing principles]: ...", "[Benefits & risks of test automation] — Benefits: ...":
    a count or an ampersand makes no name of the author's filing words."""
    from pipeline.cards.prompts import plain_phrase

    from .test_cards import cards_of

    lines = cards_of(PRINCIPLES)
    assert not [line for line in lines if "{{c1::The 7 testing principles}}" in line or "{{c1::Benefits &amp; risks" in line], lines
    assert plain_phrase("The 7 testing principles", counted=True) and plain_phrase("Benefits & risks of test automation", counted=True)
    assert not plain_phrase("The 7 testing principles") and not plain_phrase("Risks", counted=True)
    assert not plain_phrase("AWS & Azure", counted=True)
