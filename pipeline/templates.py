"""Where the card and cheat-sheet templates live: `templates/` at the top of
the project, editable without touching code."""

from __future__ import annotations

from pathlib import Path

from pipeline.diagnostics import PipelineError

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def template_path(name: str) -> Path:
    path = TEMPLATES / name
    if not path.is_file():
        raise PipelineError(str(path), 0, "template missing: the project's templates/ folder is incomplete")
    return path


def read_template(name: str) -> str:
    return template_path(name).read_text(encoding="utf-8")
