"""Markdown study notes -> Anki deck, CSV export, cheat sheet and study pack."""

__version__ = "0.1.0"
