"""The printed outputs (see pipeline/cheatsheet), rendered by WeasyPrint from
the templates in templates/cheatsheet:

- `<slug>.pdf`: the full cheat sheet, every line of the notes;
- `<slug>-cram.pdf`: the cram sheet, what fits the page budget by tiers;
- `<slug>-practice.pdf`: the practice test (none when the deck has no questions).

Each is skipped when nothing that goes into it changed since the last build;
the notes its render gave (how full the cram sheet is, what did not fit)
are kept with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typing import TYPE_CHECKING

from pipeline.model import Pack

if TYPE_CHECKING:
    from pipeline.cheatsheet.cram_plan import LeftOut

Made = tuple[bytes, list[str]]  # the PDF (empty: none) and the build's notes on it


def emit(pack: Pack, out_dir: Path) -> list[Path]:
    return emit_with_notes(pack, out_dir)[0]


def emit_with_notes(pack: Pack, out_dir: Path) -> tuple[list[Path], list[str]]:
    from pipeline.cheatsheet import cache

    slug = pack.config.slug
    keys = {kind: cache.key(pack, kind) for kind, _, _ in _OUTPUTS}
    found: dict[str, Made | None] = {kind: cache.load(f"{slug}{suffix}", keys[kind]) for kind, suffix, _ in _OUTPUTS}
    missing = [kind for kind, _, _ in _OUTPUTS if found[kind] is None]
    found.update(render(pack, missing))
    written: list[Path] = []
    notes: list[str] = []
    for kind, suffix, _ in _OUTPUTS:
        data, made_notes = found[kind] or (b"", [])
        if kind in missing:
            cache.store(f"{slug}{suffix}", keys[kind], data, made_notes)
        notes.extend(made_notes)
        if data:
            target = out_dir / f"{slug}{suffix}.pdf"
            target.write_bytes(data)
            written.append(target)
    return written, notes


def render(pack: Pack, kinds: list[str]) -> dict[str, Made]:
    """The outputs of these kinds ("sheet", "cram", "practice"). The full
    sheet renders on every core; then the cram sheet and the practice test,
    one core each, side by side (one after the other for a pack too large
    to hold twice)."""
    from pipeline.cheatsheet.parts import HELD_CHARACTERS, in_background

    makers = {kind: make for kind, _, make in _OUTPUTS}
    made: dict[str, Made] = {}
    practice: Callable[[], Made] | None = None
    # A forked process copies the pages of the pack it touches: with a pack
    # this large, both sheets side by side would hold it twice.
    side_by_side = sum(len(card.prompt) + len(card.answer) for card in pack.cards) <= HELD_CHARACTERS
    for kind in kinds:
        if kind == "cram" and "practice" in kinds and side_by_side:
            practice = in_background(lambda: makers["practice"](pack))
        made[kind] = practice() if kind == "practice" and practice is not None else makers[kind](pack)
    return made


def notes_of_cram(pack: Pack) -> list[str]:
    """How full the cram sheet's pages are and what did not fit: from the
    cache when the sheet is there, else estimated without laying it out
    (nothing is written, WeasyPrint is not loaded)."""
    from pipeline.cheatsheet import cache, estimate_cram

    found = cache.load(f"{pack.config.slug}-cram", cache.key(pack, "cram"))
    if found is not None:
        return found[1]
    fills, left_out = estimate_cram(pack)
    return [_cram_note(pack, fills, left_out, estimated=True)]


def _sheet(pack: Pack) -> Made:
    from pipeline.cheatsheet import render_pdf  # imports WeasyPrint: slow, only when a PDF is rendered

    return render_pdf(pack), []


def _cram(pack: Pack) -> Made:
    from pipeline.cheatsheet import render_cram

    rendered = render_cram(pack)
    return rendered.pdf, [_cram_note(pack, rendered.fills, rendered.left_out)]


def _cram_note(pack: Pack, fills: tuple[float, ...], left_out: tuple[LeftOut, ...], estimated: bool = False) -> str:
    """One line: the pages, how full each is, and what did not fit, by tier."""
    from pipeline.cheatsheet.cram import TIER_NAMES

    shown = ", ".join(f"{round(f * 100)}%" for f in fills)
    pages = len(fills)
    about = "about " if estimated else ""
    note = f"cram sheet: {about}{pages} page{'s' if pages != 1 else ''} of {pack.config.cram.pages} ({shown} full"
    note += ", estimated: build lays it out)" if estimated else ")"
    if left_out:
        parts = []
        for left in left_out:
            names = left.names
            listed = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
            parts.append(f"{TIER_NAMES.get(left.tier, left.tier)} ({left.count} lines: {listed})")
        note += "; did not fit: " + "; ".join(parts)
    return note


def _practice(pack: Pack) -> Made:
    from pipeline.cheatsheet import render_practice
    from pipeline.cheatsheet.practice import build_practice

    test = build_practice(pack)
    asked = pack.config.practice.questions
    if not test.questions:
        return b"", ["practice test: not written, the deck has no quiz or practice questions"]
    count = len(test.questions)
    note = f"practice test: {count} questions" + (f" (of {asked} asked for: the deck has no more)" if count < asked else "")
    return render_practice(pack) or b"", [note]


_OUTPUTS: tuple[tuple[str, str, Callable[[Pack], Made]], ...] = (
    ("sheet", "", _sheet),
    ("cram", "-cram", _cram),
    ("practice", "-practice", _practice),
)
