"""What the notes themselves say the exam leaves out: a line marked "(Won't be on exam)",
"(not on the exam)" or "(out of scope)", with the lines under it; and, after "The following
information ... is beyond the scope of the Network+ objectives.", the rest of its topic.
No card asks them; the cheat sheet still shows them."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import Node
from pipeline.model import inline as inl
from pipeline.model.cards_off import without_cards

# "(Won't be on exam)", "(not on the exam)", "(not tested on the exam)", "(out of scope)"
_MARKED = re.compile(
    r"\((?:[^()]*?\s)?(?:won['’]?t|will\s+not|not)\s+(?:be\s+)?(?:on|in|tested(?:\s+(?:on|in))?)\s+(?:the\s+)?exams?\b[^()]*\)"
    r"|\((?:out\s+of|not\s+in)\s+scope\)|\(not\s+tested\)",
    re.IGNORECASE,
)
# "The following information ... is beyond the scope of the CompTIA Network+ objectives."
_FOLLOWING = re.compile(
    r"^\W*the\s+following\b[^.]*\b(?:(?:beyond|outside|out\s+of)\s+the\s+scope|not\s+(?:on|in|needed\s+for|required\s+for|tested\s+(?:on|in))\s+the\s+(?:\w+\s+){0,2}exams?)\b",
    re.IGNORECASE,
)


def past_the_scope(nodes: tuple[Node, ...]) -> tuple[Node, ...]:
    """The lines, each one the notes leave out of the exam kept out of the cards (from a
    line that says the following ones are, every line after it)."""
    out: list[Node] = []
    for index, node in enumerate(nodes):
        said = inl.to_plain(node.inline)
        if _FOLLOWING.match(said):
            return (*out, *(without_cards(n) for n in nodes[index:]))
        if _MARKED.search(said):
            out.append(without_cards(node))
        else:
            inner = past_the_scope(node.children)
            out.append(node if inner == node.children else replace(node, children=inner))
    return tuple(out)
