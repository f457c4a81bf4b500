"""A clue read on the exam points at one answer: a line under a named feature of
a thing (`AuditLog Insights:`) is that feature's, not the thing's, and a
comparison fact that a thing outside the options says in one of its lines
reads as that one, however right it is among the options."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.compare import comparisons
from pipeline.cards.recognition import recognition_plan
from pipeline.notes.parse import parse_document

from .test_compare_neighbours import FILLER


def _document(markdown: str):  # type: ignore[no-untyped-def]
    return parse_document(dedent(markdown).lstrip("\n") + dedent(FILLER), "n.md")


AUDIT = """
## Monitoring

**AuditLog:**
- records every API call made in the account
- keeps a history of console and SDK actions
- AuditLog Insights:
  - automated analysis of the recorded events
  - raise alarms whenever the baseline resource numbers are crossed
- Pricing:
  - the first copy of management events is free of charge
"""


def test_lines_under_a_named_feature_are_no_clue_to_the_whole_thing() -> None:
    cues = [cue for asked in recognition_plan(_document(AUDIT)) if asked.thing.name == "AuditLog" for cue in asked.cues]
    assert any("every API call" in cue for cue in cues), cues
    assert not any("baseline" in cue or "automated analysis" in cue for cue in cues), cues


def test_lines_under_a_part_label_stay_clues() -> None:
    cues = [cue for asked in recognition_plan(_document(AUDIT)) if asked.thing.name == "AuditLog" for cue in asked.cues]
    # `Pricing:` names no feature: what it leads is still said of the thing
    assert any("management events is free" in cue for cue in cues), cues


LANGUAGE = """
## Language

**Scribe:**
- converts audio files into written transcripts
- uses automatic speech recognition to convert speech to text quickly

**Bots:**
- two ways to talk with customers
- ChatDesk:
  - builds chatbots and call center bots
  - automatic speech recognition to convert speech to text for callers
- MailDesk:
  - answers customer emails with templates
  - routes each message to a human queue
"""


def _facts(markdown: str) -> list[tuple[str, str]]:
    return [(thing.name, fact) for _, facts in comparisons(_document(markdown)) for thing, fact, _ in facts]


def test_a_fact_another_thing_says_in_one_line_is_not_compared() -> None:
    facts = _facts(LANGUAGE)
    assert ("MailDesk", "Answers customer emails with templates") in facts, facts
    assert not any("speech" in fact for _, fact in facts), facts


def test_a_fact_no_thing_outside_the_options_says_is_compared() -> None:
    # without the transcriber, nothing outside the two options says it: it tells them apart
    facts = _facts(LANGUAGE.replace("- uses automatic speech recognition to convert speech to text quickly\n", ""))
    assert ("ChatDesk", "Automatic speech recognition to convert speech to text for callers") in facts, facts
