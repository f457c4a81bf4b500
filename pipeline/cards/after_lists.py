"""Prose lines after a topic's list, table or terms: each says one thing of
its own, asked by its key term, not as the topic's answer. A paragraph set
apart after a bold line's list is the section's: the bold line leads its list
only, and its name is no answer to what follows; a bold title over prose owns it all."""

from __future__ import annotations

from pipeline.cards.chunking import words
from pipeline.cards.entries import Entry, Fact, Group
from pipeline.cards.facts import fact_cards
from pipeline.cards.single_facts import keyed_text, single_fact_card, subject_text
from pipeline.cards.sink import CardSink
from pipeline.model import Node, Span


LABEL_WORDS = 2  # a line this short over a list labels it


def statements_after(entries: list[Entry], loose: list[Entry]) -> list[Entry]:
    """Prose lines that follow a topic's list, table or terms."""
    kept_loose = {id(e) for e in loose}  # by identity: a long list compared item by item was quadratic
    structured = [e.node.line for e in entries if id(e) not in kept_loose and (e.named or e.listed or e.special == "table")]
    if not structured:
        return []
    return [e for e in loose if e.node.role == "line" and e.node.line > min(structured)]


def statements_alone(sink: CardSink, group: Group, entries: list[Entry], loose: list[Entry]) -> list[Entry]:
    """Cards of the topic's statements after its list that are asked alone; those statements."""
    asked = []
    for statement in statements_after(entries, loose):
        fact = Fact(statement.full, statement.node.line)
        # ("ACLs" alone on a line over a list of its own is a label of the section's still)
        apart = group.bold and _set_apart(entries, statement) and (not _titles_prose(entries) or words(statement.full) <= LABEL_WORDS)
        asker = _section_of(group) if apart else group
        found = subject_text(sink, asker, fact) or keyed_text(sink, asker, fact, by_name=not apart)
        if found is not None:
            single_fact_card(sink, asker, [fact], *found)
            asked.append(statement)
        elif apart:
            fact_cards(sink, asker, [fact], "detail")  # no key term: asked of the section, never as the title's
            asked.append(statement)
    return asked


def _section_of(group: Group) -> Group:
    """The group a bold topic sits in: its section, or the heading above it."""
    if not group.context:
        return group
    title = (Span("text", group.context[-1]),)
    return Group(group.context[:-1], title, group.line, Fact((), group.line), True)


def _titles_prose(entries: list[Entry]) -> bool:
    """`**Pod Security Admission**` over a paragraph, then a list, then more prose: the
    bold line is a title, not a list's label; what follows it to the next title is its own."""
    return bool(entries) and entries[0].node.role == "line" and not entries[0].listed and entries[0].special is None


def _set_apart(entries: list[Entry], statement: Entry) -> bool:
    """A paragraph after a blank line that ends the list before it."""
    before = [e for e in entries if e.node.line < statement.node.line]
    last = max((_last_line(e.node) for e in before), default=statement.node.line)
    return statement.node.line > last + 1


def _last_line(node: Node) -> int:
    return max([node.line, *(_last_line(c) for c in node.children)])
