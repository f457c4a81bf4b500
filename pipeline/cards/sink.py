"""Where the card rules put their cards: ids, sources and pins kept in one place."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.cards.blank_sentences import blank_sentence
from pipeline.cards.card_list import CardList
from pipeline.cards.command_blanks import narrowed
from pipeline.cards.counted_backs import counted_list_cloze
from pipeline.cards.deletions import HIDDEN, gives_itself_away
from pipeline.cards.entries import Fact
from pipeline.cards.label_keys import facet_key
from pipeline.cards.line_parts import parts_of
from pipeline.cards.pointers import is_address
from pipeline.cards.moved_blanks import moved_blank
from pipeline.cards.quoted_needs import answer_blanked
from pipeline.cards.spelled_blanks import widened
from pipeline.diagnostics import Diagnostic, warning
from pipeline.model import Card, Inline, NoteType, SourceRef, Span
from pipeline.model import inline as inl
from pipeline.model.ids import guid_for
from pipeline.model.inflection import stem

_DELETION = re.compile(r"\{\{c\d+::")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_LEAD_LABEL = re.compile(r"^<b>([^<{}]*)</b>:\s*")  # a label in front of a line
# "... (name/protocol/port, hostname, tls). Route:" over a code block: a short label after the line's
# sentence that leads what the notes show next; a card shows no such thing, and the label dangles
_DANGLING_LABEL = re.compile(r"(?<=[.!?])\s+[^.:;!?<>{}]{1,30}:\s*(?=(?:</[a-z]+>\s*)*$)")


LISTING_KINDS = frozenset({"overview", "detail", "term", "enumeration"})  # kinds whose back may recite a list
SPLIT_KINDS = frozenset({"number", "detail", "term"})  # lines the rules blank (each cloze shows its blank's sentence); the author's and the lists' stay whole
ImageSource = Callable[[Span], "str | None"]


def without_dangling_label(html: str) -> str:
    return _DANGLING_LABEL.sub("", html)


def _names_blank(label: str, cloze: str) -> bool:
    """Whether the label says most words of what the cloze's blank hides, in any inflection."""
    hidden = {stem(w) for w in _WORD.findall(" ".join(HIDDEN.findall(cloze))) if len(w) > 2}
    return bool(hidden) and len(hidden & {stem(w) for w in _WORD.findall(label)}) * 2 > len(hidden)


class CardSink:
    def __init__(self, path: str, pack_slug: str, image_src: ImageSource | None, once_per_id: bool = False) -> None:
        self.path = path
        # The notes' own cards keep a line written twice in one place as two cards;
        # the kinds made across the notes (recognition, compare, classify) ask each id once.
        self.once_per_id = once_per_id
        self.slug = pack_slug
        self.image_src = image_src
        self.section = ""
        self.tiered = False  # the lines being asked are an item's of a list of tiers (`series.are_tiers`)
        self.topic_title = ""
        self.root = ""  # the document's own title
        self.cards = CardList()  # `terms` asks it which overview recites a line
        self.guids: set[str] = set()
        self.repeats: dict[str, int] = {}  # a line's first id -> the last repeat of it given an id
        self.aspects: frozenset[str] = frozenset()  # labels the notes repeat over sibling lists (`aspects`)
        self.template: frozenset[str] = frozenset()  # labels the notes repeat under each of several parents (`facet_labels`)
        self.common: frozenset[str] = frozenset()  # names too frequent to be a key term
        # whether a clue (the name hidden) tells the named thing apart from the others (`clues`)
        self.points_to: Callable[[str, str], bool] = lambda name, clue: True
        # whether a clue's lines (the name hidden) ask the name as a recognition card's cues may (`name_clues`)
        self.recognised: Callable[[str, list[str]], bool] = lambda name, lines: True
        self.fair_clue: Callable[[str, list[str]], bool] = lambda name, lines: True  # ... gives the name nowhere away
        self.says_enough: Callable[[list[str]], bool] = lambda lines: True  # ... says enough of its own to point at all
        self.lines_saying: Callable[[str], int] = lambda word: 0  # how many of the notes' lines say a word
        self.lines_naming: Callable[[str], int] = lambda phrase: 2  # ... and a phrase (`name_uses`)
        self.describes: Callable[[str], bool] = lambda name: False  # whether the notes describe a thing of that name
        # the lines a recognition card of the thing of a name key shows as clues (`recognised_lines`)
        self.recognised_lines: Callable[[str], frozenset[int]] = lambda key: frozenset()
        # whether a name is a product of the notes: a thing, or the acronym a thing's name opens with ("EBS" of "EBS Volume")
        self.product: Callable[[str], bool] = lambda name: False
        self.areas: frozenset[int] = frozenset()  # lines of headings that file an area of the notes (`area_headings`)
        self.shared_words: frozenset[str] = frozenset()  # words several names of the notes' things use (`own_words`)
        self.problems: list[Diagnostic] = []
        # lines a list says whole (a category map on a sibling's back, an everyday word with
        # its meaning): no term card asks them again (`enumerations`)
        self.said_in_lists: set[int] = set()
        # a list's term lines shown whole beside its plain lines: their term cards ask
        # them, so no detail card asks them again (`facts`)
        self.termed: set[int] = set()
        self.group_lines: dict[int, frozenset[int]] = {}  # a group's own lines, by its line: what a card of all of them shows
        # a topic's remarks after its list, said on that list's card (`partial_lists.remarks_after`)
        self.remarks: list[Fact] = []
        # the topic being asked opens with commands (`recall_lines`): what follows them remarks on them
        self.commands_led = False
        # the topic being asked opens with a glossary of `=` terms (`entry_openings.opens_a_glossary`): no line defines it
        self.glossary = False

    def html(self, spans: Inline) -> str:
        return inl.to_html(spans, self.image_src)

    def facts_html(self, facts: list[Fact]) -> str:
        # A picture the deck cannot carry (missing, remote) shows as its alt text, which
        # says nothing beside the facts on a back ("- [image: img]"), nor does a bare web
        # address (where to read more); the cheat sheet keeps both.
        facts = [f for f in facts if not self._picture_not_carried(f.inline) and not is_address(inl.to_plain(f.inline))] or facts
        if len(facts) == 1:
            return f"<div>{self.html(facts[0].inline)}</div>"
        return "<ul>" + "".join(f"<li>{self.html(f.inline)}</li>" for f in facts) + "</ul>"

    def template_label(self, label: str) -> bool:
        """"Focus" under each persona: a label the notes give each of several parents, an aspect of each."""
        return facet_key(label) in self.template

    def _picture_not_carried(self, spans: Inline) -> bool:
        return inl.is_picture(spans) and not any(self.image_src and self.image_src(s) for s in spans if s.kind == "image")

    def add(
        self,
        kind: str,
        note_type: NoteType,
        prompt: str,
        answer: str,
        context: tuple[str, ...],
        lines: tuple[int, ...],
        key: tuple[str, ...],
        id_context: tuple[str, ...] | None = None,  # where the card sits, when its breadcrumb shows less
        defined_in_passing: bool = False,
    ) -> None:
        if note_type == "cloze" and not _DELETION.search(prompt):
            # Anki makes no card of a cloze note without a deletion: say so, never count it.
            line = lines[0] if lines else 0
            self.problems.append(warning(self.path, line, "a cloze card without a deletion was left out"))
            return
        if note_type == "basic" and kind in LISTING_KINDS and (listed := counted_list_cloze(prompt, answer, kind == "detail")) is not None:
            prompt, answer, note_type = listed, "", "cloze"  # "which 5?" over five bullets: a blank each (`counted_backs`)
        if note_type == "cloze":
            prompt = without_dangling_label(prompt)
        else:
            answer = without_dangling_label(answer)
        if note_type == "cloze" and kind != "cloze":
            prompt = widened(prompt)  # "Dynamic testing ([...])": the words beside the blank spell it (`spelled_blanks`)
        if note_type == "cloze" and kind in SPLIT_KINDS:
            prompt = narrowed(prompt, self.lines_saying)  # "[tcpdump] -i eth0 -w cap.pcap": the command, not the author's values (`command_blanks`)
        if note_type == "cloze" and kind in SPLIT_KINDS and (moved := answer_blanked(prompt)) != prompt:
            # `"access blobs for [2 hours]" -> user delegation SAS`: the answer is asked, not the scenario (`quoted_needs`);
            # a breadcrumb that names the answer ("Secrets Manager vs SSM Parameter Store") is left off
            prompt, kind = moved, "detail"
            id_context = context if id_context is None else id_context  # the card keeps its id
            context = tuple(c for c in context if not gives_itself_away(prompt, (c,), frozenset()))
            if (lead := _LEAD_LABEL.match(prompt)) and _names_blank(lead.group(1), prompt):
                prompt = prompt[lead.end() :]  # so is a label in front that names it
        if note_type == "cloze" and kind in SPLIT_KINDS:
            prompt = moved_blank(prompt)  # "Can't delete [VPC] → leftover ENIs": the blank asks what the line teaches (`moved_blanks`)
            # "NAT GW ... one per AZ. [ErrorPortAllocation] = ...": the blank's sentence alone, the rest on the back (`blank_sentences`)
            prompt, rest = blank_sentence(prompt)
            if rest:
                answer += f"<div>{rest}</div>"
        if note_type == "cloze" and kind in SPLIT_KINDS and (parts := parts_of(prompt)) is not None:
            # a row of three or more blanks on one line: a note per part (`line_parts`)
            for number, part in enumerate(parts, 1):
                own = key if number == 1 else (*key, "part", str(number))
                self.add(kind, note_type, part, answer, context, lines, own, id_context, defined_in_passing)
            return
        full_key = (note_type, *key)
        place = context if id_context is None else id_context
        guid = guid_for(self.slug, self.section, place, full_key)
        if self.once_per_id and guid in self.guids:
            return
        first = guid
        # the same line twice in one place: each keeps an id of its own, the next
        # free one after those its twins took (ids are never given back)
        repeat = self.repeats.get(first, 1)
        if repeat > 1:
            full_key = (note_type, *key, str(repeat))
            guid = guid_for(self.slug, self.section, place, full_key)
        while guid in self.guids:
            repeat += 1
            full_key = (note_type, *key, str(repeat))
            guid = guid_for(self.slug, self.section, place, full_key)
        self.repeats[first] = repeat
        self.guids.add(guid)
        self.cards.append(
            Card(
                guid=guid,
                kind=kind,
                note_type=note_type,
                prompt=prompt,
                answer=answer,
                section=self.section,
                topic=self.topic_title,
                context=context,
                sources=tuple(SourceRef(self.path, line) for line in dict.fromkeys(lines)),
                key=full_key,
                defined_in_passing=defined_in_passing,
            )
        )

    def pin(self, index: int, pin: str) -> None:
        """An id the author pinned: the guid follows it wherever the card moves."""
        card = self.cards[index]
        key = (card.note_type, "pinned", pin)
        self.cards[index] = replace(card, guid=guid_for(self.slug, "", (), key), key=key)

    def add_source(self, first: int, line: int, last: int | None = None) -> None:
        for index in range(first, len(self.cards) if last is None else last):
            card = self.cards[index]
            ref = SourceRef(self.path, line)
            if ref not in card.sources:
                self.cards[index] = replace(card, sources=card.sources + (ref,))
