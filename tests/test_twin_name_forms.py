"""A detail cloze on a name that shows a form of the name's word (`devices`
beside [Device Farm]) where the recognition card of that name shows the same
line with that word hidden asks the same question from the same words: it is
that card's twin, and only the recognition card stays."""

from __future__ import annotations

from pipeline.curate.twins import asked_lines, without_twins
from pipeline.model import Card, SourceRef
from pipeline.model.naming import name_key


def _card(kind: str, note_type: str, prompt: str, answer: str, lines: tuple[int, ...]) -> Card:
    sources = tuple(SourceRef("n.md", line) for line in lines)
    return Card("g", kind, note_type, prompt, answer, "S", "T", ("S",), sources, key=(note_type, kind, name_key("Device Farm"), "1"))  # type: ignore[arg-type]


RECOGNITION = _card(
    "recognition",
    "basic",
    "What is this?<ul><li>Tests apps on real mobile ___ and tablets</li><li>Runs tests on many ___ at once</li></ul>",
    "Device Farm",
    (1, 2, 3),
)


def test_a_cloze_showing_a_form_of_the_hidden_name_is_the_recognition_cards_twin() -> None:
    twin = _card("detail", "cloze", "{{c1::Device Farm}}: <ul><li>tests apps on real mobile devices and tablets</li><li>runs tests on many devices at once</li></ul>", "", (2, 3))
    assert without_twins([twin], asked_lines([RECOGNITION])) == []


def test_a_cloze_saying_a_word_the_recognition_card_does_not_stays() -> None:
    # "screenshots" is no form of the name: the line says more than the clue does
    kept = _card("detail", "cloze", "{{c1::Device Farm}}: <ul><li>tests apps on real mobile devices and tablets</li><li>reports with screenshots</li></ul>", "", (2, 3))
    assert without_twins([kept], asked_lines([RECOGNITION])) == [kept]
