"""Named lines in a row amid a longer list of remarks (`SOW - statement of work`,
`MSA - master service agreement`, `NDA - ...`, `SLA - ...` among a section's
scoping notes): too few of the list to make it a list of names, yet side by
side they are peers a learner confuses, offered and asked as one another's rivals."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.model import Inline, Node
from pipeline.model import inline as inl

RUN = 3  # named lines in a row that make a run

Head = tuple[Inline, Inline]  # a named line's name and what it says after it
_ARROW = re.compile(r"^\W*?(?:->|→|=>)")


def leads_on(node: Node, head: Head) -> bool:
    """`CW Logs encryption fails -> key policy missing ...`, `NOT encrypted by default -> ...`:
    a case and what follows from it, no thing named and described."""
    text = inl.to_plain(node.inline).strip()
    return bool(_ARROW.match(text[len(inl.to_plain(head[0]).strip()) :]))


def named_runs(nodes: list[Node], named: Callable[[Node], Head | None]) -> list[tuple[Node, Head]]:
    """The named list items that stand in a row of at least `RUN`, each with its head."""
    found: list[tuple[Node, Head]] = []
    run: list[tuple[Node, Head]] = []
    for node in [*nodes, None]:
        # (an item over a list of its own is a heading of the notes, no peer of the lines beside it)
        head = named(node) if node is not None and node.role == "item" and not node.children else None
        if node is not None and head is not None and not leads_on(node, head):
            run.append((node, head))
            continue
        if len(run) >= RUN:
            found += run
        run = []
    return found


def run_start(nodes: list[Node], items: list[tuple[Node, Head]], node: Node) -> int:
    """The line that opens the row of named items `node` stands in."""
    inside = {id(n) for n, _ in items}
    index = next(i for i, n in enumerate(nodes) if n is node)
    while index > 0 and id(nodes[index - 1]) in inside:
        index -= 1
    return nodes[index].line
