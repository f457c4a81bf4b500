"""Cards that ask the way the exam asks: recognition, compare, classify and
practice cards of the whole seed deck, and exam-style questions the deck must
ask in their direction."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict

import pytest

from pipeline.cards.kinds import kind_of, notes_text
from pipeline.cards.recognition import recognition_plan
from pipeline.cards.things import things_of
from pipeline.commands.build import load
from pipeline.curate.domains import load_rules
from pipeline.model.cardtext import card_text
from pipeline.model.inline import plain_key
from pipeline.model.naming import name_key, names_of
from pipeline.notes.parse import parse_document

from .anki_collection import fresh_collection, import_apkg, notes_by_guid
from .conftest import FIXTURES, SEED_NOTES, SEED_PACK, seed_notes_text

NEW_KINDS = ("recognition", "compare", "classify", "practice")
QUESTIONS = FIXTURES / "exam_questions.toml"
DIRECTION_BAR = 0.95  # the issue asks 0.9 of real exams; the fixture keeps what is reached
_OPTIONS = re.compile(r'<ul class="sp-options">.*?</ul>', re.S)
_OPTION = re.compile(r"<li><b>([A-H])\.</b> (.*?)</li>")
_RIGHT = re.compile(r"^<div><b>([A-H])\. (.*?)</b></div>")
_FACT = re.compile(r'^<div class="sp-label">.*?</div>(.*)$', re.S)


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    return load(SEED_PACK).pack


@pytest.fixture(scope="module")
def by_kind(seed):  # type: ignore[no-untyped-def]
    found = defaultdict(list)
    for card in seed.cards:
        found[card.kind].append(card)
    return found


def _answer_name(card) -> str:  # type: ignore[no-untyped-def]
    match = _RIGHT.match(card.answer) if card.kind == "practice" else re.match(r"^<div><b>(.*?)</b>", card.answer)
    assert match, card.answer
    return card_text(match.group(match.lastindex or 1))


def _joined(text: str) -> str:
    return "".join(plain_key(text).split())


def _key(name: str) -> str:
    return name_key(names_of(name).full)


def _stem(card) -> str:  # type: ignore[no-untyped-def]
    """What the front says besides the options it offers."""
    if card.kind in ("compare", "classify", "recognition"):
        return card_text(_FACT.match(card.prompt).group(1))
    return card_text(_OPTIONS.sub("", card.prompt))


# A practice question is made only where three wrong options of the answer's kind and
# exam task are found that do not fit its stem: elsewhere the recognition card stays.
# In the deck it stands in for a thing's further card, which only a thing with two more
# lines that single it out among all the notes has; the printed test asks the rest.
FEWEST = {"recognition": 40, "compare": 40, "classify": 40, "practice": 4}


def test_the_seed_gives_cards_of_each_new_kind(by_kind):  # type: ignore[no-untyped-def]
    assert all(len(by_kind[kind]) >= FEWEST[kind] for kind in NEW_KINDS), {k: len(by_kind[k]) for k in NEW_KINDS}


def test_no_front_or_breadcrumb_shows_the_answer_in_any_form(seed, by_kind):  # type: ignore[no-untyped-def]
    document = seed.documents[0]
    asked = {(a.thing.section, a.thing.described.line, a.index): a for a in recognition_plan(document)}
    assert asked
    for plan in asked.values():
        names = plan.thing.described.names
        assert not any(names.shows(cue) for cue in plan.cues), (names.forms, plan.cues)
    for kind in NEW_KINDS:
        for card in by_kind[kind]:
            names = names_of(_answer_name(card))
            assert not names.shows(_stem(card)), (kind, names.forms, _stem(card))
            if kind == "classify":  # a label such as "AWS responsibilities", whole
                assert _joined(names.full) not in _joined(card.context_text), (names.full, card.context_text)
            else:
                assert not names.shows(card.context_text), (kind, names.forms, card.context_text)


def test_every_recognition_answer_is_named_by_its_line_of_the_notes(by_kind):  # type: ignore[no-untyped-def]
    lines = seed_notes_text().splitlines()
    for card in by_kind["recognition"]:
        name = re.sub(r"\s*\(.*?\)", "", _answer_name(card))
        said = lines[card.source.line - 1]
        assert name_key(name) in name_key(said) or names_of(name).shows(said), (name, said)


def test_practice_questions_have_four_options_one_right_of_the_same_kind_and_place(by_kind):  # type: ignore[no-untyped-def]
    places = defaultdict(set)  # a recognised name -> its sections, exam domains and parents
    for card in by_kind["recognition"]:
        key = _key(_answer_name(card))
        places[key] |= {card.section, card.context_text, *(t for t in card.tags if t.count("::") == 1)}
    for card in by_kind["practice"]:
        options = _OPTION.findall(card.prompt)
        letters = [letter for letter, _ in options]
        names = [card_text(name) for _, name in options]
        assert letters == list("ABCD") and len({name_key(n) for n in names}) == 4, card.prompt
        right = _RIGHT.match(card.answer)
        assert right and (right.group(1), card_text(right.group(2))) in zip(letters, names)
        answer = names_of(card_text(right.group(2)))
        for name in names:
            if name != card_text(right.group(2)):
                assert not answer.same_thing(names_of(name)), (answer.forms, name)
                shared = places[_key(name)] & places[_key(answer.full)]
                assert shared, (name, answer.full)  # same parent, section or exam domain
                assert card_text(name) in card_text(card.answer)  # its definition says why it is wrong


def test_practice_options_are_shuffled_by_the_card_not_by_the_notes(by_kind):  # type: ignore[no-untyped-def]
    positions = [_RIGHT.match(c.answer).group(1) for c in by_kind["practice"]]
    # the right answer moves with the card: a handful of questions land on most letters, never on one
    assert len(set(positions)) >= min(3, len(positions)), positions


@pytest.mark.parametrize(
    "options",
    [
        ("NACL", "Security Groups"),
        ("CloudFront", "Global Accelerator"),
        ("Site to Site VPN", "Direct Connect"),
        ("KMS", "CloudHSM"),
        ("Basic support", "Developer support plan", "Enterprise Support Plan"),
        ("On-demand instance", "Spot Instances", "Dedicated Hosts"),
        ("General Purpose", "Glacier", "Intelligent Tiering"),
    ],
)
def test_the_confusable_pairs_of_the_seed_are_compared(by_kind, options):  # type: ignore[no-untyped-def]
    found = [c for c in by_kind["compare"] if all(o.lower() in card_text(c.prompt).lower() for o in options)]
    assert len(found) >= 2, options


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        (144, ("AWS responsibilities", "User")),
        (261, ("AWS", "Users")),
        (348, ("AWS responsibilities", "User")),
        (528, ("AWS responsibilities", "User")),
        (1118, ("AWS responsibility", "Customer Responsibility")),
        (1678, ("Operational Excellence", "Security", "Reliability", "Sustainability")),
    ],
)
def test_the_lists_to_sort_of_the_seed_are_classified(by_kind, line, labels):  # type: ignore[no-untyped-def]
    lines = seed_notes_text().splitlines()
    end = next(n for n in range(line, len(lines)) if lines[n].startswith("**"))  # the next topic
    found = [
        c
        for c in by_kind["classify"]
        if line < c.source.line <= end and all(label in card_text(c.prompt) for label in labels)
    ]
    assert len(found) >= 2, (line, labels)
    assert {_answer_name(c) for c in found} <= set(labels) | {"Cost Optimization", "Performance Efficiency", "Shared controls"}


def test_exam_questions_are_asked_in_the_exam_direction(by_kind):  # type: ignore[no-untyped-def]
    """Each question whose answer is a topic of the notes has a recognition,
    practice or comparison card whose answer is that topic and whose front does
    not name it (a comparison asking a fact makes no recognition card of it).
    A topic the pack puts outside its exams (a retired service) is asked by none."""
    outside = load_rules(SEED_PACK / "domains.toml", ("CLF-C02",)).outside
    every = [q for q in tomllib.loads(QUESTIONS.read_text(encoding="utf-8"))["question"] if q["line"] > 0]
    questions = [q for q in every if plain_key(q["answer"]) not in outside]
    assert len(every) - len(questions) <= 2  # the fixture asks what the exam guide names; AWS has retired two of them since (Pinpoint, IQ)
    assert len(questions) >= 40
    cards = by_kind["recognition"] + by_kind["practice"] + by_kind["compare"]
    missed = []
    for question in questions:
        names = names_of(question["answer"]).with_aliases(question["aliases"])
        asked = [
            c
            for c in cards
            if (c.source.line == question["line"] or names.same_thing(names_of(_answer_name(c))))
            and not names.shows(_stem(c))
            and not names.shows(c.context_text)
        ]
        if not asked:
            missed.append((question["line"], question["answer"]))
    share = 1 - len(missed) / len(questions)
    assert share >= DIRECTION_BAR, (share, missed)


def test_new_cards_render_in_real_anki_by_day_and_by_night(seed_outputs, tmp_path):  # type: ignore[no-untyped-def]
    """Rendered by the anki package; colours come only from the note type's
    CSS, which has night-mode rules, so nothing stays dark on dark."""
    collection = fresh_collection(tmp_path / "anki")
    try:
        import_apkg(collection, seed_outputs / "aws-cloud-practitioner.apkg")
        rendered = 0
        for note in notes_by_guid(collection).values():
            kinds = [t for t in note.tags if t.startswith("kind::")]
            if kinds[0].removeprefix("kind::") not in NEW_KINDS:
                continue
            css = note.note_type()["css"]
            assert ".nightMode.card" in css and ".night_mode .card" in css
            for card in note.cards():
                question, answer = card.question(), card.answer()
                for side in (question, answer):
                    text = re.sub(r"<style>.*?</style>|<[^>]+>", " ", side, flags=re.S)
                    assert text.split() and "{{" not in text
                    assert not re.search(r"\sstyle=|<font|\scolor=", re.sub(r"<style>.*?</style>", "", side, flags=re.S))
                assert len(answer) > len(question)
                rendered += 1
        # a practice question stands in for a recognition card of the same cues, and a clue a comparison
        # or classification card asks is on no recognition card besides: one clue, one card
        assert rendered >= 330
    finally:
        collection.close()


@pytest.mark.parametrize(
    "name, kind",
    [("Route 53", "product"), ("Cloud9", "product"), ("EC2 Image Builder", "product"), ("WorkSpaces Applications", "product"), ("Serverless", "idea"), ("Edge Computing", "idea")],
)
def test_a_number_inside_a_name_makes_it_a_product_among_the_options(name: str, kind: str) -> None:
    """Practice options are of the answer's kind: `Route 53` is offered with
    services, never with ideas such as `Serverless`."""
    document = parse_document(seed_notes_text(), SEED_NOTES.name)
    written = notes_text(document)
    kinds = {thing.described.names.full: kind_of(thing, written) for thing in things_of(document)}
    assert kinds[name] == kind
