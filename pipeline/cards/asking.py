"""How a thing is asked in the exam's direction: the card's content (`Asked`),
the breadcrumb that never shows the name, the prompt, and the back with the
name and its one-line definition. Recognition and practice cards share them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.cards.cue_words import STOPWORDS, as_shown, content_words
from pipeline.cards.cues import before_defined_terms, cut_lines, defines_terms
from pipeline.cards.filled_blanks import filled_blanks
from pipeline.cards.kinds import SERVICE_WORDS
from pipeline.cards.others import defines_another, said_of_another
from pipeline.cards.per_document import also_forget, per_value
from pipeline.cards.prompts import counted_statement
from pipeline.cards.series import TIERS_ASKED
from pipeline.cards.things import Thing
from pipeline.model.inline import ASIDE, escape
from pipeline.model.label_remarks import without_heading_remark
from pipeline.model.naming import acronym_of, name_key

KIND_LEAD = 4  # words of a lead that names a kind of the thing (`Vertical scalability`)
FRONT_SAYS = 0.8  # share of a definition's words the front shows for the back to leave it out
_GENERIC = frozenset("fully managed service services serverless".split())  # words any offering's definition may open with
HEAD_WORDS = 6  # a title over a sub-list is short
_SAYS = re.compile(r"[:=.;,]|\s[—–-]\s|->|→")  # a line that states something, not a title over its list
# what it can do or where it is set, not what it is: `can be used with ...`, `it is enabled at ...`
_SIDE_NOTE = re.compile(r"^(?:can|could|may|might|must|should|it\s+is|it's|they\s+are)\b", re.IGNORECASE)
# "a managed service" is one; "some AWS services" are others, and an "init system & service manager" manages them
_A_SERVICE = re.compile(r"(?<![.\w])service\b(?!\s+(?:manager|units?|files?|accounts?|names?|principals?|mesh|level|desk)\b)", re.IGNORECASE)
_SERVICE_NAME = re.compile(r"(?<!\bfor )(?<!\bto )\bservices?\s*$", re.IGNORECASE)

CHOICES = 8  # siblings a recognition card offers by name: more read as a list to search, not a choice
FEW_CHOICES = 4  # ... of a longer list: as many as an exam question offers
# `Terraform is declarative`, `Deployment Manager is deprecated`: a bold statement, not a name to choose
_WORD = re.compile(r"[A-Za-z0-9]+")
_HYPHENED_WORD = re.compile(r"[\w-]+")
_STATEMENT = re.compile(r"\s(?:is|are|was|were|has|have|does|do)\s", re.IGNORECASE)


def reads_as_statement(name: str) -> bool:
    """A name that says something of a subject: a statement the notes made bold, no answer to choose."""
    return bool(_STATEMENT.search(f" {ASIDE.sub(' ', name)} "))


@dataclass(frozen=True)
class Asked:
    """One recognition card's content: which thing, and the cues its front shows."""

    thing: Thing
    cues: tuple[str, ...]  # plain text, the name hidden
    lines: tuple[int, ...]
    index: int  # 1 for the definition, then the further cues
    tier: str = ""  # of tiers that each add to the one before (what it has, those above have too): what they are tiers of

    @property
    def key(self) -> tuple[str, ...]:
        return ("recognition", name_key(self.thing.name), str(self.index))


@per_value  # asked by each recognition, practice and comparison card of the thing
def breadcrumb(thing: Thing) -> tuple[str, ...]:
    """The thing's place, up to the first heading that would show its name or
    a word of it (`VPN` over `Site to Site VPN`), or an acronym ending in its
    initials (`ELB` over `Load Balancer`)."""
    own = _name_words(thing.described.names.full)
    initials = acronym_of(thing.described.names.full)
    shown = id_breadcrumb(thing)

    def spells(part: str) -> bool:
        return len(initials) > 1 and any(len(w) > len(initials) and w.isupper() and w.endswith(initials) for w in part.split())

    names = thing.described.names
    # a word of it in another form (`Data migration` over `Azure Migrate`) shows it too
    return next((shown[:n] for n, part in enumerate(shown) if own & _name_words(part) or spells(part) or names.leaks(part)), shown)


def id_breadcrumb(thing: Thing) -> tuple[str, ...]:
    """The place that identifies the card: up to the first heading that shows
    the name, whatever the front leaves out (the card keeps its id)."""
    names = thing.described.names
    kept: list[str] = []
    for part in thing.context:
        if names.shows(part):
            break
        kept.append(part)
    return tuple(kept)


@lru_cache(maxsize=1 << 12)  # the same headings over every thing of a section
def _name_words(text: str) -> frozenset[str]:
    """A name's telling words and its initials: what a heading must not share with it."""
    words = [w for w in _WORD.findall(text) if w.lower() not in STOPWORDS]
    found = {w.lower() for w in words if len(w) > 2 or w.isupper() or any(c.isdigit() for c in w)}
    initials = acronym_of(text)
    return frozenset(found | ({initials.lower()} if len(initials) > 2 else set()))


also_forget(_name_words.cache_clear)


def question(asked: Asked, siblings: Sequence[str] = ()) -> str:
    return f'<div class="sp-label">{escape(ask_line(asked, siblings))}</div>{cues_html(asked.cues)}'


def ask_line(asked: Asked, siblings: Sequence[str] = ()) -> str:
    """What the front asks; of one of a few siblings (`Read Replicas`, `Multi-AZ`, `Multi-Region`), the
    siblings offered by name: `Which one is this?` alone leaves the learner to guess what the ones are."""
    thing = asked.thing
    if asked.tier:
        asked_of = TIERS_ASKED.replace("tier", asked.tier, 1)  # `Lowest support tier that includes`: the heading saying so is cut
        return f"{asked_of} {'all of these' if len(asked.cues) > 1 else 'it'}?"
    if thing.lead and not thing.described.names.shows(thing.lead):
        if (counted := counted_statement(thing.lead)) is not None:
            return f"Which of the {counted[0]} {counted[1]} is this?"  # `There are 6 pillars in the Well-Architected Tool`
        return f"{thing.lead}: which one is this?"
    if thing.item or siblings:
        offered = options(thing.name, siblings)
        if offered:
            return f"Which one is this: {', '.join(offered[:-1])} or {offered[-1]}?"
        if len({sibling for sibling in siblings if not reads_as_statement(sibling)}) >= 2:
            return "Which one is this?"
        # no peers (a paragraph after a list's members): no "ones" to pick among
    # "a fully managed service to ...", not "recover from service disruptions";
    # `Simple Queue Service` is one, `IAM Roles for Services` is for them
    said = " ".join(thing.described.definition.split()[:SERVICE_WORDS])
    named = _SERVICE_NAME.search(ASIDE.sub(" ", thing.name))
    return "Which service is this?" if named or _A_SERVICE.search(said) else "What is this?"


def options(name: str, siblings: Sequence[str]) -> list[str]:
    """The names a thing is asked among, itself one of them: its siblings, up to `CHOICES`; of
    more, it and its neighbours in the notes' list, which the author filed together, as an exam
    offers four ("Which one is this?" alone asks which ones); none where it has no peers."""
    # one name twice (a term a section's text defines, and the section asked as that term) is one option
    siblings = list(dict.fromkeys(sibling for sibling in siblings if not reads_as_statement(sibling)))
    if name not in siblings:
        return []
    if len(siblings) > CHOICES:
        siblings = neighbours(siblings, siblings.index(name))
    if len(siblings) < 2:
        return []
    # "IAM Access Advisor (user-level)" beside a clue "granted to a user": an option's aside gives it away
    bare = [" ".join(ASIDE.sub(" ", sibling).split()) or sibling for sibling in siblings]
    return bare if len(set(bare)) == len(bare) else siblings


def neighbours(names: Sequence[str], at: int) -> list[str]:
    """`FEW_CHOICES` of the names around the one at `at`, one before it where there is one:
    the options an exam question would offer, in the notes' order."""
    start = max(0, min(at - 1, len(names) - FEW_CHOICES))
    return list(names[start : start + FEW_CHOICES])


def cues_html(cues: Sequence[str]) -> str:
    if len(cues) == 1:
        return f"<div>{escape(as_shown(cues[0]))}</div>"
    return "<ul>" + "".join(f"<li>{escape(as_shown(cue))}</li>" for cue in cues) + "</ul>"


def answer_html(asked: Asked, things: Sequence[Thing] = ()) -> str:
    definition = definition_text(asked.thing, things)
    shown = on_front(asked.thing.described.names.mask(definition), asked.cues)
    said = f"<div>{escape(definition)}</div>" if definition and not shown else ""
    filled = filled_blanks(asked.thing, asked.cues, asked.lines, definition if said else "")
    return f"<div><b>{escape(without_heading_remark(asked.thing.name))}</b></div>{filled}{said}"  # "S3", not "S3 (developer angle)"


def lines_cut_short(thing: Thing, lines: Sequence[int], said: str = "") -> str:
    """The lines whose clue left a clause out (`cues.cut_lines`), said whole: the clause is still
    learnt; not one whose words the back `said` already."""
    cut, known = cut_lines(thing), set(content_words(said))
    return "".join(
        f"<div>{escape(line.text.strip())}</div>"
        for line in thing.described.lines
        if line.line in lines and line.line in cut and not set(content_words(line.text)) <= known
    )


def on_front(text: str, cues: Sequence[str]) -> bool:
    """Whether the front already says (nearly) all the text says: the back need not repeat it."""
    words = set(content_words(text))
    return len(words & set(content_words(" ".join(cues)))) >= FRONT_SAYS * len(words)


_LABEL_ONLY = re.compile(r"[^.:;!?]{1,40}:\s*")  # a label that leads the lines under it, saying nothing alone
# `Engines: MySQL, PostgreSQL, ...`, `Function types: client (...), orchestrator ...`: a plural label
# over a list of members, one facet of the thing; on the back it reads as a dump, not what the thing is.
# A label led by a verb ("Stores key-value pairs: ...", "Manages secrets: rotation, ...") is the definition
_MEMBERS = re.compile(r"^(?![A-Za-z]{2,}[^siu\W]s\s)(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*[^s\W]s:\s+[^.;:]+?[,/]")


def definition_text(thing: Thing, things: Sequence[Thing] = ()) -> str:
    """The one-line definition as the back says it; past one that says only
    what every offering is ("Fully managed service"), defines another word or
    says what another of `things` is (`EBS volumes are network drives`), the next line of its own."""
    # "ALB = L7 ... NLB = L4 ...": its kinds, each defined, on the back read as a dump of rivals
    definition = before_defined_terms(thing, thing.described.definition)
    if _MEMBERS.match(definition):
        return ""  # its first line lists one facet's members: a later line would be another fact, no definition either

    def says_it(text: str) -> bool:  # of the thing itself (not `A ledger is a book ...`), more than any offering
        if said_of_another(thing, text, things) or _LABEL_ONLY.fullmatch(text) or _heads_a_list(thing, text):  # "Event types:" over its list
            return False
        if defines_terms(thing, text):  # a later line of several terms, each defined: no line of the whole
            return False
        return bool(set(content_words(text)) - _GENERIC) and not defines_another(thing.described.names, text)

    if _a_kind(thing, definition) or _LABEL_ONLY.fullmatch(definition) or _heads_a_list(thing, definition):
        # ("Event types:" or "classes + min storage duration" over its list: a label, whose list another card asks)
        return ""  # `CRR: Cross-Region replication` under Replication: one kind, which the back would pass for the whole
    nested = any(line.depth > 0 and line.text.lower() == definition.lower() for line in thing.described.lines)
    if says_it(definition) and not nested and not _SIDE_NOTE.match(definition):
        return definition
    # one item of a list under a label (`min pw length` under `options:`), or a side note (`can be used
    # with ...`, `it is enabled at ...`): the first line of its own that says what it is; lines that
    # open on a sub-list's title (`machine families`, `key types`) are sub-topics, none defines the thing
    first = next((line.text for line in thing.described.lines if line.depth == 0), "")
    if _heads_a_list(thing, first):
        return ""
    found = next((line.text for line in thing.described.lines if line.depth == 0 and says_it(line.text) and not _SIDE_NOTE.match(line.text)), "")
    found = found or (definition if says_it(definition) else next((line.text for line in thing.described.lines if line.depth == 0 and says_it(line.text)), definition))
    return found[:1].upper() + found[1:]


def _heads_a_list(thing: Thing, text: str) -> bool:
    """`classes + min storage duration` over `Standard — none`, `Nearline — 30 d`: a short
    title of the lines nested under it, no colon to show it; on a back it reads as a stray heading."""
    if len(text.split()) > HEAD_WORDS or _SAYS.search(text):
        return False
    lines = thing.described.lines
    return any(
        line.text.lower() == text.lower() and index + 1 < len(lines) and lines[index + 1].depth > line.depth
        for index, line in enumerate(lines)
    )


def _a_kind(thing: Thing, text: str) -> bool:
    """A line led by one kind of a one-word thing: `Vertical scalability: ...`, or an
    acronym spelled out as one (`CRR: Cross-Region replication`)."""
    lead, colon, rest = text.partition(":")
    name = thing.described.names.full.lower()
    if not colon or " " in name:
        return False
    words = [w.lower() for w in _HYPHENED_WORD.findall(lead)]
    spelled = [w.lower() for w in _HYPHENED_WORD.findall(rest)]
    kind = 1 < len(words) <= KIND_LEAD and words[-1] == name
    return kind or (len(words) == 1 and lead.strip().isupper() and 1 < len(spelled) <= KIND_LEAD and spelled[-1] == name)
