"""Lines that are commands (`k set image deploy/web nginx=nginx:1.28`).

A hands-on exam gives the task and asks for the command: a card shows what
the command does and hides the command, never the other way round, and never
hides the heading a command sits under (which section is no knowledge)."""

from __future__ import annotations

from pipeline.model import Inline
from pipeline.model import inline as inl


def is_command(inline: Inline) -> bool:
    """A line that is mostly code of several words (`helm show values podinfo/podinfo`),
    not a field's or a flag's name (`backoffLimit`, `--command`)."""
    spans = inl.strip(inline)
    code = sum(len(span.text) for span in spans if span.kind == "code" and " " in span.text.strip())
    return bool(spans) and code * 2 > len(inl.to_plain(spans))


def says_a_task(inline: Inline) -> bool:
    """Prose that says what a command does ("find the key names"): no code of its own."""
    spans = inl.strip(inline)
    return bool(spans) and not any(span.kind == "code" for span in spans) and bool(inl.to_plain(spans).strip())
