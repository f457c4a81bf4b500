"""Facts that exams ask as numbers: durations, sizes, counts, percentages, limits.

A number counts when a unit follows it (`90 days`, `5TB`, `60%`, `10x`,
`216 points of presence`) or a limit word leads it (`up to 5`, `min is 2`).
Version numbers, model names and identifiers (`EC2`, `m5.2xlarge`,
`AES-256`, `SAML 2.0`) do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = rf"{_NUM}(?:\s*(?:-|–|to|&|and|or)\s*{_NUM})?"
_UNIT = (
    r"(?:%|percent\b|x\b|ms\b|milliseconds?\b|secs?\b|seconds?\b|minutes?\b|mins?\b|"
    r"hours?\b|hrs?\b|h\b|days?\b|weeks?\b|months?\b|years?\b|yrs?\b|"
    r"[KMGTPE]i?Bs?\b|[KMGTPE]B/s\b|[KMG]bps\b|vCPUs?\b|CPUs?\b|"
    r"AZs?\b|availability zones?\b|regions?\b|(?:read )?replicas?\b|points? of presence\b|"
    r"edge locations?\b|cities\b|countries\b|characters?\b|pillars?\b|categories\b|"
    r"messages?\b|requests?\b|accounts?\b|users?\b|free tier\b)"
)
_LIMIT = r"(?:up to|min(?:imum)?(?: is| of)?|max(?:imum)?(?: is| of)?|usually|at least|at most|more than|less than|over|under)"

_FACT = re.compile(
    rf"(?P<limit>\b{_LIMIT}\s+)?(?<![\w.]){_RANGE}(?:(?P<unit>\s?{_UNIT})|(?!\w|\.\d))",
    re.IGNORECASE,
)


def number_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number fact in `text`, unit included, limit word excluded."""
    for match in _FACT.finditer(text):
        if match.group("unit") is None and match.group("limit") is None:
            continue
        start = match.end("limit") if match.group("limit") else match.start()
        yield start, match.end()


def has_number_fact(text: str) -> bool:
    return next(number_spans(text), None) is not None


def is_number(text: str) -> bool:
    """A bare number or quantity: `22`, `90 days`, `5TB`."""
    return re.fullmatch(rf"\s*{_RANGE}(?:\s?{_UNIT})?\s*", text, re.IGNORECASE) is not None


def mask_numbers(text: str) -> str:
    """The text with its numbers replaced, so an id survives a corrected figure."""
    return re.sub(r"\d+(?:[.,]\d+)*", "#", text)
