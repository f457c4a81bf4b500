"""The lines under a numbered exam objective that no card asks yet.

"108.2 System logging" over `rsyslog: /etc/rsyslog.conf, rules ...` and
`logrotate — /etc/logrotate.conf, /etc/logrotate.d/`: the objective titles a
part of the exam (`topic_headings.is_objective`), so its title over these
lines asks for a heap of unlike facts. A line led by a name of its own (the
command, the file, the setting) is asked by that name, the objective in the
breadcrumb; a line with none is asked as a blank over the first command or
file it names, when it says something of it (`/etc/services` maps
names↔ports). A bare list of names with nothing said of them (`ip addr
show`, `ip link set eth0 up`) answers no question: it is kept for reading
(the cheat sheet), not heaped on the objective's title."""

from __future__ import annotations

import re

from pipeline.cards.entries import Fact, Group
from pipeline.cards.single_facts import single_fact_card
from pipeline.cards.sink import CardSink
from pipeline.cards.topic_headings import is_objective
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe

NAME_WORDS = 3  # "rsyslog", "`/etc/fstab` fields", "Private IPv4": a name; a longer head is a clause
SAID_WORDS = 2  # plain words, at least, a line says of the command it names ("maps names↔ports")
_ITEM_END = re.compile(r"[,;]")  # the end of one item of a list written on the line


def under_objective(group: Group) -> bool:
    """A topic titled by a numbered exam objective ("108.2 System logging")."""
    return group.is_topic and is_objective(inl.to_plain(group.label))


def objective_lines(sink: CardSink, group: Group, facts: list[Fact]) -> None:
    """Asks each line led by a name of its own by that name, the objective in the
    breadcrumb; else by a blank over the first command it names."""
    label = inl.to_plain(group.label).strip()
    for fact in facts:
        parts = inl.split_term(fact.inline) or inl.dash_parts(fact.inline)
        if parts is None or not _a_name(parts[0]) or not inl.to_plain(parts[1]).strip():
            _command_cloze(sink, group, fact)
            continue
        sink.add(
            "term",
            "basic",
            prompt=sink.html(parts[0]),
            answer=sink.facts_html([Fact(parts[1], fact.line)]),
            context=(*group.context, label) if label else group.context,
            lines=(group.line, fact.line),
            key=("facts", group.key, "named", str(fact.line)),
        )


def _a_name(head: Inline) -> bool:
    """A few words, no list: the thing the rest of the line tells of."""
    plain = inl.to_plain(head).strip()
    return 0 < len(plain.split()) <= NAME_WORDS and "," not in plain and not plain.endswith((".", "!", "?"))


def _command_cloze(sink: CardSink, group: Group, fact: Fact) -> None:
    """"{{c1::`/etc/services`}} maps names↔ports": the first code span hidden,
    when the words right after it say something of it."""
    spans = fact.inline
    first = next((i for i, span in enumerate(spans) if span.kind == "code"), None)
    if first is None or first + 1 == len(spans) or spans[first + 1].kind != "text":
        return
    # the words right after it, up to the next item: "`mv`, `rm -rf dir`, ..." says nothing of `mv`
    said = _ITEM_END.split(spans[first + 1].text, maxsplit=1)[0]
    if len([w for w in said.split() if any(c.isalnum() for c in w)]) < SAID_WORDS:
        return
    text = sink.html(spans[:first]) + "{{c1::" + cloze_safe(sink.html(spans[first : first + 1])) + "}}" + sink.html(spans[first + 1 :])
    single_fact_card(sink, group, [fact], f"<b>{sink.html(group.label)}</b>: {text}", group.context)
