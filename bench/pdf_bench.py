"""`make bench-pdf`: the cheat sheet next to a plain render of the same notes
(mistune.html -> WeasyPrint, three columns, 7 pt, A4 landscape), in the same
run, taking turns, so that a busy machine slows both alike.

Each is a whole process, timed for wall and CPU time (the cheat sheet's
worker processes included): the plain render reads the notes and writes its
PDF; ours loads the pack (parse, cards) and writes the sheet. Then the build
of all three PDFs (`--formats pdf`: sheet, cram sheet, practice test), and
the same build again with its inputs unchanged (from the cache).

    python bench/pdf_bench.py [PACK] [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.peer import notes_of  # noqa: E402
from bench.timing import Timed, alternate, compile_package, load_line, median, run_timed  # noqa: E402

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
    return weasyprint.HTML(string=html).write_pdf()  # type: ignore[no-any-return]


def our_sheet(pack: Path) -> bytes:
    """The cheat sheet alone, as the build makes it: the pack loaded, then rendered."""
    from pipeline.cheatsheet import render_pdf
    from pipeline.commands.build import load

    return render_pdf(load(pack).pack)


def pages(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pack", nargs="?", default=str(ROOT / "source" / "aws-cloud-practitioner"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plain", metavar="OUT", help=argparse.SUPPRESS)  # one render, in a process of its own
    parser.add_argument("--sheet", metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    pack = Path(args.pack).resolve()
    if args.plain:
        Path(args.plain).write_bytes(plain_pdf(notes_of(pack)))
        return 0
    if args.sheet:
        Path(args.sheet).write_bytes(our_sheet(pack))
        return 0

    from pipeline.cheatsheet.parts import available_cores

    compile_package(ROOT)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "PYTHONPATH": str(ROOT), "STUDY_PACK_CACHE": "off"}
    me = [sys.executable, str(Path(__file__).resolve()), str(pack)]
    before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        work = Path(folder)

        def plain(n: int) -> Timed:
            return run_timed([*me, "--plain", str(work / f"plain-{n}.pdf")], env)

        def sheet(n: int) -> Timed:
            return run_timed([*me, "--sheet", str(work / f"sheet-{n}.pdf")], env)

        def all_three(n: int) -> Timed:
            return run_timed([sys.executable, "-m", "pipeline", "build", str(pack), "--out", str(work / f"all-{n}"), "--formats", "pdf", "-q"], env)

        theirs, mine, three = alternate(args.repeat, plain, sheet, all_three)
        cache = {**env, "STUDY_PACK_CACHE": str(work / "cache")}
        build = [sys.executable, "-m", "pipeline", "build", str(pack), "--formats", "pdf", "-q", "--out"]
        run_timed([*build, str(work / "cached-0")], cache)
        cached = run_timed([*build, str(work / "cached-1")], cache)
        plain_pages, sheet_pages = pages(work / "plain-0.pdf"), pages(work / "sheet-0.pdf")
    after = os.getloadavg()
    them, us, all3 = median(theirs), median(mine), median(three)
    print(f"Cheat sheet, {pack.name}: whole processes, {available_cores()} cores, medians of {args.repeat}, taking turns")
    print(f"  plain mistune.html -> WeasyPrint, 3 columns  {them.wall:6.2f} s wall {them.cpu:6.2f} s CPU  {plain_pages} pages")
    print(f"  our cheat sheet (pack loaded, sheet written) {us.wall:6.2f} s wall {us.cpu:6.2f} s CPU  {sheet_pages} pages")
    print(f"  ratio: {us.wall / them.wall:.2f}x the plain render's wall time (bar 0.5), {us.cpu / them.cpu:.2f}x its CPU time (bar 0.6)")
    print(f"  build --formats pdf (sheet, cram sheet, practice test)  {all3.wall:6.2f} s wall {all3.cpu:6.2f} s CPU")
    # What the cram sheet and the practice test cost beyond the sheet: both processes load the pack alike.
    extra_wall, extra_cpu = (all3.wall - us.wall) / us.wall, (all3.cpu - us.cpu) / us.cpu
    print(f"  the cram sheet and practice test add {extra_wall:.0%} to the sheet's wall time, {extra_cpu:.0%} to its CPU time (bar 50%)")
    print(f"  the same, inputs unchanged (from the cache)             {cached.wall:6.2f} s wall {cached.cpu:6.2f} s CPU")
    print(f"  {load_line(before, after)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
