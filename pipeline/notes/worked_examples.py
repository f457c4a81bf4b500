"""A worked example: the author's own figures run through a formula.

"Example I did: server worth $20,000, fire would destroy 50% → SLE $10,000",
"quick sanity check I did: 10,000 impr, 300 clicks, $600 cost →" over "CTR 3%,
CPC $2, conv rate 5%": the figures are inputs the author chose, no fact to
learn; a blank on one ("conv rate {{c1::5%}}") asks what only the example
knows. The formula it runs is a line of its own in the notes and is asked
there. The example makes no card; the cheat sheet keeps it.

"Example: t3.micro, t3.small, m5.large are general purpose" or "Example - port
443 for HTTPS, 80 for HTTP, 22 for SSH" computes nothing: a fact shown by its
cases, asked as any line is.
"""

from __future__ import annotations

import re

# "Example I did:", "example:", "worked example -", "quick sanity check I did:", "e.g.:"
_EXAMPLE_LABEL = re.compile(
    r"^\W*(?:[a-z]+\s+){0,2}?(?:example|sanity\s+check|e\.g\.)\W*(?:\s+[a-z]+){0,3}\s*(?:\([^()]*\)\s*)?[:\-–—]", re.IGNORECASE
)
# a figure standing alone: "$20,000", "50%", not the digits of a name ("t3.micro", "10.0.1.0/24", "m5")
_FIGURE = re.compile(r"(?<![\w./])\d[\d,.]*")
MIN_FIGURES = 3  # "example: 3 AZs" states a fact; inputs run through a formula are several
# a result worked out: an arrow or "=" to a figure ("→ SLE $10,000", "= 6 subnets"), or to the next line
_COMPUTES = re.compile(r"(?:→|->|=>|⇒|=)\s*(?:[^\d\s]+\s+){0,3}?[^\d\s]{0,3}\d|(?:→|->|=>|⇒|=)\s*$")
# "Example I did", "example of mine": the author's own run of the figures
_FIRST_PERSON = re.compile(r"\b(?:i|my|mine|me|we|we're|we've|our)\b", re.IGNORECASE)
# a line that runs on into the next: "... $3,000 value →" over "CTR 3%, CPC $2, ..."
_RUNS_ON = re.compile(r"(?:→|->|=>|:|=)\s*$")


def worked_example(text: str) -> bool:
    """A line that opens a worked example: the author's own figures, worked out to a result or run by the author."""
    if not _EXAMPLE_LABEL.match(text) or len(_FIGURE.findall(text)) < MIN_FIGURES:
        return False
    return bool(_COMPUTES.search(text) or _FIRST_PERSON.search(text))


def runs_on(text: str) -> bool:
    """A line whose last word is an arrow or a colon: the next line finishes it."""
    return bool(_RUNS_ON.search(text))


# "Worked example 3 - VLSM", "Example 2", "Practice problem #4": a heading over the author's run of figures
_EXAMPLE_TITLE = re.compile(r"^\W*(?:worked\s+)?(?:examples?|exercises?|practice\s+problems?)\s*#?\d+\b", re.IGNORECASE)


def example_title(title: str) -> bool:
    """A heading over a worked example: its lines are the example's inputs and steps, no card asks them."""
    return _EXAMPLE_TITLE.match(title) is not None
