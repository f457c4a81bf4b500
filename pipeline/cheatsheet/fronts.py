"""A card's front as the printed sheets read it: the label that the cards
asking the exam's way put first (`<div class="sp-label">A or B?</div>`), and
the items the front shows after it."""

from __future__ import annotations

import re

from pipeline.model.cardtext import card_text, field_items

_LABEL = re.compile(r'^\s*<div class="sp-label">(.*?)</div>', re.S)


def label_and_items(prompt: str) -> tuple[str, list[str]]:
    """The front's label as plain text ("" when it has none) and the items it shows."""
    found = _LABEL.match(prompt)
    if found is None:
        return "", field_items(prompt)
    return card_text(found.group(1)), field_items(prompt[found.end() :])
