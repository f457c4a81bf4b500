"""Topic tree -> cards: the rules that make cards a learner keeps.

One fact per card where the notes allow it (SuperMemo's minimum-information
rule), with the section and topic as context so a short prompt is clear:

- `Term: definition` and `Term = definition` lines ask the term.
- Lines holding a number with a unit or a limit (`90 days`, `up to 5`) become
  cloze deletions of those numbers.
- Lists of named things or of short items, and lists announced with a count
  ("Six advantages"), become one cloze per item.
- Each topic gets an overview card; the remaining facts of a group are asked
  together, split into parts of a readable size. Nested lists make their own
  groups, so long topics split along their own structure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from . import inline as inl
from .ids import guid_for
from .model import Card, Document, Inline, Node, NoteType, SourceRef, Span, Topic
from .numbers import has_number_fact, is_number, mask_numbers, number_spans

FACT_CHUNK_WORDS = 70  # words of facts on one card
FACT_CHUNK_ITEMS = 8
PIECE_WORDS = 60  # a longer line is split at its sentences
ENUM_WORDS = 70
ENUM_ITEMS = 12
SHORT_ITEM_WORDS = 6
EXTRA_WORDS = 30  # facts small enough to ride on an enumeration's back

_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNTED_LABEL = re.compile(rf"^(?:the\s+)?(?:\d+|{_NUMBER_WORDS})\s+[^\W\d]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


@dataclass(frozen=True)
class _Entry:
    node: Node
    head: Inline  # the term, the label, or the whole line
    definition: Inline  # what follows a term's separator
    named: bool  # a term, or a line that leads nested lines
    numbered: bool  # gets a cloze card of its numbers

    @property
    def listed(self) -> bool:
        return self.node.role in ("item", "step")

    @property
    def full(self) -> Inline:
        return inl.strip(self.node.inline)


def _entry(node: Node) -> _Entry:
    split = inl.split_term(node.inline) if node.role != "code" else None
    if node.children:
        head, definition = split if split else (inl.strip_label(node.inline), ())
        return _Entry(node, head, definition, named=True, numbered=False)
    if split and split[1]:
        term, definition = split
        numbered = has_number_fact(inl.to_plain(definition)) or is_number(inl.to_plain(term))
        return _Entry(node, term, definition, named=True, numbered=numbered)
    numbered = node.role != "code" and has_number_fact(inl.to_plain(node.inline))
    return _Entry(node, inl.strip_label(node.inline), (), named=False, numbered=numbered)


@dataclass(frozen=True)
class _Fact:
    inline: Inline
    line: int


def _enumerated(label: Inline, entries: list[_Entry]) -> list[_Entry]:
    """The list items to ask one by one as clozes, if the list is an enumeration:
    announced with a count, made of short items, or of named things."""
    # Items named by a bare number (ports, codes) are asked by their own clozes.
    listed = [e for e in entries if e.listed and not is_number(inl.to_plain(e.head))]
    if len(listed) < 2:
        return []
    counted = bool(_COUNTED_LABEL.match(inl.to_plain(label).strip()))
    short = len(listed) >= 3 and all(_words(e.head) <= SHORT_ITEM_WORDS for e in listed)
    if counted or short:
        return listed
    names = [e for e in listed if e.named]
    groups = sum(1 for e in names if e.node.children)
    alike = len(names) >= 3 or groups in (0, len(names))
    if len(names) >= 2 and alike and len(names) * 4 >= len(listed) * 3:
        return names
    return []


def make_cards(document: Document, pack_slug: str) -> list[Card]:
    maker = _CardMaker(document.path, pack_slug)
    for section in document.sections:
        section_title = inl.to_plain(section.title).strip()
        for topic in section.topics:
            maker.topic(section_title, topic)
    return maker.cards


class _CardMaker:
    def __init__(self, path: str, pack_slug: str) -> None:
        self.path = path
        self.slug = pack_slug
        self.section = ""
        self.topic_title = ""
        self.cards: list[Card] = []

    # -- groups ---------------------------------------------------------------------------

    def topic(self, section_title: str, topic: Topic) -> None:
        # A section's own text sits directly in the section's context.
        self.section = section_title
        self.topic_title = inl.to_plain(topic.title).strip()
        context = () if topic.intro else (section_title,)
        self._group(context, topic.title, topic.line, _Fact((), topic.line), topic.body, is_topic=True)

    def _group(
        self,
        context: tuple[str, ...],
        label: Inline,
        label_line: int,
        lead: _Fact,
        nodes: Iterable[Node],
        is_topic: bool,
    ) -> None:
        inner = context + (inl.to_plain(label).strip(),)
        entries = [_entry(n) for n in nodes]
        first_own = len(self.cards)
        self._own_cards(context, label, label_line, lead, entries, is_topic)
        made_own = len(self.cards) > first_own
        first_child = len(self.cards)
        for entry in entries:
            if entry.node.children:
                sub_lead = _Fact(entry.definition, entry.node.line)
                self._group(inner, entry.head, entry.node.line, sub_lead, entry.node.children, is_topic=False)
            elif entry.numbered:
                self._number_card(inner, entry)
            elif entry.named:
                self._term_card(inner, entry)
        if made_own:
            return
        if is_topic and len(self.cards) > first_child:
            # A topic that is a single term or list: its first card is the overview.
            self.cards[first_child] = replace(self.cards[first_child], kind="overview")
        # The label is said by the context of the cards under it.
        self._add_source(first_child, label_line)

    def _own_cards(
        self,
        context: tuple[str, ...],
        label: Inline,
        label_line: int,
        lead: _Fact,
        entries: list[_Entry],
        is_topic: bool,
    ) -> None:
        enumerated = _enumerated(label, entries)
        said = {id(e) for e in enumerated}
        facts = [
            _Fact(e.full, e.node.line)
            for e in entries
            if id(e) not in said and not e.named and not e.numbered and not e.node.children
        ]
        extra: list[_Fact] = []
        if enumerated and sum(_words(f.inline) for f in facts) <= EXTRA_WORDS:
            extra, facts = facts, []
        if lead.inline and not enumerated:
            facts.insert(0, lead)

        kind_first = "overview" if is_topic else None
        if facts:
            self._fact_cards(context, label, label_line, facts, kind_first or "detail")
            kind_first = None
        if enumerated:
            self._enumeration_cards(context, label, label_line, lead, enumerated, extra, kind_first or "enumeration")
            kind_first = None
        if kind_first and len(entries) > 1:
            # A topic of terms and numbers only still gets its overview.
            whole = [_Fact(e.head if e.node.children else e.full, e.node.line) for e in entries]
            self._fact_cards(context, label, label_line, whole, kind_first)

    # -- card shapes --------------------------------------------------------------------------

    def _term_card(self, context: tuple[str, ...], entry: _Entry) -> None:
        term = inl.to_plain(entry.head)
        self._add(
            "term",
            "basic",
            prompt=inl.to_html(entry.head),
            answer=inl.to_html(entry.definition),
            context=context,
            lines=(entry.node.line,),
            key=("term", inl.plain_key(term)),
        )

    def _number_card(self, context: tuple[str, ...], entry: _Entry) -> None:
        if entry.named:
            term_plain = inl.to_plain(entry.head)
            if is_number(term_plain):
                text = "{{c1::" + inl.to_html(entry.head) + "}}: " + inl.to_html(entry.definition)
            else:
                text = "<b>" + inl.to_html(entry.head) + "</b>: " + _cloze_html(entry.definition)
        else:
            text = _cloze_html(entry.full)
        key_text = mask_numbers(inl.plain_key(inl.to_plain(entry.full)))
        self._add(
            "number",
            "cloze",
            prompt=text,
            answer="",
            context=context,
            lines=(entry.node.line,),
            key=("number", " ".join(key_text.split()[:10])),
        )

    def _fact_cards(
        self, context: tuple[str, ...], label: Inline, label_line: int, facts: list[_Fact], first_kind: str
    ) -> None:
        pieces = [piece for fact in facts for piece in _pieces(fact)]
        chunks = _chunks(pieces, lambda f: _words(f.inline), FACT_CHUNK_WORDS, FACT_CHUNK_ITEMS)
        for index, chunk in enumerate(chunks):
            prompt = inl.to_html(label) + _part(index, len(chunks))
            lines = ((label_line,) if index == 0 else ()) + tuple(f.line for f in chunk)
            self._add(
                first_kind if index == 0 else "detail",
                "basic",
                prompt=prompt,
                answer=_facts_html(chunk),
                context=context,
                lines=lines,
                key=("facts", inl.plain_key(inl.to_plain(label)), str(index + 1)),
            )

    def _enumeration_cards(
        self,
        context: tuple[str, ...],
        label: Inline,
        label_line: int,
        lead: _Fact,
        entries: list[_Entry],
        extra: list[_Fact],
        first_kind: str,
    ) -> None:
        ordered = any(e.node.role == "step" for e in entries)
        lead_html = ": " + inl.to_html(inl.strip(lead.inline, " \t:")) if lead.inline else ""
        chunks = _chunks(entries, lambda e: _words(_enum_item(e)), ENUM_WORDS, ENUM_ITEMS)
        for index, chunk in enumerate(chunks):
            tag = "ol" if ordered else "ul"
            start = f' start="{sum(len(c) for c in chunks[:index]) + 1}"' if ordered and index else ""
            items = "".join(
                f"<li>{{{{c{n}::{_cloze_safe(inl.to_html(_enum_item(e)))}}}}}</li>" for n, e in enumerate(chunk, 1)
            )
            text = (
                f'<div class="sp-label">{inl.to_html(label)}{lead_html}{_part(index, len(chunks))}</div>'
                f"<{tag}{start} class=\"sp-enum\">{items}</{tag}>"
            )
            own_extra = extra if index == len(chunks) - 1 else []
            lines = ((label_line, lead.line) if index == 0 else ()) + tuple(e.node.line for e in chunk)
            lines += tuple(f.line for f in own_extra)
            self._add(
                first_kind if index == 0 else "enumeration",
                "cloze",
                prompt=text,
                answer=_facts_html(own_extra) if own_extra else "",
                context=context,
                lines=lines,
                key=("enumeration", inl.plain_key(inl.to_plain(label)), str(index + 1)),
            )

    # -- bookkeeping ------------------------------------------------------------------------

    def _add(
        self,
        kind: str,
        note_type: NoteType,
        prompt: str,
        answer: str,
        context: tuple[str, ...],
        lines: tuple[int, ...],
        key: tuple[str, ...],
    ) -> None:
        unique_lines = tuple(dict.fromkeys(lines))
        full_key = (note_type, *key)
        self.cards.append(
            Card(
                guid=guid_for(self.slug, self.section, context, full_key),
                kind=kind,
                note_type=note_type,
                prompt=prompt,
                answer=answer,
                section=self.section,
                topic=self.topic_title,
                context=context,
                sources=tuple(SourceRef(self.path, line) for line in unique_lines),
                key=full_key,
            )
        )

    def _add_source(self, first: int, line: int) -> None:
        for index in range(first, len(self.cards)):
            card = self.cards[index]
            ref = SourceRef(self.path, line)
            if ref not in card.sources:
                self.cards[index] = replace(card, sources=card.sources + (ref,))


# ---- helpers -------------------------------------------------------------------------------


def _words(inline: Inline) -> int:
    return inl.word_count(inl.to_plain(inline))


def _enum_item(entry: _Entry) -> Inline:
    return entry.head if entry.named else entry.full


def _part(index: int, count: int) -> str:
    return f" ({index + 1}/{count})" if count > 1 else ""


def _facts_html(facts: list[_Fact]) -> str:
    if len(facts) == 1:
        return f"<div>{inl.to_html(facts[0].inline)}</div>"
    return "<ul>" + "".join(f"<li>{inl.to_html(f.inline)}</li>" for f in facts) + "</ul>"


def _cloze_safe(html: str) -> str:
    """Inside a deletion, `::` would start a hint and `}}` would end it."""
    return html.replace("::", ":&#58;").replace("}}", "&#125;&#125;")


def _cloze_html(inline: Inline) -> str:
    """HTML of the line with each number fact wrapped in its own deletion."""
    counter = [0]

    def render(spans: Inline) -> str:
        out = []
        for span in spans:
            if span.kind == "text":
                out.append(_cloze_text(span.text, counter))
            elif span.kind in ("strong", "em"):
                tag = "b" if span.kind == "strong" else "i"
                out.append(f"<{tag}>{render(span.children)}</{tag}>")
            else:
                out.append(inl.to_html((span,)))
        return "".join(out)

    return render(inline)


def _cloze_text(text: str, counter: list[int]) -> str:
    out = []
    position = 0
    for start, end in number_spans(text):
        counter[0] += 1
        out.append(inl.to_html((Span("text", text[position:start]),)))
        out.append("{{c%d::%s}}" % (counter[0], _cloze_safe(inl.escape(text[start:end]))))
        position = end
    out.append(inl.to_html((Span("text", text[position:]),)))
    return "".join(out)


def _pieces(fact: _Fact) -> list[_Fact]:
    """A long line split at its sentences, and a very long sentence at words."""
    if _words(fact.inline) <= PIECE_WORDS:
        return [fact]
    out: list[_Fact] = []
    for sentence in _split_spans(fact.inline, _SENTENCE_END):
        if _words(sentence) <= PIECE_WORDS:
            out.append(_Fact(sentence, fact.line))
        else:
            out.extend(_Fact(part, fact.line) for part in _split_words(sentence, PIECE_WORDS))
    return _merge_small(out)


def _merge_small(facts: list[_Fact]) -> list[_Fact]:
    merged: list[_Fact] = []
    for fact in facts:
        if merged and _words(merged[-1].inline) + _words(fact.inline) <= PIECE_WORDS // 2:
            last = merged[-1]
            merged[-1] = _Fact(last.inline + (Span("text", " "),) + fact.inline, last.line)
        else:
            merged.append(fact)
    return merged


def _split_spans(inline: Inline, boundary: re.Pattern[str]) -> list[Inline]:
    parts: list[list[Span]] = [[]]
    for span in inline:
        if span.kind != "text":
            parts[-1].append(span)
            continue
        pieces = boundary.split(span.text)
        for index, piece in enumerate(pieces):
            if index:
                parts.append([])
            if piece:
                parts[-1].append(Span("text", piece))
    return [inl.strip(tuple(p)) for p in parts if inl.strip(tuple(p))]


def _split_words(inline: Inline, limit: int) -> list[Inline]:
    parts: list[list[Span]] = [[]]
    count = 0
    for span in inline:
        if span.kind != "text":
            parts[-1].append(span)
            count += _words((span,))
            continue
        for token in re.split(r"(\s+)", span.text):
            if not token:
                continue
            if not token.isspace():
                if count >= limit:
                    parts.append([])
                    count = 0
                count += 1
            parts[-1].append(Span("text", token))
    return [inl.strip(tuple(p)) for p in parts if inl.strip(tuple(p))]


T = TypeVar("T")


def _chunks(items: Sequence[T], size: Callable[[T], int], max_words: int, max_items: int) -> list[list[T]]:
    """Consecutive runs of items within the limits, balanced in length."""
    total = sum(size(i) for i in items)
    count = max(-(-total // max_words), -(-len(items) // max_items), 1)
    target = -(-total // count)
    chunks: list[list[T]] = [[]]
    words = 0
    for item in items:
        weight = size(item)
        current = chunks[-1]
        if current and (
            len(current) >= max_items or words + weight > max_words or (words >= target and len(chunks) < count)
        ):
            chunks.append([])
            words = 0
        chunks[-1].append(item)
        words += weight
    return [c for c in chunks if c]
