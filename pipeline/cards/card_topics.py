"""The topics a document-wide card kind walks, each with the breadcrumb its cards show."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.cards.sink import CardSink
from pipeline.model import Document, Topic
from pipeline.model import inline as inl


def card_topics(sink: CardSink, document: Document) -> Iterator[tuple[tuple[str, ...], str, Topic]]:
    """Each topic that makes cards, with its breadcrumb and title; the sink is told where it is."""
    for section in document.sections:
        section_title = inl.to_plain(section.title).strip()
        for topic in section.topics:
            if not topic.cards:
                continue
            title = inl.to_plain(topic.title).strip()
            context = (section_title, *topic.parents, *((title,) if title and not topic.intro else ()))
            sink.section, sink.topic_title = section_title, title
            yield context, title, topic
