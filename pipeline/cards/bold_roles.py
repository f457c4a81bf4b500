"""A line that names several things in bold, each with its role in brackets
(`**Google Cloud Observability** contains **Cloud Monitoring** (metrics,
dashboards), **Cloud Logging** (collect and route logs), **Cloud Trace**
(latency across distributed requests), ...`): a catalogue written as a
sentence. Asked whole under its first name, it was a dump; each role is asked
the way the exam asks, from the role to the name, the names offered."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.cards.sink import CardSink
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.naming import spells

MIN_ROLES = 3  # fewer names with a role each are a remark, asked as the line is
MAX_OFFERED = 6  # more names than this are no choice to pick among


@dataclass(frozen=True)
class Role:
    name: str
    role: str


def bold_roles(spans: Inline) -> tuple[str | None, list[Role], str]:
    """The line's subject (a bold name it opens on with no role of its own, a former
    name in brackets aside), each bold name followed by its role in brackets, and
    what the line says after the last role."""
    spans = inl.strip(spans)
    roles: list[Role] = []
    subject: str | None = None
    rest = ""
    for index, span in enumerate(spans):
        if span.kind != "strong":
            continue
        after = inl.to_plain(spans[index + 1 :])
        name = inl.to_plain(span.children).strip()
        close = _closing(after) if after.startswith(" (") else -1
        role = after[2:close].strip() if close > 2 else ""
        if index == 0 and (not role or _ASIDE_ROLE.match(role)):
            subject = name  # `**Google Cloud Observability** (previously Stackdriver) contains ...`
        elif role and name and not _ASIDE_ROLE.match(role):
            roles.append(Role(name, role))
            rest = after[close + 1 :]
    return subject, roles, rest.strip(" .;")


def _closing(text: str) -> int:
    """Where the bracket the text opens on (after its space) closes, brackets inside counted."""
    depth = 0
    for at, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at
    return -1


_SENTENCE_END = re.compile(r"[.!?]\s")
# "(previously the Operations suite)", "(formerly Anthos)", "(aka ...)", "(e.g. ...)": no role
_ASIDE_ROLE = re.compile(r"^(?:previously|formerly|aka|a\.k\.a\.|e\.g\.|i\.e\.|see)\b", re.IGNORECASE)


def is_catalogue(spans: Inline) -> bool:
    """Whether the line is a catalogue of bold names with their roles, asked role by role."""
    return _catalogue(spans) is not None


def _catalogue(spans: Inline) -> tuple[str | None, list[Role]] | None:
    """The catalogue's subject and its roles, if the line is one."""
    subject, roles, rest = bold_roles(spans)
    names = list(dict.fromkeys(r.name for r in roles))
    opening = inl.to_plain(spans).split(f"{roles[0].name} (", 1)[0] if roles else ""
    # a sentence before or after the roles ("if the scenario needs a TAM, it's Premium") is the line's too
    if len(roles) < MIN_ROLES or len(names) != len(roles) or rest or _SENTENCE_END.search(opening):
        return None
    return subject, roles


def role_cards(sink: CardSink, context: tuple[str, ...], spans: Inline, line: int) -> bool:
    """One card per role, from the role to its name, where the line is such a
    catalogue; whether it was."""
    if (found := _catalogue(spans)) is None:
        return False
    subject, roles = found
    names = [r.name for r in roles]
    plain = inl.to_plain(spans)
    label = plain.split(":", 1)[0].strip() if ":" in plain.split("(", 1)[0] else ""
    owner = subject or label  # the breadcrumb says the rest
    offered = f" ({', '.join(names[:-1])} or {names[-1]})" if len(names) <= MAX_OFFERED else ""
    for role in roles:
        where = f"<b>{inl.escape(owner)}</b> — " if owner else ""
        prompt = f"{where}{inl.escape(_unspelled(role))}: which one?{inl.escape(offered)}"
        key = ("role", inl.plain_key(owner), inl.plain_key(role.name))
        sink.add("term", "basic", prompt=prompt, answer=f"<b>{inl.escape(role.name)}</b>", context=context, lines=(line,), key=key)
    return True


_SPELLING = re.compile(r"^(?P<spelled>[^,;:()]+?)(?:,\s*|\s+[—–-]\s+|$)")


def _unspelled(role: Role) -> str:
    """`RAG (retrieval-augmented generation, where relevant docs are fetched ...)`: the
    role less the words that spell the name out, which answered the card on its front."""
    found = _SPELLING.match(role.role)
    if found is None or not spells(role.name, found.group("spelled")):
        return role.role
    return role.role[found.end() :].strip() or role.role
