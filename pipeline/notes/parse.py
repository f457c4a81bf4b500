"""Markdown notes -> sections, topics and their body lines, each with its line.

The shapes understood: `## Section`; a topic as a bold paragraph
(`**EFS:**`, `**How the web works ?**`, `**Service Quotas:** text...`) or as
a heading with a body (the headings above it are its context); an italic line
or a line ending with a colon that leads a list (a sub-topic); nested and
numbered lists; tables; paragraphs, one node per source line. YAML front
matter is skipped; `<!-- cards: off -->` ... `<!-- cards: on -->` and
`<!-- cards: skip -->` (the next block) keep text out of the cards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.model import inline as inl
from pipeline.diagnostics import warning
from pipeline.front_matter import strip_front_matter
from pipeline.notes.admonitions import as_callouts
from pipeline.notes.delimiters import MAX_DELIMITERS, cut_delimiters
from pipeline.notes.legends import without_legends
from pipeline.notes.exam_itself import about_the_exam, about_the_sitting, exam_facts_line, exam_shares, exam_weights, without_weight
from pipeline.notes.hedges import label_without_study_mark
from pipeline.notes.lazy_lines import flush_left
from pipeline.notes.markdown_lines import MAX_NESTING, Token, parse_tokens
from pipeline.model import Document, Inline, Section, Span, Topic
from pipeline.notes.parse_blocks import block_lines, block_nodes, html_only_items, line_nodes
from pipeline.notes.plain_heads import plain_head, reads_as_title
from pipeline.notes.parse_inline import SHORTCODES, is_navigation, is_promotion, one_line, take_pin, token_lines
from pipeline.notes.skipped import cards_off, collecting, skip
from pipeline.notes.term_pairs import defined_terms
from pipeline.notes.worked_examples import example_title
from pipeline.notes.bold_titles import first_line_topic, name_after_label, terms_only, topic_title

__all__ = ["SHORTCODES", "parse_document"]

_CONTENTS = re.compile(r"^\W*(?:table\s+of\s+contents?|contents|toc)\W*$", re.I)
_DIRECTIVE = re.compile(r"^\s*<!--\s*cards\s*:\s*(off|on|skip)\s*-->\s*$", re.I)


def parse_document(text: str, path: str) -> Document:
    text, meta = strip_front_matter(text.removeprefix("\ufeff"))
    text = as_callouts(text)  # `:::tip` ... `:::` as `> [!tip]` over quoted lines
    text, legends = without_legends(text)
    text, cut = cut_delimiters(text)
    tokens, too_deep = parse_tokens(text)
    builder = _DocumentBuilder(path, meta.get("title"))
    with collecting() as skipped, flush_left(text):
        builder.read(tokens)
        document = builder.finish()
    skipped += [(line, "the author's legend of their own codes") for line in legends]
    problems = [warning(path, line, f"skipped as not knowledge: {what}") for line, what in _runs(skipped)]
    problems += [warning(path, line, f"more than {MAX_DELIMITERS} emphasis or bracket marks in one block: the rest are read as text") for line in cut]
    problems += [warning(path, line, "list item of only raw HTML: shown as text") for line in html_only_items(tokens)]
    if too_deep is not None:
        message = f"list nested deeper than {MAX_NESTING} levels: the deeper lines are read as text"
        problems.append(warning(path, too_deep, message))
    return replace(document, problems=tuple(problems)) if problems else document


def _runs(skipped: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """What was skipped, one entry per run of adjacent lines skipped alike (a list of links)."""
    runs: list[tuple[int, int, str]] = []  # first line, count, what
    for line, what in sorted(set(skipped)):
        if runs and runs[-1][2] == what and runs[-1][0] + runs[-1][1] == line:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1, what)
        else:
            runs.append((line, 1, what))
    return [(first, what if count == 1 else _many(what, count)) for first, count, what in runs]


def _many(what: str, count: int) -> str:
    if "a line of links" in what:
        return what.replace("a line of links", f"{count} lines of links")
    return f"{what} ({count} lines)"


# ---- the document: sections and topics ---------------------------------------------------


@dataclass
class _TopicDraft:
    title: Inline
    line: int
    intro: bool
    parents: tuple[str, ...] = ()
    pin: str | None = None
    cards: bool = True
    blocks: list[Token] = field(default_factory=list)
    bold: bool = False
    closed: bool = False  # its lines are done: a worked example, or one of a run of terms each on its line
    # `**Error budget**: 100% minus the SLO ...`, a paragraph of its own: a term defined on its line, whose
    # topic a later paragraph does not continue ("Other SRE culture points: ...", "**Dataplex** provides ...")
    defined: bool = False
    resumed: bool = False  # a heading's lines after the bold topic that opened it


@dataclass
class _SectionDraft:
    title: Inline
    line: int
    topics: list[_TopicDraft] = field(default_factory=list)


class _DocumentBuilder:
    """Reads top-level tokens in order, opening sections and topics."""

    def __init__(self, path: str, title: str | None) -> None:
        self.path = path
        self.title = title
        self.description: list[str] = []
        self.sections: list[_SectionDraft] = []
        self.title_level = 0
        self.title_line = 0
        self.section_level = 2
        self.headings: list[tuple[int, str]] = []  # enclosing headings below the section
        self.cards_on = True
        self.skip_next = False
        self.exam_level: int | None = None  # inside a section on the exam itself, at this heading level
        self.exam_list_next = False  # a lead-in line on the exam's facts: the list after it is theirs
        self.started = False  # read a heading below the title, or text
        self.headed = False  # read a heading below the title: the notes' opening is over

    def read(self, tokens: list[Token]) -> None:
        heads = [t for t in tokens if t["type"] == "heading"]
        levels = [t["attrs"]["level"] for t in heads]
        for head, share in zip(heads, exam_shares([(t["attrs"]["level"], inl.to_plain(one_line(t.get("children", [])))) for t in heads])):
            head["_exam_share"] = share
        # One leading `#` is the document's title; the next level down holds sections.
        self.title_level = 1 if levels[:1] == [1] and levels.count(1) == 1 else 0
        rest = [lv for lv in levels if lv != self.title_level]
        self.section_level = min(rest) if rest else 2
        bold_topics = any(t["type"] == "paragraph" and first_line_topic(t) for t in tokens)
        if not levels and self.title is None:
            self._title_line(tokens)
        if rest and len(set(rest)) == 1 and not bold_topics:
            # Headings of one level and no bold topics: the headings are the
            # topics, the document is their one section.
            self.section_level = 0
        _mark_list_leads(tokens)
        for token in tokens:
            self._read(token)

    def _read(self, token: Token) -> None:
        kind = token["type"]
        if kind == "block_html":
            directive = _DIRECTIVE.match(token["raw"])
            if directive:
                value = directive.group(1).lower()
                self.cards_on = value != "off" if value != "skip" else self.cards_on
                self.skip_next = value == "skip"
                return
        if kind != "blank_line":
            if self.skip_next or not self.cards_on or self._on_the_exam(token):
                token["_no_cards"] = True
            self.skip_next = False
        cards = not token.get("_no_cards")
        if not self.started and kind in ("paragraph", "block_html") and self._banner(token):
            return
        if kind == "heading":
            self._heading(token, cards)
            return
        if kind == "thematic_break" and self._bold_topic():
            # `---` after a bold topic's lines ends them: the table after it is no more of
            # `**HCP Terraform**` than of any topic before it, but the section's again
            self._resume(token["line"])
            return
        if kind == "paragraph":
            # `**Gold plating**: ... **Scope creep**: ...`: two terms defined, no topic headed by the first
            found = [(offset, pair) for offset, spans in token_lines(token) for pair in defined_terms(spans)]
            remark_opens = not token.get("_leads_list")
            # a one-line `**Title** — rest` over a list heads it; among lines, it is a term defined
            # (after a bold topic, a paragraph of its own such a line is that topic's peer: read as
            # its line, `**AWS Artifact** - ...` was filed under `**AWS Shield** - ...` before it)
            dash_opens = len(found) == 1 and (bool(token.get("_leads_list")) or self._bold_topic())
            # after a bold comparison (`**VPC Peering vs Transit Gateway**` over its table), a peer's title, remark and all
            after_bold = bool(token.get("_leads_list")) and len(found) == 1 and self._bold_topic() and self._comparing()
            title = topic_title(found[0][1], remark_opens or after_bold, dash_opens, after_bold) if found and not terms_only(found) else None
            if title is None and self._peer_lines(found):
                # `**Amazon Macie** - ...` and `**AWS Certificate Manager** - ...` on the lines after
                # `**AWS Shield** - ...` and its list: each line opens its own topic, Shield's peer
                for offset, spans in found:
                    head, rest = topic_title(spans, dash_opens=True)  # type: ignore[misc]
                    self._bold_topic_of(head, rest, token["line"] + offset, [], cards, offset).closed = True
                return
            if title is None and token.get("_leads_list") and len(found) == 1 and (named := name_after_label(found[0][1])):
                title = named, ()
            if title is None and found and (head := plain_head(found[0][1])) is not None:
                title = head, ()  # `Topic: IAM` alone on its line: a heading without markup
            if title:
                topic = self._bold_topic_of(*title, token["line"], found[1:], cards)
                topic.defined = bool(inl.to_plain(title[1]).strip()) and not token.get("_leads_list")
                return
        if kind in ("paragraph", "table") and self._has_topic() and (self.sections[-1].topics[-1].closed or self.sections[-1].topics[-1].defined):
            # "Wildcard mask = ..." after `**Worked example 4** - ...`: no step of the example;
            # "Quantitative = ..." after `**Trigger**: ... **Risk owner**: ...`: no more of Risk owner;
            # `| RAID | Min disks |` after `**Optical**: CD 650 MB ...`: no table of Optical's
            self._resume(token["line"])
        if not self.sections and not self._has_topic():
            if kind == "paragraph":
                for offset, spans in token_lines(token):
                    if offset == 0 and token.get("_title"):
                        continue
                    if is_promotion(spans):
                        skip(token["line"] + offset, "promotion of the notes themselves")
                    else:
                        self.description.append(inl.to_plain(spans))
                return
            if kind == "blank_line":
                return
        self._current_topic(token.get("line", 1)).blocks.append(token)

    def _title_line(self, tokens: list[Token]) -> None:
        """Notes with no heading that open on a line reading as a title, a blank line
        after its paragraph: that line is their title, not the file's name."""
        shown = [i for i, t in enumerate(tokens) if t["type"] != "blank_line"]
        if not shown or tokens[shown[0]]["type"] != "paragraph":
            return
        first = shown[0]
        after = tokens[first + 1]["type"] if first + 1 < len(tokens) else "blank_line"
        found = token_lines(tokens[first])
        if after != "blank_line" or not found or found[0][0] != 0 or found[0][1][0].kind != "text" or any(span.kind == "strong" for span in found[0][1]):
            return
        if reads_as_title(inl.to_plain(found[0][1])):
            self.title = inl.to_plain(found[0][1]).strip()
            self.title_line = tokens[first]["line"]
            tokens[first]["_title"] = True

    def _on_the_exam(self, token: Token) -> bool:
        """Whether a block tells the exam's own facts (format, pass mark, weights), not its content."""
        kind = token["type"]
        if kind == "thematic_break":
            # `---` after "## Exam basics" and its lines: what follows is another part of the notes,
            # its `### Task: ...` headings no more the exam's than a new section's
            self.exam_level = None
            return False
        if kind == "heading":
            level = token["attrs"]["level"]
            if self.exam_level is not None and level <= self.exam_level:
                self.exam_level = None
            if about_the_exam(inl.to_plain(one_line(token.get("children", [])))) and level != self.title_level:
                self.exam_level = level
            self.headed = self.headed or level != self.title_level
            self.exam_list_next = False
            return self.exam_level is not None
        after_lead_in, self.exam_list_next = self.exam_list_next and kind in ("list", "table"), False
        if kind == "paragraph":
            texts = [inl.to_plain(spans).strip() for _, spans in token_lines(token)]
            # "**Exam logistics**" alone over a list: a heading in all but its markup
            label = len(texts) == 1 and about_the_exam(texts[0].rstrip(":"))
            self.exam_list_next = bool(texts) and (label or (texts[-1].endswith(":") and exam_facts_line(texts[-1])))
            return self.exam_level is not None or label or any(exam_facts_line(text) for text in texts)
        # notes that open on a list of the sitting ("- 60 Qs, 90 min, proctored", "- $250, one
        # retake", "- no hands-on terminal"): the whole list is the exam's, not its content
        items = _item_lines(token) if kind == "list" else []
        opening = bool(items) and not self.headed and about_the_sitting(items[0])
        # a list of the domains by weight under the title ("Skills measured:" over "Describe core data
        # concepts (25–30%)", ...); further on, shares adding up to the whole are content ("Nitrogen — 78%")
        weights = not self.headed and exam_weights(items)
        return self.exam_level is not None or after_lead_in or opening or weights

    def _banner(self, token: Token) -> bool:
        """Pictures and links before the notes begin (a logo, badges): skipped."""
        found = block_lines(token)
        if found and all(inl.is_picture(spans) or is_navigation(spans) for _, spans in found):
            pictures = any(inl.is_picture(spans) or inl.has_image(spans) for _, spans in found)
            skip(token["line"], "a banner of pictures before the first heading" if pictures else "navigation (a line of links)")
            return True
        self.started = self.started or bool(found)
        return False

    def _heading(self, token: Token, cards: bool) -> None:
        level = token["attrs"]["level"]
        spans, pin = take_pin(one_line(token.get("children", [])))
        spans = label_without_study_mark(without_weight(spans, token.get("_exam_share", True)))
        if level == self.title_level and self.title is None:
            self.title = inl.to_plain(spans).strip() or None
            self.title_line = token["line"]
            return
        if level == self.title_level:
            return
        self.started = True
        if _CONTENTS.match(inl.to_plain(spans)):
            skip(token["line"], "a table of contents heading")
            return
        if level <= self.section_level:
            self.sections.append(_SectionDraft(spans, token["line"]))
            self.headings = []
            return
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        if spans:
            self._open_topic(spans, token["line"], self._parents(), pin, cards)
            self.headings.append((level, inl.to_plain(spans).strip()))

    def _parents(self) -> tuple[str, ...]:
        return tuple(title for _, title in self.headings)

    def _resume(self, line: int) -> None:
        """The text after a bold topic's lines: its heading's own where the heading has said
        nothing yet (`### 6.1 Audit logging` over `**what**: ...`, then the lines on audit
        logging), else the section's again."""
        section = self._section(line)
        if self.headings and section.topics:
            own = [t for t in section.topics if not t.intro and not t.bold and t.parents == self._parents()[:-1]]
            heading = own[-1] if own and inl.to_plain(own[-1].title).strip() == self.headings[-1][1] else None
            if heading is not None and not heading.blocks:
                section.topics.remove(heading)
                section.topics.append(heading)  # its lines follow the bold topic's
                heading.resumed = True
                return
        section.topics.append(_TopicDraft(section.title, line, intro=True, parents=self._parents()))

    def _bold_topic_of(self, title: Inline, rest: Inline, line: int, after: list[tuple[int, Inline]], cards: bool, offset: int = 0) -> _TopicDraft:
        """A topic a bold line opens: the rest of the line its first line, then the paragraph's lines `after` it."""
        rest, pin = take_pin(rest)
        topic = self._open_topic(title, line, self._parents(), pin, cards)
        topic.bold = True
        with cards_off(not cards):
            nodes = line_nodes(([(offset, rest)] if rest else []) + after, line - offset)
        topic.blocks.append({"type": "nodes", "nodes": nodes, "_no_cards": not cards})
        return topic

    def _peer_lines(self, found: list[tuple[int, Inline]]) -> bool:
        """Lines each `**Name** - what it is` or `**Name**: what it is`, after a bold topic: its peers, a topic each."""
        return len(found) > 1 and self._bold_topic() and (
            terms_only(found) or all(topic_title(spans) is None and topic_title(spans, dash_opens=True) is not None for _, spans in found)
        )

    def _comparing(self) -> bool:
        return bool(_VERSUS.search(inl.to_plain(self.sections[-1].topics[-1].title)))

    def _bold_topic(self) -> bool:
        return self._has_topic() and self.sections[-1].topics[-1].bold

    def _has_topic(self) -> bool:
        return bool(self.sections and self.sections[-1].topics)

    def _section(self, line: int) -> _SectionDraft:
        if not self.sections:
            # No section heading: the document is one section, named by its title
            # (or its file) and starting at that title (or its first text).
            title = self.title or self.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            self.sections.append(_SectionDraft((Span("text", title),), self.title_line or line))
        return self.sections[-1]

    def _open_topic(self, title: Inline, line: int, parents: tuple[str, ...], pin: str | None, cards: bool) -> _TopicDraft:
        example = example_title(inl.to_plain(title))  # the cheat sheet keeps a worked example
        topic = _TopicDraft(title, line, intro=False, parents=parents, pin=pin, cards=cards and not example, closed=example)
        self._section(line).topics.append(topic)
        return topic

    def _current_topic(self, line: int) -> _TopicDraft:
        section = self._section(line)
        if not section.topics:
            section.topics.append(_TopicDraft(section.title, section.line, intro=True))
        return section.topics[-1]

    def finish(self) -> Document:
        sections = []
        for draft in self.sections:
            topics = []
            for topic in draft.topics:
                body = tuple(block_nodes(topic.blocks))
                if body or not topic.intro:
                    topics.append(
                        Topic(topic.title, topic.line, body, topic.intro, topic.parents, topic.pin, topic.cards, topic.bold, topic.resumed)
                    )
            sections.append(Section(draft.title, draft.line, tuple(topics)))
        return Document(
            path=self.path,
            title=self.title,
            description=" ".join(d.strip() for d in self.description if d.strip()),
            sections=tuple(s for s in sections if s.topics),
        )


_VERSUS = re.compile(r"\bvs\.?(?=\s)|\bversus\b", re.IGNORECASE)


def _mark_list_leads(tokens: list[Token]) -> None:
    """Marks each paragraph a list follows (blank lines apart): a label there leads the list."""
    shown = [t for t in tokens if t["type"] != "blank_line"]
    for token, after in zip(shown, shown[1:]):
        if token["type"] == "paragraph" and after["type"] == "list":
            token["_leads_list"] = True


def _item_lines(token: Token) -> list[str]:
    """The first line of each item of a list, as plain text."""
    found = []
    for item in token.get("children", []):
        blocks = [b for b in item.get("children", []) if b["type"] != "blank_line"]
        read = token_lines(blocks[0]) if blocks and blocks[0]["type"] in ("paragraph", "block_text") else []
        found.append(inl.to_plain(read[0][1]) if read else "")
    return found
