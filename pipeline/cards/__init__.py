"""The model -> cards: one module per kind of card, answer chunking, ids."""

from pipeline.cards.maker import make_cards

__all__ = ["make_cards"]
