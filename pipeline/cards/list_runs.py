"""Lists of one topic parted by a block (a code block, a table, a paragraph), or a
numbered list and bullets after it:
`ClusterIP`, `NodePort`, ... `headless`, then a manifest, then `selector ->
EndpointSlices`, `service cidr: ...`. The first list is the set the topic opens
with; the lines after the block are remarks on it, no members of that set. An
enumeration of both would blank a remark's head (`service cidr`) among the
set's members, and count them all. A comparison (`cordon vs drain`) or a
case and what follows from it (`early deletion -> charged ...`) is no member
of a set either."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.cards.entries import Entry, Fact
from pipeline.cards.line_shapes import VERSUS
from pipeline.cards.named_runs import leads_on
from pipeline.model import Document, Node
from pipeline.model import inline as inl
from pipeline.model.remark_flags import is_remark_flag

_LISTED = ("item", "step")


def run_breaks(document: Document) -> frozenset[int]:
    """The lines of list items that open a list again after a block between them and the items before."""
    breaks: set[int] = set()

    def walk(nodes: Iterable[Node]) -> None:
        seen_item = blocked = False
        role, run = "", 0  # the kind of the list before (numbered or bulleted) and its length
        for node in nodes:
            if node.role in _LISTED:
                # bullets after a numbered list of two steps or more (`- idea: ...` after the seven
                # layers) are a list of their own, as markdown reads them, whose items are remarks
                if seen_item and (blocked or (node.role != role and run >= 2)):
                    breaks.add(node.line)
                run = run + 1 if node.role == role and not blocked else 1
                seen_item, blocked, role = True, False, node.role
            elif seen_item:
                blocked = True
            walk(node.children)

    for section in document.sections:
        for topic in section.topics:
            walk(topic.body)
    return frozenset(breaks)


def opening_run(entries: list[Entry], breaks: frozenset[int]) -> list[Entry]:
    """The entries up to the first list item after a block: the list a group opens with, less
    its comparisons (`cordon vs drain` beside `drain`) and cases with what follows from them
    (`early deletion -> charged ...`): remarks, no members of the set."""
    for index, entry in enumerate(entries):
        if entry.node.line in breaks:
            entries = entries[:index]
            break
    # (one over a list of its own, `Symmetric vs asymmetric` in an outline, is a sub-heading among sub-headings;
    # arrows down three in four of its items, `NLP -> understand text`, are how the author defines its members)
    listed = [e for e in entries if e.named and e.node.role in _LISTED]
    arrows = sum(map(_a_case, listed))
    styled = arrows >= 2 and 4 * arrows >= 3 * len(listed)
    return [e for e in entries if e.node.children or not (VERSUS.search(inl.to_plain(e.head)) or (_a_case(e) and not styled))]


def _a_case(entry: Entry) -> bool:
    """`early deletion -> charged for the remaining days`, `UDP + external -> passthrough NLB`: a case
    and what follows from it, or a need and its answer, no member of a set (an `exam tip: ...` or a
    quoted need stays, a remark the set's own rules keep it from)."""
    plain, head = inl.to_plain(entry.node.inline).strip(), inl.to_plain(entry.head).strip()
    flagged = is_remark_flag(plain.split(":", 1)[0]) if ":" in plain else False
    quoted = bool(head) and head[0] in "\"“'"  # `"block legacy auth" → ...`: an exam's need, which the set's own rules weigh
    return entry.named and not flagged and not quoted and plain.startswith(head) and leads_on(entry.node, (entry.head, entry.definition))


def after_the_list(facts: list[Fact], listed: list[Entry], entries: list[Entry], breaks: frozenset[int]) -> tuple[list[Fact], list[Fact]]:
    """The facts up to the list asked, and those after it where a list of the group opens again past a block."""
    if not listed or not any(e.node.line in breaks and e.node.line > listed[-1].node.line for e in entries):
        return facts, []
    last = listed[-1].node.line
    return [f for f in facts if f.line < last], [f for f in facts if f.line > last]
