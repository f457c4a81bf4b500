"""A line of a command's options, each in code with what it does (`-c` create,
`-x` extract, `-t` list, `-f` file), is a table of options written as prose. It
is asked option by option, from what the option does to the option, the way an
exam asks ("tar — which option: extract?" → `-x`). Recited whole, it was a dump
of seven facts on one back, under a bare label ("tar")."""

from __future__ import annotations

import re

from pipeline.cards.sink import CardSink
from pipeline.cards.sub_lists import comma_items
from pipeline.model import Inline
from pipeline.model import inline as inl

FLAGS = 3  # options, each with what it does, that make a line a table of them
MEANING_WORDS = 6  # what an option does, said in a few words; longer is a sentence about it
COMMAND_WORDS = 2  # `docker run`: a command and its subcommand name the options
_OPEN, _CLOSE = "\x00", "\x01"  # a code span's bounds in the line's marked text
_ITEM = re.compile(rf"^{_OPEN}(?P<flag>-[^{_CLOSE}]*){_CLOSE}(?P<meaning>[^{_OPEN}{_CLOSE}]*)$")
_COMMAND = re.compile(rf"^{_OPEN}(?P<command>[a-z][\w.-]*(?:\s+[^{_CLOSE}]*)?){_CLOSE}$")
_SEPARATORS = re.compile(r";\s*")
_OPTION = re.compile(r"^-")


def _marked(spans: Inline) -> str:
    """The line's text with each code span between marks, so a comma inside one cuts nothing."""
    return "".join(
        f"{_OPEN}{inl.to_plain((span,)).replace(',', chr(0x2))}{_CLOSE}" if span.kind == "code" else inl.to_plain((span,)) for span in spans
    )


def flag_pairs(spans: Inline) -> tuple[str | None, list[tuple[str, str]]] | None:
    """The command a line names first, if any (`dpkg -i`), and its options with what
    each does; None where the line is not such a list."""
    if not any(span.kind == "code" and span.text.startswith("-") for span in spans):
        return None  # (every loose line is read here: most have no option in code)
    text = _SEPARATORS.sub(", ", _marked(inl.strip(spans)).strip().rstrip("."))
    items = comma_items(text)
    command = None
    if items and (first := _COMMAND.match(items[0])):
        command, items = first.group("command").split()[0], items[1:]
    pairs: list[tuple[str, str]] = []
    for item in items:
        found = _ITEM.match(item)
        if found is None:
            return None
        meaning = inl.ASIDE.sub(" ", found.group("meaning")).strip(" =:—–-")
        if len(meaning.split()) > MEANING_WORDS:
            return None  # "`-a` is critical else REPLACES supp groups": a remark on one option
        pairs.append((found.group("flag").replace(chr(0x2), ",").strip(), meaning))
    said = [(flag, meaning) for flag, meaning in pairs if meaning]
    meanings = [meaning.lower() for _, meaning in said]
    if len(said) < FLAGS or len(set(meanings)) < len(meanings):
        return None
    return command, said


def command_of(label: str) -> str:
    """`useradd -m -s /bin/bash bob` names `useradd`; `docker run -d ...`, `docker run`;
    a label that is no command ("Tests & conditionals — files") names them whole."""
    if not re.match(r"[a-z][\w.-]*(?:\s|$)", label):
        return label
    words: list[str] = []
    for word in label.split():
        if _OPTION.match(word) or len(words) == COMMAND_WORDS or not re.fullmatch(r"[\w.-]+", word):
            break
        words.append(word)
    return " ".join(words) or label


def flag_line(sink: CardSink, label: str, context: tuple[str, ...], spans: Inline, line: int) -> bool:
    """Makes a card per option of a line of options; whether the line was one."""
    found = flag_pairs(spans)
    if found is None:
        return False
    command, pairs = found
    name = command or command_of(label)
    for flag, meaning in pairs:
        front = f"<b>{inl.escape(name)}</b> — which option: {inl.escape(meaning)}?"
        sink.add("term", "basic", front, f"<code>{inl.escape(flag)}</code>", context, (line,), ("option", inl.plain_key(name), flag))
    return True
