"""mistune's AST with the 1-based source line of every block.

mistune records no positions. Its block parser reads one `BlockState` per
container (the document, each list item, each block quote), so this module
gives every state the file line of its first source line and stamps each
token it appends with the line under the state's cursor. A list item's or a
quote's source keeps its lines one for one (only indentation and markers are
removed), so child lines map back exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Any

import mistune
import mistune.list_parser
from mistune.block_parser import BlockParser

Token = dict[str, Any]

_NEWLINE = re.compile("\n")
# Deep enough for real notes, shallow enough that hostile nesting stays cheap.
MAX_NESTING = 8


class LineState(mistune.BlockState):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.first_line = 1
        if isinstance(parent, LineState):
            self.first_line = parent.child_line or parent.line_at(parent.cursor)
            parent.child_line = 0
        self.child_line = 0  # first line of the next child state, set by its parser
        self._newlines: list[int] = []

    def process(self, src: str) -> None:
        super().process(src)
        self._newlines = [m.start() for m in _NEWLINE.finditer(src)]

    def line_at(self, pos: int) -> int:
        return self.first_line + bisect_left(self._newlines, pos)

    def append_token(self, token: Token) -> None:
        token.setdefault("line", self.line_at(self.cursor))
        super().append_token(token)

    def prepend_token(self, token: Token) -> None:
        token.setdefault("line", self.line_at(self.cursor))
        super().prepend_token(token)

    def add_paragraph(self, text: str) -> None:
        last = self.last_token()
        if last and last["type"] == "paragraph":
            last["text"] += text
        else:
            self.tokens.append({"type": "paragraph", "text": text, "line": self.line_at(self.cursor)})


class LineBlockParser(BlockParser):
    state_cls = LineState

    def parse_block_quote(self, m: Any, state: Any) -> int:
        if not isinstance(state, LineState):
            return super().parse_block_quote(m, state)
        # A quote that ends a list is read before the list's last item: that
        # item's first line, already set, must survive the quote.
        pending = state.child_line
        line = state.child_line = state.line_at(state.cursor)
        end = super().parse_block_quote(m, state)
        state.child_line = pending
        # The quote token is appended once its lines are read: give it its first line.
        quote = next(t for t in reversed(state.tokens) if t["type"] == "block_quote")
        quote["line"] = line
        return end


_parse_list_item = mistune.list_parser._parse_list_item


def _parse_list_item_with_line(block: Any, bullet: str, item: Any, token: Token, state: Any, rules: Any) -> Any:
    # Called with the cursor just past the item's marker line. An item whose
    # marker line is empty starts its text on the next line.
    if isinstance(state, LineState):
        line = state.line_at(state.cursor - 1)
        state.child_line = line + (0 if item.text.strip() else 1)
        token.setdefault("line", line)
        if state.depth() >= block.max_nested_level - 1:
            # mistune reads lists nested deeper than this as plain text.
            state.env.setdefault("too_deep", line)
    return _parse_list_item(block, bullet, item, token, state, rules)


mistune.list_parser._parse_list_item = _parse_list_item_with_line


# `![[diagram.png]]`, `![[img/flow.png|300]]`: Obsidian's embed of a picture (the part after `|` its width)
_EMBED = r"!\[\[(?P<embed_target>[^\[\]|#]+?\.(?:png|jpe?g|gif|svg|webp|bmp))(?:\|[^\[\]]*)?\]\]"


def _embedded_picture(inline: mistune.InlineParser, match: re.Match[str], state: mistune.InlineState) -> int:
    """The embed as the picture `![diagram](diagram.png)` says: the file's name its alt text."""
    target = match.group("embed_target").strip()
    alt = target.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    state.append_token({"type": "image", "children": [{"type": "text", "raw": alt}], "attrs": {"url": target}})
    return match.end()


@cache
def _markdown() -> mistune.Markdown:
    block = LineBlockParser(max_nested_level=MAX_NESTING)
    inline = mistune.InlineParser(hard_wrap=False, max_nested_level=MAX_NESTING)
    inline.register("embedded_picture", _EMBED, _embedded_picture, before="link")
    return mistune.Markdown(
        renderer=None,
        block=block,
        inline=inline,
        plugins=[mistune.plugins.import_plugin("table"), mistune.plugins.import_plugin("strikethrough")],
    )


def parse_tokens(text: str) -> tuple[list[Token], int | None]:
    """Block tokens with a `line` key (inline tokens under `children`), and
    the first line of a list nested deeper than the parser reads, if any."""
    state = LineState()
    tokens, _ = _markdown().parse(text, state)
    assert isinstance(tokens, list)
    _stamp_list_items(tokens)
    return tokens, state.env.get("too_deep")


def parse_inline(text: str) -> list[Token]:
    """Inline tokens of one line of text (text found inside raw HTML)."""
    return list(_markdown().inline(text, {"ref_links": {}}))


def _stamp_list_items(tokens: list[Token]) -> None:
    # A list item's line is that of its first child block.
    for token in tokens:
        children = token.get("children")
        if not isinstance(children, list):
            continue
        if token["type"] in ("list", "block_quote", "list_item"):
            _stamp_list_items(children)
            if "line" not in token:
                lines = [c["line"] for c in children if isinstance(c, dict) and "line" in c]
                if lines:
                    token["line"] = min(lines)
