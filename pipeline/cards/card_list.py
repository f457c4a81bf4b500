"""The cards a sink has made, with what `terms` asks of them kept up to date.

Whether a term line is recited by its topic's overview (`terms._recited`)
was found by walking back over the topic's cards for every term: a topic of
thousands of terms walked the square of them. The rules replace cards in
place (a source added, a kind changed), pop and append them, so no answer
can be cached; instead the list keeps, as it changes, where each run of
cards of one topic and section starts and which of that run's cards are
overviews, by the lines they say.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import SupportsIndex

from pipeline.model import Card, SourceRef

RECITING_SOURCES = 2  # an overview of its heading and one line recites that line


def _recites(card: Card) -> bool:
    return card.kind == "overview" and card.note_type == "basic" and len(card.sources) <= RECITING_SOURCES


class CardList(list[Card]):
    """A list of cards that answers, without walking it, which cards of its last
    run of one (topic, section) are overviews reciting a line."""

    def __init__(self, cards: Iterable[Card] = ()) -> None:
        super().__init__(cards)
        self._rebuild()

    def _rebuild(self) -> None:
        self._reciting: dict[SourceRef, set[int]] = {}
        for index, card in enumerate(self):
            self._index(index, card)
        self._starts = [n for n in range(len(self)) if n == 0 or self._place(self[n - 1]) != self._place(self[n])]

    def __reduce__(self) -> tuple[type[CardList], tuple[list[Card]]]:
        return CardList, (list(self),)  # pickled or copied, rebuilt from its cards

    @staticmethod
    def _place(card: Card) -> tuple[str, str]:
        return card.topic, card.section

    def _index(self, index: int, card: Card) -> None:
        if _recites(card):
            for ref in card.sources:
                self._reciting.setdefault(ref, set()).add(index)

    def _unindex(self, index: int, card: Card) -> None:
        if _recites(card):
            for ref in card.sources:
                self._reciting[ref].discard(index)

    def recited(self, ref: SourceRef, topic: str, section: str) -> bool:
        """Whether an overview basic card of the last run of cards, if that run is of
        this topic and section, says the line with at most one other."""
        if not self or self._place(self[-1]) != (topic, section):
            return False
        start = self._starts[-1]
        return any(index >= start for index in self._reciting.get(ref, ()))

    def append(self, card: Card) -> None:
        if not self or self._place(self[-1]) != self._place(card):
            self._starts.append(len(self))
        super().append(card)
        self._index(len(self) - 1, card)

    def __setitem__(self, index: SupportsIndex | slice, value: Card | Iterable[Card]) -> None:  # type: ignore[override]
        if isinstance(index, slice):
            super().__setitem__(index, value)  # type: ignore[arg-type]
            self._rebuild()
            return
        at = index.__index__()
        at = at + len(self) if at < 0 else at
        old = self[at]
        super().__setitem__(at, value)  # type: ignore[arg-type]
        self._unindex(at, old)
        self._index(at, value)  # type: ignore[arg-type]
        if self._place(old) != self._place(value):  # type: ignore[arg-type]
            self._rebuild()

    def pop(self, index: SupportsIndex = -1) -> Card:
        at = index.__index__()
        at = at + len(self) if at < 0 else at
        if at != len(self) - 1:
            card = super().pop(at)
            self._rebuild()
            return card
        card = super().pop()
        self._unindex(at, card)
        if self._starts[-1] == at:
            self._starts.pop()
        return card

    def __delitem__(self, index: SupportsIndex | slice) -> None:
        super().__delitem__(index)
        self._rebuild()

    def __iadd__(self, cards: Iterable[Card]) -> CardList:  # type: ignore[override]
        self.extend(cards)
        return self

    def extend(self, cards: Iterable[Card]) -> None:
        for card in cards:
            self.append(card)

    def insert(self, index: SupportsIndex, card: Card) -> None:
        super().insert(index, card)
        self._rebuild()

    def remove(self, card: Card) -> None:
        super().remove(card)
        self._rebuild()

    def clear(self) -> None:
        super().clear()
        self._rebuild()

    def sort(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        super().sort(*args, **kwargs)  # type: ignore[arg-type]
        self._rebuild()

    def reverse(self) -> None:
        super().reverse()
        self._rebuild()
