"""Lines written flush left right after a list, with no blank line between
(`- RC4 stream (WEP)` then `Asymmetric: RSA, DH, ECC`): markdown reads them on
as the last item's text, but the author started a line of their own. Under a
label (`Symmetric:` over its list) they are no part of its list: they come
after it, beside the label."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from pipeline.model import Node
from pipeline.model import inline as inl
from pipeline.model.remark_flags import is_remark_flag

# a list marker, a heading, a table row, a quote or a fence: a line of its own kind
_MARKED = re.compile(r"^(?:[-*+]\s|\d{1,9}[.)]\s|#|\||>|```|~~~)")
_FLUSH: ContextVar[frozenset[int]] = ContextVar("flush_left_lines", default=frozenset())


@contextmanager
def flush_left(text: str) -> Iterator[None]:
    """Read the notes knowing which of their lines start flush left with plain text."""
    found = frozenset(n for n, line in enumerate(text.split("\n"), 1) if line[:1].strip() and not _MARKED.match(line))
    token = _FLUSH.set(found)
    try:
        yield
    finally:
        _FLUSH.reset(token)


def read_on(items: list[Node]) -> tuple[list[Node], list[Node]]:
    """A label's list cut where markdown read on from an item lines written flush
    left: the items before, and what follows from the first such line on."""
    flush = _FLUSH.get()
    for index, node in enumerate(items):
        if index and node.role == "line" and node.line in flush and not node.children and _says_a_term(node):
            return items[:index], items[index:]
    return items, []


def _says_a_term(node: Node) -> bool:
    """`Asymmetric: RSA, DH`, `DoS - overwhelm a resource`, `Privesc Windows:`: a line of its
    own kind, not a remark on the list before it (`note: one thing can be several`, `(Q3/Q4
    trip me up)`)."""
    text = inl.to_plain(node.inline).strip()
    if text.endswith(":"):
        return not is_remark_flag(text.rstrip(":"))  # "Privesc Windows:": a label of its own over the lines after it
    split = inl.split_term(node.inline)
    return split is not None and bool(split[1]) and not is_remark_flag(inl.to_plain(split[0]).strip())


def relabelled(nodes: list[Node], is_label: Callable[[Node], bool]) -> list[Node]:
    """The lines after a list cut so, a label among them (`Hash types:`) leading the
    items that follow it, as it would after a blank line."""
    out: list[Node] = []
    for node in nodes:
        leads = bool(out) and out[-1].role in ("line", "label") and (out[-1].role == "label" or is_label(out[-1]))
        # (a remark after the items, `note: one thing can be several`, stays with them, as markdown read it)
        if leads and (node.role in ("item", "step") or (out[-1].children and not _says_a_term(node))):
            out[-1] = replace(out[-1], role="label", children=out[-1].children + (node,))
        else:
            out.append(node)
    return out
