"""A practice quiz written as numbered questions, each over its `A:` line."""

from __future__ import annotations

from .test_cards import cards_of

QUIZ = """
## Practice quiz

**Q1.** Which file belongs in version control: `.cache/` or `.lock.hcl`?
A: `.lock.hcl`. The cache is local.

**Q2.** Does applying a saved plan ask for confirmation?
A: No. A saved plan is applied as it is.

Question 3: True/false: a sensitive variable is encrypted in state.
A: False. It is only hidden from the output.
"""


def test_each_numbered_question_is_asked_with_its_answer() -> None:
    lines = cards_of(QUIZ)
    qa = [line for line in lines if line.startswith(("[qa]", "[quiz]"))]
    assert len(qa) == 3, lines
    assert "Which file belongs in version control" in qa[0] and "=> .lock.hcl . The cache is local." in qa[0], qa
    assert "Q1." not in qa[0] and "Question 3" not in qa[2], qa  # the number is no part of the question
    assert "=> False. It is only hidden from the output." in qa[2], qa
    # the answers are no term "A", and no blank hides a question's number
    assert not any(" | A =>" in line or "{{c1::Q" in line for line in lines), lines


def test_a_numbered_question_without_its_answer_line_makes_no_card() -> None:
    # (a paragraph right under it, after a blank line, would be its answer)
    lines = cards_of("## Practice quiz\n\n**Q1.** Which file belongs in version control?\n\n## Caching\n\n- The cache is local.\n")
    assert not any("Which file belongs" in line for line in lines), lines


def test_a_question_answered_on_its_own_line_is_asked_with_that_answer() -> None:
    lines = cards_of(
        """
        ## Self-quiz

        1. Q: Which document formally authorizes a project? -> A: Project charter (signed by sponsor).
        2. Q: Buying insurance is what risk response? A: Transfer.
        - Q: Read a secret with no creds in code? A: managed identity + `DefaultAzureCredential`.
        """
    )
    qa = [line for line in lines if line.startswith(("[qa]", "[quiz]"))]
    assert len(qa) == 3, lines
    assert "Which document formally authorizes a project? => Project charter (signed by sponsor)." in qa[0], qa
    assert "Buying insurance is what risk response? => Transfer." in qa[1], qa
    assert "=> managed identity + DefaultAzureCredential ." in qa[2], qa
    assert not any("A:" in line or "Q:" in line for line in qa), qa  # no marker left on either side


def test_a_quoted_claim_and_its_verdict_is_a_true_or_false_question() -> None:
    lines = cards_of(
        """
        ## Myths

        **True/false statements I've been caught out by**
        - **"The Scrum Master must facilitate the Daily Scrum."** — FALSE. The Daily Scrum is for the *Developers*.
        - "Only the Product Owner can cancel a Sprint." — TRUE. Not the SM.
        - Versioning - false by default
        """
    )
    qa = [line for line in lines if line.startswith(("[qa]", "[quiz]"))]
    assert len(qa) == 2, lines
    assert "True or false? The Scrum Master must facilitate the Daily Scrum. => FALSE. The Daily Scrum is for the Developers ." in qa[0], qa
    assert "True or false? Only the Product Owner can cancel a Sprint. => TRUE. Not the SM." in qa[1], qa
    # the claims make no other card (no list of them under the heading); a line with no quoted claim is asked as ever
    assert not any("cancel a Sprint" in line for line in lines if not line.startswith("[qa]")), lines
    assert any("Versioning => false by default" in line for line in lines), lines


def test_a_question_with_its_answer_folded_under_it_is_asked_with_that_answer() -> None:
    lines = cards_of(
        """
        ## Self-test

        1. Which service records API calls across the account?
        <details><summary>Answer</summary>CloudTrail</details>

        - Q: Which S3 class suits data read once a quarter but needed in milliseconds?
          <details><summary>Show answer</summary>S3 Standard-IA</details>
        """
    )
    qa = [line for line in lines if line.startswith(("[qa]", "[quiz]"))]
    assert len(qa) == 2, lines
    assert "Which service records API calls across the account? => CloudTrail" in qa[0], qa
    assert "needed in milliseconds? => S3 Standard-IA" in qa[1], qa
    # the folded answer makes no card of its own, and "Show answer" is no part of any card
    assert len(lines) == 2 and not any("Show answer" in line for line in lines), lines


def test_a_question_answered_on_its_items_next_line_is_a_question_card() -> None:
    lines = cards_of(
        """
        ## Self-check

        1. Stop devs from creating VMs with public IPs org-wide?
           Org policy constraint vmExternalIpAccess at the org node.
        2. VPC A peered with B, B with C. Can A reach C?
           No, peering is non-transitive.
        """
    )
    qa = [line for line in lines if line.startswith(("[qa]", "[quiz]"))]
    assert any("Stop devs from creating VMs with public IPs org-wide? => Org policy constraint vmExternalIpAccess at the org node." in line for line in qa), lines
    assert any("Can A reach C? => No, peering is non-transitive." in line for line in qa), lines
    assert not any("{{c1::" in line for line in lines), lines


STEMS = """
## Practice questions

**Q5.** You rotated a transit key to v3 and want old data re-encrypted without exposing plaintext to the app. Use:
- A) `transit/decrypt` then `transit/encrypt`
- B) `transit/rewrap` ✅
- C) `transit/datakey`

**Q16.** A pipeline must deploy only after a human approves the model version.

> Register in **Model Registry** with `PendingManualApproval`; on status → `Approved`, an EventBridge rule triggers the deploy.
"""


def test_a_stem_of_several_sentences_and_an_answer_with_an_arrow_stay_one_question() -> None:
    """"... without exposing plaintext to the app. Use:" over its options is one stem, not a term
    "Q5" and a quiz asking "Use:"; an arrow inside the quoted answer of "**Q16.**" is no question of its own."""
    lines = cards_of(STEMS)
    quiz = [line for line in lines if line.startswith("[quiz]")]
    assert len(quiz) == 1 and "You rotated a transit key to v3" in quiz[0] and "=> B. transit/rewrap" in quiz[0], lines
    qa = [line for line in lines if line.startswith("[qa]")]
    assert len(qa) == 1 and "human approves the model version. => Register in Model Registry" in qa[0], lines
    assert not any(" | Q5 =>" in line or " | Q16 =>" in line for line in lines), lines
