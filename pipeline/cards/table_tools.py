"""The command a table's options are of: "tar:" on the line before the table.

An option table (`| -v | verbose |`) under "103.3 Perform basic file
management" would ask "103.3 Perform basic file management: verbose — which
option?", of no tool; the line that leads the table names it."""

from __future__ import annotations

import re

from pipeline.model import Document, every_node
from pipeline.model import inline as inl

# "tar:", "find — the options they ask about:": a command's name leading the table of its options
_LEADING_NAME = re.compile(r"^\s*([a-z][\w.+-]*)\s*(?::|\s[—–-]\s.*:)\s*$")


def table_tools(document: Document) -> dict[int, str]:
    """Each table's line -> the command the line before it names as it leads it ("tar:" -> tar)."""
    tools: dict[int, str] = {}
    for section in document.sections:
        for topic in section.topics:
            nodes = list(every_node(topic.body))
            for before, node in zip(nodes, nodes[1:]):
                if node.table is not None and (match := _LEADING_NAME.match(inl.to_plain(before.inline))):
                    tools[node.line] = match.group(1)
    return tools
