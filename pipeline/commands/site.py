"""`python -m pipeline site [PATH ...] [--out DIR]`: the pack site.

A pack whose pack.toml names a recorded release is rebuilt as that release
(exactly as recorded, with its bundle), so the site shows and offers what
learners get; otherwise, or when the notes changed since, it shows a
development build (an unchanged pack is taken from its last build). The site
stage is handed the model, the outputs and the changes of every recorded
release.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.commands.build import build, load
from pipeline.commands.formats import FORMATS
from pipeline.commands.release import release
from pipeline.config.pack import load_config
from pipeline.curate.domain_report import domain_shares
from pipeline.diagnostics import Diagnostic, PipelineError, warning
from pipeline.model import Pack
from pipeline.release import history
from pipeline.site import write
from pipeline.site.inputs import DomainBar, ReleaseNote, SitePack

MANIFEST = "manifest.json"


def gather(path: Path, build_root: Path, version: str | None = None) -> tuple[SitePack, tuple[Diagnostic, ...]]:
    """With `version`, the pack as that recorded release, or an error."""
    config = load_config(path)
    records = history.read_all(config.root)
    problems: list[Diagnostic] = []
    pack, outputs, released = None, (), False
    if version is not None and not any(r.version == version for r in records):
        raise PipelineError(str(history.record_path(config.root, version)), 0, f"no release {version} is recorded")
    if any(r.version == (version or config.version) for r in records):
        try:
            result = release(path, version or config.version, build_root)
            pack, outputs, released = result.built.pack, result.built.outputs + (result.bundle,), True
            problems += result.built.diagnostics
        except PipelineError as error:
            if version is not None:
                raise
            said = error.diagnostic
            problems.append(warning(said.path, said.line, f"{said.message}; the site shows a development build"))
    if pack is None:
        built = build(path, build_root, FORMATS)
        pack = built.pack or load(path).pack
        outputs = built.outputs
        problems += built.diagnostics
    downloads = tuple(p for p in outputs if p.name != MANIFEST)
    releases = tuple(
        ReleaseNote(record, history.diff(records[i - 1] if i else None, record)) for i, record in enumerate(records)
    )[::-1]
    exam, bars = domain_bars(pack)
    site = SitePack(pack, exam, bars, downloads, releases, source_base(pack) if released else None)
    return site, tuple(problems)


def domain_bars(pack: Pack) -> tuple[str | None, tuple[DomainBar, ...]]:
    """The pack's current exam and the cards' share of each of its domains."""
    exam = pack.exams[0].code if pack.exams else None
    bars = tuple(
        DomainBar(s.number, s.name, s.tag.split("::", 1)[1], s.cards, s.share, s.weight)
        for s in domain_shares(pack)
        if s.exam == exam
    )
    return exam, bars


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


def site(
    paths: Sequence[Path], out: Path, build_root: Path, version: str | None = None
) -> tuple[list[Path], list[Diagnostic]]:
    packs, problems = [], []
    for path in paths:
        gathered, diagnostics = gather(path, build_root, version)
        packs.append(gathered)
        problems.extend(diagnostics)
    return write.write(packs, out), problems
