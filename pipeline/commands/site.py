"""`python -m pipeline site [PATH ...] [--out DIR]`: the pack site.

Each pack is built first (an unchanged pack is taken from its last build),
then the site stage is handed the model, the outputs, the release bundle
when `make release` made one, and the changes of every recorded release.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.commands.build import build, load
from pipeline.commands.formats import FORMATS
from pipeline.curate.domain_report import domain_shares
from pipeline.diagnostics import Diagnostic
from pipeline.model import Pack
from pipeline.release import history
from pipeline.site import write
from pipeline.site.inputs import DomainBar, ReleaseNote, SitePack

DIST = "dist"  # where `make release` leaves the bundles (see commands/release.py)
MANIFEST = "manifest.json"


def gather(path: Path, build_root: Path) -> tuple[SitePack, tuple[Diagnostic, ...]]:
    built = build(path, build_root, FORMATS)
    loaded = load(path)
    pack = loaded.pack
    downloads = [p for p in built.outputs if p.name != MANIFEST]
    bundle = build_root / DIST / f"{pack.config.slug}-{pack.config.version}.zip"
    if bundle.is_file():
        downloads.append(bundle)
    records = loaded.records
    releases = tuple(
        ReleaseNote(record, history.diff(records[i - 1] if i else None, record)) for i, record in enumerate(records)
    )[::-1]
    exam = pack.exams[0].code if pack.exams else None
    bars = tuple(
        DomainBar(s.number, s.name, s.tag.split("::", 1)[1], s.cards, s.share, s.weight)
        for s in domain_shares(pack)
        if s.exam == exam
    )
    recorded = any(r.version == pack.config.version for r in records)
    site = SitePack(pack, exam, bars, tuple(downloads), releases, source_base(pack) if recorded else None)
    return site, built.diagnostics


def source_base(pack: Pack) -> str | None:
    """The pack folder in the repository at the release's tag (`v<version>`),
    when pack.toml names the repository and the pack sits in a git work tree."""
    repository = pack.config.repository
    if repository is None:
        return None
    root = pack.config.root.resolve()
    top = next((folder for folder in (root, *root.parents) if (folder / ".git").exists()), None)
    if top is None:
        return None
    inside = root.relative_to(top).as_posix()
    folder = f"{inside}/" if inside != "." else ""
    return f"{repository}/blob/v{pack.config.version}/{folder}"


def site(paths: Sequence[Path], out: Path, build_root: Path) -> tuple[list[Path], list[Diagnostic]]:
    packs, problems = [], []
    for path in paths:
        gathered, diagnostics = gather(path, build_root)
        packs.append(gathered)
        problems.extend(diagnostics)
    return write.write(packs, out), problems
