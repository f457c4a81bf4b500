"""Questions written without options and their answers listed after them are
asked as pairs: each question on a card's front, its answer on the back."""

from __future__ import annotations

from .test_cards import cards_of

PAIRED = """
## Networking

**Lambda networking**
- Lambda in a VPC needs a NAT gateway to reach the internet

**My practice Qs** (wrote these from stuff I got wrong)

1. Lambda in a private subnet can't reach a public third-party API. What's missing?
2. Objects must be retained 5 years and even the root user can't delete them. Which feature?
3. Need to analyze CSV logs in S3 ad hoc with SQL, cheapest, no infrastructure.

**Answers**

1. NAT gateway in a public subnet + a route 0.0.0.0/0 to it from the private subnet
2. S3 Object Lock in compliance mode, retention 5 years
3. Athena (a Glue crawler for the schema if needed)
"""


def test_each_question_is_asked_with_its_answer() -> None:
    lines = cards_of(PAIRED)
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert len(quizzes) == 3, lines
    assert any("can't reach a public third-party API. What's missing? => NAT gateway in a public subnet" in q for q in quizzes), quizzes
    assert any("no infrastructure. => Athena" in q for q in quizzes), quizzes
    # the answers make no cards of their own, nor do the questions
    assert not any("Answers" in line for line in lines), lines
    assert not any("{{c1::" in line and ("5 years" in line or "CSV" in line) for line in lines), lines


def test_answers_without_their_questions_make_no_cards() -> None:
    lines = cards_of(
        """
        ## Storage

        **S3**
        - object storage, 11 9s durability

        **Answers**

        1. NAT gateway in a public subnet + a route 0.0.0.0/0 to it
        2. S3 Object Lock in compliance mode, retention 5 years
        """
    )
    assert any("object storage" in line for line in lines), lines
    assert not any("Object Lock" in line or "NAT gateway" in line for line in lines), lines


def test_answers_under_a_label_with_a_colon_or_before_a_remark_still_pair() -> None:
    questions = """
        ## 13. Practice quiz (mine, answers below)

        1. A managed table `orders` is dropped. What happens to the data files?
        2. Which trigger processes all available data in micro-batches and then stops?

        **Answers{colon}**
        1. Deleted along with metadata (managed).
        2. `trigger(availableNow=True)`.

        Last-minute reminders: read every option; "least code" usually = DLT or Auto Loader.
        """
    for colon in (":", ""):
        lines = cards_of(questions.replace("{colon}", colon))
        quizzes = [line for line in lines if line.startswith("[quiz]")]
        assert len(quizzes) == 2, (colon, lines)
        assert "What happens to the data files? => Deleted along with metadata (managed)." in quizzes[0], quizzes
        assert "and then stops? => trigger(availableNow=True) ." in quizzes[1], quizzes
        assert not any(line.startswith("!") for line in lines), lines  # no answer taken for a missing option
        assert any("read every option" in line for line in lines), lines  # the remark after the answers is still said


def test_bullets_labelled_q1_and_a1_pair_as_the_numbered_lists_do() -> None:
    lines = cards_of(
        """
        ## Quick quiz

        - Q1. A flow should run every Monday at 7am to email a summary. Which cloud flow type?
        - Q2. What do you add to a topic so the agent recognises what the user wants?

        Answers:
        - A1: scheduled cloud flow
        - A2: trigger phrases
        """
    )
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert any("Which cloud flow type? => scheduled cloud flow" in q for q in quizzes), lines
    assert any("wants? => trigger phrases" in q for q in quizzes), lines
    assert not any("A1" in line or "A2" in line for line in lines), lines


def test_scenarios_under_a_title_of_questions_are_asked_with_the_answer_on_their_next_line() -> None:
    lines = cards_of(
        """
        ## Practice scenarios

        1. Audit logs for all projects must be kept for 7 years, unalterable, in one place.
            Aggregated org-level sink to a bucket with a locked retention policy.
        2. Admins need SSH to VMs that have no external IPs, without a bastion host.
            IAP TCP forwarding plus OS Login.
        """
    )
    quizzes = [line for line in lines if line.startswith("[quiz]")]
    assert any("unalterable, in one place. => Aggregated org-level sink" in q for q in quizzes), lines
    assert any("without a bastion host. => IAP TCP forwarding plus OS Login." in q for q in quizzes), lines
    assert not any("{{c1::" in line for line in lines), lines


def test_a_questions_options_on_its_next_line_are_no_answer() -> None:
    lines = cards_of(
        """
        ## Quiz (self-made)

        1. Which command shows the package that owns a file on an RPM system?
           a) `rpm -ql` b) `rpm -qf` c) `yum list` d) `rpm -V`
        2. Default signal sent by `kill PID`:
           a) SIGKILL b) SIGHUP c) SIGTERM d) SIGINT
        """
    )
    assert not any("=> a) SIGKILL" in line or "=> a) rpm -ql" in line for line in lines), lines
