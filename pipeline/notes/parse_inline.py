"""mistune's inline tokens -> spans, one list per line of the notes.

Raw HTML in a line is never interpreted: `<br>` breaks the line, harmless
formatting tags are dropped (their text stays), `<img src>` and `<a href>`
with harmless attributes are a picture and a link (`html_tags`), and
anything else (`<script>`, `<img onerror=...>`) is kept as literal text,
which the renderers escape.
"""

from __future__ import annotations

import re

from pipeline.model import inline as inl
from pipeline.notes.hedges import label_without_study_mark, without_hedges
from pipeline.notes.html_tags import fold_links, image_span, is_closing_link, tag_attributes
from pipeline.notes.markdown_lines import Token
from pipeline.model import Inline, Span
from pipeline.plain_text import decode_entities

# GitHub-style shortcodes that notes use as markers; an unknown one with `_` standing apart is
# a decoration and dropped (`:small_blue_diamond:`), other unknown ones stay text.
SHORTCODES = {
    "warning": "⚠️",
    "bulb": "💡",
    "memo": "📝",
    "pushpin": "📌",
    "exclamation": "❗",
    "heavy_exclamation_mark": "❗",
    "question": "❓",
    "information_source": "ℹ️",
    "white_check_mark": "✅",
    "heavy_check_mark": "✔️",
    "x": "❌",
    "star": "⭐",
    "point_right": "👉",
    "rocket": "🚀",
    "fire": "🔥",
    "key": "🔑",
    "lock": "🔒",
    "moneybag": "💰",
    "dollar": "💵",
    "stop_sign": "🛑",
    "no_entry": "⛔",
}
# Not next to another colon: `{{c1::key::hint}}` holds no `:key:`.
_SHORTCODE = re.compile(r"(?<!:):([a-z][a-z0-9_+-]*):(?!:)")
_CLOZE = re.compile(r"(\{\{.*?\}\})")
_BREAK_TAG = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
# Tags that only format or lay out text: dropped, their text kept.
_FORMAT_TAG = re.compile(
    r"^</?(b|strong|i|em|u|s|del|ins|mark|small|big|sub|sup|kbd|span|abbr|cite|q|var|tt|code|samp|dfn|font|center"
    r"|p|div|section|article|aside|header|footer|nav|main|figure|figcaption|picture|source|details|summary"
    r"|h[1-6]|hr|wbr|time|data|bdi|bdo)(\s[^<>]*)?/?>$",
    re.I,
)
# Words no sentence ends on: articles, prepositions and conjunctions.
_GOES_ON = frozenset(
    "a an the and or nor but of to in on at by for with from into onto across over under between through via than as per vs versus".split()
)
_LETTERED_LINE = re.compile(r"^[a-j][.)]\s")
_FIELD_LINE = re.compile(r"^\w[\w .-]{0,40}(?<=\w)::\s")  # `root module:: ...`, an inline field of Obsidian's Dataview
_PIN = re.compile(r"\s*\{#([A-Za-z0-9][\w.:-]{0,63})\}\s*$")


def lines(children: list[Token]) -> list[tuple[int, Inline]]:
    """Split inline tokens at line breaks: [(line offset, spans), ...].

    A soft break before a lowercase word continues the sentence of a
    hard-wrapped paragraph instead of starting a line of its own."""
    children = fold_links(children)
    result: list[tuple[int, Inline]] = []
    current: list[Span] = []
    start = offset = 0
    pointing = False  # the line so far points at something (`need -> answer`)
    wrapped = _wrapped(children)
    for index, token in enumerate(children):
        kind = token["type"]
        following = children[index + 1] if index + 1 < len(children) else None
        if kind == "linebreak" or (kind == "softbreak" and (_between_pointing_lines(pointing, current, children, index) or not _continues(current, following, wrapped or _code_alone(current)))):
            result.append((start, tuple(current)))
            current, pointing = [], False
            offset += 1
            start = offset
            continue
        if kind == "softbreak":
            current.append(Span("text", " "))
            offset += 1
            continue
        current.extend(spans(token))
        pointing = pointing or (kind == "text" and bool(inl.SPACED_ARROW.search(token["raw"])))
        # A code span or raw HTML may itself cross a line.
        offset += str(token.get("raw", "")).count("\n") if kind in ("codespan", "inline_html") else 0
    result.append((start, tuple(current)))
    return [(o, inl.strip(s)) for o, s in result if inl.strip(s)]


def token_lines(token: Token) -> list[tuple[int, Inline]]:
    """`lines` of a block's children, worked out once per block: the title, the topics, the
    exam's own facts and the nodes all read a paragraph's lines. (Not to be changed by a caller.)"""
    found: list[tuple[int, Inline]] | None = token.get("_lines")
    if found is None:
        found = token["_lines"] = lines(token.get("children", []))
    return found


def one_line(children: list[Token]) -> Inline:
    """All the lines of a heading as one (a setext heading may take several), without a video's
    timestamp before its title ("0:09:40 — What is cloud computing")."""
    out: list[Span] = []
    for _, spans in lines(children):
        out.extend(((Span("text", " "),) if out else ()) + spans)
    if out and out[0].kind == "text" and (stamp := _TIMESTAMP.match(out[0].text)) and (out[0].text[stamp.end() :].strip() or len(out) > 1):
        out[0] = Span("text", out[0].text[stamp.end() :])
        if not out[0].text:
            out.pop(0)
    return tuple(out)


# "0:09:40 — ", "[12:05] ", "1:02:33 - ": where in a video the author was, no part of the title
_TIMESTAMP = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s*[—–-]+\s*|\s+)")


# a line that breaks off on a comma or a word that needs what follows ("you pay an"); a word
# in capitals is a keyword of a language ("failed OR error AND login"), no word of a sentence
_BROKEN_OFF = re.compile(r"(?:,|(?:^|\s)(?!(?:AND|OR|IN|ON|BY|FROM|IS)$)(?i:the|a|an|and|or|of|to|with|for|in|on|at|by|from|that|than|is|are|can|your|its|their|across|into|over|via|about|between|through|within|without|under|because|whose|per))$")


WRAP_SLACK = 4  # letters an editor's wrap width may differ from the longest line by


def _wrapped(children: list[Token]) -> bool:
    """Whether the paragraph was wrapped at a width: at half its breaks at least, the next
    line's first word would not have fitted on the line before."""
    if not any(token["type"] in ("softbreak", "linebreak") for token in children):
        return True  # one line: nothing to read on into
    widths, firsts = _widths(children)
    breaks = len(widths) - 1
    full = sum(widths[k] + 1 + firsts[k + 1] >= max(widths) - WRAP_SLACK for k in range(breaks))
    return breaks == 0 or 2 * full >= breaks


def _widths(children: list[Token]) -> tuple[list[int], list[int]]:
    """How long each of the paragraph's lines is as written, and its first word."""
    widths, firsts = [0], [0]
    if any(token["type"] not in ("softbreak", "linebreak") and _crosses_a_line(token) for token in children):
        return [1], [1]  # "**SCA (software⏎composition analysis)**": no width to read; every lower case line goes on
    for token in children:
        if token["type"] in ("softbreak", "linebreak"):
            widths.append(0)
            firsts.append(0)
            continue
        if widths[-1] == 0:
            word = str(token.get("raw", "")).split(maxsplit=1)
            firsts[-1] = len(word[0]) if word and token["type"] == "text" else _width(token)
        widths[-1] += _width(token)
    return widths, firsts


def _code_alone(current: list[Span]) -> bool:
    """A line of code alone: what its parts are may follow in lower case ("device | mount point | ...")."""
    return all(span.kind == "code" or not inl.to_plain((span,)).strip() for span in current)


def _crosses_a_line(token: Token) -> bool:
    return any(child["type"] in ("softbreak", "linebreak") or _crosses_a_line(child) for child in token.get("children", []))


def _width(token: Token) -> int:
    """The letters a token takes on its line, its marks' letters too (`**4 columns**`)."""
    if "raw" in token:
        return len(str(token["raw"])) + (2 if token["type"] == "codespan" else 0)
    inner = sum(_width(child) for child in token.get("children", []))
    return inner + {"strong": 4, "emphasis": 2}.get(token["type"], 0)


def _continues(current: list[Span], after: Token | None, full: bool = True) -> bool:
    """Whether the next line goes on with this one's sentence. A line in lower case goes
    on only in a paragraph wrapped at a width (`full`); lines of every length, one fact
    each ("capabilities / privileged are container-level only" after "... BEFORE deleting
    anything"), each stand alone."""
    if after is None:
        return False
    before = _last_text(current)
    if after["type"] == "text" and (_LETTERED_LINE.match(after["raw"]) or _FIELD_LINE.match(after["raw"])):
        return False  # `b) tail`: the next option of a question; `root module:: ...`: the next term defined
    if _BROKEN_OFF.search(before):
        return True  # `keys: resources, images,` / `labels, patches`: one line wrapped
    if after["type"] != "text":
        return False
    if len(current) == 1 and current[0].kind == "strong":
        return False  # `**Firewalls**` alone, then `firewalld (RHEL) - zones`: a title over its first line
    following = after["raw"]
    if before.endswith((":", ".", "?", "!")):
        return False
    # `threat protection across` / `Azure, on-prem ...`: a line that ends on a word no sentence ends
    # on was wrapped mid-sentence, whatever the case of the next word
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    return (full and bool(following[:1].islower())) or last in _GOES_ON


def _between_pointing_lines(pointing: bool, current: list[Span], children: list[Token], index: int) -> bool:
    """`no-code ML for analysts -> SageMaker Canvas` over `humans label images -> Ground Truth`:
    lines that each point a need at its answer are a list written without bullets, not one
    sentence wrapped, whatever the case of the next line's first word."""
    if not pointing or _BROKEN_OFF.search(_last_text(current)):
        return False
    after: list[str] = []
    for token in children[index + 1 :]:
        if token["type"] in ("softbreak", "linebreak"):
            break
        after.append(str(token.get("raw", "")) if token["type"] in ("text", "codespan") else " ")
    return bool(inl.SPACED_ARROW.search("".join(after)))


def _last_text(current: list[Span]) -> str:
    # From the end only: re-reading the whole line at every break is quadratic.
    for span in reversed(current):
        text = inl.to_plain((span,)).rstrip()
        if text:
            return text
    return ""


def spans(token: Token) -> list[Span]:
    kind = token["type"]
    if kind == "text":
        return text_spans(token["raw"])
    if kind == "codespan":
        return [Span("code", token["raw"])]
    if kind in ("strong", "emphasis"):
        # "**I keep confusing these!**": a mark around a remark left out marks nothing
        inner = children(token)
        if not inner:
            return []
        if kind == "strong":
            return [Span("strong", children=label_without_study_mark(inner))]  # a bold lead is a label
        return [Span("em", children=inner)]
    if kind == "link":
        attrs = token.get("attrs", {})
        return [Span("link", children=children(token), url=attrs.get("url", ""), title=attrs.get("title") or "")]
    if kind == "image":
        attrs = token.get("attrs", {})
        alt = inl.to_plain(children(token))
        return [Span("image", alt, url=attrs.get("url", ""), title=attrs.get("title") or "")]
    if kind in ("softbreak", "linebreak"):
        return [Span("br")]
    if kind == "inline_html":
        raw = token["raw"].strip()
        if _BREAK_TAG.match(raw):
            return [Span("br")]
        if _FORMAT_TAG.match(raw) or is_closing_link(raw):
            return []
        tag = tag_attributes(raw)
        if tag:  # a picture, or a link whose closing tag is missing (its text stays)
            return [image_span(tag[1])] if tag[0] == "img" else []
        return [Span("text", token["raw"])]  # shown as written, never interpreted
    # Anything else (strikethrough, plugins): keep its text.
    if "children" in token:
        return list(children(token))
    return text_spans(str(token.get("raw", "")))


def children(token: Token) -> Inline:
    out: list[Span] = []
    for child in fold_links(token.get("children", [])):
        out.extend(spans(child))
    return tuple(out)


# "symptom !!", "(!!)", "access-group!!": the author's own mark on a line (got it wrong,
# ask someone), a legend of their own, no part of what the line says
_MARK = re.compile(r"\s*\((?:!!|\?\?)\)|(?<=\w)!!(?!\w)|(?:(?<=\s)|^)(?:!!|\?\?)(?=\s|$)\s*")


def text_spans(raw: str) -> list[Span]:
    """mistune leaves entities as typed: decode them here, once (the renderers escape once)."""
    parts = _CLOZE.split(_wikilinks(decode_entities(raw)))
    # Odd parts are `{{...}}`: what the author wrote there stays as written.
    text = "".join(p if i % 2 else without_hedges(_MARK.sub("", _SHORTCODE.sub(_shortcode, p))) for i, p in enumerate(parts))
    return [Span("text", text)] if text else []


# `[[Page]]`, `[[Page#Part|shown words]]`: Obsidian's link to another page of the notes
_WIKILINK = re.compile(r"\[\[([^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|([^\[\]]+))?\]\]")
_POINTER = re.compile(r"\s+[–—-]\s+\[\[[^\[\]]+\]\]\s*$")  # "Config language – [[HCL cheatsheet]]": a pointer, no words of its own


def _wikilinks(text: str) -> str:
    """The text with each link to another page said by its words; a trailing pointer left off."""
    if "[[" not in text:
        return text
    return _WIKILINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), _POINTER.sub("", text))


def _shortcode(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return match.group(0)  # "project1:x:501:john": fields of a record, no emoji
    if match.group(1) in SHORTCODES:
        return SHORTCODES[match.group(1)]
    apart = (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())
    # ":small_blue_diamond: 20. Which ...": an emoji the notes decorate a line with, standing apart
    return "" if apart and "_" in match.group(1) else match.group(0)


def take_pin(line: Inline) -> tuple[Inline, str | None]:
    """Split a trailing `{#id}` off a line: the id the author pins the card to."""
    if not line or line[-1].kind != "text":
        return line, None
    match = _PIN.search(line[-1].text)
    if not match:
        return line, None
    rest = line[-1].text[: match.start()]
    trimmed = line[:-1] + ((Span("text", rest),) if rest else ())
    return inl.strip(trimmed), match.group(1)


# What may sit between the links of a navigation line: symbols, arrows and a few words of its own.
_NAVIGATION = re.compile(
    r"^(?:[\W_]|\b(?:back|next|previous|prev|home|top|up|contents|index|go|to|return|see|also|page|chapter)\b)*$",
    re.IGNORECASE,
)


def is_navigation(line: Inline) -> bool:
    """A line of nothing but links, and pictures among them (a navigation
    footer, "back to top", a row of badges)."""
    line = inl.strip(line)
    while len(line) == 1 and line[0].kind in ("strong", "em"):
        line = inl.strip(line[0].children)  # **[⬆ Back to top](#top)**
    links = [s for s in line if s.kind == "link"]
    if not links:
        return False
    rest = "".join(s.text for s in line if s.kind == "text")
    return all(s.kind in ("link", "image", "text", "br") for s in line) and bool(_NAVIGATION.match(rest))


# (a star alone is the author's mark of what matters: "**Network security groups (NSGs)** ⭐")
_PROMOTION = re.compile(
    r"\bstar (?:this|the|my|our) (?:repo|repository|project)\b|\bbuy me a coffee\b|\bsponsor (?:me|us|this)\b"
    r"|\bdonat(?:e|ions?)\b|\bfollow (?:me|us)\b|\bsubscribe to (?:my|our)\b|\bpatreon\b|\bko-fi\b"
    r"|\bjoin (?:my|our) (?:discord|slack|telegram|community|newsletter)\b"
    r"|\bcoupons?\b|\bdiscount codes?\b|\bcontact (?:me|us)\b|\benrol+ (?:now|today|in (?:my|our))\b",
    re.IGNORECASE,
)


# A word each of `_PROMOTION`'s alternatives holds: a line without any (most lines)
# cannot match, and a substring test costs a tenth of the search.
_PROMOTION_WORDS = ("star", "coffee", "sponsor", "donat", "follow", "subscribe", "patreon", "ko-fi", "join", "coupon", "discount", "contact", "enrol")


def is_promotion(line: Inline) -> bool:
    """A request to star, follow, sponsor or join: about the notes' author, not the subject."""
    text = inl.to_plain(line)
    # other than ASCII, a letter may match one of the pattern's ignoring case (`K` for `k`): searched whole
    if text.isascii():
        lowered = text.lower()
        if not any(word in lowered for word in _PROMOTION_WORDS):
            return False
    return bool(_PROMOTION.search(text))
