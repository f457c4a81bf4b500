"""A compact text form of parsed documents and cards, for spec-style tests."""

from __future__ import annotations

from pipeline.model import inline as inl
from pipeline.model.cardtext import card_text
from pipeline.model import Card, Document, Node


def outline(document: Document) -> str:
    lines: list[str] = []

    def node(n: Node, depth: int) -> None:
        lines.append(f"{'  ' * depth}{n.role}@{n.line}: {inl.to_plain(n.inline)}")
        for child in n.children:
            node(child, depth + 1)

    for section in document.sections:
        lines.append(f"## {inl.to_plain(section.title)} @{section.line}")
        for topic in section.topics:
            marker = "(intro)" if topic.intro else "**"
            lines.append(f"{marker} {inl.to_plain(topic.title)} @{topic.line}")
            for n in topic.body:
                node(n, 1)
    return "\n".join(lines)


def card_line(card: Card) -> str:
    answer = card_text(card.answer)
    where = ",".join(str(s.line) for s in card.sources)
    text = f"[{card.kind}] {card.context_text} | {card_text(card.prompt)}"
    if card.note_type == "cloze":
        text = f"[{card.kind}] {card.context_text} | {clozes(card.prompt)}"
    return f"{text} => {answer} @{where}".replace("  ", " ")


def clozes(markup: str) -> str:
    """Cloze text with markup removed but deletions kept: `usually {{c1::3}}`; a
    blank's letter hint (`{{c3::printers::p… (8 letters)}}`) is left out, a hint in
    words (`::3 names`) kept: tests of letter hints read the card's prompt."""
    import html
    import re

    unhinted = re.sub(r"(\{\{c\d+::(?:(?!::|\}\}).)*)::[^{}]*…[^{}]*\}\}", r"\1}}", markup)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", unhinted)).split())
