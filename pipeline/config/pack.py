"""`pack.toml` -> one frozen PackConfig, validated once.

A folder or file without `pack.toml` gets inferred settings: the title from
front matter, a file's first heading or the folder's name, the slug from its
name, ids derived from the slug so they stay the same on every build.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline import versions
from pipeline.diagnostics import Diagnostic, PipelineError, warning
from pipeline.front_matter import strip_front_matter
from pipeline.plain_text import plain
from pipeline.tomlfile import TomlFile

PACK_FILE = "pack.toml"
PAPER_SIZES = ("A4", "Letter")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_MAX_ID = (1 << 63) - 1
_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", list: "a list", dict: "a table", bool: "true or false"}


@dataclass(frozen=True)
class Thresholds:
    merge: float = 100.0  # token-set similarity, 0-100: the same fact
    report: float = 85.0  # a near miss worth the author's look
    min_words: int = 4  # shorter cards are too generic to compare


CARD_KINDS = ("recognition", "compare", "classify", "practice")  # kinds a pack may turn off


@dataclass(frozen=True)
class CheatSheetOptions:
    paper: str = "A4"
    columns: int = 3
    font_size: float = 7.0


@dataclass(frozen=True)
class CramOptions:
    pages: int = 2  # the cram sheet's page budget


@dataclass(frozen=True)
class PracticeOptions:
    questions: int = 65  # as many as the real exam asks


@dataclass(frozen=True)
class PackConfig:
    root: Path  # the pack folder (or the folder of a single notes file)
    notes: tuple[Path, ...]  # notes files, sorted
    title: str
    slug: str
    version: str
    description: str
    author: str
    deck: str
    deck_id: int
    basic_model_id: int
    cloze_model_id: int
    basic_model_name: str
    cloze_model_name: str
    exams: tuple[str, ...] = ()
    domains_file: Path | None = None
    errata_file: Path | None = None  # corrections to the notes (config/errata.py)
    cheatsheet: CheatSheetOptions = field(default_factory=CheatSheetOptions)
    cram: CramOptions = field(default_factory=CramOptions)
    practice: PracticeOptions = field(default_factory=PracticeOptions)
    dedupe: Thresholds = field(default_factory=Thresholds)
    inferred: bool = False
    cards_off: frozenset[str] = frozenset()  # kinds of CARD_KINDS that `[cards]` turned off
    problems: tuple[Diagnostic, ...] = ()  # notes files found but refused
    repository: str | None = None  # https URL of the repository holding the notes

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()


# A web address a page may link to: https, a host, a path of plain characters.
_REPOSITORY = re.compile(r"https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~-]+)*/?")

# ---- schema -----------------------------------------------------------------------------

_TOP_KEYS = {
    "title": str,
    "slug": str,
    "version": str,
    "description": str,
    "author": str,
    "notes": list,
    "exams": list,
    "domains": str,
    "errata": str,
    "repository": str,
}
_TABLES: dict[str, dict[str, type | tuple[type, ...]]] = {
    "anki": {
        "deck": str,
        "deck_id": int,
        "basic_model_id": int,
        "cloze_model_id": int,
        "basic_model_name": str,
        "cloze_model_name": str,
    },
    "cheatsheet": {"paper": str, "columns": int, "font_size": (int, float)},
    "cram": {"pages": int},
    "practice": {"questions": int},
    "dedupe": {"merge": (int, float), "report": (int, float), "min_words": int},
    "cards": {kind: bool for kind in CARD_KINDS},
}
_REQUIRED = [("", "title"), ("", "slug"), ("", "version"), ("anki", "deck_id"), ("anki", "basic_model_id"), ("anki", "cloze_model_id")]


def load_config(path: Path) -> PackConfig:
    """Config for a pack folder, a plain folder of notes, or one notes file."""
    if path.is_file():
        if path.suffix.lower() != ".md":
            raise PipelineError(str(path), 0, "not a markdown file (expected a .md file or a folder)")
        return _inferred(path.parent, (path,), path.stem)
    if not path.is_dir():
        raise PipelineError(str(path), 0, "no such file or folder")
    pack_file = path / PACK_FILE
    if pack_file.is_file():
        return _from_file(pack_file)
    notes, refused = _markdown_files(path)
    if not notes:
        raise PipelineError(str(path), 0, "no .md notes found in this folder", tuple(refused))
    return replace(_inferred(path, tuple(notes), path.resolve().name, folder=True), problems=tuple(refused))


def _markdown_files(folder: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Notes files under a folder, sorted, skipping hidden folders and READMEs;
    and a warning for each that is not a regular file inside the folder."""
    found = []
    refused = []
    base = folder.resolve()
    for file in sorted(folder.rglob("*.md")):
        relative = file.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if relative.name.lower() in ("readme.md", "changelog.md", "license.md"):
            continue
        problem = _not_inside(base, file)
        if problem:
            refused.append(warning(str(file), 0, problem))
            continue
        found.append(file)
    return found, refused


def _not_inside(base: Path, file: Path) -> str | None:
    """Only what is inside the notes folder, read as a regular file, is read:
    a link out of it would put another folder's text into the outputs."""
    target = file.resolve()
    if not target.is_relative_to(base):
        return "refused: a link to a file outside the notes folder"
    if not target.is_file():
        return "refused: not a regular file"
    return None


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "notes"


def _first_heading(file: Path, heading: bool = True) -> str | None:
    """The title a notes file gives itself: front matter `title:`, else (with
    `heading`) its first heading."""
    try:
        text = file.read_text(encoding="utf-8", errors="replace")[:100_000]
    except OSError:
        return None
    text, meta = strip_front_matter(text.removeprefix("\ufeff"))
    if meta.get("title"):
        return meta["title"]
    if not heading:
        return None
    match = re.search(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", text, re.M)
    return (plain(match.group(1)) or None) if match else None


def _inferred(root: Path, notes: tuple[Path, ...], name: str, folder: bool = False) -> PackConfig:
    slug = slugify(name)
    # A folder of several files is named by itself (or a front matter title),
    # not by the heading of whichever of its files sorts first.
    title = _first_heading(notes[0], heading=not folder or len(notes) == 1) or name.replace("-", " ").replace("_", " ").strip() or slug
    base = derived_id(0, "pack", slug)
    return PackConfig(
        root=root,
        notes=notes,
        title=title,
        slug=slug,
        version="0.0.0",
        description="",
        author="",
        deck=title,
        deck_id=base,
        basic_model_id=derived_id(base, "basic"),
        cloze_model_id=derived_id(base, "cloze"),
        basic_model_name=f"{title} (basic)",
        cloze_model_name=f"{title} (cloze)",
        inferred=True,
    )


def _from_file(pack_file: Path) -> PackConfig:
    toml = TomlFile(pack_file)
    data = toml.data
    display = toml.display
    fail = toml.error

    for key, value in data.items():
        if key in _TABLES:
            if not isinstance(value, dict):
                raise fail("", key, "must be a table")
            for sub in value:
                if sub not in _TABLES[key]:
                    raise fail(key, sub, f"unknown key (expected one of: {', '.join(_TABLES[key])})")
        elif key not in _TOP_KEYS:
            raise fail("", key, f"unknown key (expected one of: {', '.join([*_TOP_KEYS, *_TABLES])})")
    for table, key in _REQUIRED:
        source = data.get(table, {}) if table else data
        if key not in source:
            line = toml.table_line(table) if table else 1
            name = f"{table}.{key}" if table else key
            raise PipelineError(display, line, f"missing required key `{name}`")

    def get(table: str, key: str, default: Any = None) -> Any:
        source = data.get(table, {}) if table else data
        if key not in source:
            return default
        value = source[key]
        expected = (_TABLES[table] if table else _TOP_KEYS)[key]
        if (isinstance(value, bool) and expected is not bool) or not isinstance(value, expected):
            kinds = expected if isinstance(expected, tuple) else (expected,)
            raise fail(table, key, "must be " + " or ".join(_TYPE_NAMES[t] for t in kinds))
        return value

    title = get("", "title").strip()
    if not title:
        raise fail("", "title", "must not be empty")
    slug = get("", "slug")
    if not _SLUG.match(slug):
        raise fail("", "slug", "must be lowercase letters, digits and dashes")
    version = get("", "version")
    if versions.parse(version) is None:
        raise fail("", "version", "must be a semantic version such as 1.0.0")
    ids = {}
    for key in ("deck_id", "basic_model_id", "cloze_model_id"):
        value = get("anki", key)
        if not 1 <= value <= _MAX_ID:
            raise fail("anki", key, "must be a positive 64-bit integer")
        ids[key] = value
    if len(set(ids.values())) != len(ids):
        raise fail("anki", "cloze_model_id", "deck and note type ids must all differ")

    root = pack_file.parent
    notes, refused = _notes_list(get("", "notes"), root, fail)
    exams = get("", "exams", [])
    if not all(isinstance(e, str) and e for e in exams):
        raise fail("", "exams", "must be a list of exam codes")
    domains = get("", "domains")
    domains_file = None
    if exams and domains is None:
        raise fail("", "exams", "a pack that targets exams needs `domains`, the file of its domain rules")
    if domains is not None:
        domains_file = _inside(root, domains)
        if domains_file is None or not domains_file.is_file():
            raise fail("", "domains", f"no such file in the pack: {domains}")
    errata = get("", "errata")
    errata_file = None
    if errata is not None:
        errata_file = _inside(root, errata)
        if errata_file is None or not errata_file.is_file():
            raise fail("", "errata", f"no such file in the pack: {errata}")
    paper = get("cheatsheet", "paper", "A4")
    if paper not in PAPER_SIZES:
        raise fail("cheatsheet", "paper", f"must be one of {', '.join(PAPER_SIZES)}")
    columns = get("cheatsheet", "columns", 3)
    if not 1 <= columns <= 5:
        raise fail("cheatsheet", "columns", "must be between 1 and 5")
    font_size = float(get("cheatsheet", "font_size", 7))
    if not 5 <= font_size <= 14:
        raise fail("cheatsheet", "font_size", "must be between 5 and 14 (points)")
    cram_pages = get("cram", "pages", CramOptions.pages)
    if not 1 <= cram_pages <= 10:
        raise fail("cram", "pages", "must be between 1 and 10")
    questions = get("practice", "questions", PracticeOptions.questions)
    if not 1 <= questions <= 500:
        raise fail("practice", "questions", "must be between 1 and 500")
    merge = float(get("dedupe", "merge", Thresholds.merge))
    report = float(get("dedupe", "report", Thresholds.report))
    if not 0 <= report <= merge <= 100:
        raise fail("dedupe", "report", "thresholds must satisfy 0 <= report <= merge <= 100")
    min_words = get("dedupe", "min_words", Thresholds.min_words)
    if min_words < 1:
        raise fail("dedupe", "min_words", "must be at least 1")
    cards_off = frozenset(kind for kind in CARD_KINDS if not get("cards", kind, True))
    deck = get("anki", "deck", title)
    repository = get("", "repository", None)
    if repository is not None and not _REPOSITORY.fullmatch(repository):
        raise fail("", "repository", "must be an https URL such as https://github.com/owner/name")
    return PackConfig(
        root=root,
        notes=notes,
        title=title,
        slug=slug,
        version=version,
        description=get("", "description", ""),
        author=get("", "author", ""),
        deck=deck,
        deck_id=ids["deck_id"],
        basic_model_id=ids["basic_model_id"],
        cloze_model_id=ids["cloze_model_id"],
        basic_model_name=get("anki", "basic_model_name", f"{title} (basic)"),
        cloze_model_name=get("anki", "cloze_model_name", f"{title} (cloze)"),
        exams=tuple(exams),
        domains_file=domains_file,
        errata_file=errata_file,
        cheatsheet=CheatSheetOptions(paper=paper, columns=columns, font_size=font_size),
        cram=CramOptions(pages=cram_pages),
        practice=PracticeOptions(questions=questions),
        dedupe=Thresholds(merge=merge, report=report, min_words=min_words),
        cards_off=cards_off,
        problems=refused,
        repository=repository.rstrip("/") if repository else None,
    )


def _notes_list(value: list[Any] | None, root: Path, fail: Any) -> tuple[tuple[Path, ...], tuple[Diagnostic, ...]]:
    if value is None:
        notes, refused = _markdown_files(root)
        if not notes:
            raise fail("", "notes", "no .md notes found in the pack folder")
        return tuple(notes), tuple(refused)
    files = []
    for entry in value:
        if not isinstance(entry, str):
            raise fail("", "notes", "must be a list of file names")
        file = _inside(root, entry)
        if file is None:
            raise fail("", "notes", f"{entry} is outside the pack folder")
        if not file.is_file():
            raise fail("", "notes", f"no such notes file: {entry}")
        files.append(file)
    if not files:
        raise fail("", "notes", "must name at least one notes file")
    return tuple(files), ()


def _inside(root: Path, name: str) -> Path | None:
    candidate = (root / name).resolve()
    try:
        candidate.relative_to(root.resolve())
    except ValueError:
        return None
    return root / name


def derived_id(base: int, *parts: str) -> int:
    """A fixed id in Anki's range, derived from a base id and names (used for
    a pack without pack.toml), so it is the same on every build."""
    digest = hashlib.sha256("\x1f".join([str(base), *parts]).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:6], "big") % (1 << 40)
