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


UNASKED = """
## Self-quiz

1. A risk response introduced a new risk that the vendor might go bankrupt. This new risk is a:
   - A. Residual risk
   - B. Secondary risk
   - C. Trigger

2. You buy insurance against fire damage at the site. This response strategy is:
   - A. Avoid
   - B. Transfer
   - C. Accept

3. Which contract type puts the most cost risk on the buyer?
   - A. FFP
   - B. CPFF
"""


def test_a_key_answering_numbered_lines_that_ask_without_a_question_mark_makes_each_a_question() -> None:
    notes = UNASKED + """
### Answer key

1. **B** — secondary. Residual = what's left of the original risk
2. **B** — transfer (the financial impact moves to the insurer)
3. **B** — cost plus fixed fee; buyer pays all allowable costs
"""
    lines = cards_of(notes)
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert len(quizzes) == 3, lines
    assert "This new risk is a:" in quizzes[0] and "=> B. Secondary risk secondary." in quizzes[0], quizzes
    assert "=> B. Transfer" in quizzes[1] and "=> B. CPFF" in quizzes[2], quizzes
    # the key's letters are no terms ("B" -> the whole key), its options no sides to sort
    assert not any(line.startswith(("[term]", "[overview]", "[classify]")) for line in lines), lines
    asked = direction_cards(parse_document(dedent(notes).lstrip("\n"), "n.md"), "p", frozenset())
    assert not any("Residual risk" in card.prompt or "Avoid" in card.prompt for card in asked), [c.prompt for c in asked]


def test_a_key_that_answers_other_questions_than_these_makes_no_card() -> None:
    lines = cards_of(
        UNASKED
        + """
### Answer key

1. **B** — secondary
2. **B** — transfer
3. **B** — cost plus fixed fee
4. **C** — storming (and a new member can send the team back)
"""
    )
    assert not any(line.startswith("[quiz]") for line in lines), lines
    assert not any("storming" in line or "cost plus" in line for line in lines if not line.startswith("!")), lines


def test_a_key_of_letters_numbered_on_one_line_answers_each_question() -> None:
    lines = cards_of(UNASKED + "\n**Answers:** 1. B  2. B  3. B\n")
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert len(quizzes) == 3 and all("=> B." in line for line in quizzes), lines


INLINE_OPTIONS = """
## Quiz (self-made)

1. Which command shows the package that owns a file on an RPM system?
   a) `rpm -ql` b) `rpm -qf` c) `yum list` d) `rpm -V`
2. The 5th field of `/etc/fstab` is used by:
   a) fsck b) mount c) dump d) swapon
3. Default signal sent by `kill PID`:
   a) SIGKILL b) SIGHUP c) SIGTERM d) SIGINT

## Answer key
"""


def test_options_on_one_line_and_a_key_on_one_line_with_remarks_make_a_card_per_question() -> None:
    lines = cards_of(INLINE_OPTIONS + "\n1 b · 2 c (dump; 6th = fsck pass) · 3 c\n")
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert len(quizzes) == 3, lines
    assert "=> B. rpm -qf" in quizzes[0], quizzes
    assert "=> C. dump" in quizzes[1] and "6th = fsck pass" in quizzes[1], quizzes
    assert "Default signal sent by" in quizzes[2] and "=> C. SIGTERM" in quizzes[2], quizzes
    assert not any("SIGKILL" in line for line in lines if not line.startswith("[quiz]")), lines


def test_a_key_on_one_line_separated_by_semicolons_or_spaces_answers_each_question() -> None:
    for key in ("1-b; 2-c; 3-c", "1 (b), 2 (c), 3 (c)", "1b 2c 3c"):
        quizzes = [line for line in cards_of(INLINE_OPTIONS + f"\n{key}\n") if line.startswith("[quiz]")]
        assert len(quizzes) == 3 and "=> C. SIGTERM" in quizzes[2], (key, quizzes)


def test_options_on_one_line_left_unanswered_show_no_option_as_the_answer() -> None:
    lines = cards_of(INLINE_OPTIONS + "\n1 b · 2 c\n")
    assert not any(line.startswith("[quiz]") for line in lines), lines
    assert not any("SIGKILL" in line or "swapon" in line for line in lines if not line.startswith("!")), lines


def test_a_key_whose_letters_are_followed_by_why_in_brackets_answers_its_questions() -> None:
    lines = cards_of(
        """
        ## Practice quiz

        **1.** Who orders the product backlog?
        - A. Scrum master
        - B. Product owner
        - C. Developers

        **2.** A project has CPI = 0.9. Which statement is correct?
        - A. Under budget
        - B. Over budget

        ### Answer key

        1 — B (the PO owns priorities)
        2 — B (CPI < 1 means over budget)
        """
    )
    quiz = [line for line in lines if line.startswith("[quiz]")]
    assert len(quiz) == 2, lines
    assert any("B. Product owner" in line and "the PO owns priorities" in line for line in quiz), quiz
    assert not any(line.startswith("[number]") for line in lines), lines


BROKEN_KEY = """
## Quiz

**Q1.** Which audit level records request AND response bodies?
a) Metadata  b) Request  c) RequestResponse  d) Full

**Q2.** Admission plugin limiting kubelets to their own Node + pods?
a) AlwaysPullImages  b) NodeRestriction  c) PodSecurity  d) ServiceAccount

**Q3.** securityContext field that can ONLY be set at container level?
a) runAsUser  b) fsGroup  c) capabilities  d) seccompProfile

### Answer key
1 **c** · 2 **b**
3 **c** (fsGroup = pod only)
"""


def test_a_key_broken_over_lines_answers_each_question_in_turn() -> None:
    lines = cards_of(BROKEN_KEY)
    quiz = [line for line in lines if line.startswith("[quiz]")]
    assert len(quiz) == 3, lines
    assert "=> C. RequestResponse" in quiz[0] and "=> B. NodeRestriction" in quiz[1] and "=> C. capabilities" in quiz[2], quiz
    assert not [line for line in lines if "Answer key" in line.split("|")[-1].split("=>")[0]], lines


def test_a_key_with_bracketed_working_and_several_letters_answers_its_questions() -> None:
    lines = cards_of(
        """
        # Developer notes

        ## Mock exam

        **1.** Which function reads another stack's export?
        - A. Ref
        - B. Fn::ImportValue
        - C. Fn::GetAtt

        **2.** Strongly consistent reads of 9 KB items, 50 per second: how many RCUs?
        - A. 100
        - B. 150
        - C. 450

        **3.** (select TWO) Reduce Lambda cold starts:
        - A. Provisioned concurrency
        - B. Add a DLQ
        - C. SnapStart

        ### Answer key
        1-B · 2-B (ceil(9/4)=3 × 50 = 150) · 3-A,C
        """
    )
    quiz = [line for line in lines if line.startswith("[quiz]")]
    assert len(quiz) == 3, lines
    assert "=> B. Fn::ImportValue" in quiz[0] and "=> B. 150" in quiz[1] and "A. Provisioned concurrency C. SnapStart" in quiz[2].split("=>")[1], quiz


def test_a_key_written_as_a_table_answers_each_question_with_its_remark() -> None:
    """`| Q | ans | why |` over a row per question: each row's letter the question's answer."""
    lines = cards_of(
        QUESTIONS
        + """
        ### Answer key

        | Q | ans | why (1 line) |
        |---|---|---|
        | 1 | B | EAC = BAC / CPI |
        | 2 | C | 36 - 15 = 21 |
        """.replace("        ", "")
    )
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert len(quizzes) == 2, lines
    assert "=> B. $125,000 EAC = BAC / CPI" in quizzes[0] and "=> C. 21 36 - 15 = 21" in quizzes[1], quizzes
    assert not any("no answer" in line for line in lines), lines


def test_numbered_statements_the_options_answer_by_number_are_the_questions() -> None:
    """`Which two are ...?` over `1. Guiding principles` ... `4. Value streams`, then `A) 1 and 2`."""
    lines = cards_of(
        """
        ## Practice

        **Q1.** Which two are components of the service value system?
        1. Guiding principles
        2. Practices
        3. The four dimensions of service management
        4. Value streams
        - A) 1 and 2
        - B) 2 and 3
        - C) 3 and 4
        - D) 1 and 4

        Answer: A
        """
    )
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert len(quizzes) == 1 and "Which two are components" in quizzes[0], lines
    assert "4. Value streams" in quizzes[0] and "=> A. 1 and 2" in quizzes[0], quizzes
