"""`python -m pipeline.commands.tag_check vX.Y.Z [PATH ...]`: a version tag
must name a release every pack has recorded and committed
(`<pack>/releases/X.Y.Z.json`), so the release workflow stops before its
tests when the maintainer tagged without recording. One line per problem,
exit 1; exit 2 for a tag that is not `v` and a semantic version."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline import versions
from pipeline.commands.build import discover
from pipeline.config.pack import load_config
from pipeline.diagnostics import PipelineError, display_path
from pipeline.release import history


def _committed(path: Path) -> bool | None:
    """Whether git tracks the file; None outside a git work tree."""
    try:
        result = subprocess.run(
            ["git", "ls-files", "--error-unmatch", path.name],
            cwd=path.parent, capture_output=True, text=True, timeout=60,
        )
    except OSError:
        return None
    if "not a git repository" in result.stderr:
        return None
    return result.returncode == 0


def problems(version: str, paths: Sequence[Path]) -> list[str]:
    found = []
    for pack in paths:
        config = load_config(pack)
        record = history.record_path(config.root, version)
        where = display_path(record)
        if not record.is_file():
            found.append(f"{where}:0: error: no release record for {version}: run 'make release VERSION={version}', commit it, then tag")
            continue
        try:
            history.read(record)
        except PipelineError as error:
            found.append(str(error))
            continue
        if _committed(record) is False:
            found.append(f"{where}:0: error: the release record is not committed: commit it, then tag")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: python -m pipeline.commands.tag_check vX.Y.Z [PATH ...]", file=sys.stderr)
        return 2
    tag, paths = args[0], [Path(p) for p in args[1:]]
    version = tag.removeprefix("v")
    if not tag.startswith("v") or versions.parse(version) is None:
        print(f"error: tag {tag!r} is not v and a semantic version, such as v1.2.0", file=sys.stderr)
        return 2
    try:
        found = problems(version, paths or discover(Path("source")))
    except PipelineError as error:
        found = [str(error)]
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print(f"{tag}: every pack has its release record")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
