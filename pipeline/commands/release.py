"""`python -m pipeline release --version X.Y.Z`: build a pack as that
version, bundle it for learners, and record it for the next release.

The record (`<pack>/releases/<version>.json`) is what the next release
compares with, so it belongs in the repository: a maintainer releases,
commits the record, then tags. A release already recorded is rebuilt from its
record's time and must match it: that is how CI, on the tag, publishes
exactly the bytes the maintainer saw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.release import bundle
from pipeline.release import changelog
from pipeline.release import history
from pipeline import versions
from pipeline.commands.build import Built, Loaded, Progress, load, write_outputs
from pipeline.diagnostics import PipelineError
from pipeline.commands.formats import FORMATS

DIST = "dist"


@dataclass(frozen=True)
class Released:
    built: Built
    bundle: Path
    record: Path
    recorded_now: bool  # False when the build reproduced a recorded release
    changes: history.Changes


def check(loaded: Loaded, version: str) -> tuple[history.Record, history.Changes, history.Record | None]:
    """The release's record and changes, or the one-line reason it cannot be made."""
    wanted = versions.parse(version)
    if wanted is None:
        raise PipelineError(str(loaded.pack.config.root), 0, f"{version!r} is not a semantic version such as 1.2.0")
    pack = loaded.pack
    current = history.record_of(pack)
    previous = pack.history.previous if pack.history else None
    recorded = history.find(loaded.records, wanted)
    if recorded is not None:
        if recorded != current:
            raise PipelineError(
                recorded.display(), 1,
                f"release {recorded.version} was recorded from other notes ({_difference(recorded, current)});"
                " release a new version, or delete this record to redo this one",
            )
    elif loaded.records and wanted <= loaded.records[-1].semver:
        latest = loaded.records[-1]
        raise PipelineError(latest.display(), 1, f"version {version} is not greater than the last release, {latest.version}")
    changes = history.diff(previous, current)
    if previous is not None and changes.breaking and wanted.major <= previous.semver.major:
        raise PipelineError(
            previous.display(), 1,
            f"{changes.breaking[0]}; release it as a new major version ({versions.next_major(previous.semver)})",
        )
    return current, changes, recorded


def _difference(recorded: history.Record, current: history.Record) -> str:
    if recorded.version != current.version:
        return f"it is recorded as version {recorded.version}"
    changes = history.diff(recorded, current)
    counts = [(len(changes.added), "added"), (len(changes.changed), "changed"), (len(changes.removed), "removed")]
    said = [f"{n} card{'' if n == 1 else 's'} {what}" for n, what in counts if n]
    return ", ".join(said) or "the note types or the times differ"


def release(
    path: Path,
    version: str,
    out_root: Path,
    formats: Sequence[str] = FORMATS,
    progress: Progress | None = None,
) -> Released:
    loaded = load(path, progress, version=version)
    current, changes, recorded = check(loaded, version)
    built = write_outputs(loaded, out_root, formats, progress)
    pack = built.pack
    text = changelog.render(pack.config.title, current, changes)
    zipped = bundle.write(pack, built.outputs, changes, text, out_root / DIST)
    if recorded is not None and recorded.path is not None:
        return Released(built, zipped, recorded.path, False, changes)
    return Released(built, zipped, history.write(pack.config.root, current), True, changes)
