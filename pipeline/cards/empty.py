"""Why a notes file gave no cards, said so the author knows what to change."""

from __future__ import annotations

from pipeline.model import Document, every_node


def why_no_cards(document: Document) -> str:
    topics = [topic for section in document.sections for topic in section.topics]
    if not topics:
        return "no topic found (a heading with text under it, or a bold line such as **Topic:**)"
    nodes = [node for topic in topics for node in every_node(topic.body)]
    if all(not topic.cards for topic in topics) or (nodes and all(not node.cards for node in nodes)):
        return "everything is kept out of the cards by <!-- cards: off --> or <!-- cards: skip -->"
    if not nodes:
        return "its topics have no text under them (lines of only links and tables of contents are skipped)"
    return "none of its lines could be asked as a card"
