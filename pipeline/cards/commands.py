"""Lines that are commands (`k set image deploy/web nginx=nginx:1.28`).

A hands-on exam gives the task and asks for the command: a card shows what
the command does and hides the command, never the other way round, and never
hides the heading a command sits under (which section is no knowledge)."""

from __future__ import annotations

import re

from pipeline.cards.entries import Fact, Group
from pipeline.cards.sink import CardSink
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.inflection import stem as _stem
from pipeline.model.cardtext import cloze_safe


def is_command(inline: Inline) -> bool:
    """A line that is mostly code of several words (`helm show values podinfo/podinfo`),
    not a field's or a flag's name (`backoffLimit`, `--command`)."""
    spans = inl.strip(inline)
    code = sum(len(span.text) for span in spans if span.kind == "code" and " " in span.text.strip())
    return bool(spans) and code * 2 > len(inl.to_plain(spans))


def gives_a_command(inline: Inline) -> bool:
    """A line that gives a command of several words in code (`fdisk /dev/sdb`), beside its remarks."""
    return any(span.kind == "code" and len(span.text.split()) >= 2 for span in inline)


def says_a_task(inline: Inline) -> bool:
    """Prose that says what a command does ("find the key names"): no code of its own."""
    spans = inl.strip(inline)
    return bool(spans) and not any(span.kind == "code" for span in spans) and bool(inl.to_plain(spans).strip())


# `k create rolebinding pr-bind -n dev ...`: the tool, then the words of its subcommand,
# up to the first argument (a name with a digit or a dash, a flag, a path, a value)
_SUBCOMMAND = re.compile(r"^(\S+)((?:\s+[a-z]+){1,2})(?=\s|$)")
SHOWN_ARGUMENTS = 2  # fewer say no task ("k rollout [status] deploy/web" could be any rollout step)


# what a subcommand does to its object: alone in a blank ("az lock [create]") it is a guess
_PLAIN_VERBS = frozenset("create delete list show get set update add remove enable disable run start stop describe".split())
_SAID = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# "Delete a policy", "Permanently destroy a secret", "Renewing a lease": a task, its verb first
_TASK_LABEL = re.compile(
    r"^(?:[a-z]+ly\s+)?(?:[a-z]+ing|login|read|write|destroy|tune|move|renew|revoke|check|view|format|wrap|install|configure"
    r"|mount|seal|unseal|rekey|rotate|export|import|restore|copy|deploy|scale|inspect|build|push|pull|apply|"
    + "|".join(sorted(_PLAIN_VERBS)) + r")\s+\S",
    re.IGNORECASE,
)


def _said_words(text: str) -> frozenset[str]:
    """The words a command's front says besides its blank (label, breadcrumb, arguments:
    `--nsg-name` says "nsg"), without their inflection ("accounts" says "account")."""
    return frozenset(_stem(w) for w in _SAID.findall(text))


def _with_aside(spans: Inline) -> bool:
    """`k set image deploy/web nginx=nginx:1.28` (left of `=` is the container name): a
    command of several words, then a remark in brackets on it."""
    rest = inl.to_plain(spans[1:]).strip()
    return len(spans[0].text.split()) >= 3 and rest.startswith("(") and rest.endswith(")")


def command_cloze(sink: CardSink, group: Group, fact: Fact, notes: tuple[Fact, ...] = ()) -> bool:
    """A bare command under its heading, asked by its subcommand: the arguments
    shown say the task ("RBAC: k [...] pr-bind -n dev --role=pod-reader
    --serviceaccount=dev:app-sa"). Hiding the heading instead would ask which
    section the command sits in. False when the line leads with no command."""
    spans = inl.strip(fact.inline)
    if not spans or spans[0].kind != "code" or not (is_command(fact.inline) or _with_aside(spans)):
        return False
    match = _SUBCOMMAND.match(spans[0].text.strip())
    code = spans[0].text.strip()
    if match is None or len(code[match.end() :].split()) < SHOWN_ARGUMENTS:
        return False  # a tool and its words only (`k get all`): no argument tells the task
    # `k run nginx --image=nginx`: a word the arguments say again is a name, shown
    words = match.group(2).split()
    while len(words) > 1 and re.search(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", code[match.end() :]):
        words.pop()
    hidden = " ".join(words)
    if hidden in code[match.end() :] or hidden in inl.to_plain(spans[1:]):
        return False  # `docker build ... / podman build ...`: the line says it a second time
    # A word the arguments say (`--nsg-name` of `network nsg`) or the label says stays shown, the
    # label kept as the task ("Permanently destroy a secret: vault [kv] destroy ..."); a label that
    # says the whole subcommand leaves no blank. Where only a plain verb is left the blank stays
    # whole, and a label or breadcrumb that says a word of it answers it and is left off
    # ("Storage accounts: az [storage account create]")
    label_said = _said_words(inl.to_plain(group.label))
    task = _TASK_LABEL.match(inl.to_plain(group.label).strip()) is not None  # "Delete a policy"; "Storage accounts" names a place
    said = _said_words(code[match.end() :])
    asked = [w for w in words if _stem(w) not in said | (label_said if task else set())]
    lines = (fact.line, *(n.line for n in notes))
    extra = sink.facts_html(list(notes)) if notes else ""  # the lines under the command (`or -f values.yaml`), shown with the answer
    if not asked and task and label_said & {_stem(w) for w in words}:
        # "Delete a policy" over `vault policy delete [OPTIONS] NAME`: the task asks the command whole
        prompt = f"{sink.html(group.label)} — which command?"
        answer = f"<code>{inl.escape(code)}</code>{sink.html(spans[1:])}" + (f"<div>{extra}</div>" if extra else "")
        sink.add("term", "basic", prompt=prompt, answer=answer, context=group.context, lines=lines, key=("task command", group.key, inl.plain_key(code)))
        return True
    if all(w in _PLAIN_VERBS for w in asked):
        asked = words  # "az lock [create]" asks nothing: the blank stays whole
    label_says = bool(label_said & {_stem(w) for w in asked})
    context = tuple(c for c in group.context if not _said_words(c) & {_stem(w) for w in asked})
    first, last = words.index(asked[0]), words.index(asked[-1]) + 1
    before, after = " ".join(words[:first]), " ".join(words[last:])
    rest = code[len(match.group(1)) :].lstrip()[len(hidden) :]
    blank = " {{c1::" + cloze_safe(inl.escape(" ".join(words[first:last]))) + "}}"
    shown = inl.escape(" ".join(filter(None, (match.group(1), before)))) + blank + inl.escape((" " + after if after else "") + rest)
    label = "" if label_says else f"<b>{sink.html(group.label)}</b>: "
    text = f"{label}<code>{shown}</code>{sink.html(spans[1:])}"
    key = ("command", group.key, inl.plain_key(code))
    sink.add("detail", "cloze", prompt=text, answer=extra, context=context, lines=lines, key=key, id_context=group.inner)
    return True
