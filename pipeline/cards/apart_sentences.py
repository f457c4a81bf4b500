"""A later sentence of a term's definition, asked on a card of its own.

`Dedicated Hosts: book an entire physical server. Allows to use existing
licences.`: the second sentence says more of the term, and is asked from
it to the term ("[Dedicated Hosts]: allows to use ..."). A sentence with a
subject of its own is no fact of the term: under the term's blank it would
teach a wrong link ("[Straight-through]: Crossover — T568A one end, T568B
other"; "[concurrencyPolicy]: History limits default to 3"). It is asked by
its own subject, the term left out, or said on the term's back."""

from __future__ import annotations

import re

from pipeline.cards.chunking import NOT_AFTER_ABBREVIATION, split_spans, without_asides
from pipeline.cards.deletions import gives_itself_away
from pipeline.cards.entries import Entry
from pipeline.cards.own_words import KEPT
from pipeline.cards.prompts import is_generic
from pipeline.cards.sink import CardSink
from pipeline.cards.term_shapes import is_phrase
from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe

# not after an abbreviation's full stop: "page (random read/write, e.g. VHDs)" is one sentence
_ANSWER_LABEL = re.compile(r"^(?:a|ans|answer|correct answer|solution|explanation)$", re.IGNORECASE)
SENTENCE_END = re.compile(rf"(?<=[.!?]){NOT_AFTER_ABBREVIATION}\s+(?=[A-Z])")
ONE_FACT_WORDS = 16  # a definition longer than this in several sentences says several facts

# A name: a word with a capital or digit inside, or an acronym ("X-Ray", "AWS Config", "EOP")
_NAME = r"(?:[A-Z][\w+-]*[A-Z0-9][\w+-]*|[A-Z]{2,}[\w+-]*)(?:\s+[A-Z][\w+-]*)*"
# "X-Ray for tracing the app", "EOP (Exchange Online Protection) is the baseline",
# "The Compliance Reports Manager gives access ...": a name, then the sentence goes on in lower case
_NAMED = re.compile(rf"^(?:The\s+)?((?:{_NAME}|[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]*)+)(?:\s+\([^()]*\))?)\s+(?=[a-z])")
# "Crossover — T568A one end, T568B other", "DAC: every object has an owner": another term's
# own line inside the sentence (a dash after any short capitalised name, a colon after a name)
_TERM_LINE = re.compile(rf"^([A-Z][\w+/.-]*(?:\s+[\w+/.-]+){{0,2}})\s+[—–]\s+(?=\S)|^({_NAME}):\s+(?=\S)")
# "History limits default to 3 ...", "Salting adds random data ...": a noun of plain words,
# then a verb that says something of it; a sentence led by a word that points back
# ("It's regional", "Think of it as") or by a verb ("Allows to ...") says more of the term
VERB = (
    r"(?:is|are|was|were|has|have|can|cannot|can't|will|won't|must|should|may|does|doesn't|do|don't"
    r"|uses|adds|gives|default|defaults|means|needs|makes|runs|lets|keeps|takes|gets|requires|replaces"
    r"|contains|holds|sends|stores|applies|works|stays|becomes|covers|protects|checks|returns|starts|stops)"
)
_PLAIN_SUBJECT = re.compile(rf"^([A-Z][a-z][\w-]*(?:\s+(?!{VERB}\b)[a-z][\w-]*){{0,2}})\s+{VERB}\b")
_POINTS_BACK = re.compile(r"\b(?:it|its|it's|they|them|their|these|this one)\b", re.IGNORECASE)
# "UC needs one of the first two": the sentence leans on the line's list, which a card of its own would not show
_POINTS_TO_THE_LIST = re.compile(
    r"\bthe\s+(?:first|last|other)\s+(?:one|two|three|four)\b|\bthe\s+(?:first|last)(?=\s*[.;,]|\s*$)|\bthe\s+(?:former|latter|others)\b"
    r"|\b(?:either|both)\s+of\s+them\b",
    re.IGNORECASE,
)
# "The opposite is DAD", "The latter needs ...": a subject that names what the line said before
_ANAPHOR = re.compile(r"^the\s+(?:opposite|same|other|rest|former|latter|first|second|last|next|above)\b", re.IGNORECASE)
_NOT_A_SUBJECT = frozenset(
    "it its it's they their these this that those there you we i each both all some most one "
    "lots many only also then so but and or if when where while once what which who think use "
    "example examples note tip see usually often always never not none cannot must".split()
)
CLUE_WORDS = 3  # words the rest of the sentence needs to say anything of the hidden subject
_WORD = re.compile(r"[\w+.-]*\w")
# "AD", "VPCs": an acronym in a name, which a sentence may say alone
_ACRONYM_WORD = re.compile(r"\b[A-Z][A-Z0-9]+s?\b")
# "de-encapsulation", "M.2": a word's parts, which a sentence may say apart
_DIGIT = re.compile(r"\d")
_WORD_PARTS = re.compile(r"[-./+]")


def own_words(head: str) -> set[str]:
    """The words of a term's name, as a sentence would say them: "Policies" is "policy",
    the "AD" of "Availability Domain (AD)" and the "M.2" of "M.2" count."""
    words = {w for w in _words(head) if len(w) > 2}
    return words | {_stem(w.casefold()) for w in _ACRONYM_WORD.findall(head)}


def says_term(sentence: str, own: set[str]) -> bool:
    return bool(own & _words(sentence))


def _words(text: str) -> set[str]:
    """Words whole ("m.2", "de-encapsulation") and in their parts ("encapsulation", "802")."""
    whole = _WORD.findall(text.casefold())
    return {_stem(w) for word in whole for w in (word, *_WORD_PARTS.split(word)) if w}


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# "(AD)" of "Availability Domain (AD)": the short name the term goes by
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9]*[A-Z0-9])\)\s*$")
# "ARG vs ENV", "SASE / SSE", "DHCP — DORA": a head of several names, each mention one of them
_SEVERAL_NAMES = re.compile(r"\s(?:vs\.?|versus|and|or|[—–/&+-])\s|[,/]", re.IGNORECASE)


NAME_WORDS = 3  # a longer name said in full in a later sentence is no mere mention


def mention_forms(head: str) -> frozenset[tuple[str, ...]]:
    """The words a sentence names a term by that its blank can hide wherever they stand:
    its short name ("AD" of "Availability Domain (AD)", "ADs"), its name in full in any
    case and number ("fault domains" of "Fault Domain (FD)") or its only word ("Policy",
    "Policies"). A word of a longer name said alone ("domain") is no such mention, nor
    one name of a head of several ("SSE" of "SASE / SSE")."""
    if _SEVERAL_NAMES.search(head):
        return frozenset()
    forms = {(_stem(w.casefold()),) for w in _ACRONYM.findall(head.strip())}
    if 0 < len(words := _WORD.findall(inl.ASIDE.sub(" ", head))) <= NAME_WORDS:
        forms.add(tuple(_stem(w.casefold()) for w in words))
    return frozenset(forms)


def _mentions(text: str, forms: frozenset[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where `text` says one of the forms: its words in a row, only spaces between them."""
    tokens = list(_WORD.finditer(text))
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        for form in sorted(forms, key=len, reverse=True):
            run = tokens[index : index + len(form)]
            if len(run) == len(form) and all(_stem(t.group().casefold()) == w for t, w in zip(run, form)) and all(
                not text[a.end() : b.start()].strip() for a, b in zip(run, run[1:])
            ) and not _in_longer_name(text, tokens, index, index + len(form)):
                spans.append((run[0].start(), run[-1].end()))
                index += len(form)
                break
        else:
            index += 1
    return spans


# capitalised words that open a sentence before a name, no part of it ("Every AD has ...")
_OPENERS = frozenset("a an the every each any no one all both some this that these those".split())


def _in_longer_name(text: str, tokens: list[re.Match[str]], first: int, end: int) -> bool:
    """"Autonomous Data Guard" of *Data Guard*: a capitalised word beside the mention makes
    it another thing's name; opening the sentence before one short name it is a word
    of the sentence ("Mismatched MTU → ...")."""
    before = tokens[first - 1] if first > 1 or (first == 1 and end - first > 1) else None
    after = tokens[end] if end < len(tokens) else None
    return (
        before is not None
        and not text[before.end() : tokens[first].start()].strip()
        and before.group()[:1].isupper()
        and before.group().casefold() not in _OPENERS
    ) or (after is not None and not text[tokens[end - 1].end() : after.start()].strip() and after.group()[:1].isupper())


def named_by_mentions(sentence: str, head: str) -> bool:
    """Whether a sentence names the term only by mentions its blank hides ("A region has
    either one AD or three ADs"): it says more of the term, asked with them hidden."""
    if sentence.rstrip().endswith(":"):
        return False  # "Policies are written in a human-readable syntax:": it leads into what follows
    spans = _mentions(sentence, mention_forms(head))
    rest = "".join(sentence[end : start] for end, start in zip([0, *(b for _, b in spans)], [*(a for a, _ in spans), len(sentence)]))
    return bool(spans) and not says_term(rest, own_words(head))


def hide_mentions(html: str, head: str) -> str:
    """The sentence with each mention of the term under the term's own blank (c1)."""
    forms = mention_forms(head)

    def hidden(text: str) -> str:
        out, last = [], 0
        for start, end in _mentions(text, forms):
            out += [text[last:start], "{{c1::", text[start:end], "}}"]
            last = end
        return "".join([*out, text[last:]])

    return "".join(part if index % 2 else hidden(part) for index, part in enumerate(KEPT.split(html)))


def own_subject(sentence: str) -> tuple[str, str] | None:
    """The subject a sentence opens with and the rest, when it is no fact of the
    term it follows; ("", sentence) when its subject can be asked by no blank
    ("Tunneling and NAT64 are ...": two answers; too little said of it)."""
    if (line := _TERM_LINE.match(sentence)) is not None:
        name = line.group(1) or line.group(2)
        if name.split()[0].casefold() not in _NOT_A_SUBJECT:
            return name, sentence[len(name) :]
    if (named := _NAMED.match(sentence)) is not None and named.group(1).split()[0].casefold() not in _NOT_A_SUBJECT:
        return named.group(1), sentence[named.end(1) :]
    plain = _PLAIN_SUBJECT.match(sentence)
    # a pronoun after the verb is the subject's own ("... before they show up in reports")
    if plain is None or plain.group(1).split()[0].casefold() in _NOT_A_SUBJECT or _POINTS_BACK.search(sentence[: plain.end()]) or _ANAPHOR.match(plain.group(1)):
        return None
    return plain.group(1), sentence[plain.end(1) :]


def subject_cloze(sentence: Inline) -> str | None:
    """"[Crossover] — T568A one end, T568B other": the sentence asked by its own subject;
    "" when it has one but no blank can ask it (it stays on the term's back); None
    when it says more of the term."""
    said = inl.to_plain(sentence).strip()
    if _POINTS_TO_THE_LIST.search(said):
        return ""  # "The first two are about managing yourself": the list it leans on is the term's back
    found = own_subject(said)
    if found is None:
        return None
    name, rest = found
    if " and " in name or "," in name or len(rest.split()) < CLUE_WORDS:
        return ""
    cloze = "{{c1::" + cloze_safe(inl.escape(name)) + "}}" + inl.escape(rest)
    # "[OS Login]: metadata enable-oslogin=TRUE": the rest says the name
    return "" if gives_itself_away(cloze, (), frozenset()) else cloze


def sentences_apart(entry: Entry) -> tuple[Inline, list[Inline]]:
    """A definition of several sentences (`book an entire physical server.
    Allows to use existing server-bound licences.`) says several facts: the
    first defines the term; each later one that does not name the term is a
    card of its own, and so is one that names it only by mentions a blank hides
    (`ADs are isolated ...` of *Availability Domain (AD)*). The others that name it
    stay on the term's back."""
    parts = split_spans(entry.definition, SENTENCE_END)
    facts = [parts[0], *(p for p in parts[1:] if without_asides(p))] if parts else parts
    # "Big exam clue.": the author on the exam, no fact to ask or to say
    definition = entry.definition if len(facts) == len(parts) else joined(facts)
    parts = facts
    if len(parts) < 2 or len(inl.to_plain(definition).split()) <= ONE_FACT_WORDS:
        return definition, []
    head = inl.to_plain(entry.head).strip()
    if (head == head.lower() and not _DIGIT.search(head)) or is_phrase(head) or _ANSWER_LABEL.match(head):
        # "states:", "tips:", "AppRole needs two pieces:": a label of plain words or a clause, no name to ask a
        # sentence by; "Answer: ... I chose gateway endpoint": a question's answer is said whole
        return definition, []
    own = own_words(head)
    # "SVI up/up needs ..." names "L3 switch SVIs" too, "An M.2 drive ..." names M.2: a blank over the term would show it
    apart = [
        p
        for p in parts[1:]
        # ("Private registry too.", three words after a blank over the term, is a guess: said on its back)
        if (not says_term(inl.to_plain(p), own) or named_by_mentions(inl.to_plain(p), head)) and len(inl.to_plain(p).split()) > CLUE_WORDS
    ]
    if not apart:
        return definition, []
    return joined([parts[0], *(p for p in parts[1:] if p not in apart)]), apart


def joined(parts: list[Inline]) -> Inline:
    """The sentences as one line, a space between them, or a semicolon where the line's own was
    cut away ("labels set by admin; users can't change"); plain text kept one span."""
    spans: list[Span] = []

    def between(index: int) -> tuple[Span, ...]:
        if not index:
            return ()
        ended = inl.to_plain(parts[index - 1]).rstrip().endswith((".", "!", "?", ":", ";"))
        return (Span("text", " " if ended else "; "),)
    for span in (span for index, part in enumerate(parts) for span in between(index) + part):
        if spans and span.kind == "text" and spans[-1].kind == "text" and not spans[-1].children and not span.children:
            spans[-1] = Span("text", spans[-1].text + span.text)
        else:
            spans.append(span)
    return tuple(spans)


def apart_text(sink: CardSink, entry: Entry, sentence: Inline) -> str:
    """A later sentence of the term's, as a blank over the term."""
    return "{{c1::" + cloze_safe(sink.html(entry.head)) + "}}: " + hide_mentions(sink.html(sentence), inl.to_plain(entry.head).strip())


def answered_by_front(sink: CardSink, entry: Entry, sentences: list[Inline], subjects: list[str | None], shown: tuple[str, ...]) -> list[str | None]:
    """The sentences' subjects, "" for one whose blank over the term the front answers
    ("... — only the PO can" of *Product Owner*): said on the term's back. So is a sentence
    of a label the notes give each of several parents ("Focus" under each persona) or of a
    generic one ("Benefits: ... Combined with automation, they ..."): no name to blank."""
    aspect = sink.template_label(head := inl.to_plain(entry.head)) or is_generic(head)
    return [
        "" if own is None and (aspect or gives_itself_away(apart_text(sink, entry, sentence), shown, sink.common, sink.describes)) else own
        for sentence, own in zip(sentences, subjects)
    ]
