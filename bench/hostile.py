"""`make bench`: hostile shapes of notes at 0.1 MB and 1 MB, parsed and made
into cards; the ratio of the two times says whether a stage grows faster than
the input (about 10 is linear; a quadratic stage would show 100).

    python -m bench.hostile
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from pipeline.cards.maker import make_cards
from pipeline.cli import tune_collector
from pipeline.limits import within_limits
from pipeline.notes.parse import parse_document

HEAD = "## Section\n\n**Topic:**\n\n"


def _wrapped(text: str, width: int = 1000) -> str:
    return HEAD + "\n".join(text[i : i + width] for i in range(0, len(text), width)) + "\n"


def long_paragraph(size: int) -> str:
    """One hard-wrapped paragraph: every line break continues the sentence."""
    line = "the quick brown fox jumps over the lazy dog and\n"
    return HEAD + line * (size // len(line))


def nested_emphasis(size: int) -> str:
    """`**a **a ... b** b**` nested as deep as the paragraph is long."""
    count = size // 8
    return _wrapped("**a " * count + "b** " * count)


def nested_brackets(size: int) -> str:
    count = size // 10
    return _wrapped("[a ![b " * count + "](u) ](v) " * count)


def references(size: int) -> str:
    """Link reference definitions, each used once."""
    count = size // 30
    definitions = "".join(f"[ref{i}]: https://example.com/{i}\n" for i in range(count))
    uses = "".join(f"- item [ref{i}]\n" for i in range(count))
    return HEAD + definitions + "\n" + uses


SHAPES: dict[str, Callable[[int], str]] = {
    "long paragraph": long_paragraph,
    "nested emphasis": nested_emphasis,
    "nested brackets": nested_brackets,
    "references": references,
}


def build_time(text: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        cut, _ = within_limits(text, "bench.md")
        make_cards(parse_document(cut, "bench.md"), "bench")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    tune_collector()  # as `python -m pipeline` does
    print("Hostile notes, parse and cards (medians of 3): 0.1 MB, 1 MB, ratio (10 is linear)")
    for name, shape in SHAPES.items():
        small, large = build_time(shape(100_000)), build_time(shape(1_000_000))
        print(f"  {name:<16} {small * 1000:>7.0f} ms {large * 1000:>8.0f} ms   x{large / small:.1f}", flush=True)


if __name__ == "__main__":
    main()
