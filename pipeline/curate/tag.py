"""Cards -> cards with their section, kind and exam-domain tags."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.model.cardtext import describe
from pipeline.diagnostics import Diagnostic, warning
from pipeline.model import Card

if TYPE_CHECKING:
    from pipeline.curate.domains import DomainRules


def tag_name(text: str) -> str:
    """An Anki tag component: spaces become `_`, and nothing Anki would split on."""
    text = re.sub(r"\s+", "_", text.strip())
    return text.replace('"', "").replace("::", ":") or "_"


def tag_cards(cards: list[Card], rules: DomainRules | None) -> tuple[list[Card], list[Diagnostic]]:
    tagged = []
    problems: list[Diagnostic] = []
    for card in cards:
        tags: list[str] = []
        if rules is not None:
            found, unplaced = rules.tags_for(card)
            tags.extend(found)
            for exam in unplaced:
                problems.append(
                    warning(
                        card.source.path,
                        card.source.line,
                        f"no {exam} domain rule places this card ({describe(card)}); add one to {rules.path.name}",
                    )
                )
        tags.append(f"section::{tag_name(card.section)}")
        tags.append(f"kind::{card.kind}")
        tagged.append(replace(card, tags=tuple(tags)))
    return tagged, problems
