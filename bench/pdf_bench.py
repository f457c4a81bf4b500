"""`make bench-pdf`: the cheat sheet's render time next to a plain render of
the same notes (mistune.html -> WeasyPrint, three columns, 7 pt, A4
landscape), both measured in the same run, alternately, so that a busy
machine slows both alike.

    python bench/pdf_bench.py [PACK] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLAIN_CSS = """
@page { size: A4 landscape; margin: 10mm 8mm; }
html { font-family: "DejaVu Sans Condensed"; font-size: 7pt; }
body { columns: 3; }
"""


def plain_pdf(notes: list[Path]) -> bytes:
    """The notes as mistune renders them, in three columns: the baseline."""
    import mistune
    import weasyprint

    body = "\n".join(mistune.html(path.read_text(encoding="utf-8")) for path in notes)
    html = f"<!doctype html><html><head><meta charset='utf-8'><style>{PLAIN_CSS}</style></head><body>{body}</body></html>"
    return weasyprint.HTML(string=html).write_pdf()


def timed(render) -> tuple[float, bytes]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    data = render()
    return time.perf_counter() - started, data


def pages(data: bytes) -> int:
    import io

    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pack", nargs="?", default=str(ROOT / "source" / "aws-cloud-practitioner"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")

    from pipeline.commands.build import load
    from pipeline.cheatsheet import render_cram, render_pdf, render_practice
    from pipeline.cheatsheet.parts import available_cores
    from pipeline.cheatsheet import emit as pdf

    pack = load(Path(args.pack)).pack
    # Imports and font lookup once, outside the timings.
    from pipeline.cheatsheet import layout, merge  # noqa: F401

    plain_pdf([])
    load_before = os.getloadavg()[0]
    ours: list[float] = []
    plain: list[float] = []
    cram: list[float] = []
    practice: list[float] = []
    both: list[float] = []
    for _ in range(args.repeat):
        seconds, plain_data = timed(lambda: plain_pdf(list(pack.config.notes)))
        plain.append(seconds)
        seconds, our_data = timed(lambda: render_pdf(pack))
        ours.append(seconds)
        seconds, cram_data = timed(lambda: render_cram(pack).pdf)
        cram.append(seconds)
        seconds, practice_data = timed(lambda: render_practice(pack))
        practice.append(seconds)
        seconds, _ = timed(lambda: pdf.render(pack, ["cram", "practice"]))
        both.append(seconds)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STUDY_PACK_CACHE"] = folder
        pdf.emit(pack, Path(folder))
        unchanged, _ = timed(lambda: pdf.emit(pack, Path(folder)))
    load_after = os.getloadavg()[0]

    mine, theirs = statistics.median(ours), statistics.median(plain)
    print(f"cheat sheet, {pack.config.slug}: {available_cores()} cores, {args.repeat} runs each, median (min)")
    print(f"  plain mistune.html -> WeasyPrint, 3 columns: {theirs:6.2f} s ({min(plain):.2f})  {pages(plain_data)} pages")
    print(f"  our cheat sheet:                             {mine:6.2f} s ({min(ours):.2f})  {pages(our_data)} pages")
    print(f"  ratio: {mine / theirs:.2f} of the plain render's time")
    extra = statistics.median(both)
    asked = f"{pages(practice_data)} pages" if practice_data else "none: the deck has no questions"
    print(f"  cram sheet:                                  {statistics.median(cram):6.2f} s ({min(cram):.2f})  {pages(cram_data)} pages")
    print(f"  practice test:                               {statistics.median(practice):6.2f} s ({min(practice):.2f})  {asked}")
    print(f"  both, side by side as the build makes them: {extra:6.2f} s ({min(both):.2f})")
    print(f"  cram sheet and practice test add {extra / mine:.0%} to the cheat sheet's time")
    print(f"  inputs unchanged (cached, all three):        {unchanged:6.2f} s")
    if max(load_before, load_after) > available_cores() / 2:
        print(f"  note: the machine was busy (load average {load_before:.1f} before, {load_after:.1f} after)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
