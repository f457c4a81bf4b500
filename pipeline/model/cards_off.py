"""Text kept out of the cards: the notes' `<!-- cards: off -->` and the topics a
pack's domain file puts outside its exams. Such text stays in the cheat sheet."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from pipeline.model import Document, Node, Section, Topic
from pipeline.model.inline import plain_key, to_plain


def without_cards(node: Node) -> Node:
    return replace(node, cards=False, children=tuple(without_cards(c) for c in node.children))


def with_topics_off(document: Document, names: Collection[str]) -> tuple[Document, set[str]]:
    """The document with every topic named in `names` (plain keys), or under a heading
    so named, kept out of the cards; and the names that matched a topic. Within a
    topic, a line labelled with such a name ("Snowmobile: ...", one retired device
    in a list of current ones), or one that is such a name as a whole (a detail
    below the exam's depth), and the lines under it are kept out as well."""
    if not names:
        return document, set()
    wanted = set(names)
    matched: set[str] = set()

    def node_off(node: Node) -> Node:
        text = to_plain(node.inline)
        label, colon, _ = text.partition(":")
        for name in (plain_key(label) if colon else "", plain_key(text)):
            if name in wanted:
                matched.add(name)
                return without_cards(node)
        children = tuple(map(node_off, node.children))
        return node if children == node.children else replace(node, children=children)

    def topic_off(topic: Topic) -> Topic:
        found = {plain_key(to_plain(topic.title)), *map(plain_key, topic.parents)} & wanted
        if not found:
            body = tuple(map(node_off, topic.body))
            return topic if body == topic.body else replace(topic, body=body)
        matched.update(found)
        return replace(topic, cards=False, body=tuple(without_cards(n) for n in topic.body))

    sections = tuple(Section(s.title, s.line, tuple(map(topic_off, s.topics))) for s in document.sections)
    return replace(document, sections=sections), matched
