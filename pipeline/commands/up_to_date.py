"""Skip a build whose inputs did not change.

The fingerprint hashes everything an output depends on: the notes, the pack's
settings, domain rules and release records, the images the last build used, the build time,
the formats asked for, and the pipeline's own code and templates. When it
matches the one recorded next to the outputs, and those outputs are still
there unchanged, the build writes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.config.pack import PACK_FILE, PackConfig
from pipeline.diagnostics import Diagnostic
from pipeline.files import sha256, write_atomically
from pipeline.model.records import RELEASES

CACHE_FOLDER = ".build-cache"  # beside the packs' output folders, so those hold outputs only
_CODE = Path(__file__).resolve().parent.parent  # the whole package
_TEMPLATES = _CODE.parent / "templates"


@dataclass(frozen=True)
class Cached:
    outputs: tuple[Path, ...]
    diagnostics: tuple[Diagnostic, ...]
    cards: int


@cache
def _tool_digest() -> str:
    digest = hashlib.sha256()
    for folder in (_CODE, _TEMPLATES):
        for file in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(file.relative_to(folder.parent).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _inputs(config: PackConfig, media: Iterable[str]) -> list[Path]:
    files = list(config.notes)
    for extra in (config.root / PACK_FILE, config.domains_file, config.errata_file):
        if extra is not None and extra.is_file():
            files.append(extra)
    # Release records set the notes' modification times.
    files += sorted((config.root / RELEASES).glob("*.json"))
    files += [config.root / name for name in media]
    return sorted(set(files))


def fingerprint(config: PackConfig, formats: Sequence[str], build_time: int, media: Iterable[str]) -> str:
    digest = hashlib.sha256(json.dumps([_tool_digest(), list(formats), build_time]).encode())
    for file in _inputs(config, media):
        digest.update(config.relative(file).encode() if file.is_relative_to(config.root) else file.name.encode())
        digest.update(file.read_bytes() if file.is_file() else b"<missing>")
    return digest.hexdigest()


def _cache_file(out_dir: Path) -> Path:
    return out_dir.parent / CACHE_FOLDER / f"{out_dir.name}.json"


def lookup(config: PackConfig, out_dir: Path, formats: Sequence[str], build_time: int) -> Cached | None:
    """The previous build's outputs, if they are still what these inputs give."""
    try:
        record = json.loads(_cache_file(out_dir).read_text(encoding="utf-8"))
        if record["fingerprint"] != fingerprint(config, formats, build_time, record["media"]):
            return None
        outputs = tuple(out_dir / name for name in record["outputs"])
        if any(not p.is_file() or sha256(p) != record["outputs"][p.name] for p in outputs):
            return None
        diagnostics = tuple(Diagnostic(*d) for d in record["diagnostics"])
        return Cached(outputs, diagnostics, record["cards"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(
    config: PackConfig,
    out_dir: Path,
    formats: Sequence[str],
    build_time: int,
    media: Iterable[str],
    outputs: Sequence[Path],
    diagnostics: Sequence[Diagnostic],
    cards: int,
) -> None:
    media = sorted(media)
    data = {
        "fingerprint": fingerprint(config, formats, build_time, media),
        "media": media,
        "outputs": {p.name: sha256(p) for p in outputs},
        "diagnostics": [[d.path, d.line, d.severity, d.message] for d in diagnostics],
        "cards": cards,
    }
    text = json.dumps(data, indent=1) + "\n"
    write_atomically(_cache_file(out_dir), lambda path: path.write_text(text, encoding="utf-8"))
