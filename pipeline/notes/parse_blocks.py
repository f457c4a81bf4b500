"""mistune's block tokens -> Nodes: one per line of the notes, nested as the
lists nest, each with its source line.

What is not knowledge is dropped here: tables of contents (lists of links to
the file's own headings), navigation lines, HTML comments, script and style
blocks. Text inside other raw HTML (a `<details>` answer) is kept as lines.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from pipeline.model import inline as inl
from pipeline.notes.dash_leads import dash_lead
from pipeline.notes.disclosure_labels import names_the_control
from pipeline.notes.lead_sentences import last_sentence_apart
from pipeline.notes.markdown_lines import Token, parse_inline
from pipeline.model import Inline, Node, Span, Table
from pipeline.model.cards_off import without_cards
from pipeline.model.label_remarks import label_with_remark
from pipeline.notes.html_tags import image_span, tag_attributes
from pipeline.notes.exam_itself import about_the_exam, about_the_sitting, study_todo
from pipeline.notes.hedges import label_without_study_mark
from pipeline.notes.lazy_lines import read_on, relabelled
from pipeline.notes.legend_rows import legend_rows
from pipeline.notes.parse_inline import is_navigation, is_promotion, lines, one_line, take_pin, token_lines
from pipeline.notes.skipped import cards_off, no_card, skip
from pipeline.notes.term_pairs import defined_terms, needs_apart
from pipeline.notes.worked_examples import runs_on, worked_example
from pipeline.notes.callouts import callout_nodes

_SKIPPED_HTML = re.compile(r"^\s*<(script|style|template|iframe|object|embed|noscript|svg|math)\b", re.I)


def is_label(spans: Inline) -> bool:
    """A line that introduces what follows: `*Sub-topic*`, `Text:` or `` `Term` --> what it is ``."""
    spans = inl.strip(spans)
    if len(spans) == 1 and spans[0].kind in ("em", "strong"):
        return True
    return inl.ends_with_colon(spans) or inl.is_arrow_term(spans) or label_with_remark(spans)


def paragraph_nodes(token: Token, needs: bool = True) -> list[Node]:
    return line_nodes(token_lines(token), token["line"], needs)


def line_nodes(found: list[tuple[int, Inline]], base: int, needs: bool = True) -> list[Node]:
    """One node per line, without navigation lines, with the ids pinned to them.
    A block of links and the pictures among them (a footer with a logo) is skipped whole.
    With `needs`, a line of several quoted needs is a line each (a list item's stay
    together: the item is one entry of its list, a contrast of two needs)."""
    navigation = [is_navigation(spans) for _, spans in found]
    pictures = [inl.is_picture(spans) for _, spans in found]
    if any(navigation) and any(pictures) and all(n or p for n, p in zip(navigation, pictures)):
        skip(base + found[0][0], "navigation (links and pictures only)")
        return []
    nodes = []
    example = False  # the line before opened a worked example and runs on into this one
    for (offset, spans), nav in zip(found, navigation):
        if nav:
            skip(base + offset, "navigation (a line of links)")
            continue
        if is_promotion(spans):
            skip(base + offset, "promotion of the notes themselves")
            continue
        if study_todo(inl.to_plain(spans)):
            skip(base + offset, "the author's own to-do")
            continue
        spans, pin = take_pin(spans)
        # the exam's sitting and a worked example's figures stay for the cheat sheet; no card asks them
        plain = inl.to_plain(spans)
        opens_example = worked_example(plain)
        sitting = about_the_sitting(plain)
        if sitting:
            no_card(base + offset, "a line on the exam's sitting or the author's studying")
        cards = not (sitting or opens_example or example)
        example = (opens_example or example) and runs_on(plain)
        if spans and (rows := legend_rows(spans)) is not None:
            # `scenario → answer: "detect but not block" → IDS | ...`: each row a line of its own
            nodes.extend(Node(row, base + offset, "line", pin=pin, cards=cards) for row in rows)
        elif spans:
            pairs = [need for pair in defined_terms(spans) for need in (needs_apart(pair) if needs else [pair])]
            nodes.extend(Node(pair, base + offset, "line", pin=pin, cards=cards) for pair in pairs)
    return nodes


def block_nodes(tokens: list[Token]) -> list[Node]:
    """Nodes of a run of blocks; a label line adopts the list right after it."""
    nodes: list[Node] = []
    pending_label = False
    for token in tokens:
        kind = token["type"]
        if kind == "blank_line":
            continue
        if kind == "list":
            with cards_off(bool(token.get("_no_cards"))):
                items = list_nodes(token)
            if token.get("_no_cards"):
                items = [without_cards(n) for n in items]
            if not pending_label and items and nodes and nodes[-1].role == "line" and not nodes[-1].children and (lead := dash_lead(nodes[-1].inline)):
                nodes[-1], pending_label = replace(nodes[-1], inline=lead), True  # "__Default metric types__ are —" over its list
            items, spilled = read_on(items) if pending_label else (items, [])  # "Asymmetric: ..." flush left after the list
            if pending_label and nodes and items:
                label = nodes[-1]
                if not label.children and (apart := last_sentence_apart(label.inline)) is not None:
                    nodes[-1] = replace(label, inline=apart[0])  # "Cloud Storage is object storage ...": a line of its own
                    label = replace(label, inline=apart[1])
                    nodes.append(label)
                nodes[-1] = replace(label, inline=label_without_study_mark(label.inline), role="label", children=label.children + tuple(items))
            else:
                nodes.extend(items)
            nodes.extend(relabelled(spilled, lambda n: is_label(n.inline)))
            pending_label = bool(spilled) and spilled[-1].role == "line" and is_label(spilled[-1].inline)
            continue
        with cards_off(bool(token.get("_no_cards"))):
            new = _other_block_nodes(token)
        if token.get("_no_cards"):
            new = [without_cards(n) for n in new]
        nodes.extend(new)
        if new or kind not in ("block_html",):
            pending_label = bool(new) and new[-1].role == "line" and is_label(new[-1].inline)
    return nodes


def _other_block_nodes(token: Token) -> list[Node]:
    kind = token["type"]
    if kind in ("paragraph", "block_text"):
        return paragraph_nodes(token)
    if kind == "nodes":  # lines already read, e.g. the text after a topic's title
        return list(token["nodes"])
    if kind == "block_code":
        code = token.get("raw", "").rstrip("\n")
        if not code.strip():
            return []
        first = token["line"] + (1 if token.get("style") == "fenced" else 0)
        return [Node((Span("code", code),), first, "code")]
    if kind == "block_quote":
        return callout_nodes(block_nodes(token.get("children", [])))
    if kind == "heading":
        spans = one_line(token.get("children", []))
        spans = label_without_study_mark(spans)
        return [Node(spans, token["line"], "label")] if spans else []
    if kind == "table":
        return _table_nodes(token)
    if kind == "block_html":
        return html_nodes(token["raw"], token["line"])
    return []  # thematic breaks


def list_nodes(token: Token) -> list[Node]:
    if _is_table_of_contents(token):
        skip(token["line"], "a table of contents")
        return []
    ordered = bool(token.get("attrs", {}).get("ordered"))
    nodes: list[Node] = []
    for item in token.get("children", []):
        nodes.extend(_item_nodes(item.get("children", []), ordered))
    return nodes


def _item_nodes(blocks: list[Token], ordered: bool) -> list[Node]:
    """A list item: its first text block gives one node per line; nested
    blocks hang under the last of those lines."""
    heads: list[Node] = []
    rest = [b for b in blocks if b["type"] != "blank_line"]
    raw = html_only(rest)
    if raw is not None:
        # Nothing in a note is run, and an item never vanishes: its HTML shows as text.
        return [Node((Span("text", raw),), rest[0]["line"], "step" if ordered else "item")]
    if rest and rest[0]["type"] in ("paragraph", "block_text"):
        # The item is its first line; lines continuing it are lines of their own.
        found = paragraph_nodes(rest.pop(0), needs=False)
        # two terms defined on the item's line are two items
        heads = [replace(n, role=("step" if ordered else "item") if n.line == found[0].line else "line") for n in found]
    # "- exam basics" over "- 90 q's, 90 min" and "- passing = 720": the exam's own facts, as under such a heading
    exam = bool(rest) and len(heads) == 1 and about_the_exam(inl.to_plain(heads[0].inline).rstrip(":"))
    if exam:
        no_card(heads[0].line, "a list of the exam's own facts")
    with cards_off(exam):
        children = block_nodes(rest)
    if exam:
        heads, children = [without_cards(heads[0])], [without_cards(child) for child in children]
    if not heads:
        return children
    if children:
        heads[-1] = replace(heads[-1], inline=label_without_study_mark(heads[-1].inline), children=tuple(children))
    return heads


def html_only(blocks: list[Token]) -> str | None:
    """The raw HTML of an item made of nothing but HTML without text (`<img ...>`, `<iframe>`)."""
    if not blocks or any(b["type"] != "block_html" or b["raw"].lstrip().startswith("<!--") for b in blocks):
        return None
    if any(html_nodes(b["raw"], b["line"]) for b in blocks):
        return None
    return " ".join(" ".join(b["raw"].split()) for b in blocks) or None


def html_only_items(tokens: list[Token]) -> list[int]:
    """Lines of the list items shown as their raw HTML, for a warning each."""
    found = []
    for token in tokens:
        children = token.get("children")
        if not isinstance(children, list) or token["type"] not in ("list", "list_item", "block_quote"):
            continue
        if token["type"] == "list_item" and html_only([b for b in children if b["type"] != "blank_line"]):
            found.append(token["line"])
        found.extend(html_only_items(children))
    return found


def _is_table_of_contents(token: Token) -> bool:
    """A list whose every item is a link to a heading of this file."""
    items = token.get("children", [])
    if not items:
        return False
    for item in items:
        blocks = [b for b in item.get("children", []) if b["type"] != "blank_line"]
        if not blocks or blocks[0]["type"] not in ("paragraph", "block_text"):
            return False
        links = [c for c in blocks[0].get("children", []) if not (c["type"] == "text" and not c["raw"].strip())]
        if len(links) != 1 or links[0]["type"] != "link" or not links[0]["attrs"].get("url", "").startswith("#"):
            return False
        if any(b["type"] != "list" or not _is_table_of_contents(b) for b in blocks[1:]):
            return False
    return True


# ---- tables ------------------------------------------------------------------------------


def _cells(row: Token) -> tuple[Inline, ...]:
    out = []
    for cell in row.get("children", []):
        found = lines(cell.get("children", []))
        out.append(tuple(_unescaped_pipe(s) for _, spans in found for s in spans))
    return tuple(out)


def _unescaped_pipe(span: Span) -> Span:
    """`systemctl start\\|stop` in a table cell: the backslash only keeps the pipe from ending
    the cell (GFM), inside code too, where the parser leaves it."""
    return replace(span, text=span.text.replace("\\|", "|")) if span.kind == "code" and "\\|" in span.text else span


def _table_nodes(token: Token) -> list[Node]:
    head = next((c for c in token.get("children", []) if c["type"] == "table_head"), None)
    body = next((c for c in token.get("children", []) if c["type"] == "table_body"), None)
    if head is None:
        return []
    header = _cells(head)
    rows = [_cells(r) for r in (body.get("children", []) if body else [])]
    first = token["line"]
    cells = [c for row in rows for c in row if c]
    if cells and all(len(c) == 1 and c[0].kind == "link" and c[0].url.startswith("#") for c in cells):
        skip(first, "a table of contents")
        return []
    # The header and the delimiter row come first; one row per line after them.
    table = Table(header, tuple(rows), tuple(first + 2 + i for i in range(len(rows))))
    return [Node((), first, "table", table=table)]


# ---- raw HTML ------------------------------------------------------------------------------


class _TextOfHtml(HTMLParser):
    """Lines of an HTML fragment with their line offsets, as spans: text read
    as markdown, `<img>` pictures and `<a href>` links; scripts and styles dropped."""

    _BREAKS = {"br", "p", "div", "li", "summary", "details", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd"}

    def __init__(self) -> None:
        # References stay as typed: the text is read as markdown next, which decodes them once.
        super().__init__(convert_charrefs=False)
        self.lines: list[tuple[int, Inline]] = []
        self._skip = 0
        self._current: list[str | Span] = []
        self._link: tuple[str, int] | None = None  # an open `<a href>`: its url, where its text starts
        self._line = 0
        self._summary = False  # inside `<summary>`: a control's label ("Show content") is left out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "template"):
            self._skip += 1
        elif tag in self._BREAKS:
            self._flush()
            self._summary = tag == "summary"
        elif tag in ("img", "a") and not self._skip:
            found = tag_attributes(self.get_starttag_text() or "")
            if found and found[0] == "img":
                self._start()
                self._current.append(image_span(found[1]))
            elif found:
                self._link = (found[1].get("href", ""), len(self._current))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BREAKS:
            self._flush()
            self._summary = False
        elif tag == "a" and self._link is not None:
            url, at = self._link
            inside = _html_spans(self._current[at:])
            self._current[at:] = [Span("link", children=inside, url=url)] if inside else []
            self._link = None

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        for index, part in enumerate(data.split("\n")):
            if index:
                self._flush()
            if part.strip():
                self._start(index)
                self._current.append(part)
            elif part and self._current:
                self._current.append(" ")

    def _start(self, offset: int = 0) -> None:
        if not self._current:
            self._line = self.getpos()[0] - 1 + offset

    def _flush(self) -> None:
        spans = inl.strip(_html_spans(self._current))
        if spans and not (self._summary and names_the_control(inl.to_plain(spans))):
            self.lines.append((self._line, spans))
        self._current = []
        self._link = None

    def close(self) -> None:
        super().close()
        self._flush()


def _html_spans(parts: list[str | Span]) -> Inline:
    """Text runs read as markdown inline text, with the pictures and links between them."""
    out: list[Span] = []
    run: list[str] = []

    def end_run() -> None:
        text = "".join(run)
        if text.strip():
            if text[0].isspace() and out:
                out.append(Span("text", " "))
            out.extend(s for _, found in lines(parse_inline(" ".join(text.split()))) for s in found)
            if text[-1].isspace():
                out.append(Span("text", " "))
        elif text and out:
            out.append(Span("text", " "))
        run.clear()

    for part in parts:
        if isinstance(part, str):
            run.append(part)
        else:
            end_run()
            out.append(part)
    end_run()
    return tuple(out)


def block_lines(token: Token) -> list[tuple[int, Inline]]:
    """The lines of a paragraph or a raw HTML block, as read, before any is skipped."""
    if token["type"] == "paragraph":
        return token_lines(token)
    if token["type"] == "block_html" and not _SKIPPED_HTML.match(token["raw"].lstrip()):
        parser = _TextOfHtml()
        parser.feed(token["raw"])
        parser.close()
        return parser.lines
    return []


def html_nodes(raw: str, first_line: int) -> list[Node]:
    """Lines of a raw HTML block: its text as markdown, its pictures and links."""
    stripped = raw.lstrip()
    if stripped.startswith("<!--") or _SKIPPED_HTML.match(stripped):
        return []
    parser = _TextOfHtml()
    parser.feed(raw)
    parser.close()
    return line_nodes(parser.lines, first_line)
