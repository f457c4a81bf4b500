"""discover (sorted) -> parse -> cards -> dedupe -> tag -> practice -> emit.

`load` runs every stage up to the model and writes nothing (the `check`
command); `build` then writes each format into a staging folder and moves
the files into place only when all of them succeeded, so a failed build
leaves the previous outputs untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.commands import up_to_date as cache
from pipeline import clock
from pipeline.collector import keep_made
from pipeline.release import history
from pipeline.release.continuity import carried_over
from pipeline.release.retire import label, retired_cards
from pipeline import versions
from pipeline.cards.asked_back import asked_back
from pipeline.cards.directions import direction_cards, once_each
from pipeline.cards.empty import why_no_cards
from pipeline.cards.maker import make_cards
from pipeline.cards.per_document import forget as forget_documents
from pipeline.cards.reading_only import with_maps_off
from pipeline.cards.practice import with_practice
from pipeline.config.errata import Errata, load_errata
from pipeline.config.pack import PACK_FILE, PackConfig, load_config
from pipeline.curate.dedupe import dedupe
from pipeline.curate.echo_trim import without_echoes
from pipeline.curate.recited_sets import without_recited_sets
from pipeline.curate.restating import without_restating
from pipeline.curate.said_backs import with_said_backs
from pipeline.curate.twins import asked_lines, without_twins
from pipeline.diagnostics import Diagnostic, PipelineError, warning
from pipeline.curate.domain_report import domain_shares
from pipeline.curate.domains import DomainRules, load_rules, unmatched_outside
from pipeline.commands.formats import emit_with_notes
from pipeline.files import sha256
from pipeline.limits import within_limits
from pipeline.notes.errata import corrected, renumbered
from pipeline.notes.media import collect_media
from pipeline.model import Card, Document, Pack, Span
from pipeline.model.cards_off import with_topics_off
from pipeline.model.records import is_retired
from pipeline.notes.parse import parse_document
from pipeline.curate.tag import tag_cards

MANIFEST = "manifest.json"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Loaded:
    pack: Pack
    diagnostics: tuple[Diagnostic, ...]
    records: tuple[history.Record, ...] = ()  # the pack's releases, oldest first


@dataclass(frozen=True)
class Built:
    slug: str
    out_dir: Path
    outputs: tuple[Path, ...]  # empty when --strict refused the build
    diagnostics: tuple[Diagnostic, ...]
    card_count: int
    pack: Pack | None  # None when the outputs were already up to date
    notes: tuple[str, ...] = ()  # what the writers say about their outputs (how full the cram sheet is...)


def discover(source_root: Path) -> list[Path]:
    """Every pack folder (one holding pack.toml) under source/, sorted."""
    if not source_root.is_dir():
        raise PipelineError(str(source_root), 0, "no source/ folder here; give a pack folder or notes file to build")
    packs = sorted(p.parent for p in source_root.rglob(PACK_FILE))
    if not packs:
        raise PipelineError(str(source_root), 0, f"no pack folders (with {PACK_FILE}) found")
    return packs


def read_notes(path: Path, display: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PipelineError(display, 0, f"cannot read: {error.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PipelineError(display, line, f"not valid UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8") from None
    return text.removeprefix("\ufeff")


def load(
    path: Path,
    progress: Progress | None = None,
    config: PackConfig | None = None,
    version: str | None = None,
    build_time: int | None = None,
) -> Loaded:
    """The pack's model; with `version`, as that release (see release.py).
    `build_time`: the clock already read for this build, if any."""
    config = config or load_config(path)
    release = None
    if version is not None:
        release = versions.parse(version)
        if release is None:
            raise PipelineError(str(path), 0, f"{version!r} is not a semantic version such as 1.2.0")
        config = replace(config, version=version)
    records = history.read_all(config.root)
    say = progress or (lambda _message: None)
    diagnostics: list[Diagnostic] = list(config.problems)
    documents: list[Document] = []
    cards: list[Card] = []
    empty: set[str] = set()
    say("parse")
    errata = _errata(config)
    rules = _domain_rules(config)
    outside = rules.outside if rules else {}
    matched: set[str] = set()
    for file in config.notes:
        relative = config.relative(file)
        text, problems = within_limits(read_notes(file, str(file)), str(file))
        diagnostics.extend(problems)
        origin: tuple[int, ...] = ()
        if errata:
            made = corrected(text, errata.of(relative), str(config.errata_file), relative)
            text, origin = made.text, made.origin
            diagnostics.extend(made.problems)
        document, found = with_topics_off(renumbered(parse_document(text, relative), origin), outside)
        document = with_maps_off(document)
        matched |= found
        diagnostics.extend(_in_pack(config, d) for d in document.problems)
        if not text.strip():
            diagnostics.append(warning(str(file), 1, "empty notes file"))
            empty.add(relative)
        documents.append(document)
    if rules is not None:
        diagnostics.extend(unmatched_outside(rules, matched))
    say("media")
    media, media_problems = collect_media(config.root, documents)
    diagnostics.extend(_in_pack(config, d) for d in media_problems)
    say("cards")
    asked: list[Card] = []  # the exam's direction: kept out of dedupe, they repeat facts on purpose
    for document in documents:

        def image_src(span: Span, path: str = document.path) -> str | None:
            found = media.get((path, span.url))
            return found.name if found else None

        made, problems = make_cards(document, config.slug, image_src, recognition="recognition" not in config.cards_off)
        diagnostics.extend(_in_pack(config, d) for d in problems)
        if not made and document.path not in empty:
            reason = f"no cards from this file: {why_no_cards(document)}"
            diagnostics.append(_in_pack(config, warning(document.path, 1, reason)))
        cards.extend(made)
        asked.extend(direction_cards(document, config.slug, config.cards_off, image_src))
    if not cards:
        # What was found so far says why: print it before the error.
        raise PipelineError(str(config.notes[0]), 1, "no cards could be made from the notes", tuple(diagnostics))
    keep_made()  # the documents, the cards and the card kinds' results outlive the stages after
    say("dedupe")
    cards, report = dedupe(cards, config.dedupe)
    diagnostics.extend(_in_pack(config, d) for d in report)
    # "Password Policy" -> "strong passwords": a back that says the name again is asked the exam's way
    cards, asked = without_restating(cards, asked, config.cards_off)
    # "[...] between Replatform and Refactor": a set whose members the comparisons ask by meaning
    cards, asked = without_recited_sets(cards, asked, config.cards_off)
    # "DRG" -> a line of facts: asked from the facts to the name, the exam's way, where no card asks it so
    cards = asked_back(cards, asked) if "recognition" not in config.cards_off else cards
    direction = [card for card in asked if card.kind not in config.cards_off]
    shown = asked_lines(direction)
    cards = with_said_backs(without_echoes(without_twins(cards, shown), shown), shown)
    say("tag")
    cards, problems = tag_cards(once_each([*cards, *asked]), rules)
    diagnostics.extend(_in_pack(config, d) for d in problems)
    test_questions: list[Card] = []  # practice questions for the printed test, not the deck
    if "practice" not in config.cards_off:
        say("practice")
        cards, test_questions = with_practice(cards, documents, config.slug)
        cards = once_each(cards)
    forget_documents()  # what the card kinds shared about each document
    cards = [card for card in cards if card.kind not in config.cards_off]
    exams = rules.exams if rules else ()
    # A release already recorded is rebuilt with its own time, so the build
    # that publishes it (CI, on the tag) gives the bytes the maintainer saw.
    recorded = history.find(records, release) if release else None
    if recorded:
        build_time = recorded.build_time
    elif build_time is None:
        build_time = clock.build_time(config.root, config.notes)
    previous = history.latest_before(records, release)
    cards = carried_over(previous, cards)
    cards += retired_cards(previous, cards, label(config.version, previous))
    follows = history.follow(config, cards, build_time, previous)
    pack = Pack(config, tuple(documents), tuple(cards), build_time, exams, media, follows, tuple(test_questions))
    return Loaded(pack, tuple(diagnostics), records)


def _errata(config: PackConfig) -> Errata:
    if config.errata_file is None:
        return Errata()
    return load_errata(config.errata_file, [config.relative(file) for file in config.notes])


def _domain_rules(config: PackConfig) -> DomainRules | None:
    if config.domains_file is None:
        return None
    return load_rules(config.domains_file, config.exams)


def _in_pack(config: PackConfig, diagnostic: Diagnostic) -> Diagnostic:
    """Card problems name notes relative to the pack; report them as the user named the pack."""
    return Diagnostic(str(config.root / diagnostic.path), diagnostic.line, diagnostic.severity, diagnostic.message)


def build(
    path: Path,
    out_root: Path,
    formats: Sequence[str],
    progress: Progress | None = None,
    strict: bool = False,
) -> Built:
    """Build one pack into `out_root/<slug>/`; nothing is written when its
    inputs did not change, or when `strict` and there are warnings."""
    config = load_config(path)
    out_dir = out_root / config.slug
    build_time = clock.build_time(config.root, config.notes)
    cached = cache.lookup(config, out_dir, formats, build_time)
    if cached and not (strict and cached.diagnostics):
        return Built(config.slug, out_dir, cached.outputs, cached.diagnostics, cached.cards, None)
    loaded: Loaded | None = None
    if "pdf" in formats:
        from pipeline.commands import apart  # forks and pickles for the cheat sheet: a deck build never imports it

        if apart.worth_it(config.notes):
            loaded = apart.made_apart(lambda say: load(path, say, config, build_time=build_time), progress)
    if loaded is None:
        loaded = load(path, progress, config, build_time=build_time)
    pack = loaded.pack
    if strict and loaded.diagnostics:
        return Built(config.slug, out_dir, (), loaded.diagnostics, len(pack.cards), pack)
    built = write_outputs(loaded, out_root, formats, progress)
    media = [os.path.relpath(m.path, config.root.resolve()) for m in pack.media.values()]
    cache.record(config, out_dir, formats, pack.build_time, media, built.outputs, loaded.diagnostics, len(pack.cards))
    return built


def write_outputs(loaded: Loaded, out_root: Path, formats: Sequence[str], progress: Progress | None = None) -> Built:
    """Every format into a staging folder, then into `out_root/<slug>/`."""
    pack = loaded.pack
    config = pack.config
    out_dir = out_root / config.slug
    say = progress or (lambda _message: None)
    make_folder(out_root)
    make_folder(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{config.slug}-", dir=out_root))
    try:
        written: list[Path] = []
        notes: list[str] = []
        for name in formats:
            say(name)
            paths, said = emit_with_notes(name, pack, staging)
            written.extend(paths)
            notes.extend(said)
        say("manifest")
        written.append(write_manifest(pack, staging, written))
        outputs = _commit(staging, out_dir, written)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Built(config.slug, out_dir, tuple(outputs), loaded.diagnostics, len(pack.cards), pack, tuple(notes))


def check_notes(pack: Pack) -> list[str]:
    """What `check` says beyond problems: how full the cram sheet's pages are
    and what of it did not fit."""
    from pipeline.cheatsheet.emit import notes_of_cram  # imports WeasyPrint only when the sheet is not cached

    return notes_of_cram(pack)


def card_counts(pack: Pack) -> dict[str, object]:
    kinds = Counter(card.kind for card in pack.cards)
    counts: dict[str, object] = {"total": len(pack.cards), "kind": dict(sorted(kinds.items()))}
    retired = sum(1 for card in pack.cards if is_retired(card.tags))
    if retired:
        counts["retired"] = retired  # in the total, not in the domain shares
    if pack.exams:
        shares = domain_shares(pack)  # every exam's at once
        counts["domain"] = {
            exam.code: {
                share.tag: {"cards": share.cards, "share": share.share, "exam_weight": share.weight}
                for share in shares if share.exam == exam.code
            }
            for exam in pack.exams
        }
    return counts


def write_manifest(pack: Pack, out_dir: Path, outputs: Sequence[Path]) -> Path:
    config = pack.config
    manifest = {
        "slug": config.slug,
        "title": config.title,
        "version": config.version,
        "description": config.description,
        "build_time": clock.iso(pack.build_time),
        "source_date_epoch": pack.build_time,
        "cards": card_counts(pack),
        **_changes(pack),
        "outputs": {p.name: {"sha256": sha256(p), "bytes": p.stat().st_size} for p in sorted(outputs)},
    }
    target = out_dir / MANIFEST
    target.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
    return target


def _changes(pack: Pack) -> dict[str, object]:
    previous = pack.history.previous if pack.history else None
    if previous is None:
        return {}
    changes = history.diff(previous, history.record_of(pack))
    return {
        "changes": {
            "since": previous.version,
            "added": len(changes.added),
            "changed": len(changes.changed),
            "retired": len(changes.retired),
            "removed": len(changes.removed),
        }
    }


def make_folder(folder: Path) -> None:
    """The output folder, made if missing: a file in its place is bad input, not a crash."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise PipelineError(str(folder), 0, "is a file, not a folder: give --out a folder") from None
    except OSError as error:
        raise PipelineError(str(folder), 0, f"cannot make the output folder: {error.strerror}") from None


def _commit(staging: Path, out_dir: Path, written: Sequence[Path]) -> list[Path]:
    """Move finished files into place, each with an atomic rename."""
    placed = []
    for file in written:
        target = out_dir / file.name
        os.replace(file, target)
        placed.append(target)
    return placed
