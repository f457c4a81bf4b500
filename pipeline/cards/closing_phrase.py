"""A line that says its topic's name as a word of its own fact ("any file not
versioned will have version "null"" under *Versioning*) cannot ask that name:
hidden, it would be asked twice. Asked forward instead, with the name on the
front, its blank is where the line ends up: the phrase after its last
preposition, verb of being or arrow ("... will have [version "null"]", "... is
stored in [US East (N. Virginia)]"), which is what the line says of it."""

from __future__ import annotations

import re

from pipeline.cards.deletions import gives_itself_away
from pipeline.cards.entries import Fact, Group
from pipeline.cards.key_terms import LIST_JOIN, count_hint
from pipeline.cards.prompts import asked, defined_subject
from pipeline.cards.sink import CardSink
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe

TAIL_WORDS = (1, 6)  # words of the closing phrase hidden, at least and at most
MIN_LEAD_WORDS = 3  # words of the line before it, to answer from
# the words a closing phrase follows: where the line says in what, to what, of what, what it has or is
_LINK = re.compile(r"\b(?:in|at|to|into|from|of|with|by|on|than|have|has|is|are)\s+|\s(?:→|->)\s*", re.IGNORECASE)
_LEAD_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)  # before the closing phrase, shown
_ARROW = re.compile(r"\s(?:→|->)\s*$")  # "... almost instantly -> broad network access": the term the line leads to


def closing_phrase_text(sink: CardSink, group: Group, fact: Fact, plain: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The line as a cloze on its closing phrase, with the topic's name in
    front; None when the line is no plain text, or ends in no such phrase.
    A `plain` phrase may be words of no name or number ("... read by
    [consumers]", "... for [read intensive workloads]"), as long as it says
    something of its own: no article and generic word alone ("the queries")."""
    if len(fact.inline) != 1 or fact.inline[0].kind != "text":
        return None
    text = fact.inline[0].text.rstrip()
    # the phrase is in the line's last clause: "no duplicate rows in [theory; SQL tables allow them]" spans two
    clause = max(text.rfind("; "), 0)
    links = [m for m in _LINK.finditer(text, clause) if _depth(text[: m.start()]) == 0]
    if not links:
        return None
    start = links[-1].end()
    if (article := _LEAD_ARTICLE.match(text, start)) and text[article.end() :].strip():
        start = article.end()  # "on the [on-premises AD]": the article is no word of the answer
    tail, lead = _without_aside(text[start:].rstrip(" .,;")), text[:start]
    if not TAIL_WORDS[0] <= len(tail.split()) <= TAIL_WORDS[1] or len(lead.split()) < MIN_LEAD_WORDS + 1:
        return None
    if tail.count('"') % 2:
        return None  # 'get "secure by [default" policies enforced]': the phrase begins inside a quote
    if not _ARROW.search(links[-1].group()) and not _telling(tail, sink.common) and not (plain and _says_something(tail)):
        return None  # "... of [your resources]", "... a set of [app services]": words any line could end on
    label_plain = inl.to_plain(group.label).strip()
    if _names_the_label(tail, label_plain):
        return None  # "with [the CodeDeploy Agent]" under CodeDeploy: the front says it
    subject = defined_subject(label_plain)  # "What is Cloud Computing ?" is about Cloud Computing
    label_html = inl.escape(subject) if subject else sink.html(asked(group.label, group.context))
    hint = count_hint(tail) if all(m[:1].isupper() for m in LIST_JOIN.split(tail) if m.strip()) else ""  # "[...3 names]"
    cloze = f"<b>{label_html}</b>: " + _shown(sink, lead) + "{{c1::" + cloze_safe(_shown(sink, tail)) + hint + "}}" + _shown(sink, text[start + len(tail) :])
    return None if gives_itself_away(cloze, group.context, sink.common, sink.describes) else (cloze, group.context)


def _names_the_label(tail: str, label: str) -> bool:
    """Whether the phrase says the label the card shows in front, or a product's
    word of it ("the CodeDeploy Agent" under *CodeDeploy*): `gives_itself_away`
    does not count a name found all over the notes, which the label shows all
    the same."""
    tokens = re.findall(r"[A-Za-z][\w-]*", label)
    own = {t.lower() for t in tokens if len(tokens) == 1 or re.search(r"[a-z][A-Z]", t)}
    said = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", tail)}
    return bool(own & said) or (len(tokens) > 1 and label.lower() in tail.lower())


def _shown(sink: CardSink, text: str) -> str:
    """Text as the notes' other text is shown (escaped, "->" as an arrow)."""
    return sink.html((Span("text", text),))


def _telling(tail: str, common: frozenset[str]) -> bool:
    """A phrase that names, counts or quotes something: a name in capitals
    (not one found all over the notes), a number, a quoted value or a
    hyphenated term ("pay-as-you-go"). A digit inside a name ("EC2", "S3") is no
    number: a name found all over the notes is no more telling for it."""
    names = [w for w in re.findall(r"[A-Za-z][\w.-]*", tail) if any(c.isupper() for c in w) and w not in common]
    return bool(names) or bool(re.search(r"(?<![A-Za-z])\d|[\"'`]|\w-\w", tail))


_ARTICLE = re.compile(r"^(?:the|a|an|our|your|their|its|this|these|those|all|any|each|some)\s+", re.IGNORECASE)
_VAGUE = frozenset("resources services things data stuff apps app use cases queries time way ways".split())
PLAIN_LETTERS = 7  # a lone plain word this long may be what a line ends on ("consumers")


def _says_something(tail: str) -> bool:
    """Two words of their own after any article ("main db", "disk space"), or one
    long one ("consumers"); never a word any line could end on ("the queries")."""
    if re.search(r"[,;(]|\band\b", tail):
        return False  # "the edge, transcoding media streams": a list's last items, or a clause more
    found = [w for w in re.findall(r"[A-Za-z][\w-]*", _ARTICLE.sub("", tail)) if w.lower() not in _VAGUE]
    if len(found) == 1 and re.search(r"(?:ed|ing|ly)$", found[0]):
        return False  # "... are [crossed]", "... when ready to [migrating]": how, not what
    return len(found) >= 2 or (len(found) == 1 and len(found[0]) >= PLAIN_LETTERS)


def _depth(text: str) -> int:
    """How many brackets are open at the end of `text`."""
    return max(text.count("(") - text.count(")"), 0)


def _without_aside(tail: str) -> str:
    """"into S3 (analyzed by Athena)": a remark in brackets after the phrase is none of
    what it names; hidden with it, the blank would ask for the remark too. It stays shown
    after the blank (the phrase's end is where the line's rest begins)."""
    while (aside := re.search(r"\s*\([^()]*\)$", tail)) and tail[: aside.start()].strip():
        tail = tail[: aside.start()]  # "a time (at the CCP level) (but not for Multi-Attach)": each
    return tail
