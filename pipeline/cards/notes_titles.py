"""The notes' own title ("CCNA 200-301 — cram notes", "GCP PCA: prep notes")
or their file's name names the notes, not a subject of theirs. Notes with no
section heading are one section named by it, and the lines there were asked
of it: "**CKAD prep notes**: Environment/{{c1::Config/Security}} is the biggest
slice", "**CCNA ... cram notes** — TRAPS", or a front that is the title alone
over the author's remarks; under a generic section ("TRAPS") it stood as the
parent. The title leaves the fronts: a label of its own
stays ("TRAPS"), a front that was nothing but the title asks nothing and goes."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import Card, Document
from pipeline.model import inline as inl

# what names notes rather than a subject: "notes", "prep", "cram", an exam's level or code
_NOTES_WORDS = re.compile(
    r"\b(?:notes?|prep|study|studying|cram|exam|cert|certification|certified|cheat\s*sheet|review|revision"
    r"|associate|professional|practitioner|specialty|fundamentals|foundations?)\b",
    re.IGNORECASE,
)
_EXAM_CODE = re.compile(r"\b[A-Z]{2,5}-?[A-Z]?\d{2,4}\b|\b\d{3}-\d{3,4}\b")
_QUALIFIER = re.compile(r'\s*<span class="sp-qualifier">.*?</span>\s*$')


def _names_the_notes(title: str) -> bool:
    return bool(_NOTES_WORDS.search(title) or _EXAM_CODE.search(title))


def notes_titles(document: Document) -> frozenset[str]:
    """The names the notes go by that name no subject: the file's name, and the title when it names notes."""
    slug = document.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    title = (document.title or "").strip()
    return frozenset({slug} | ({title} if title and _names_the_notes(title) else set()))


def without_notes_title(cards: list[Card], document: Document) -> list[Card]:
    """The cards without the notes' title on their fronts (under a generic section, "TRAPS",
    it stood as the parent too); a front of their untitled section that was nothing but
    that title goes (under a "Summary", the title says whose summary it is)."""
    titles = notes_titles(document)
    shown = [inl.escape(title) for title in sorted(titles)]
    out = []
    for card in cards:
        if card.note_type == "basic" and card.section in titles and _QUALIFIER.sub("", card.prompt).strip() in shown:
            continue  # "CCNA ... cram notes" => the author's abbreviations: a front that asks nothing
        prompt = card.prompt
        for title in shown:
            prompt = prompt.replace(f"<b>{title}</b> — ", "").replace(f"<b>{title}</b>: ", "")
        out.append(replace(card, prompt=prompt) if prompt != card.prompt else card)
    return out
