"""Which headings a name cloze may hide: a heading names a thing its lines
describe, unless it only numbers or explains a part of the notes."""

from __future__ import annotations

import re

from pipeline.cards.commands import is_command
from pipeline.cards.entries import Fact, Group
from pipeline.model import inline as inl


def heading_asked(group: Group, facts: list[Fact]) -> bool:
    """Whether a cloze may hide the heading the facts sit under: not over a command
    ("[RBAC]: k create rolebinding ...": which heading a command sits under is no
    fact), nor a numbered part of the notes ("[2. Crypto & PKI]: ..."), which no line describes."""
    if any(is_command(f.inline) for f in facts):
        return False
    label = inl.to_plain(group.label)
    # "What cloud computing is", "How billing works": a heading that says what its lines explain, no name
    return not _SECTION_NUMBER.match(label) and not _EXPLAINS.match(label)


_EXPLAINS = re.compile(r"^\s*(?:what|how|why|when|where)\s+\S+.*\b(?:is|are|works?|does|do|matters?)\s*$", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[IVX]+[.)])\s+\S")
