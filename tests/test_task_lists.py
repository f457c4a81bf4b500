"""A list of tasks, each with its command (`to upgrade: terraform init -upgrade`),
asks each command from its task; it is no set whose tasks are blanked."""

from __future__ import annotations

from .test_cards import cards_of


def test_tasks_with_their_commands_are_no_enumeration() -> None:
    lines = cards_of(
        """
        ## Providers

        ### Dependency lock file
        - to move to a newer allowed version: `terraform init -upgrade`
        - add hashes for other platforms: `terraform providers lock -platform=linux_amd64`
        - `.terraform/` dir = downloaded providers and modules, never committed
        """
    )
    assert not any("{{c1::to move to a newer allowed version}}" in line for line in lines), lines
    assert any("add hashes for other platforms — which command? => terraform providers lock" in line for line in lines), lines


def test_practice_questions_over_their_answers_are_no_enumeration() -> None:
    lines = cards_of(
        """
        ## Practice Qs

        1. extended the LV but `df -h` shows the old size (xfs)?
           - `xfs_growfs /mountpoint`
        2. process ignores SIGTERM?
           - `kill -9 PID`
        3. boot to non-GUI by default?
           - `systemctl set-default multi-user.target`
        """
    )
    # a blank over a question stem asked nothing; each question asks its answer
    assert not any("{{c1::" in line and "ignores SIGTERM" in line for line in lines), lines
    assert any("process ignores SIGTERM? => kill -9 PID" in line for line in lines), lines


def test_a_comma_inside_code_cuts_no_item() -> None:
    lines = cards_of(
        """
        ## Text processing

        - grep
          - regex: `^` start, `$` end, `.` any char, `*` 0+, `{2,4}`
        """
    )
    listed = next(line for line in lines if "start" in line and "{{c" in line)
    # `{2,4}` was two items, "{2" and "4}", each blanked alone
    assert "{2,4}" in listed and "{{c5::{2}}" not in listed, listed


def test_a_scenario_over_its_answer_is_a_question_and_its_answer() -> None:
    lines = cards_of(
        """
        ## Identity

        ### PIM
        - eligible = must activate; active = always has it

        Scenario: Admins must only have Owner on subscription when needed, for max 2 hrs, with manager approval.
        - Answer: PIM eligible assignment, activation max 2h, require approval. Needs P2.
        """
    )
    assert any(line.startswith("[qa]") and "Admins must only have Owner on subscription when needed" in line and "=> PIM eligible assignment" in line for line in lines), lines
    assert not any("— Scenario" in line or "— Answer" in line or "Scenario :" in line for line in lines), lines


def test_a_numbered_question_over_an_arrow_line_is_a_question_and_its_answer() -> None:
    """`**Q10.** ...?` with `→ answer` on the next line, and no options: the author's own
    card, not a stray arrow line blanked under "Practice questions"."""
    lines = cards_of(
        """
        ## Practice questions

        **Q10.** Who is responsible for sizing PBIs?
        → **the Developers** who will do the work. PO can help them understand trade-offs.

        **Q11.** When does a Sprint end?
        A) when all PBIs are Done B) when the timebox expires C) when the PO accepts D) after the Review
        → **B**. Fixed length.

        **Q18.** True or false: the Scrum Master must attend the Daily Scrum.
        → **False.** It's the Developers' event.
        """
    )
    assert any(line.startswith("[qa]") and "Who is responsible for sizing PBIs? => the Developers who will do the work" in line for line in lines), lines
    assert any(line.startswith("[qa]") and "True or false: the Scrum Master must attend the Daily Scrum. => False." in line for line in lines), lines
    assert any(line.startswith("[quiz]") and "When does a Sprint end?" in line for line in lines), lines
    assert not any("→ {{c1::" in line or "{{c1::Q18.}}" in line.replace(" ", "") for line in lines), lines


def test_a_numbered_question_over_a_folded_or_quoted_answer_is_a_question_and_its_answer() -> None:
    lines = cards_of(
        """
        ## Practice questions

        **Q2.** A batch job can be interrupted and restarted. Which EC2 option is MOST cost-effective?
        <details><summary>Answer</summary>Spot Instances (up to 90% off, can be interrupted).</details>

        **Q3.** Which service gives on-demand access to AWS compliance reports?

        > AWS Artifact.
        """
    )
    assert any(line.startswith("[qa]") and "Which EC2 option is MOST cost-effective? => Spot Instances" in line for line in lines), lines
    assert any(line.startswith("[qa]") and "compliance reports? => AWS Artifact." in line for line in lines), lines
    assert not any("Answer Answer" in line or "{{c1::90%}}" in line for line in lines), lines


def test_an_arrow_before_a_lower_case_letter_answers_a_question_of_lettered_options() -> None:
    lines = cards_of(
        """
        ## Practice questions

        **Q1.** Which is the purpose of the "incident management" practice?
        a) to reduce the likelihood and impact of incidents by identifying causes
        b) to minimize the negative impact of incidents by restoring normal service quickly
        c) to capture demand for incident resolution
        → **b**. (a = problem mgmt, c = service desk)
        """
    )
    assert any(line.startswith("[quiz]") and "=> B. to minimize the negative impact" in line for line in lines), lines


def test_a_key_after_the_last_option_on_its_line_answers_the_question() -> None:
    lines = cards_of(
        """
        ## Practice questions

        **Q4.** Container exceeds its memory limit. What happens?
        a) throttled b) OOMKilled c) moved to another node d) nothing → **b** (CPU would be throttled)

        **Q5.** Which is NOT one of the OpenGitOps principles?
        a) Declarative b) Pulled automatically c) Pushed by CI d) Continuously reconciled → **c**
        """
    )
    assert any(line.startswith("[quiz]") and "What happens?" in line and "=> B. OOMKilled" in line for line in lines), lines
    assert any(line.startswith("[quiz]") and "=> C. Pushed by CI" in line for line in lines), lines
    assert not any("a) throttled" in line or line.startswith("[term]") for line in lines), lines
