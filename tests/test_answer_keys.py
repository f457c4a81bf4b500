"""A self-quiz whose answers are listed after all its questions."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.directions import direction_cards
from pipeline.notes.parse import parse_document

from .test_cards import cards_of

QUESTIONS = """
## Practice

- Burndown: work remaining goes down

**Self-quiz** (answers at the bottom)

**Q1.** BAC is $100,000 and CPI is 0.8. What is the EAC?
- A) $112,500
- B) $125,000
- C) $110,000

**Q2.** A team grows from 6 to 9 people. How many channels were added?
- A) 3
- B) 15
- C) 21
"""


def test_a_key_of_answers_after_the_questions_answers_each_in_turn() -> None:
    lines = cards_of(
        QUESTIONS
        + """
        **Answers**
        1. **B** — EAC = BAC / CPI = $125,000
        2. **C** — 36 - 15 = 21
        """.replace("        ", "")
    )
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert len(quizzes) == 2, lines
    assert not any("answers at the bottom" in line for line in lines), lines  # how to use the quiz, no fact
    first_text = quizzes[0].split(" | ", 1)[1]  # after the breadcrumb, where "Self-quiz" may lead
    assert "Burndown" not in first_text and "Self-quiz" not in first_text, quizzes  # the lines before Q1 are not its text
    assert "What is the EAC?" in quizzes[0] and "=> B. $125,000 EAC = BAC / CPI" in quizzes[0], quizzes
    assert "channels were added?" in quizzes[1] and "=> C. 21 36 - 15 = 21" in quizzes[1], quizzes
    # the key's letters are no cards of their own
    assert not any("C, B" in line or line.startswith("[term] Practice › Answers") for line in lines), lines
    assert not any("no answer" in line for line in lines), lines


def test_a_key_under_its_own_heading_that_answers_fewer_questions_is_left_alone() -> None:
    lines = cards_of(
        QUESTIONS
        + """
        ## Answer key

        1. **B** — EAC = BAC / CPI
        """.replace("        ", "")
    )
    assert not any(line.startswith("[quiz]") for line in lines), lines
    assert sum("no answer" in line for line in lines) == 2, lines


def test_a_to_do_list_with_an_item_ticked_is_no_question() -> None:
    lines = cards_of(
        """
        ## Review

        Still weak on (review Wednesday night)
        - [ ] purpose wording of supplier management
        - [x] the 7 guiding principles
        - [ ] sample paper B
        """
    )
    assert not any(line.startswith("[quiz]") for line in lines), lines


def test_a_key_on_one_line_answers_each_question_in_turn() -> None:
    lines = cards_of(
        """
        ## Practice quiz

        Q1: Which protocol resolves names to addresses?
        A. ARP
        B. DNS

        Q2: Which protocol leases addresses to hosts?
        A. DHCP
        B. ARP

        Answers: 1-B, 2-A
        """
    )
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert len(quizzes) == 2 and "=> B. DNS" in quizzes[0] and "=> A. DHCP" in quizzes[1], lines


def test_numbered_questions_with_no_answer_are_no_things_and_no_cards() -> None:
    notes = """
        ## Protocols

        - **DNS** resolves names to addresses, UDP 53
        - **DHCP** leases addresses to hosts, UDP 67/68

        ## Review questions

        - **Q1**: Which protocol resolves names to addresses, and on which port?
        - **Q2**: Which protocol leases addresses to hosts, and on which ports?
        - **Q3**: Which protocol maps an IPv4 address to a MAC address?
        """
    lines = cards_of(notes)
    assert not any("Q1" in line or "Which protocol maps" in line for line in lines), lines
    asked = direction_cards(parse_document(dedent(notes).lstrip("\\n"), "n.md"), "p", frozenset())
    assert asked and not any("Q1" in card.prompt or "Q2" in card.answer for card in asked), [c.prompt for c in asked]
