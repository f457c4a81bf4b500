"""`make bench`: per-stage build times and peak memory on the seed pack and on
synthetic packs 1x, 10x and 50x its size, medians of several runs. Each
stage's cost per card at 10x and 50x is compared with the synthetic 1x pack:
the same notes in the same made-up words, so that only the size differs.

Each run is a fresh process (startup included, as a user's build is), timed
stage by stage through the build's progress callback; peak memory is the
process's maximum resident set. The cheat sheet has its own benchmark
(bench/pdf_bench.py); this one measures the rest of the pipeline.

    python -m bench.run            seed and 10x
    python -m bench.run --large    also 50x
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .memory import Peak, run_measured
from .synthetic import make_pack
from .timing import compile_package, load_line

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "source" / "aws-cloud-practitioner"
STAGES = ("startup", "parse", "media", "cards", "dedupe", "tag", "practice", "apkg", "csv", "json", "manifest")
FORMATS = "apkg,csv,json"

DRIVER = """
import json, resource, sys, time
start = time.perf_counter()
from pipeline.collector import settle_imports, tune_collector
tune_collector()  # as `python -m pipeline` does: before the imports, what they made frozen after
from pipeline.commands.build import build
settle_imports()
marks = [("startup", time.perf_counter(), time.process_time())]
built = build(__import__("pathlib").Path(sys.argv[1]), __import__("pathlib").Path(sys.argv[2]),
              sys.argv[3].split(","), lambda stage: marks.append((stage, time.perf_counter(), time.process_time())))
marks.append(("end", time.perf_counter(), time.process_time()))
times = {"startup": marks[0][1] - start}
cpu = {"startup": marks[0][2]}  # the process's CPU time from its start, the interpreter's own included
for (stage, at, cpu_at), (_, after, cpu_after) in zip(marks[1:], marks[2:]):
    times[stage] = after - at
    cpu[stage] = cpu_after - cpu_at
print(json.dumps({"times": times, "cpu": cpu, "cards": len(built.pack.cards),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def one_run(pack: Path, out: Path) -> dict[str, object]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(pack), str(out), FORMATS],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    record = json.loads(result.stdout.strip().splitlines()[-1])
    record["wall"] = wall
    return record


def measure(pack: Path, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-out-") as out:
        records = [one_run(pack, Path(out) / str(n)) for n in range(runs)]
    times = {stage: statistics.median(r["times"].get(stage, 0.0) for r in records) for stage in STAGES}  # type: ignore[union-attr]
    cpu = {stage: statistics.median(r["cpu"].get(stage, 0.0) for r in records) for stage in STAGES}  # type: ignore[union-attr]
    return {
        "cards": records[0]["cards"],
        "bytes": sum(note.stat().st_size for note in pack.glob("*.md")),
        "times": times,
        "cpu": cpu,
        "wall": statistics.median(r["wall"] for r in records),  # type: ignore[misc]
        "peak_mb": max(r["peak_mb"] for r in records),  # type: ignore[type-var]
        "runs": runs,
    }


def table(results: dict[str, dict[str, object]]) -> str:
    names = list(results)
    width = 18
    lines = [f"{'stage':<10}" + "".join(f"{n + ' (wall / CPU)':>{width}}" for n in names)]
    for stage in STAGES:
        lines.append(
            f"{stage:<10}"
            + "".join(f"{results[n]['times'][stage] * 1000:>{width - 9}.0f} /{results[n]['cpu'][stage] * 1000:>5.0f} ms" for n in names)  # type: ignore[index]
        )
    lines.append(f"{'wall':<10}" + "".join(f"{results[n]['wall']:>{width - 2}.2f} s" for n in names))  # type: ignore[str-format]
    lines.append(f"{'peak mem':<10}" + "".join(f"{results[n]['peak_mb']:>{width - 3}.0f} MB" for n in names))  # type: ignore[str-format]
    lines.append(f"{'cards':<10}" + "".join(f"{results[n]['cards']:>{width}}" for n in names))
    lines.append(f"{'runs':<10}" + "".join(f"{results[n]['runs']:>{width}}" for n in names))
    return "\n".join(lines)


def scaling(results: dict[str, dict[str, object]], base: str = "1x") -> str:
    """Each stage's cost per card relative to the seed: ~1.0 everywhere means
    linear. By wall time and by CPU time: on a busy machine, only the CPU time
    is the stage's own."""
    lines = []
    for name, result in results.items():
        if name in (base, "seed"):
            continue
        factor = result["cards"] / results[base]["cards"]  # type: ignore[operator]
        size = result["bytes"] / results[base]["bytes"]  # type: ignore[operator]
        for clock in ("times", "cpu"):
            ratios = []
            for stage in STAGES[1:]:
                base_time = results[base][clock][stage]  # type: ignore[index]
                if base_time >= 0.002:
                    ratios.append(f"{stage} {result[clock][stage] / base_time / factor:.2f}")  # type: ignore[index]
            what = "wall" if clock == "times" else "CPU"
            lines.append(f"{name} per-card {what} vs 1x ({factor:.1f}x the cards, {size:.1f}x the notes' bytes; bar 1.2): " + ", ".join(ratios))
    return "\n".join(lines)


def whole_build(pack: Path) -> tuple[float, Peak]:
    """Wall time and peak memory of all processes (the cheat sheet's workers
    included) of one build with every format."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "PYTHONPATH": str(ROOT), "STUDY_PACK_CACHE": "off"}
    with tempfile.TemporaryDirectory(prefix="bench-out-") as out:
        started = time.perf_counter()
        _, peak = run_measured([sys.executable, "-m", "pipeline", "build", str(pack), "--out", out, "-q"], env)
    return time.perf_counter() - started, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--large", action="store_true", help="also the 50x pack (about a minute)")
    parser.add_argument("--runs", type=int, default=5, help="runs of the seed pack (fewer for larger packs)")
    args = parser.parse_args()
    results: dict[str, dict[str, object]] = {}
    compile_package(ROOT)
    before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-packs-") as folder:
        sizes = [("seed", 0, args.runs), ("1x", 1, args.runs), ("10x", 10, max(3, args.runs // 2))]
        if args.large:
            sizes.append(("50x", 50, 3))
        whole: dict[str, tuple[float, Peak]] = {}
        for name, factor, runs in sizes:
            pack = make_pack(SEED, factor, Path(folder)) if factor else SEED
            print(f"measuring {name} ({runs} runs)...", file=sys.stderr, flush=True)
            results[name] = measure(pack, runs)
            if factor > 1:
                print(f"measuring {factor}x with the cheat sheet...", file=sys.stderr, flush=True)
                whole[name] = whole_build(pack)
    print("Build without the cheat sheet (apkg, csv, json): medians, startup included")
    print(table(results))
    print(scaling(results))
    print("Build with every format, the three PDFs and their workers included (one build; peak of all processes together):")
    for name, (wall, peak) in whole.items():
        print(f"  {name}: {wall:.1f} s, peak memory {peak.pss_mb:.0f} MB (PSS; their resident sizes summed: {peak.rss_mb:.0f} MB)")
    print(load_line(before, os.getloadavg()))


if __name__ == "__main__":
    main()
