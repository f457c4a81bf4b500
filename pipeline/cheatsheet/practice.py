"""The practice test's content: multiple-choice questions from the card
model (`kind::practice` cards and the notes' own `kind::quiz` cards), chosen
per exam domain in proportion to the domain's weight in the exam.

A question card's front is the stem and a list of lettered options, its back
the right option(s) (`<b>B.</b> ...` or `<b>B. ...</b>`) and an explanation
(the notes' own, or what the right option is); options are lettered again
A, B, C... on the printed test.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from pipeline.model import Card, Exam, Pack
from pipeline.model.cardtext import card_text, field_items
from pipeline.cheatsheet.domains import domain_of
from pipeline.cheatsheet.fronts import label_and_items
from pipeline.cheatsheet.phrases import one_line

KINDS = ("quiz", "practice")  # the notes' own questions first
LETTERS = "ABCDEFGH"
EXPLANATION_WORDS = 14  # the key explains each answer in about one line
KEY_LINE = 100  # characters on a line of the key

_OPTIONS = re.compile(r'<(ul|ol) class="sp-options">(.*)</\1>\s*$', re.S)
_LAST_LIST = re.compile(r"<(ul|ol)\b[^>]*>((?:(?!<(?:ul|ol)\b).)*)</\1>\s*$", re.S)
_ITEM = re.compile(r"<li\b[^>]*>(.*?)</li>", re.S)
_LETTERED = re.compile(r"^\(?([A-Ha-h])[.)]\s*(.*)$", re.S)
_RIGHT = re.compile(r"<b>\s*\(?([A-H])[.)]")  # `<b>B.</b> text` or `<b>B. text</b>`
_DISTRACTOR = re.compile(r"^\(?([A-Ha-h])[.)]\s*[^:]*:\s*(.+)$", re.S)  # `B. Name: what it is`
_EXPLAINED = re.compile(r'<(div|ul) class="sp-explanation">(.*)</\1>\s*$', re.S)


@dataclass(frozen=True)
class Question:
    number: int  # 1-based, on the printed test
    stem: str  # plain text
    options: tuple[str, ...]  # plain text, lettered A, B, ... in this order
    right: tuple[str, ...]  # letters
    explanation: str
    source: str  # `notes.md:12`


@dataclass(frozen=True)
class DomainQuestions:
    number: str
    name: str
    weight: float | None
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class PracticeTest:
    title: str
    version: str
    author: str
    description: str
    exam: str | None
    groups: tuple[DomainQuestions, ...]
    letters: int  # the most options any question has: the answer grid's width

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for g in self.groups for q in g.questions)


@dataclass(frozen=True)
class _Parsed:
    card: Card
    stem: str
    options: tuple[str, ...]
    right: tuple[str, ...]
    explanation: str


def parse_question(card: Card) -> _Parsed | None:
    """A question card's stem, options and right letters; None when it is not
    shaped as one (fewer than two options, or no right option among them)."""
    found = _options(card.prompt)
    if found is None:
        return None
    items = [card_text(i) for i in _ITEM.findall(found.group(2))]
    letters, options = [], []
    for item in items:
        match = _LETTERED.match(item)
        letters.append(match.group(1).upper() if match else LETTERS[len(letters)])
        options.append(match.group(2).strip() if match else item)
    explained = _EXPLAINED.search(card.answer)
    head = card.answer[: explained.start()] if explained else card.answer  # the right option(s), and what they are
    wanted = set(_RIGHT.findall(head))
    right = tuple(LETTERS[i] for i, letter in enumerate(letters) if letter in wanted)
    stem = _stem(card.prompt[: found.start()])
    if len(options) < 2 or len(options) > len(LETTERS) or not right or not stem:
        return None
    room = max(30, KEY_LINE - sum(len(options[LETTERS.index(r)]) + 3 for r in right))  # the right options come first
    if explained and explained.group(1) == "div":  # the notes' own explanation of their quiz
        why = field_items(explained.group(2))
        explanation = one_line(" ".join(why), EXPLANATION_WORDS, chars=room) if why else ""
    else:
        own = [t for t in field_items(head)[len(right) :] if not _repeats(t, stem)]
        wrong = _ITEM.findall(explained.group(2)) if explained else []
        explanation = _explain(own[0] if own else "", wrong, letters, room)
    return _Parsed(card, stem, tuple(options), right, explanation)


def _explain(own: str, wrong: list[str], letters: list[str], room: int) -> str:
    """What the key adds to a made question, in one line: the right option's
    own definition, then what the wrong options are instead (`B: a
    managed queue`), as many as the line holds."""
    parts = [one_line(own, 9, chars=room * 2 // 3)] if own else []
    for item in wrong:
        found = _DISTRACTOR.match(card_text(item))
        if not found or found.group(1).upper() not in letters:
            continue
        letter = LETTERS[letters.index(found.group(1).upper())]  # as lettered on the printed test
        part = f"{letter}: {one_line(found.group(2), 7)}"
        if len("; ".join([*parts, part])) > room:
            break
        parts.append(part)
    return "; ".join(parts)


def _repeats(text: str, stem: str) -> bool:
    """Whether `text` mostly says again what the question already shows."""
    words = [w for w in re.findall(r"\w{3,}", text.casefold())]
    shown = set(re.findall(r"\w{3,}", stem.casefold()))
    return bool(words) and sum(w in shown for w in words) >= 0.6 * len(words)


def _options(prompt: str) -> re.Match[str] | None:
    """The list of options: marked as such, else the prompt's last list."""
    return _OPTIONS.search(prompt) or _LAST_LIST.search(prompt)


def _stem(markup: str) -> str:
    """The question: its label, then what it shows (cues one after another)."""
    lead, rest = label_and_items(markup)
    return " ".join(part for part in (lead, "; ".join(rest)) if part)


def build_practice(pack: Pack) -> PracticeTest:
    config = pack.config
    exam = next((e for e in pack.exams if config.exams and e.code == config.exams[0]), None)
    pool = (*pack.cards, *pack.test_questions)
    parsed = [p for kind in KINDS for c in pool if c.kind == kind and (p := parse_question(c)) is not None]
    chosen = choose(parsed, exam, config.practice.questions)
    groups = []
    number = 0
    for key, items in chosen:
        questions = []
        for item in items:
            number += 1
            questions.append(Question(number, item.stem, item.options, item.right, item.explanation, str(item.card.source)))
        domain = exam.domains.get(key) if exam and key else None
        groups.append(
            DomainQuestions(
                domain.number if domain else "",
                domain.name if domain else "Other questions",
                domain.weight if domain else None,
                tuple(questions),
            )
        )
    return PracticeTest(
        title=f"{config.title}: practice test",
        version=config.version,
        author=config.author,
        description=config.description,
        exam=exam.code if exam else None,
        groups=tuple(groups),
        letters=max((len(q.options) for g in groups for q in g.questions), default=4),
    )


def choose(parsed: list[_Parsed], exam: Exam | None, count: int) -> list[tuple[str | None, list[_Parsed]]]:
    """Up to `count` questions: each domain's share by its weight (largest
    remainders first), a domain with too few questions leaving its place to
    the others, questions without a domain last; in the exam's domain order."""
    by_domain: dict[str | None, list[_Parsed]] = defaultdict(list)
    for item in parsed:
        by_domain[_domain_number(item.card, exam)].append(item)
    domains = sorted(exam.domains, key=lambda n: (len(n), n)) if exam else []
    weights = {n: exam.domains[n].weight or 0.0 for n in domains} if exam else {}
    quota = {n: 0 for n in domains}
    left = min(count, len(parsed))
    open_domains = [n for n in domains if by_domain.get(n)]
    while left > 0 and open_domains:
        total = sum(weights[n] for n in open_domains) or float(len(open_domains))
        shares = {n: left * (weights[n] or (total / len(open_domains))) / total for n in open_domains}
        given = {n: min(int(shares[n]), len(by_domain[n]) - quota[n]) for n in open_domains}
        for n in sorted(open_domains, key=lambda n: (-(shares[n] - int(shares[n])), domains.index(n))):
            if sum(given.values()) >= left:
                break
            if given[n] < len(by_domain[n]) - quota[n]:
                given[n] += 1
        if not any(given.values()):
            break
        for n in open_domains:
            quota[n] += given[n]
        left -= sum(given.values())
        open_domains = [n for n in open_domains if quota[n] < len(by_domain[n])]
    out: list[tuple[str | None, list[_Parsed]]] = [(n, _spread(by_domain[n], quota[n])) for n in domains if quota[n]]
    rest = [item for key, items in by_domain.items() if key not in quota for item in items]
    if left > 0 and rest:
        out.append((None, _spread(rest, left)))
    return out


def _spread(items: list[_Parsed], count: int) -> list[_Parsed]:
    """`count` of a domain's questions: the notes' own quizzes first, then
    practice questions taken evenly through the notes, so the test covers
    the domain rather than its first section."""
    own = [i for i in items if i.card.kind == "quiz"]
    made = [i for i in items if i.card.kind != "quiz"]
    if count <= len(own):
        return [own[k * len(own) // count] for k in range(count)]
    wanted = count - len(own)
    return own + [made[k * len(made) // wanted] for k in range(min(wanted, len(made)))]


def _domain_number(card: Card, exam: Exam | None) -> str | None:
    if exam is None:
        return None
    tag = domain_of(card, exam.code)
    if tag is None:
        return None
    name = tag.split("::", 1)[1]
    return next((n for n, d in exam.domains.items() if d.tag == name), None)
