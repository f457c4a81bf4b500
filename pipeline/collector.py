"""How the garbage collector runs in a build: tuned by the entry points,
before anything else, so the imports run under it too; what the stages keep
is frozen between them."""

from __future__ import annotations

import gc


def tune_collector() -> None:
    """A build makes hundreds of thousands of small objects and almost no
    reference cycles: collecting the youngest generation every 700 allocations
    (the default) costs a third of a large build for nothing."""
    gc.set_threshold(50_000, 20, 100)


def settle_imports() -> None:
    """The modules, classes and compiled patterns the imports made live as
    long as the process: frozen, no collection walks them again."""
    gc.freeze()


def keep_made() -> None:
    """What a stage made and the stages after it keep (the notes' model, the
    cards, the card kinds' per-document results): frozen, so that the
    collections the next stages' own objects set off do not walk it again.
    At fifty times the seed a collection of the middle generation after the
    cards stage walked about a million of the cards stage's objects."""
    gc.freeze()


def collect_everything() -> None:
    """A full collection, what was frozen (`keep_made`) included, whose
    survivors are frozen again for the stages after it: the cycles let go of
    since are freed as an unfrozen build frees them."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
