"""Commands in a code block that the author says the task of:

    passive-interface g0/2          ! no hellos to LAN
    chcon -t httpd_sys_content_t /web/x.html    # temp, lost on relabel
    # run one job now from the cronjob
    kubectl create job manual-1 --from=cronjob/cj

A hands-on exam gives the task and asks for the command, so each such
command is asked from its comment ("OSPF: no hellos to LAN — which
command?"). The rest of a block is for reading (the cheat sheet keeps it):
a line of several commands, a comment over several lines or over nothing,
a commented-out setting, and a comment that says no task: a condition of
the command (`# only works on a manager`, `# fails if in use`), a pointer
(`# see below`), the author checking (`# both listed? good`), what it prints
(`# Mountpoint: /var/lib/...`, `# 0022 -> files 644`), or a key that opens a
nested block (`podSelector:   # same item -> AND`), whose comment is on the
block's shape. Nor is a command asked that only opens a file or looks
around (`vim /etc/fstab`, `ls /rhome`, `exit`): the task is done in the file.
"""

from __future__ import annotations

import re

from pipeline.cards.chunking import split_spans
from pipeline.cards.commands import is_command, says_a_task
from pipeline.cards.entries import Entry, Group
from pipeline.cards.per_document import per_document
from pipeline.cards.prompts import asked, task_heading
from pipeline.cards.sink import CardSink
from pipeline.model import Document, Inline, Node, Span, every_node
from pipeline.model import inline as inl

# a comment after the command, at least two spaces out: `cmd   # what it does`, `cmd  ! why`
_TRAILING = re.compile(r"^\s*(?P<command>\S.*?\S)\s{2,}(?:#|!|//|--)\s+(?P<task>\S.*)$")
_FULL_LINE = re.compile(r"^\s*(?:#|!|//)\s*(?P<task>\S.*)$")
# "!! without -a you replace ...", "or -dates", "same as: ...", "-r resizes fs too":
# a caveat or a variant of the command, not the task it does
# "default console is debugging (7)", "can't gen keys with default name": the state before the command, no task
_REMARK = re.compile(r"^(?:!|[-+>→]|or\b|and\b|also\b|same\s+as\b|e\.g\.|i\.e\.|note\b|nb\b|warning\b|default\b|can'?t\b|cannot\b)", re.IGNORECASE)
# `podSelector: {}`, `sensitive = true`: a setting, asked as one
_SETTING = re.compile(r"^[\w.\[\]\"-]+\s*(?::|=)(?:\s|$)")
_FRAGMENT = re.compile(r"^-\s|[{\[(:]$|^[}\])]")  # a YAML item, a block's first or last line, a key over a block
# what a command needs or where it fails, not what it does: "only works on a manager",
# "node must be down first", "fails if in use", "needs setroubleshoot-server", "see below"
_CONDITION = re.compile(
    r"\b(?:needs?|requires?|must|fails?|only\s+works|works\s+only|only\s+(?:on|if|when|with)|see\s+(?:below|above))\b"
    r"|^\W*(?:\w+\s+only\b|works\s+(?:on|with|for|even)\b)"  # "manager only. ...", "works on stopped containers"
    r"|\balready\s+(?:set|there|done|installed|configured|enabled)\b",  # "usually already set": a state, no task
    re.IGNORECASE,
)
# "Mountpoint: /var/lib/...", "0022 → new files 644": what the command prints, led by a field's
# name or a value ("rotation: secrets immutable" names the task)
_PRINTS = re.compile(r"^(?:[A-Z][\w-]*:\s|[\w-]+:\s+[/~\d]|[\d.,]+(?:\s|$))")
# "both show with package counts? good": the author checking what it printed ("what can my token
# do here?" asks what the command tells)
_CHECKED = re.compile(r"\?\s*\w")
_REMARK_ARROW = re.compile(r"\s*←.*$")  # "start at boot ← ALWAYS forget this": the author's aside
# `vim /etc/fstab`, `ls /rhome`, `exit`: opens a file or looks around; the task is done elsewhere
_NO_TASK_TOOLS = frozenset({"vi", "vim", "nvim", "nano", "emacs", "exit", "cd", "ls", "cat", "less", "more", "clear"})
_SEVERAL = re.compile(r"\s;\s|;\s*$|\s\|\|?\s|&&")  # `a ; b`, `a | b`, `a && b`: more than one command
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]+")
MIN_TASK_WORDS = 2  # "default" alone says no task
MIN_PAIRS = 2


_BLOCK = re.compile(r"\{\s*\}?\s*$")


def code_kind(code: str) -> str:
    """What a front asks a piece of code as: `sensitive = true` a setting, `variable "region" { }`
    a block, `~> 5.0` (no word to run) an operator, anything else a command."""
    if _SETTING.match(code):
        return "setting"
    if _BLOCK.search(code):
        return "block"  # `resource "aws_instance" "web" { }`: a declaration, nothing to run
    return "command" if code.strip()[:1].isalpha() else "operator"


def states_a_condition(text: str) -> bool:
    """What a command needs, where it works or fails ("manager only", "works on stopped
    containers"), not the task it does: no front to ask the command from."""
    return _CONDITION.search(text) is not None


def _task(text: str) -> str | None:
    """A comment that says what a command does: words, not a setting or a path,
    nor a condition of the command, a check, or what it prints."""
    text = _REMARK_ARROW.sub("", text).strip().rstrip(":")
    if not text or _REMARK.match(text) or "=" in text or "/" in text.split()[0] or len(_WORDS.findall(text)) < MIN_TASK_WORDS:
        return None
    if _CONDITION.search(inl.ASIDE.sub(" ", text)) or _CHECKED.search(text) or _PRINTS.match(text):
        return None
    return text


def _names_its_tool(task: str, command: str) -> bool:
    """`timedatectl set-timezone X   # list: timedatectl list-timezones`: a comment that runs
    the command's own tool points to another use of it, and would give the answer away."""
    tool = command.split()[0]
    return tool[:1].isalpha() and len(tool) > 1 and re.search(rf"(?<![\w.-]){re.escape(tool)}(?![\w-])", task) is not None


def without_arrow_remark(inline: Inline) -> Inline:
    """"enable + start in one go ← use this always": the task without the author's arrow remark."""
    for index, span in enumerate(inline):
        if span.kind == "text" and "←" in span.text:
            return inl.strip((*inline[:index], Span("text", _REMARK_ARROW.sub("", span.text))))
    return inline


def _does_a_task(command: str) -> bool:
    """A command that does something itself, not one that opens a file or looks around."""
    return command.split()[0].lower() not in _NO_TASK_TOOLS


def _pairs(code: str) -> list[tuple[str, str, int]]:
    """(task, command, offset of the command's line) for each command the block says the task of."""
    lines = code.split("\n")
    found: list[tuple[str, str, int]] = []
    for index, line in enumerate(lines):
        if (full := _FULL_LINE.match(line)) is not None:
            after = lines[index + 1 : index + 3]
            task = _task(full.group("task"))
            # a comment over exactly one command: the line after, then a blank, a comment or the end
            single = len(after) >= 1 and after[0].strip() and not _FULL_LINE.match(after[0])
            alone = len(after) < 2 or not after[1].strip() or bool(_FULL_LINE.match(after[1]))
            if task and single and alone and not _TRAILING.match(after[0]) and not _SEVERAL.search(after[0]):
                found.append((task, after[0].strip(), index + 1))
            continue
        trailing = _TRAILING.match(line)
        if trailing and not _SEVERAL.search(trailing.group("command")):
            task = _task(trailing.group("task"))
            if task:
                found.append((task, trailing.group("command").strip(), index))
    return found


def _how(label: tuple[Span, ...]) -> bool:
    """A heading that asks how to do a task: its commands' cards say the task."""
    return task_heading(plain := inl.to_plain(label)) != plain


def code_command_cards(sink: CardSink, group: Group, node: Node) -> None:
    if node.role != "code" or not node.inline:
        return
    label = (Span("text", task_heading(inl.to_plain(group.label))),) if _how(group.label) else group.label
    where = sink.html(asked(label, group.context)) if group.context or group.label else ""
    for task, command, offset in _pairs(node.inline[0].text):
        if _FRAGMENT.search(command) or not _does_a_task(command) or _names_its_tool(task, command):
            continue
        which = code_kind(command)
        front = (f"<b>{where}</b>: " if where else "") + inl.escape(task) + f" — which {which}?"
        key = ("command", group.key, inl.plain_key(command))
        answer = f"<code>{inl.escape(command)}</code>"
        sink.add("term", "basic", prompt=front, answer=answer, context=group.context, lines=(node.line + offset,), key=key, id_context=group.inner)


def task_commands(sink: CardSink, group: Group, node: Node) -> bool:
    """`runtime only: `sysctl -w ...` · persistent: `echo ... > /etc/sysctl.d/x``: each
    piece names a task and gives its command, asked as "kernel params: persistent — which
    command?". Only a line all of whose pieces are so shaped; True when it was asked."""
    if node.children or node.role not in ("line", "item"):
        return False
    pairs = []
    for spans in split_spans(node.inline, _PIECES):
        label = spans[0].text.strip() if len(spans) == 2 and spans[0].kind == "text" else ""
        if not label.endswith(":") or spans[1].kind != "code" or not _WORDS.search(label) or not is_command(spans[1:]):
            return False
        pairs.append((label.rstrip(": "), spans[1].text.strip()))
    if len(pairs) < MIN_PAIRS:
        return False
    where = sink.html(asked(group.label, group.context))
    for task, command in pairs:
        key = ("command", group.key, inl.plain_key(command))
        front = f"<b>{where}</b>: {inl.escape(task)} — which command?"
        sink.add("term", "basic", prompt=front, answer=f"<code>{inl.escape(command)}</code>", context=group.context, lines=(node.line,), key=key, id_context=group.inner)
    return True


@per_document
def command_lines(document: Document) -> frozenset[int]:
    """The lines that are commands rather than words (`pgrep -a nginx` · `kill -9`,
    "runtime only: `sysctl -w ...` · persistent: `echo ... > /etc/sysctl.d/x`"):
    a heading over them names the task, and they describe no thing by its name."""
    found = set()
    for section in document.sections:
        for topic in section.topics:
            found |= {n.line for n in every_node(topic.body) if is_command(n.inline) or tools_run(inl.to_plain(n.inline))}
    return frozenset(found)


_PIECES = re.compile(r"\s+[·•|]\s+")
_TOOL_PIECE = re.compile(r"^[a-z][\w./-]*$|\s--?[A-Za-z]|(?:^|\s)/\w")  # `kill -9`, `iotop`, `mount /dev/x`
MIN_PIECES = 3


def tools_run(text: str) -> bool:
    """A line that runs several commands together (`pgrep -a nginx · kill -15 · nice -n 10 ./job`):
    what a heading over it groups, no description that names the heading."""
    pieces = _PIECES.split(text.strip())
    return len(pieces) >= MIN_PIECES and 2 * sum(bool(_TOOL_PIECE.search(p)) for p in pieces) >= len(pieces)


OPTION = re.compile(r"^--?[A-Za-z]")  # `--add-port=82/tcp`: a command's option
TASK_WORDS = 3  # "Hostname", "Verify": a word or two names a thing or a step, asked otherwise


def task_over_command(sink: CardSink, context: tuple[str, ...], entry: Entry, key: tuple[str, ...]) -> bool:
    """`Reload some settings without restart: `sudo kill -SIGHUP $(pidof dockerd)` (e.g. debug)`:
    a phrase that says a task, then the command that does it. Asked from the phrase, as the
    exam asks ("... — which command?"); asked the other way, the command with its brackets cut
    would be the clue. True when it was asked."""
    head, definition = inl.strip(entry.head), inl.strip(entry.definition)
    if not context or not definition or definition[0].kind != "code" or " " not in definition[0].text.strip():
        return False
    plain = inl.ASIDE.sub(" ", inl.to_plain(head)).strip()
    words = _WORDS.findall(plain)
    # a phrase in sentence case says a task; "Docker Content Trust", "CMD vs ENTRYPOINT" name things
    named = any(word[:1].isupper() for word in words[1:])
    if not says_a_task(head) or len(words) < TASK_WORDS or named or sink.describes(plain):
        return False
    where = sink.html(asked((Span("text", context[-1]),), context[:-1]))
    front = f"<b>{where}</b>: {sink.html(head)} — which command?"
    sink.add("term", "basic", prompt=front, answer=sink.html(definition), context=context[:-1], lines=(entry.node.line,), key=key, id_context=context)
    return True


@per_document  # asked of every heading recognition weighs, and by the comparisons
def command_topics(document: Document) -> frozenset[int]:
    """The lines of the topics that open with a block of commands ("Nodes" over `docker node ls`,
    ..., "How do I add swap?"): the commands are what the heading files, and the lines after
    them remark on them ("drain ≠ pause"); no "What is this?" card answers with the heading."""
    found = set()
    for section in document.sections:
        for topic in section.topics:
            first = next((node for node in topic.body if node.cards), None)
            # "Cloud Run" over `gcloud run deploy ...` is a product the commands run, still a name
            product = len([w for w in _WORDS.findall(inl.to_plain(topic.title)) if w[:1].isupper()]) >= 2
            if first is not None and (first.role == "code" or _lines_of_commands(topic.body)) and not product:
                found.add(topic.line)
    return frozenset(found)


def _lines_of_commands(nodes: tuple[Node, ...]) -> bool:
    """Lines most of which open on a command in code (`docker node ls` — manager only, ...):
    "Swarm setup" over them files commands, as over a block of them."""
    lines = [n for n in nodes if n.cards and n.role in ("item", "line", "step")]
    opening = [n for n in lines if n.inline and n.inline[0].kind == "code" and " " in n.inline[0].text.strip()]
    return len(opening) >= MIN_COMMAND_LINES and len(opening) * 2 >= len(lines)


MIN_COMMAND_LINES = 2


def commands_lead(nodes: list[Node]) -> bool:
    """A topic that opens with a block of commands ("How do I add swap?", "Nodes" over
    `docker node ls`, ...): the lines after the commands remark on them ("XFS cannot
    shrink"), none says what the topic is: no overview, each remark asked on its own."""
    first = next((n for n in nodes if n.cards), None)
    return first is not None and (first.role == "code" or _command_table(first))


def _command_table(node: Node) -> bool:
    """`| Command | What it does |` over `systemctl enable <u>`, ...: a block of commands too."""
    rows = node.table.rows if node.role == "table" and node.table is not None else ()
    commands = sum(1 for row in rows if row and (is_command(row[0]) or OPTION.match(inl.to_plain(row[0]).strip())))
    return bool(rows) and 2 * commands > len(rows)
