"""Quizzes however they are written: ten questions in each answer style, in
headings, numbered items and bold lines, with lettered or plain options,
give ten quiz cards with the right answers and nothing else."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.commands.build import load
from pipeline.model import Card
from pipeline.model.cardtext import card_text

# (question, options, indexes of the correct options)
QUESTIONS = [
    ("Which device forwards packets between networks?", ["Switch", "Router", "Repeater"], [1]),
    ("Which unit measures how much data a link carries per second?", ["Bandwidth", "Latency", "Jitter"], [0]),
    ("Which two are version control systems?", ["Git", "Make", "Mercurial", "Bash"], [0, 2]),
    ("Which port does SSH listen on by default?", ["21", "22", "25", "80"], [1]),
    ("Which algorithm sorts in place in n log n on average?", ["Bubble sort", "Quicksort", "Counting sort"], [1]),
    ("What does a load balancer spread?", ["Incoming requests", "Disk sectors", "Log files"], [0]),
    ("Which two are relational databases?", ["PostgreSQL", "Redis", "MySQL", "Memcached"], [0, 2]),
    ("Which format is plain text with tags in angle brackets?", ["PNG", "HTML", "ZIP"], [1]),
    ("What limits how many requests a client may send?", ["Caching", "Rate limiting", "Sharding"], [1]),
    ("Which kind of key encrypts for a single recipient in public-key cryptography?", ["The private key", "The recipient's public key", "A shared password"], [1]),
]
MARKERS = [lambda i: f"{'ABCDEFGH'[i]}.", lambda i: f"({'abcdefgh'[i]})", lambda i: f"{'ABCDEFGH'[i]})", lambda i: "-"]


def _letters(correct: list[int]) -> str:
    return ", ".join("ABCDEFGH"[i] for i in correct)


def _texts(options: list[str], correct: list[int]) -> str:
    return ", ".join(options[i] for i in correct)


AnswerStyle = Callable[[list[str], list[int]], str]
ANSWER_STYLES: dict[str, AnswerStyle] = {
    "quoted letter": lambda o, c: f"> Answer: {_letters(c)}",
    "letter in code": lambda o, c: f"> Answer: `{_letters(c)}`",
    "bold correct answer": lambda o, c: f"**Correct answer: {_letters(c)}**",
    "option text": lambda o, c: f"Correct answer: {_texts(o, c)}",
    "details": lambda o, c: f"<details>\n<summary>Answer</summary>\n\n{_letters(c)}\n\n</details>",
    "letter then why": lambda o, c: f"> Answer: {_letters(c)}. It is the one that fits.",
    "checked box": lambda o, c: "",
    "ticked option": lambda o, c: "",
    "letters in code joined by and": lambda o, c: "> Answer: " + " and ".join(f"`{'ABCDEFGH'[i]}`" for i in c),
    "numbered options answered by number": lambda o, c: "Correct answer(s): " + " and ".join(str(i + 1) for i in c),
    "option word before the letter": lambda o, c: "Answer: " + ", ".join(f"Option {'ABCDEFGH'[i]}" for i in c),
    "options as paragraphs": lambda o, c: "> Answer: " + " and ".join(f"`{'ABCDEFGH'[i]}`" for i in c),
    "options on one line": lambda o, c: f"Answer: {_letters(c)} — it is the one that fits.",
    # `> **C** - insurance shifts the impact`: the bold letter, a dash, then why, no "Answer:"
    "bold letter then why": lambda o, c: f"> **{_letters(c)}** - it is the one that fits.",
    # `→ **C**. PO is accountable ...`: an arrow, the letter in bold, then why
    "arrow then letter": lambda o, c: f"→ **{_letters(c)}**. It is the one that fits.",
    # `Correct Answer: AC`, then `Explanation:` over a list of reasons, as a practice exam writes them
    "letters run together, explained in a list": lambda o, c: "Correct Answer: " + "".join("ABCDEFGH"[i] for i in c)
    + "\n\nExplanation:\n- it is the one that fits the question\n- the others describe something else",
}


def _question(number: int, style: str) -> str:
    question, options, correct = QUESTIONS[number]
    answer = ANSWER_STYLES[style](options, correct)
    if style == "options as paragraphs":  # the right ones in code, the others with a note after an arrow
        lines = [f"`{text}`" if i in correct else f"{text} -> not this one" for i, text in enumerate(options)]
        return "\n\n".join([f"## {number + 1}. {question}", *lines, answer, ""])
    if style == "checked box":
        lines = [f"- [{'x' if i in correct else ' '}] {text}" for i, text in enumerate(options)]
    elif style == "ticked option":
        lines = [f"- {text} ✅" if i in correct else f"- {text}" for i, text in enumerate(options)]
    elif style == "options on one line":  # `A) Switch  B) Router  C) Repeater`
        lines = ["  ".join(f"{'ABCDEFGH'[i]}) {text}" for i, text in enumerate(options))]
    elif style == "numbered options answered by number":
        lines = [f"{i + 1}. {text}" for i, text in enumerate(options)]
    else:
        marker = MARKERS[number % len(MARKERS)]
        lines = [f"{marker(i)} {text}" for i, text in enumerate(options)]
    shape = number % 3
    if shape == 0:  # a heading, then the question's text
        return "\n".join([f"### Question {number + 1}", "", question, "", *lines, "", answer, ""])
    if shape == 1:  # a numbered item with everything nested under it
        nested = [("   " + line) if line else "" for line in ["", *lines, "", *answer.splitlines()]]
        return "\n".join([f"{number + 1}. {question}", *nested, ""])
    return "\n".join([f"**{question}**", "", *lines, "", answer, ""])  # a bold line


def _quiz_file(style: str) -> str:
    parts = ["# Practice test", "", "## Mixed questions", ""]
    return "\n".join(parts + [_question(n, style) for n in range(len(QUESTIONS))])


@pytest.mark.parametrize("style", sorted(ANSWER_STYLES))
def test_ten_questions_give_ten_quiz_cards_with_the_right_answers(style: str, tmp_path: Path) -> None:
    (tmp_path / "quiz.md").write_text(_quiz_file(style), encoding="utf-8")
    loaded = load(tmp_path)
    assert [str(d) for d in loaded.diagnostics] == []
    cards = loaded.pack.cards
    assert [c.kind for c in cards] == ["quiz"] * len(QUESTIONS)
    for card, (question, options, correct) in zip(sorted(cards, key=_number), QUESTIONS):
        assert card_text(card.prompt).startswith(question), card.prompt
        shown = re.findall(r"<b>([A-H])\.</b> ([^<]*)", card.answer)
        assert shown == [("ABCDEFGH"[i], options[i]) for i in correct], (style, card.answer)
        assert re.findall(r"<li><b>[A-H]\.</b> ([^<]*)</li>", card.prompt) == options
        if "explained in a list" in style:  # the list under `Explanation:` is the back's, no card of its own
            assert "the others describe something else" in card.answer, card.answer


def _number(card: Card) -> int:
    text = card_text(card.prompt)
    return next(n for n, q in enumerate(QUESTIONS) if text.startswith(q[0]))


def test_a_question_without_a_findable_answer_is_one_warning_and_no_card(tmp_path: Path) -> None:
    notes = _quiz_file("quoted letter").replace("> Answer: A, C", "> Answer: E", 1).replace("> Answer: B\n", "", 1)
    (tmp_path / "quiz.md").write_text(notes, encoding="utf-8")
    loaded = load(tmp_path)
    assert [c.kind for c in loaded.pack.cards] == ["quiz"] * (len(QUESTIONS) - 2)
    lines = notes.splitlines()
    found = [(d.line, d.message) for d in loaded.diagnostics]
    first = lines.index("### Question 1") + 1
    assert found == [
        (first, "a question with options but no answer: no card made"),
        (lines.index("**Which two are version control systems?**") + 1, "the answer 'E' names none of the options: no card made"),
    ]


def test_a_question_repeated_across_files_is_one_card_with_both_sources_and_the_longer_explanation() -> None:
    from .conftest import FIXTURES

    loaded = load(FIXTURES / "styles" / "quiz-repeated")
    repeated = [c for c in loaded.pack.cards if "encrypts web traffic" in c.prompt]
    assert len(repeated) == 1
    assert {s.path for s in repeated[0].sources} == {"exam-1.md", "exam-2.md"}
    assert "HTTPS wraps HTTP in TLS" in repeated[0].answer
    merged = [d for d in loaded.diagnostics if "merged into it" in d.message]
    assert [(Path(d.path).name, d.line) for d in merged] == [("exam-2.md", 3)]


def test_a_lettered_list_under_a_label_is_a_list_not_a_question(tmp_path: Path) -> None:
    notes = "## Scaling\n\n**Benefits:**\n- a) scalability of the fleet\n- b) elasticity on demand\n"
    (tmp_path / "notes.md").write_text(notes, encoding="utf-8")
    loaded = load(tmp_path)
    assert [c.kind for c in loaded.pack.cards] == ["overview"]
    assert "elasticity on demand" in loaded.pack.cards[0].answer
    assert not [d for d in loaded.diagnostics if "question" in d.message]


def test_a_question_nested_in_notes_leaves_the_lines_after_it_to_the_notes(tmp_path: Path) -> None:
    notes = (
        "## Compute\n\n**Servers:**\n- virtual servers billed per second\n"
        "- Check yourself: which one is serverless?\n  - A. Virtual servers\n  - B. Functions\n  > Answer: B\n"
        "- instances live in one Availability Zone\n"
    )
    (tmp_path / "notes.md").write_text(notes, encoding="utf-8")
    cards = load(tmp_path).pack.cards
    quiz = next(c for c in cards if c.kind == "quiz")
    assert "Availability Zone" not in quiz.answer
    assert any("Availability Zone" in c.prompt + c.answer for c in cards if c.kind != "quiz")


def test_an_option_that_letters_its_own_parts_stays_one_option(tmp_path: Path) -> None:
    (tmp_path / "quiz.md").write_text(
        "# Quiz\n\n## Q\n\n1. Which is right?\n   A) use (a) and (b) together\n   B) use neither\n   C) use only (a)\n   Answer: B\n",
        encoding="utf-8",
    )
    cards = load(tmp_path).pack.cards
    assert [c.kind for c in cards] == ["quiz"]
    assert re.findall(r"<li><b>[A-H]\.</b> ([^<]*)</li>", cards[0].prompt) == ["use (a) and (b) together", "use neither", "use only (a)"]


def test_options_on_the_questions_own_line_and_a_marked_answer_are_read(tmp_path: Path) -> None:
    # the heading above took the question lines for its options, and "→ b ✅" for its answer
    (tmp_path / "notes.md").write_text(
        "## Module 1\n\n### Knowledge check\n"
        "**Q1.** Loan AI must explain a decline. Principle? a) Fairness b) Transparency c) Inclusiveness\n→ b ✅\n\n"
        "**Q2.** Same experience whatever one's physical ability? a) Reliability b) Inclusiveness c) Accountability\n"
        "→ I said a ❌ → **b**. Reliability is about behaving consistently.\n\n"
        "**Q3.** Which metric evaluates a regression model? a) precision b) RMSE c) recall\nAnswer: b) RMSE. the others are classification metrics.\n",
        encoding="utf-8",
    )
    cards = load(tmp_path).pack.cards
    assert [c.kind for c in cards] == ["quiz", "quiz", "quiz"], [card_text(c.prompt) for c in cards]
    assert [card_text(c.answer).split(" ", 2)[:2] for c in cards] == [["B.", "Transparency"], ["B.", "Inclusiveness"], ["B.", "RMSE"]]
    assert "Reliability is about behaving consistently" in card_text(cards[1].answer)
    # the answer line's repeat of the option is said once
    assert "RMSE RMSE" not in card_text(cards[2].answer) and "the others are classification metrics" in card_text(cards[2].answer)


def test_an_answer_folded_under_the_last_option_answers_its_question(tmp_path: Path) -> None:
    """`1. Question?` over `* option` bullets, the `<details>` answer indented under the
    last one ("Elasticity: ... are the correct answers"), as course notes copy a knowledge check."""
    questions = []
    for number, (question, options, correct) in enumerate(QUESTIONS[:3], 1):
        bullets = [f"* {text}" for text in options]
        why = f"    {options[correct[0]]}: {options[correct[0]]} is the one that fits."
        details = ["    <details>", "    <summary>", "    Answer", "    </summary>", "    <p>", why, "    </p>", "    </details>"]
        questions.append("\n".join([f"{number}. {question}", "", *bullets, "", *details, "", ""]))
    (tmp_path / "check.md").write_text("# Course\n\n## Knowledge Check\n\n" + "\n".join(questions), encoding="utf-8")
    cards = load(tmp_path).pack.cards
    assert [c.kind for c in cards] == ["quiz"] * 3, [(c.kind, card_text(c.prompt)) for c in cards]
    for card, (question, options, correct) in zip(sorted(cards, key=_number), QUESTIONS):
        assert card_text(card.prompt).startswith(question), card.prompt
        assert re.findall(r"<b>([A-H])\.</b> ([^<]*)", card.answer) == [("ABCDEFGH"[correct[0]], options[correct[0]])], card.answer


def test_options_lettered_without_a_mark_are_read_as_options(tmp_path: Path) -> None:
    """`A Switch` / `B Router` / `C Repeater` under a question, as a bank copied from a PDF
    writes them: answered, each is a quiz card; unanswered, none is a card, only a warning."""
    answered, unanswered = [], []
    for number, (question, options, correct) in enumerate(QUESTIONS[:3], 1):
        lettered = [f"{'ABCDEFGH'[i]} {text}" for i, text in enumerate(options)]
        answered.append("\n".join([f"{number}: {question}", "", *lettered, "", f"Answer: {_letters(correct)}", "", ""]))
        unanswered.append("\n".join([f"{number}: {question}", "", *lettered, "", ""]))
    (tmp_path / "answered").mkdir()
    (tmp_path / "answered" / "bank.md").write_text("# Bank\n\n## Networking\n\n" + "\n".join(answered), encoding="utf-8")
    cards = load(tmp_path / "answered").pack.cards
    assert [c.kind for c in cards] == ["quiz"] * 3, [(c.kind, card_text(c.prompt)) for c in cards]
    for card, (question, options, correct) in zip(sorted(cards, key=_number), QUESTIONS):
        assert re.findall(r"<li><b>[A-H]\.</b> ([^<]*)</li>", card.prompt) == options
        assert [letter for letter, _ in re.findall(r"<b>([A-H])\.</b> ([^<]*)", card.answer)] == ["ABCDEFGH"[i] for i in correct]
    (tmp_path / "unanswered").mkdir()
    fact = "## Devices\n\n- **Hub:** repeats every frame it receives to all of its ports\n\n"
    (tmp_path / "unanswered" / "bank.md").write_text("# Bank\n\n" + fact + "## Networking\n\n" + "\n".join(unanswered), encoding="utf-8")
    loaded = load(tmp_path / "unanswered")
    asked = [card_text(c.prompt) + " " + card_text(c.answer) for c in loaded.pack.cards]
    assert asked and not any(text in card for card in asked for _, options, _ in QUESTIONS[:3] for text in options), asked
    assert sum("no answer" in str(d) for d in loaded.diagnostics) == 3, [str(d) for d in loaded.diagnostics]
