"""Topic tree -> cards: the rules that make cards a learner keeps.

One fact per card where the notes allow it (SuperMemo's minimum-information
rule), with the section and topic as context so a short prompt is clear:

- `Term: definition`, `Term = definition` and `**Term** - definition` lines ask the term.
- Lines holding a number with a unit or a limit (`90 days`, `up to 5`) become
  cloze deletions of those numbers.
- Lists of named things or of short items, and lists announced with a count
  ("Six advantages"), become one cloze per item.
- Each topic gets an overview card; the remaining facts of a group are asked
  together, split into parts of a readable size. Nested lists make their own
  groups, so long topics split along their own structure.
- Tables give a card per cell (row × column), or per row of a two-column table.
- Multiple-choice questions become quiz cards; `Q:`/`A:` pairs and the
  author's own `{{c1::...}}` clozes are kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from . import inline as inl
from .chunking import chunks, cloze_safe, explicit_cloze_html, has_explicit_cloze, number_cloze_html, pieces, words
from .diagnostics import Diagnostic, warning
from .ids import guid_for
from .model import Card, Document, Inline, Node, NoteType, SourceRef, Span, Topic
from .numbers import has_number_fact, is_number, mask_numbers
from .quiz import Quiz, find_quizzes

FACT_CHUNK_WORDS = 70  # words of facts on one card
FACT_CHUNK_ITEMS = 8
PIECE_WORDS = 60  # a longer line is split at its sentences
ENUM_WORDS = 70
ENUM_ITEMS = 12
SHORT_ITEM_WORDS = 6
EXTRA_WORDS = 30  # facts small enough to ride on an enumeration's back
EMPTY_CELLS = {"", "-", "–", "—", "n/a", "na", "none"}
# Kinds that can stand as a topic's overview; quizzes and the author's own cards keep theirs.
PROMOTED_KINDS = {"term", "number", "enumeration", "detail", "table"}

_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNTED_LABEL = re.compile(rf"^(?:the\s+)?(?:\d+|{_NUMBER_WORDS})\s+[^\W\d]", re.IGNORECASE)
_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*:\s*", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*:\s*", re.IGNORECASE)

ImageSource = Callable[[Span], "str | None"]


@dataclass(frozen=True)
class _Entry:
    node: Node
    head: Inline  # the term, the label, or the whole line
    definition: Inline  # what follows a term's separator
    named: bool  # a term, or a line that leads nested lines
    numbered: bool  # gets a cloze card of its numbers
    special: str | None = None  # "question", "answer", "cloze", "table": a card of its own

    @property
    def listed(self) -> bool:
        return self.node.role in ("item", "step") and self.special is None

    @property
    def full(self) -> Inline:
        return inl.strip(self.node.inline)


def _entries(nodes: list[Node]) -> list[_Entry]:
    """Entries of a group; an `A:` line only answers the `Q:` line right before it."""
    entries = [_entry(n) for n in nodes]
    for index, entry in enumerate(entries):
        if entry.special == "answer" and (index == 0 or entries[index - 1].special != "question"):
            entries[index] = _entry(entry.node, specials=False)
    return entries


def _entry(node: Node, specials: bool = True) -> _Entry:
    plain = inl.to_plain(node.inline)
    if node.role == "table":
        return _Entry(node, node.inline, (), named=False, numbered=False, special="table")
    if node.role != "code" and specials:
        if has_explicit_cloze(plain):
            return _Entry(node, node.inline, (), named=False, numbered=False, special="cloze")
        for pattern, special in ((_QUESTION, "question"), (_ANSWER, "answer")):
            if pattern.match(plain) and not node.children:
                return _Entry(node, _after(node.inline, pattern), (), named=False, numbered=False, special=special)
    split = inl.split_term(node.inline) if node.role != "code" else None
    if node.children:
        head, definition = split if split else (inl.strip_label(node.inline), ())
        return _Entry(node, head, definition, named=True, numbered=False)
    if split and split[1]:
        term, definition = split
        numbered = has_number_fact(inl.to_plain(definition)) or is_number(inl.to_plain(term))
        return _Entry(node, term, definition, named=True, numbered=numbered)
    numbered = node.role != "code" and has_number_fact(plain)
    return _Entry(node, inl.strip_label(node.inline), (), named=False, numbered=numbered)


def _after(spans: Inline, pattern: re.Pattern[str]) -> Inline:
    """The line without its `Q:` or `A:` marker."""
    first = spans[0]
    if first.kind == "text":
        return inl.strip((Span("text", pattern.sub("", first.text, count=1)),) + spans[1:])
    return spans


@dataclass(frozen=True)
class _Fact:
    inline: Inline
    line: int


@dataclass(frozen=True)
class _Group:
    """A topic, or a line with lines nested under it: what its own cards ask about."""

    context: tuple[str, ...]  # where the group sits
    label: Inline  # the topic's title or the leading line
    line: int
    lead: _Fact  # a definition given on the leading line
    is_topic: bool

    @property
    def inner(self) -> tuple[str, ...]:
        """The context of the cards under the group."""
        return self.context + (inl.to_plain(self.label).strip(),)

    @property
    def key(self) -> str:
        return inl.plain_key(inl.to_plain(self.label))


def _enumerated(label: Inline, entries: list[_Entry]) -> list[_Entry]:
    """The list items to ask one by one as clozes, if the list is an enumeration:
    announced with a count, made of short items, or of named things."""
    # Items named by a bare number (ports, codes) are asked by their own clozes.
    listed = [e for e in entries if e.listed and not is_number(inl.to_plain(e.head))]
    if len(listed) < 2:
        return []
    counted = bool(_COUNTED_LABEL.match(inl.to_plain(label).strip()))
    short = len(listed) >= 3 and all(words(e.head) <= SHORT_ITEM_WORDS for e in listed)
    if counted or short:
        return listed
    names = [e for e in listed if e.named]
    groups = sum(1 for e in names if e.node.children)
    alike = len(names) >= 3 or groups in (0, len(names))
    if len(names) >= 2 and alike and len(names) * 4 >= len(listed) * 3:
        return names
    return []


def make_cards(
    document: Document, pack_slug: str, image_src: ImageSource | None = None
) -> tuple[list[Card], list[Diagnostic]]:
    maker = _CardMaker(document.path, pack_slug, image_src)
    for section in document.sections:
        section_title = inl.to_plain(section.title).strip()
        for topic in section.topics:
            if topic.cards:
                maker.topic(section_title, topic)
    return maker.cards, maker.problems


class _CardMaker:
    def __init__(self, path: str, pack_slug: str, image_src: ImageSource | None) -> None:
        self.path = path
        self.slug = pack_slug
        self.image_src = image_src
        self.section = ""
        self.topic_title = ""
        self.cards: list[Card] = []
        self.problems: list[Diagnostic] = []

    def html(self, spans: Inline) -> str:
        return inl.to_html(spans, self.image_src)

    # -- groups ---------------------------------------------------------------------------

    def topic(self, section_title: str, topic: Topic) -> None:
        # A section's own text sits directly in the section's context.
        self.section = section_title
        self.topic_title = inl.to_plain(topic.title).strip()
        context = () if topic.intro else (section_title, *topic.parents)
        first = len(self.cards)
        self._group(_Group(context, topic.title, topic.line, _Fact((), topic.line), True), topic.body)
        if topic.pin and len(self.cards) > first:
            self._pin(first, topic.pin)

    def _group(self, group: _Group, nodes: Iterable[Node]) -> None:
        inner = group.inner
        quizzes, unanswered, rest = find_quizzes([n for n in nodes if n.cards])
        for question in unanswered:
            self.problems.append(warning(self.path, question.line, "a question with options but no answer line"))
        entries = _entries(rest)
        first_own = len(self.cards)
        self._own_cards(group, entries)
        made_own = len(self.cards) > first_own
        first_child = len(self.cards)
        for quiz in quizzes:
            self._quiz_card(inner, quiz)
        for index, entry in enumerate(entries):
            before = len(self.cards)
            if entry.node.children:
                lead = _Fact(entry.definition, entry.node.line)
                self._group(_Group(inner, entry.head, entry.node.line, lead, False), entry.node.children)
                continue
            if entry.special == "question":
                answer = entries[index + 1] if index + 1 < len(entries) else None
                if answer is not None and answer.special == "answer":
                    self._qa_card(inner, entry, answer)
                else:
                    self.problems.append(warning(self.path, entry.node.line, "a `Q:` line without an `A:` line after it"))
            elif entry.special == "cloze":
                self._explicit_cloze_card(inner, entry)
            elif entry.special == "table":
                self._table_cards(inner, entry.node)
            elif entry.special is None and entry.numbered:
                self._number_card(inner, entry)
            elif entry.special is None and entry.named:
                self._term_card(inner, entry)
            if entry.node.pin and len(self.cards) > before:
                self._pin(before, entry.node.pin)
        if made_own:
            return
        if group.is_topic and len(self.cards) > first_child and self.cards[first_child].kind in PROMOTED_KINDS:
            # A topic that is a single term or list: its first card is the overview.
            self.cards[first_child] = replace(self.cards[first_child], kind="overview")
        # The label is said by the context of the cards under it.
        self._add_source(first_child, group.line)

    def _own_cards(self, group: _Group, entries: list[_Entry]) -> None:
        enumerated = _enumerated(group.label, entries)
        said = {id(e) for e in enumerated}
        facts = [
            _Fact(e.full, e.node.line)
            for e in entries
            if id(e) not in said and not e.named and not e.numbered and not e.node.children and e.special is None
        ]
        extra: list[_Fact] = []
        if enumerated and sum(words(f.inline) for f in facts) <= EXTRA_WORDS:
            extra, facts = facts, []
        if group.lead.inline and not enumerated:
            facts.insert(0, group.lead)

        kind_first = "overview" if group.is_topic else None
        if facts:
            self._fact_cards(group, facts, kind_first or "detail")
            kind_first = None
        if enumerated:
            self._enumeration_cards(group, enumerated, extra, kind_first or "enumeration")
            kind_first = None
        plain_entries = [e for e in entries if e.special is None]
        if kind_first and len(plain_entries) > 1:
            # A topic of terms and numbers only still gets its overview.
            whole = [_Fact(e.head if e.node.children else e.full, e.node.line) for e in plain_entries]
            self._fact_cards(group, whole, kind_first)

    # -- card shapes --------------------------------------------------------------------------

    def _term_card(self, context: tuple[str, ...], entry: _Entry) -> None:
        self._add(
            "term",
            "basic",
            prompt=self.html(entry.head),
            answer=self.html(entry.definition),
            context=context,
            lines=(entry.node.line,),
            key=("term", inl.plain_key(inl.to_plain(entry.head))),
        )

    def _number_card(self, context: tuple[str, ...], entry: _Entry) -> None:
        if entry.named:
            if is_number(inl.to_plain(entry.head)):
                text = "{{c1::" + cloze_safe(self.html(entry.head)) + "}}: " + self.html(entry.definition)
            else:
                text = "<b>" + self.html(entry.head) + "</b>: " + number_cloze_html(entry.definition, self.html)
        else:
            text = number_cloze_html(entry.full, self.html)
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

    def _explicit_cloze_card(self, context: tuple[str, ...], entry: _Entry) -> None:
        extra = [_Fact(c.inline, c.line) for c in entry.node.children]
        self._add(
            "cloze",
            "cloze",
            prompt=explicit_cloze_html(self.html(entry.full)),
            answer=self._facts_html(extra) if extra else "",
            context=context,
            lines=(entry.node.line, *(f.line for f in extra)),
            key=("cloze", " ".join(inl.plain_key(inl.to_plain(entry.full)).split()[:12])),
        )

    def _qa_card(self, context: tuple[str, ...], question: _Entry, answer: _Entry) -> None:
        self._add(
            "qa",
            "basic",
            prompt=self.html(question.head),
            answer=self.html(answer.head),
            context=context,
            lines=(question.node.line, answer.node.line),
            key=("qa", inl.plain_key(inl.to_plain(question.head))),
        )
        if answer.node.pin and not question.node.pin:
            self._pin(len(self.cards) - 1, answer.node.pin)

    def _quiz_card(self, context: tuple[str, ...], quiz: Quiz) -> None:
        options = "".join(f"<li><b>{o.letter}.</b> {self.html(o.text)}</li>" for o in quiz.options)
        correct = [o for o in quiz.options if o.letter in quiz.correct]
        answer = "".join(f"<div><b>{o.letter}.</b> {self.html(o.text)}</div>" for o in correct)
        if quiz.explanation:
            answer += f'<div class="sp-explanation">{self._facts_html([_Fact(n.inline, n.line) for n in quiz.explanation])}</div>'
        before = len(self.cards)
        self._add(
            "quiz",
            "basic",
            prompt=f'{self.html(quiz.question.inline)}<ul class="sp-options">{options}</ul>',
            answer=answer,
            context=context,
            lines=(quiz.question.line, *(o.line for o in quiz.options), quiz.answer_line, *(n.line for n in quiz.explanation)),
            key=("quiz", " ".join(inl.plain_key(inl.to_plain(quiz.question.inline)).split()[:16])),
        )
        if quiz.pin:
            self._pin(before, quiz.pin)

    def _table_cards(self, context: tuple[str, ...], node: Node) -> None:
        table = node.table
        if table is None:
            return
        header = [inl.to_plain(h).strip() for h in table.header]
        for row, line in zip(table.rows, table.lines):
            if not row or inl.to_plain(row[0]).strip().lower() in EMPTY_CELLS:
                continue
            name = inl.plain_key(inl.to_plain(row[0]))
            if len(row) == 2:
                if inl.to_plain(row[1]).strip().lower() not in EMPTY_CELLS:
                    self._add("table", "basic", self.html(row[0]), self.html(row[1]), context, (node.line, line), ("table", name))
                continue
            for column, cell in enumerate(row[1:], 1):
                if inl.to_plain(cell).strip().lower() in EMPTY_CELLS or column >= len(header):
                    continue
                prompt = f'{self.html(row[0])} <span class="sp-column">— {inl.escape(header[column])}</span>'
                key = ("table", name, inl.plain_key(header[column]))
                self._add("table", "basic", prompt, self.html(cell), context, (node.line, line), key)

    def _fact_cards(self, group: _Group, facts: list[_Fact], first_kind: str) -> None:
        split = [_Fact(piece, fact.line) for fact in facts for piece in pieces(fact.inline, PIECE_WORDS)]
        parts = chunks(split, lambda f: words(f.inline), FACT_CHUNK_WORDS, FACT_CHUNK_ITEMS)
        for index, part in enumerate(parts):
            lines = ((group.line,) if index == 0 else ()) + tuple(f.line for f in part)
            self._add(
                first_kind if index == 0 else "detail",
                "basic",
                prompt=self.html(group.label) + _part(index, len(parts)),
                answer=self._facts_html(part),
                context=group.context,
                lines=lines,
                key=("facts", group.key, str(index + 1)),
            )

    def _enumeration_cards(self, group: _Group, entries: list[_Entry], extra: list[_Fact], first_kind: str) -> None:
        ordered = any(e.node.role == "step" for e in entries)
        lead = group.lead
        lead_html = ": " + self.html(inl.strip(lead.inline, " \t:")) if lead.inline else ""
        parts = chunks(entries, lambda e: words(_enum_item(e)), ENUM_WORDS, ENUM_ITEMS)
        for index, part in enumerate(parts):
            tag = "ol" if ordered else "ul"
            start = f' start="{sum(len(p) for p in parts[:index]) + 1}"' if ordered and index else ""
            items = "".join(
                f"<li>{{{{c{n}::{cloze_safe(self.html(_enum_item(e)))}}}}}</li>" for n, e in enumerate(part, 1)
            )
            text = (
                f'<div class="sp-label">{self.html(group.label)}{lead_html}{_part(index, len(parts))}</div>'
                f'<{tag}{start} class="sp-enum">{items}</{tag}>'
            )
            own_extra = extra if index == len(parts) - 1 else []
            lines = ((group.line, lead.line) if index == 0 else ()) + tuple(e.node.line for e in part)
            lines += tuple(f.line for f in own_extra)
            self._add(
                first_kind if index == 0 else "enumeration",
                "cloze",
                prompt=text,
                answer=self._facts_html(own_extra) if own_extra else "",
                context=group.context,
                lines=lines,
                key=("enumeration", group.key, str(index + 1)),
            )

    def _facts_html(self, facts: list[_Fact]) -> str:
        if len(facts) == 1:
            return f"<div>{self.html(facts[0].inline)}</div>"
        return "<ul>" + "".join(f"<li>{self.html(f.inline)}</li>" for f in facts) + "</ul>"

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
                sources=tuple(SourceRef(self.path, line) for line in dict.fromkeys(lines)),
                key=full_key,
            )
        )

    def _pin(self, index: int, pin: str) -> None:
        """An id the author pinned: the guid follows it wherever the card moves."""
        card = self.cards[index]
        key = (card.note_type, "pinned", pin)
        self.cards[index] = replace(card, guid=guid_for(self.slug, "", (), key), key=key)

    def _add_source(self, first: int, line: int) -> None:
        for index in range(first, len(self.cards)):
            card = self.cards[index]
            ref = SourceRef(self.path, line)
            if ref not in card.sources:
                self.cards[index] = replace(card, sources=card.sources + (ref,))


def _enum_item(entry: _Entry) -> Inline:
    return entry.head if entry.named else entry.full


def _part(index: int, count: int) -> str:
    return f" ({index + 1}/{count})" if count > 1 else ""
