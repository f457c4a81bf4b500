"""CHANGELOG.md of a release: the cards added, changed, retired and removed
since the previous release, by guid, with their prompts."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.release import markdown_out as md
from pipeline.clock import date
from pipeline.release.history import CardEntry, Changes, Record
from pipeline.model.records import RETIRED

PROMPT_CHARS = 160


def render(title: str, current: Record, changes: Changes) -> str:
    lines = [f"# {md.text(title)} {md.text(current.version)}", ""]
    total = len(current.cards)
    released = date(current.build_time)
    if current.previous is None:
        listed = md.kind_counts(entry.kind for entry in current.cards)
        lines += [f"Released {released}. First release: {total} cards ({listed}).", ""]
        return "\n".join(lines)
    lines += [
        f"Released {released}. Since {md.text(current.previous)}: {len(changes.added)} added, "
        f"{len(changes.changed)} changed, {len(changes.retired)} retired, {len(changes.removed)} removed;"
        f" {total} cards in all.",
        "",
    ]
    if changes.restyled:
        names = ", ".join(md.text(t.name) for t in changes.restyled)
        lines += [f"The card templates or styling changed: {names}.", ""]
    lines += _section("Added", changes.added, "new cards, imported as new")
    lines += _section("Changed", changes.changed, "updated in place; your review history is kept")
    search = md.code(f"tag:{RETIRED}{current.version}")
    lines += _section(
        "Retired", changes.retired,
        f"no longer in the notes: shipped once more with a notice on their back; find them all in Anki's browser"
        f" with {search}, then delete or suspend them. The next release leaves them out",
    )
    lines += _section(
        "Removed", changes.removed, "no longer shipped; Anki keeps them in your collection, delete them if you like"
    )
    return "\n".join(lines)


def _section(heading: str, entries: Sequence[CardEntry], note: str) -> list[str]:
    lines = [f"## {heading} ({len(entries)})", ""]
    if not entries:
        return lines
    lines += [f"_{note}_", ""]
    lines += [_item(entry) for entry in entries]
    lines.append("")
    return lines


def _item(entry: CardEntry) -> str:
    prompt = md.shorten(entry.prompt, PROMPT_CHARS)
    said = f"**{md.text(entry.context)}** — {md.text(prompt)}" if entry.context else md.line(prompt)
    return f"- {said} ({md.text(entry.kind)}, guid {md.code(entry.guid)})"
