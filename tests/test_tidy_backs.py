"""Other authors' notes in shapes that garbled backs: a need list written as
plain lines, the author's doubts on a fact, a sub-list's title read as the
definition, and table cells that only grade the thing."""

from __future__ import annotations

from textwrap import dedent

from pipeline.cards.asking import definition_text
from pipeline.cards.recognition import recognition_plan
from pipeline.model import Span
from pipeline.notes.hedges import label_without_study_mark, without_hedges
from pipeline.notes.parse import parse_document

from .test_cards import cards_of


def test_lines_that_each_point_a_need_at_an_answer_are_asked_one_by_one() -> None:
    lines = cards_of(
        """
        ## Which service when?

        no-code ML for analysts -> SageMaker Canvas
        humans label thousands of images -> SageMaker Ground Truth
        human review of low-confidence predictions -> Amazon A2I
        sentiment of support tickets -> Comprehend
        """
    )
    assert any("| humans label thousands of images — which service? => SageMaker Ground Truth" in line for line in lines), lines
    assert any("| sentiment of support tickets — which service? => Comprehend" in line for line in lines), lines
    assert not any("Canvas humans" in line or "Canvas → humans" in line for line in lines), lines


def test_a_wrapped_sentence_with_an_arrow_stays_one_line() -> None:
    lines = cards_of(
        """
        ## Flow

        Data goes from Pub/Sub -> Dataflow and
        then lands in BigQuery for the analysts.
        """
    )
    assert any("Dataflow and then lands in BigQuery for the analysts." in line for line in lines), lines
    assert not any("which" in line for line in lines), lines


def test_the_authors_doubts_are_no_part_of_a_card() -> None:
    assert without_hedges("~50% cheaper than on-demand (I think — verify).") == "~50% cheaper than on-demand."
    assert without_hedges("up to 10 fields (only the first few show, 7 I think?)") == "up to 10 fields (only the first few show)"
    assert without_hedges("16 MB (limits keep rising — check docs)") == "16 MB (limits keep rising)"
    assert without_hedges("agent on EC2 (verify IAM permissions)") == "agent on EC2 (verify IAM permissions)"
    lines = cards_of(
        """
        ## Bedrock

        - **Batch inference** — prompts file in S3, ~50% cheaper for supported models (I think — verify).
        - **Invocation logging** — OFF by default; to CloudWatch Logs and/or S3.
        - **Guardrails** — content filters, denied topics, word filters.
        """
    )
    assert not any("verify" in line or "I think" in line for line in lines), lines
    assert any("~50% cheaper for supported models" in line for line in lines), lines


def test_the_authors_stress_and_questions_to_self_are_no_part_of_a_card() -> None:
    assert without_hedges("leads, not just form fills — the exam loves this one") == "leads, not just form fills"
    assert without_hedges("missing source is an error. Exam loves this.") == "missing source is an error."
    assert without_hedges("SCP does NOT affect mgmt account (exam loves this)") == "SCP does NOT affect mgmt account"
    assert without_hedges("roles — (exam LOVES these)") == "roles"
    assert without_hedges("shopping tab (not text ads tho?), partner sites") == "shopping tab, partner sites"
    # what the remark says, a list of cases and a stress word inside a fact stay
    assert without_hedges('(exam loves "which can you no longer do" -> predict age)') == '(exam loves "which can you no longer do" -> predict age)'
    assert without_hedges("the INPUT type first (image? audio? text?)") == "the INPUT type first (image? audio? text?)"
    assert without_hedges("Fargate — serverless, important for cost") == "Fargate — serverless, important for cost"


def test_the_authors_study_marks_on_a_label_are_no_part_of_it() -> None:
    assert label_without_study_mark((Span("text", "Built-in roles to know cold"),)) == (Span("text", "Built-in roles"),)
    assert without_hedges("Record types to know (8)") == "Record types (8)"
    assert without_hedges("Error codes to know:") == "Error codes:"
    assert without_hedges("security models — memorize the rules") == "security models"
    assert without_hedges("Due care vs due diligence (always asked)") == "Due care vs due diligence"
    assert without_hedges('"predict a number" → regression. Dont overthink.') == '"predict a number" → regression.'
    # a principle and a clause that says what something needs stay
    assert without_hedges("least privilege, need to know") == "least privilege, need to know"
    assert without_hedges("what the service needs to know") == "what the service needs to know"


def test_to_know_ending_a_line_is_a_clause_not_a_study_mark() -> None:
    assert without_hedges("the controller must answer what the subject wants to know") == "the controller must answer what the subject wants to know"
    assert without_hedges("Who gets to know") == "Who gets to know"
    said = " ".join(cards_of("## Consent\n\n- the controller must answer what the subject wants to know\n"))
    assert "wants to know" in said, said
    # a label's mark still goes: a heading's, a bold lead's, a line's over its own list
    said = " ".join(cards_of("## Built-in roles to know cold\n\n- **Roles to know** — Owner, Contributor\n- roles to know\n  - Reader: read only\n"))
    assert "to know" not in said and "Owner" in said and "read only" in said, said


def test_a_sub_lists_title_is_no_definition_on_a_back() -> None:
    markdown = """
        # Data notes

        ## Cloud Storage

        - classes + min storage duration
          - Standard — none
          - Nearline — 30 d
        - locations: region, dual-region (turbo replication), multi-region
        - object max 5 TiB; compose up to 32 objects

        ## Bigtable

        - wide-column NoSQL, low latency at petabyte scale
        - row key is the only index
        """
    things = {asked.thing.name: asked.thing for asked in recognition_plan(parse_document(dedent(markdown).lstrip("\n"), "n.md"))}
    assert definition_text(things["Cloud Storage"]) == ""
    assert definition_text(things["Bigtable"]) == "Wide-column NoSQL, low latency at petabyte scale"


def test_cells_that_only_grade_are_asked_across_the_things_they_compare() -> None:
    lines = cards_of(
        """
        ## Overfitting / underfitting

        | | Train | Test | Called |
        |---|---|---|---|
        | Overfitting | great | poor | high variance |
        | Underfitting | poor | poor | high bias |
        """
    )
    assert not any(line.endswith("=> poor @1,4") or "— Underfitting =>" in line for line in lines), lines
    assert any("| Overfitting or Underfitting? Train: poor; Test: poor => Underfitting" in line for line in lines), lines
    assert any("| Underfitting — Called => high bias" in line for line in lines), lines


def test_grades_that_tell_no_thing_apart_stay_under_the_column_that_names_them() -> None:
    lines = cards_of(
        """
        ## Deployment policies

        | Policy | Extra cost | Rollback |
        |---|---|---|
        | Rolling with additional batch | small | manual |
        | Immutable | high (new ASG) | fast: terminate the new ASG |
        | Blue/green | high (2 envs) | swap the URL back |
        """
    )
    assert any("| Immutable — Extra cost => high (new ASG)" in line for line in lines), lines
    assert not any(line.startswith("[compare]") for line in lines), lines


def test_a_table_folded_side_by_side_is_read_as_one() -> None:
    lines = cards_of(
        """
        ## Ports

        | port | service | port | service |
        |---|---|---|---|
        | 22 | SSH | 123 | NTP |
        | 110 / 995 | POP3 / POP3S | 514 | syslog |
        """
    )
    assert any("| port 110 / 995 — service => POP3 / POP3S" in line for line in lines), lines
    assert any("| port 514 — service => syslog" in line for line in lines), lines
    assert not any("— 514 —" in line for line in lines), lines


def test_an_empty_column_between_the_halves_of_a_folded_table_only_keeps_them_apart() -> None:
    lines = cards_of(
        """
        ## Warehouses

        | Size | Credits/h | | Size | Credits/h |
        |---|---|---|---|---|
        | X-Small | 1 | | 2X-Large | 32 |
        | Small | 2 | | 3X-Large | 64 |
        """
    )
    assert any("| 2X-Large — Credits/h => 32" in line for line in lines), lines
    assert any("| Small — Credits/h => 2 @" in line for line in lines), lines
    assert not any("— Size =>" in line for line in lines), lines


def test_two_terms_defined_on_one_line_are_two_lines() -> None:
    lines = cards_of(
        """
        ## Prompt engineering

        Some intro line about prompts.

        - **Zero-shot** — task only · **Few-shot** — a few examples in the prompt
        - **Chain-of-thought** — "think step by step", for reasoning

        **Burndown chart**: work remaining over time. **Burnup chart**: work completed, plus a total scope line.
        """
    )
    assert any("Zero-shot => task only @" in line for line in lines), lines
    assert any("Few-shot => a few examples in the prompt @" in line for line in lines), lines
    assert not any("Few-shot —" in line and "task only" in line for line in lines), lines
    assert any("Burnup chart => work completed, plus a total scope line." in line for line in lines), lines
    assert not any("› Burndown chart" in line for line in lines), lines


def test_to_know_after_a_verb_in_a_heading_is_a_clause() -> None:
    assert label_without_study_mark((Span("text", "What the auditor wants to know"),)) == (Span("text", "What the auditor wants to know"),)
    said = " ".join(cards_of("## What the auditor wants to know\n\n- Who approved each change and when\n"))
    assert "What the auditor wants to know" in said, said
