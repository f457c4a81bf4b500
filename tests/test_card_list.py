"""The card list's index of reciting overviews answers as a walk back over the topic's cards would."""

from __future__ import annotations

import pickle
import random
from dataclasses import replace

from pipeline.cards.card_list import CardList
from pipeline.model import Card, SourceRef

PATH = "notes.md"


def _walked(cards: list[Card], ref: SourceRef, topic: str, section: str) -> bool:
    """What `terms._recited` asked before the list kept an index: the walk itself."""
    for card in reversed(cards):
        if card.topic != topic or card.section != section:
            return False
        if card.kind == "overview" and card.note_type == "basic" and ref in card.sources and len(card.sources) <= 2:
            return True
    return False


def _card(rng: random.Random, n: int) -> Card:
    lines = rng.sample(range(1, 9), rng.randint(1, 3))
    return Card(
        guid=str(n),
        kind=rng.choice(("overview", "term", "detail")),
        note_type=rng.choice(("basic", "cloze")),
        prompt="p",
        answer="a",
        section=rng.choice(("S1", "S2")),
        topic=rng.choice(("T1", "T2")),
        context=(),
        sources=tuple(SourceRef(PATH, line) for line in lines),
    )


def test_recited_agrees_with_a_walk_through_appends_replacements_and_pops() -> None:
    rng = random.Random(17)
    cards, plain = CardList(), []
    for n in range(3000):
        step = rng.random()
        if step < 0.55 or not plain:
            card = _card(rng, n)
            cards.append(card)
            plain.append(card)
        elif step < 0.75:
            at = rng.randrange(-len(plain), len(plain))
            old = plain[at]
            new = replace(old, sources=old.sources + (SourceRef(PATH, rng.randint(1, 8)),)) if rng.random() < 0.5 else replace(old, kind="overview")
            cards[at] = new
            plain[at] = new
        elif step < 0.85:
            cards.pop()
            plain.pop()
        elif step < 0.9:
            at = rng.randrange(len(plain))
            assert cards.pop(at) is plain.pop(at)
        elif step < 0.95:
            at = rng.randrange(len(plain))
            new = _card(rng, n)  # another topic or section in place
            cards[at] = new
            plain[at] = new
        else:
            cards += [_card(rng, n)]
            plain += [cards[-1]]
        assert list(cards) == plain
        for line in range(1, 9):
            for topic, section in (("T1", "S1"), ("T2", "S2"), ("T1", "S2")):
                ref = SourceRef(PATH, line)
                assert cards.recited(ref, topic, section) == _walked(plain, ref, topic, section)


def test_a_pickled_card_list_keeps_its_index() -> None:
    card = Card("g", "overview", "basic", "p", "a", "S", "T", (), (SourceRef(PATH, 3),))
    copy = pickle.loads(pickle.dumps(CardList([card])))
    assert copy.recited(SourceRef(PATH, 3), "T", "S")
    assert not copy.recited(SourceRef(PATH, 4), "T", "S")
