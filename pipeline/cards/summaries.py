"""A "Summary" or "Recap" says again what the notes said above it. A line of
it whose words the rest of the notes all say already is no new fact: a card
of it would be a second card of facts another card asks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipeline.cards.prompts import REVIEW_HEADING, is_aside
from pipeline.model import Document, Node
from pipeline.model import inline as inl

SAID_SHARE = 0.8  # share of a line's words the rest of the notes must say
MIN_WORDS = 3
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("a an and are as at be by can for from has in is it of on or that the this to with".split())


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in _STOP}


def in_summary(section_title: str, topic_title: str) -> bool:
    return is_aside(section_title) or is_aside(topic_title)


# A heading over a recap of the notes ("Summary", "Key takeaways"), not over notes of their own ("Notes")
_RECAP = re.compile(
    r"^(?:(?:key|quick|final|last\s+minute)\s+)?(?:summary|recap|takeaways?|tl\s*dr|conclusion|wrap\s+up|in\s+short)$|" + REVIEW_HEADING
)


def in_recap(section_title: str, topic_title: str) -> bool:
    return any(_RECAP.match(inl.plain_key(title)) for title in (section_title, topic_title))


def said_elsewhere(document: Document) -> frozenset[str]:
    """The words of every line outside the notes' summaries."""
    def walk(nodes: Iterable[Node]) -> Iterator[str]:
        for node in nodes:
            yield inl.to_plain(node.inline)
            yield from walk(node.children)

    said: set[str] = set()
    for section in document.sections:
        for topic in section.topics:
            if not in_summary(inl.to_plain(section.title), inl.to_plain(topic.title)):
                said |= _words(inl.to_plain(topic.title))
                for line in walk(topic.body):
                    said |= _words(line)
    return frozenset(said)


# "Deployment = stateless apps": a name and what it is, one of a run on one line
_PAIR = re.compile(r"(?:^|[,;]\s*)([A-Z][\w-]*)\s*(?:=|->|→)\s*[^,;=]+")


def restated(node: Node, said: frozenset[str]) -> bool:
    """A summary's line the rest of the notes already say, word for word; or a
    run of names each with a gloss ("Pod = smallest unit, Deployment = stateless
    apps, ..."), every name one the notes treat above, where its own cards are."""
    if node.children:
        return False
    text = inl.to_plain(node.inline)
    words = _words(text)
    if len(words) < MIN_WORDS:
        return False
    names = [m.group(1) for m in _PAIR.finditer(text)]
    return sum(w in said for w in words) >= SAID_SHARE * len(words) or (len(names) > 1 and all(_words(n) <= said for n in names))
