"""A table of two or three things side by side (`| | Calc column | Measure |`
over `| context | row | filter |`) asks each cell the way an exam does: from
what the cell says to the thing it says it of. "Measure — context" asked for
"filter" under a column name that says little; "Calc column or Measure —
context? filter" points to one answer, and the rival is named on the front.
A cell that says a word of a thing's name would answer itself, and is asked
as before."""

from __future__ import annotations

import re

from pipeline.cards.compare import option_list
from pipeline.model import inline as inl
from pipeline.model.naming import names_of

FEW_THINGS = (2, 3)
ATTRIBUTE_WORDS = 4  # a column's name, not a thing of its own
_VERSUS = re.compile(r"\bvs\.?(?:\s|$)", re.IGNORECASE)


def rival_asked(attribute: str, value: str, value_html: str, things: list[str], column: list[str]) -> str | None:
    """The front asking which of the `things` the cell (`value`, plain) is of; None when it names one
    of them, or when another cell of its `column` says the same ("milliseconds" of Hot and Cool)."""
    said = inl.plain_key(value)
    if sum(inl.plain_key(other) == said for other in column) > 1:
        return None
    if len(attribute.split()) > ATTRIBUTE_WORDS or "," in attribute or any(_VERSUS.search(name) for name in things):
        # "Single VM, Premium SSD" under "Protects vs" and "SLA": rows and columns read the wrong way round
        return None
    if not said or any(names_of(name).leaks(said) or names_of(name).shows(said) for name in things):
        return None
    return f'<div class="sp-label">{inl.escape(option_list(things))} — {inl.escape(attribute.rstrip(" ?"))}?</div><div>{value_html}</div>'
