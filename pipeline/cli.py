"""`python -m pipeline build|check|release`: exit 0 on success, 1 on bad input or a
failed build, 2 on a wrong command line. Problems are one line each:
`path:line: error|warning: message`."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline import versions
from pipeline.collector import tune_collector
from pipeline.commands.build import Built, build, check_notes, discover, load
from pipeline.diagnostics import Diagnostic, PipelineError, display_path
from pipeline.curate.domain_report import domain_shares
from pipeline.commands.formats import FORMATS
from pipeline.model import Card, Pack

if TYPE_CHECKING:
    from pipeline.commands.release import Released

EXAMPLES = """\
examples:
  python -m pipeline build                      every pack under source/ into build/<slug>/
  python -m pipeline build my-notes/            a folder of .md notes (settings inferred)
  python -m pipeline build notes.md --formats apkg,csv --out /tmp/deck
  python -m pipeline check source/aws-cloud-practitioner --strict
  python -m pipeline release --version 1.1.0    every pack as version 1.1.0, bundled in build/dist/
  python -m pipeline site                       the pack site in build/site/ (open build/site/index.html)
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _formats(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or repr(value)} (choose from {', '.join(FORMATS)})"
        )
    return [f for f in FORMATS if f in names]  # a fixed order, whatever was typed


def _version(value: str) -> str:
    if versions.parse(value) is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a semantic version such as 1.2.0")
    return value


def parser() -> argparse.ArgumentParser:
    main = _Parser(
        prog="python -m pipeline",
        description="Turn markdown study notes into an Anki deck, a CSV export and a printable cheat sheet.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = main.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "paths",
            nargs="*",
            type=Path,
            metavar="PATH",
            help="a pack folder (with pack.toml), a folder of .md notes, or one .md file; default: every pack under source/",
        )
        sub.add_argument("--strict", action="store_true", help="treat warnings as errors")
        sub.add_argument("--debug", action="store_true", help="show a Python traceback on failure")
        sub.add_argument("-q", "--quiet", action="store_true", help="print problems only")

    build_cmd = commands.add_parser(
        "build",
        help="build packs into their outputs",
        description="Build each PATH into <out>/<slug>/: <slug>.apkg, <slug>.csv, <slug>.pdf, <slug>.cards.json, manifest.json.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(build_cmd)
    build_cmd.add_argument("--out", type=Path, default=Path("build"), metavar="DIR", help="output folder (default: build)")
    build_cmd.add_argument(
        "--formats",
        type=_formats,
        default=list(FORMATS),
        metavar="LIST",
        help=f"comma-separated formats to write (default: {','.join(FORMATS)})",
    )
    check_cmd = commands.add_parser(
        "check",
        help="parse and validate only; write nothing",
        description="Parse and validate each PATH, report every problem, write nothing.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(check_cmd)
    release_cmd = commands.add_parser(
        "release",
        help="build packs as a version, bundle them, record the release",
        description=(
            "Build each PATH as version VERSION into <out>/<slug>/, bundle it as <out>/dist/<slug>-<version>.zip"
            " (outputs, CHANGELOG.md, README.md, SHA256SUMS) and record the release in <pack>/releases/<version>.json;"
            " commit that record. A version already recorded is rebuilt exactly as recorded."
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(release_cmd)
    release_cmd.add_argument(
        "--version", dest="release_version", type=_version, required=True, metavar="X.Y.Z", help="the version to release"
    )
    release_cmd.add_argument("--out", type=Path, default=Path("build"), metavar="DIR", help="output folder (default: build)")
    site_cmd = commands.add_parser(
        "site",
        help="the pack site: a static page per pack to browse the cards and download the files",
        description=(
            "Build each PATH (an unchanged pack is not rebuilt) and write a static site into DIR: index.html listing"
            " the packs and <slug>/index.html per pack, with its downloads, charts, changelog and card browser."
            " It works opened from disk and from any static host."
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(site_cmd)
    site_cmd.add_argument("--out", type=Path, default=Path("build/site"), metavar="DIR", help="site folder (default: build/site)")
    site_cmd.add_argument(
        "--build", type=Path, default=Path("build"), metavar="DIR",
        help="where the packs' outputs and release bundles (DIR/dist) are written (default: build)",
    )
    site_cmd.add_argument(
        "--release", dest="release_version", type=_version, metavar="X.Y.Z",
        help="show every pack as this recorded release (default: pack.toml's version when it is recorded)",
    )
    return main


def one_line_warnings() -> None:
    """A library's warning is one line, without its source file: the build's
    own problems name the notes' lines, a library's file means nothing to an author."""

    def show(message: Warning | str, category: type[Warning], *_: object, **__: object) -> None:
        text = " ".join(str(message).split())
        print(f"warning: {category.__name__}: {text[:300]}", file=sys.stderr)

    warnings.showwarning = show


def main(argv: Sequence[str] | None = None) -> int:
    tune_collector()
    one_line_warnings()
    args = parser().parse_args(argv)
    try:
        return _run(args)
    except PipelineError as error:
        if args.debug:
            traceback.print_exc()
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 1
    except Exception as error:  # a bug, not bad input: still one line unless --debug
        if args.debug:
            traceback.print_exc()
        else:
            print(f"error: internal error: {type(error).__name__}: {error} (run with --debug for details)", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    paths: list[Path] = args.paths or discover(Path("source"))
    if args.command == "site":
        return _site(args, paths)
    failed = False
    for path in paths:
        try:
            if args.command == "check":
                loaded = load(path)
                problems = loaded.diagnostics
                if not args.quiet:
                    _say_check(loaded.pack.config.slug, len(loaded.pack.cards), problems)
                    for note in check_notes(loaded.pack):
                        print(f"  {note}")
            elif args.command == "release":
                problems = _release_one(args, path)
            else:
                result = _build_one(args, path)
                problems = result.diagnostics
        except PipelineError as error:
            if args.debug:
                traceback.print_exc()
            print(error, file=sys.stderr)
            failed = True
            continue
        _report(problems)
        if args.strict and problems:
            print(f"error: {len(problems)} warning(s) and --strict is set", file=sys.stderr)
            failed = True
    return 1 if failed else 0


def _build_one(args: argparse.Namespace, path: Path) -> Built:
    started = time.monotonic()

    def progress(stage: str) -> None:
        if not args.quiet and sys.stderr.isatty():
            print(f"\r  {stage}…{' ' * 10}", end="", file=sys.stderr, flush=True)

    result = build(path, args.out, args.formats, progress, strict=args.strict)
    if not args.quiet and sys.stderr.isatty():
        print("\r" + " " * 30 + "\r", end="", file=sys.stderr)
    if not args.quiet and result.outputs:
        _say_built(result, time.monotonic() - started)
    return result


def _site(args: argparse.Namespace, paths: Sequence[Path]) -> int:
    from pipeline.commands.site import site  # the site's templates and writers: only for this command

    written, problems = site(paths, args.out, args.build, args.release_version)
    _report(problems)
    if args.strict and problems:
        print(f"error: {len(problems)} warning(s) and --strict is set", file=sys.stderr)
        return 1
    if not args.quiet:
        pages = [p for p in written if p.name == "index.html"]
        print(f"site: {len(pages) - 1} pack page(s), {len(written)} files in {display_path(args.out)}")
        print(f"  open {display_path(args.out / 'index.html')}")
    return 0


def _release_one(args: argparse.Namespace, path: Path) -> tuple[Diagnostic, ...]:
    if args.strict:
        problems = load(path).diagnostics
        if problems:
            return problems
    from pipeline.commands.release import release  # bundles and records: only for this command

    started = time.monotonic()
    result = release(path, args.release_version, args.out)
    if not args.quiet:
        _say_released(result, time.monotonic() - started)
    return result.built.diagnostics


def _say_released(result: Released, seconds: float) -> None:
    pack = result.built.pack
    previous = pack.history.previous if pack.history else None
    changes = result.changes
    since = (
        f"; since {previous.version}: {len(changes.added)} added, {len(changes.changed)} changed, {len(changes.retired)} retired, {len(changes.removed)} removed"
        if previous
        else "; first release"
    )
    print(f"{pack.config.slug} {pack.config.version}: {len(pack.cards)} cards{since} in {seconds:.1f}s")
    print(f"  {result.bundle}")
    if result.recorded_now:
        print(f"  recorded {display_path(result.record)}: commit it before tagging v{pack.config.version}")
    else:
        print(f"  the same as the recorded release {display_path(result.record)}")


def _report(problems: Sequence[Diagnostic]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def _kinds(cards: Sequence[Card]) -> str:
    counts = Counter(c.kind for c in cards)
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _say_built(result: Built, seconds: float) -> None:
    if result.pack is None:  # up to date: nothing was built
        print(f"{result.slug}: up to date, {result.card_count} cards in {result.out_dir}")
        return
    pack = result.pack
    print(f"{pack.config.slug}: {len(pack.cards)} cards ({_kinds(pack.cards)}) in {seconds:.1f}s")
    _say_domains(pack)
    for output in result.outputs:
        print(f"  {output}")
    for note in result.notes:
        print(f"  note: {note}")


def _say_domains(pack: Pack) -> None:
    if not pack.exams:
        return
    exam = pack.exams[0]  # the current exam; the manifest has them all
    print(f"  {exam.code}:")
    for share in domain_shares(pack):
        if share.exam == exam.code:
            print(f"    {share.line()}")


def _say_check(slug: str, count: int, problems: Sequence[Diagnostic]) -> None:
    warnings = sum(1 for p in problems if p.severity == "warning")
    print(f"{slug}: {count} card{'' if count == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'}")
