"""Items a learner sorts under parallel labels: "AWS or the customer?"

- A classification list: two or more labels, each over plain items
  (`AWS responsibilities:` / `User:` under a shared-responsibility topic).
  Each item asks which label it is under.
- A numbered series of topics (the pillars of a framework) whose members
  each have a list under the same label (`Design principles:`): each item
  asks which member it belongs to.

An item that shows the name of one of the options, or a form of a word of its
own option (`operations` of `Operational Excellence`), is left out: it would
answer itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace

from pipeline.cards.compare import option_list
from pipeline.cards.cue_words import content_words, names_listed
from pipeline.cards.sink import CardSink, ImageSource
from pipeline.cards.series import NUMBERED
from pipeline.cards.knowledge_lines import knowledge
from pipeline.cards.things import is_classification, label_schemes, label_text, side_name
from pipeline.model import Card, Document, Node, SourceRef, Topic
from pipeline.model import inline as inl
from pipeline.model.cardtext import card_text
from pipeline.model.inline import escape, plain_key
from pipeline.model.naming import clean_title, names_of

ALSO = "<div>Also on this side:</div>"  # before the items a card's back says beside its answer
# an item that says its side by a pronoun (`ensuring their employees cannot access data`): whose, on the front?
_PRONOUN = re.compile(r"\b(?:they|their|theirs|them|themselves)\b", re.IGNORECASE)
# an item that lists examples of things (`managed services like S3, DynamoDB..`): which of their parts, and whose?
_EXAMPLES = re.compile(r"\b(?:like|such as|e\.g\.?|for ex(?:ample)?)\s+[A-Z0-9]")
MIN_MEMBERS = 2
STEM_LETTERS = 6  # letters two words share at their start to be one word's forms (`operations`, `operational`)


@dataclass(frozen=True)
class _Place:
    section: str
    topic: str
    context: tuple[str, ...]
    line: int = 0  # the topic's heading


def classify_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[Card]:
    sink = CardSink(document.path, pack_slug, image_src, once_per_id=True)
    schemes = label_schemes(document)
    for place, nodes in _lists(document):
        if is_classification(nodes, schemes):
            labels = [(label_text(n), n) for n in nodes]
            options = [side_name(label) for label, _ in labels]
            for (label, node), option in zip(labels, options):
                first, aside = len(sink.cards), []
                for child in node.children:
                    if child.cards and not _leans_on_its_list(child):
                        # the label's line and the topic's heading are said by its options and breadcrumb
                        _card(sink, place, options, option, label, child, sources=(node.line, place.line))
                    elif child.cards:
                        aside.append(child)
                _said_beside(sink, first, aside)
    for place, label, members in _series(document):
        options = [name for name, _ in members]
        for name, node in members:
            for child in node.children:
                if child.cards:
                    _card(sink, place, options, name, name, child, heading=label)
    return _once(sink.cards)


def _once(cards: list[Card]) -> list[Card]:
    """One card per item and answer: `compliance validation → AWS` listed under IAM, EC2 and S3 alike
    is one fact, asked where it comes first; that card says the other places' lines too."""
    first: dict[tuple[str, str], int] = {}
    kept: list[Card] = []
    for card in cards:
        answer, _, beside = card.answer.partition(ALSO)
        fact = (card.key[-1], plain_key(card_text(answer)))
        if fact in first:
            n = first[fact]
            sources = (*kept[n].sources, *(s for s in card.sources if s not in kept[n].sources))
            kept[n] = replace(kept[n], answer=_with_beside(kept[n].answer, beside), sources=sources)
        else:
            first[fact] = len(kept)
            kept.append(card)
    return kept


def _with_beside(answer: str, beside: str) -> str:
    """The answer with the items said beside it (`ALSO`'s list), each once."""
    if not beside:
        return answer
    head, also, listed = answer.partition(ALSO)
    items = re.findall(r"<li>.*?</li>", listed) + [i for i in re.findall(r"<li>.*?</li>", beside) if i not in listed]
    return f"{head}{ALSO}<ul>{''.join(items)}</ul>"


def _leans_on_its_list(item: Node) -> bool:
    """An item that does not say alone what is sorted, as the list around it did: its side
    by a pronoun (`their employees`), or examples of things (`managed services like S3`)."""
    text = inl.to_plain(item.inline)
    return bool(_PRONOUN.search(text) or _EXAMPLES.search(text))


def _said_beside(sink: CardSink, first: int, aside: list[Node]) -> None:
    """Items that lean on their list, said on the back of the label's first card, where the
    answer gives them their side: the learner reads them, and no card asks them alone."""
    if not aside or len(sink.cards) <= first:
        return
    card = sink.cards[first]
    said = "".join(f"<li>{sink.html(inl.strip(item.inline))}</li>" for item in aside)
    extra = tuple(SourceRef(sink.path, item.line) for item in aside)
    sink.cards[first] = replace(card, answer=_with_beside(card.answer, f"<ul>{said}</ul>"), sources=card.sources + extra)


def _says_its_option(text: str, option: str, options: list[str]) -> bool:
    """A form of a word of its own option that no other option says (`operations` of
    `Operational Excellence`): the learner matches the word, not the item."""
    others = {w for o in options if o != option for w in content_words(o)}
    said = content_words(text)
    return any(
        _same_word(w, s) for w in content_words(option) if len(w) >= STEM_LETTERS and not any(_same_word(w, o) for o in others) for s in said
    )


def _same_word(a: str, b: str) -> bool:
    return a[:STEM_LETTERS] == b[:STEM_LETTERS] and len(b) >= STEM_LETTERS


def _card(
    sink: CardSink,
    place: _Place,
    options: list[str],
    option: str,
    label: str,
    item: Node,
    heading: str = "",
    sources: tuple[int, ...] = (),
) -> None:
    text = " ".join(inl.to_plain(item.inline).split())
    if len(content_words(text)) < 2 or any(names_of(o).shows(text) for o in options) or _says_its_option(text, option, options):
        return
    sink.section = place.section
    sink.topic_title = place.topic
    # the members' own label (`Design principles`) is no name for the options (pillars): the item is one of theirs
    asked = f"{heading} of: {option_list(options)}?" if heading else f"{option_list(options)}?"
    answer = f"<div><b>{escape(option)}</b></div>"
    if label != option:
        answer += f"<div>{escape(label)}</div>"
    sink.add(
        "classify",
        "basic",
        prompt=f'<div class="sp-label">{escape(asked)}</div><div>{sink.html(inl.strip(item.inline))}</div>',
        answer=answer,
        context=place.context,
        lines=(item.line, *(n for n in sources if n)),
        key=("classify", " ".join(plain_key(text).split()[:16])),
    )


def _lists(document: Document) -> Iterator[tuple[_Place, list[Node]]]:
    """Every list of lines, with where it sits."""
    for section in document.sections:
        section_title = inl.to_plain(section.title).strip()
        for topic in section.topics:
            if not topic.cards:
                continue
            title = section_title if topic.intro else inl.to_plain(topic.title).strip()
            context = (section_title, *topic.parents) + (() if topic.intro else (clean_title(title),))
            yield from _walk(_Place(section_title, title, context, 0 if topic.intro else topic.line), knowledge(topic.body))


def _walk(place: _Place, nodes: list[Node]) -> Iterator[tuple[_Place, list[Node]]]:
    yield place, nodes
    for node in nodes:
        if node.children:
            inner = _Place(place.section, place.topic, place.context + (label_text(node),), place.line)
            yield from _walk(inner, list(node.children))


def _series(document: Document) -> Iterator[tuple[_Place, str, list[tuple[str, Node]]]]:
    """Labels that numbered topics of one section each have, with each member's list."""
    for section in document.sections:
        section_title = inl.to_plain(section.title).strip()
        series: dict[tuple[str, ...], list[Topic]] = defaultdict(list)
        for topic in section.topics:
            if topic.cards and not topic.intro and NUMBERED.match(inl.to_plain(topic.title)):
                series[topic.parents].append(topic)
        for parents, topics in series.items():
            if len(topics) < MIN_MEMBERS:
                continue
            by_label: dict[str, list[tuple[str, Node]]] = defaultdict(list)
            labels: dict[str, str] = {}
            for topic in topics:
                for node in knowledge(topic.body):
                    if node.children and not _defines(node):
                        key = plain_key(label_text(node))
                        labels.setdefault(key, label_text(node))
                        by_label[key].append((clean_title(inl.to_plain(topic.title)), node))
            for key, members in by_label.items():
                if len(members) >= MIN_MEMBERS and all(_plain_items(node) for _, node in members):
                    place = _Place(section_title, members[0][0], (section_title, *parents))
                    yield place, labels[key], members


def _defines(node: Node) -> bool:
    split = inl.node_split(node.inline, bool(node.children))
    return bool(split and split[1])


def _plain_items(node: Node) -> bool:
    """Items that are statements, not all `Name: list of services` lines, nor all
    lists of names (`S3 Glacier, Spot Capacity` under each pillar's `Services:`):
    a tool filed under one member serves the others too, and asked "which
    member?" teaches a link the exam does not make."""
    items = [c for c in node.children if c.cards]
    if all(names_listed(inl.to_plain(c.inline).rsplit(": ", 1)[-1]) for c in items):
        return False
    return all(not c.children for c in items) and not all(_defines(c) for c in items)
