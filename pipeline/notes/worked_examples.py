"""A worked example: the author's own figures run through a formula.

"Example I did: server worth $20,000, fire would destroy 50% → SLE $10,000",
"quick sanity check I did: 10,000 impr, 300 clicks, $600 cost →" over "CTR 3%,
CPC $2, conv rate 5%": the figures are inputs the author chose, no fact to
learn; a blank on one ("conv rate {{c1::5%}}") asks what only the example
knows. The formula it runs is a line of its own in the notes and is asked
there. The example makes no card; the cheat sheet keeps it.
"""

from __future__ import annotations

import re

# "Example I did:", "example:", "worked example -", "quick sanity check I did:", "e.g.:"
_EXAMPLE_LABEL = re.compile(
    r"^\W*(?:(?:a|an|my|quick|worked|numeric|numbers?)\s+)*(?:example|sanity\s+check|e\.g\.)(?:\s+(?:i\s+did|i\s+ran|of\s+mine))?\s*[:\-–—]",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d[\d,.]*")
MIN_FIGURES = 3  # "example: 3 AZs" states a fact; inputs run through a formula are several
# a line that runs on into the next: "... $3,000 value →" over "CTR 3%, CPC $2, ..."
_RUNS_ON = re.compile(r"(?:→|->|=>|:|=)\s*$")


def worked_example(text: str) -> bool:
    """A line that opens a worked example with the author's own figures."""
    return bool(_EXAMPLE_LABEL.match(text)) and len(_FIGURE.findall(text)) >= MIN_FIGURES


def runs_on(text: str) -> bool:
    """A line whose last word is an arrow or a colon: the next line finishes it."""
    return bool(_RUNS_ON.search(text))
