"""The author's remarks to themself ("Caught me twice", "i keep flipping them",
"remember this one!", "trap q!") are left off every card; a sentence that
carries a fact keeps it, whatever flag is before it."""

from __future__ import annotations

from pipeline.notes.hedges import without_hedges
from pipeline.notes.self_remarks import is_self_remark

from .test_cards import cards_of


def test_a_sentence_that_is_only_a_remark_goes() -> None:
    assert without_hedges("Triggers do NOT fire automatically. Caught me twice") == "Triggers do NOT fire automatically."
    assert without_hedges("RPO is about DATA, RTO about TIME. i keep flipping them") == "RPO is about DATA, RTO about TIME."
    assert without_hedges("You can deploy without releasing. Took me ages to get this.") == "You can deploy without releasing."
    assert without_hedges(" = track processed data (incremental loads). remember this one!") == " = track processed data (incremental loads)."
    assert without_hedges("LP is a separate component. i confused this twice in the practice test") == "LP is a separate component."
    assert without_hedges("NOT used in the auction. trap q!") == "NOT used in the auction."
    # where the author met the fact: a mock or practice question, no fact of it
    assert without_hedges("Not all will be critical in every situation. This exact point was a mock question!") == (
        "Not all will be critical in every situation."
    )
    assert without_hedges("Ports 1-1023 are well known. That one came up in my practice exam.") == "Ports 1-1023 are well known."
    assert not is_self_remark("This was a big change in 2020.")
    # how the author fared: "got this wrong twice", "messed this up on the mock"
    assert without_hedges("getting a Glue job into a private RDS (got this wrong twice):") == "getting a Glue job into a private RDS:"
    assert is_self_remark("messed this up on the practice test")
    assert not is_self_remark("got the answer wrong")
    # how often the author met a fact is no fact of it; a service that comes up after boot is one
    assert is_self_remark("This shows up more than I expected.") and is_self_remark("it comes up a lot")
    assert not is_self_remark("It comes up after the VM boots.")


def test_a_remark_closing_a_sentence_after_a_dash_or_comma_goes() -> None:
    assert without_hedges('"RAID 0 has zero redundancy" — that\'s how I remember it. RAID is NOT a backup.') == (
        '"RAID 0 has zero redundancy". RAID is NOT a backup.'
    )
    assert without_hedges(': "AV AC PR UI S CIA" — I just chant it.') == ': "AV AC PR UI S CIA"'
    assert without_hedges("personality is the LEAST common source, which surprised me.") == "personality is the LEAST common source"
    assert without_hedges(" — P2, remember this one!") == " — P2"
    assert without_hedges("yes relational, inside Cosmos, confusing") == "yes relational, inside Cosmos"
    # "**LVM** — remember this one!": the label alone; "**X** — classic trap. Fact.": the dash leads the fact
    assert without_hedges(" — remember this one!") == ""
    assert without_hedges(" — classic trap. Control Quality is internal.") == " — Control Quality is internal."


def test_a_remark_in_brackets_or_before_its_fact_goes() -> None:
    assert without_hedges("Sunk costs are never a reason to continue (definately a trap).") == "Sunk costs are never a reason to continue."
    assert without_hedges("returns the public IP (classic gotcha)") == "returns the public IP"
    assert without_hedges("who uses which key (always gets me)") == "who uses which key"
    assert without_hedges("confusing! — RPO is about DATA.") == "RPO is about DATA."


def test_a_fact_with_a_flag_or_a_first_person_word_stays() -> None:
    kept = [
        "Gotcha: S3 is global but buckets are regional",
        "trap: NACL is stateless.",
        '"I don\'t know which algorithm, try them all for me"',
        "precision = of those I said positive, how many really were",
        "Retention default = never expire (cost trap!).",
        "AH protocol # 51 vs ESP 50, keep it in mind.",
        "(different denominator from the rate ones!! trap)",  # a bracket is never cut across
    ]
    for text in kept:
        assert without_hedges(text) == text, text
    assert not is_self_remark("SIGKILL can't be caught")


def test_a_detail_cloze_carries_no_remark_on_its_back() -> None:
    lines = cards_of(
        """
        ## Cosmos DB

        **Server-side**
        - Stored procedures run in one partition and are atomic within it.
        - Triggers (pre/post) do NOT fire automatically — must be specified in each request. Caught me twice
        - The change feed lists changes in order within a partition key.
        """
    )
    assert any("fire automatically" in line for line in lines), lines
    assert not any("Caught me" in line for line in lines), lines


def test_a_pointer_to_another_part_of_the_notes_goes() -> None:
    assert without_hedges("extend ARM management to non-Azure resources (see above)") == "extend ARM management to non-Azure resources"
    assert is_self_remark("more on this below")
    assert not is_self_remark("above 10 GB")


def test_a_closing_clause_on_what_the_exam_asks_goes() -> None:
    line = "ReadOnly on a storage account can break list-keys calls; question usually just tests the two lock types though."
    assert without_hedges(line) == "ReadOnly on a storage account can break list-keys calls"
    assert without_hedges("S3 is global; buckets are regional") == "S3 is global; buckets are regional"


def test_best_practice_flags_a_remark_and_is_no_answer() -> None:
    from pipeline.cards.prompts import is_remark_flag

    assert is_remark_flag("Best practice") and is_remark_flag("best practices") and not is_remark_flag("Best practices analyzer")
    lines = cards_of(
        """
        ## Architecture

        **Root tokens**
        - initial root token from init. Root policy = can do anything, no TTL by default
        - best practice: use it for initial setup (auth methods, policies), then `vault token revoke <root>`
        """
    )
    assert not any("=> best practice" in line or "=> Best practice" in line for line in lines), lines


def test_key_idea_flags_a_remark_and_is_no_prompt() -> None:
    from pipeline.cards.prompts import is_remark_flag

    assert is_remark_flag("Key idea") and is_remark_flag("big takeaway") and not is_remark_flag("idea")
    lines = cards_of(
        """
        ## AI options

        Four levels, least effort first:

        1. **Pre-trained APIs**: ready-made models you call via an API.
        2. **AutoML**: you bring labelled data and Google trains a custom model.

        Key idea: pick the simplest option that solves the problem. If there's a unique problem and an ML team, go custom.
        """
    )
    # "Key idea" alone on a front asked nothing; a blank over it hid the author's flag
    assert not any(line.split(" => ")[0].rstrip().endswith("Key idea") or "{{c1::Key idea}}" in line for line in lines), lines
    assert any("pick the simplest option that solves the problem" in line for line in lines), lines
