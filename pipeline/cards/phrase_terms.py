"""A list's item that is a phrase of the author's, not a name (`adopt a
pay-per-use model: pay only for what runs`, under a framework's principles;
`Closeness to users: lower latency`, under "How to pick a site?"), asked
from the phrase to what it means, mostly says the phrase again and goes the
opposite way to an exam, which gives the need and asks which principle,
factor or option meets it. Such a line is asked that way: its meaning on the
front, under its list, and the phrase on the back."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.blanked_clauses import past_blanked_clauses
from pipeline.cards.cues import blank_in_a_path
from pipeline.cards.entries import Entry
from pipeline.cards.line_shapes import VERSUS
from pipeline.cards.phrase_questions import names_one_thing, options, which_question
from pipeline.cards.prompts import definition_question, is_fragment, is_generic, is_remark_flag, is_statement, unnumbered
from pipeline.cards.sink import CardSink
from pipeline.cards.sub_labels import adds_on
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.naming import MASK, same_word

PHRASE_WORDS = 2  # a word alone is a name, or an everyday word asked of its parent
HEAD_WORDS = 8  # a longer phrase is more than a learner recalls as the answer
CLUE_WORDS = 30  # a longer meaning is a paragraph to read, no clue
CLUE_ITEMS = 4  # a meaning of this many comma items (or a label of its own) is a list, no clue
PARENT_WORDS = 6  # a longer label over a list is a remark on it, no name of what it lists
BLANKS = 2  # words of the phrase its meaning may say again, hidden
OWN_WORD = 4  # letters of a phrase's word that give it away ("pay", "you" do not)
_LINKING = frozenset("with without from into onto your their that this than when what which".split())
_WORD = re.compile(r"[A-Za-z][\w-]*")
# "pick user-assigned when", "priority roughly", "Raising it", "each row", "on dirs": the
# author's lead into the line, which reads on into its meaning and names nothing
_READS_ON = re.compile(r"\b(?:when|whenever|if|unless|where|roughly|approx(?:imately)?|it|them|covered)$|^(?:each|every|on)\s|\bones\b", re.IGNORECASE)
_COUNTED = re.compile(r"\(\s*\d{1,2}\s*\)\s*:?\s*$")
# "formerly Old Name" over a list: no parent to ask a word of
FORMER = re.compile(r"^\s*(?:formerly|previously|aka|also known as)\b", re.IGNORECASE)


def is_phrase(sink: CardSink, entry: Entry) -> bool:
    """Whether the item's head is a phrase of plain words (one a parent reads
    on into, a sentence or a generic label is asked otherwise)."""
    if _COUNTED.search(inl.to_plain(entry.head)):
        return False  # "consistency levels (5)": the label of a list, its items the answer
    head = inl.ASIDE.sub(" ", inl.to_plain(entry.head)).strip()
    words = head.split()
    if not PHRASE_WORDS <= len(words) <= HEAD_WORDS or head.endswith(("?", ":")):
        return False
    if is_generic(head) or is_fragment(head) or is_statement(head) or not head[:1].isalpha():
        return False
    if _READS_ON.search(head) or is_remark_flag(head) or VERSUS.search(head):
        return False  # ("VM vs container": two things set side by side, no option of a list)
    if any(word[:1].isupper() for word in words[1:]):
        return False  # "video Streams", "Edge Locations": a name, however its first word is written
    return definition_question(entry.head, described=sink.describes(head)) is None


def _one_word(entry: Entry) -> bool:
    """`schedule: cron jobs`: one plain word in lower case, a phrase's kind too short to be a
    name, asked from its meaning where its list gives the choices (`phrase_card`)."""
    head = inl.ASIDE.sub(" ", inl.to_plain(entry.head)).strip()
    return head.isalpha() and head.islower() and len(head) >= OWN_WORD and not is_generic(head) and not is_fragment(head)


def _marked(entry: Entry) -> bool:
    """`**Cache hit:** the data is found in the cache`: a term the author set in
    bold or italics is a term of art, whose "what is it?" card stays."""
    head = inl.plain_key(inl.to_plain(entry.head))
    return any(span.kind in ("strong", "emph") and head and head in inl.plain_key(inl.to_plain((span,))) for span in entry.node.inline)


def _a_clause(label: str) -> bool:
    """A label that is a clause with a comma, too long to name a list."""
    return "," in label and len(label.split()) > PARENT_WORDS


def _item_names(peers: Sequence[Entry]) -> list[str]:
    """The items of the entry's list as a front would name them: a term by its
    head, any other line whole, remarks in brackets left off."""
    listed = [peer for peer in peers if peer.listed]
    return [" ".join(inl.ASIDE.sub(" ", inl.to_plain(peer.head if peer.named else peer.full)).split()) for peer in listed]


def phrase_card(sink: CardSink, context: tuple[str, ...], entry: Entry, key: tuple[str, ...], peers: Sequence[Entry] = ()) -> bool:
    """The item asked from its meaning to its phrase; False when it is no
    such item (the term card asks it as usual). `peers` are the lines of its list."""
    if not context or entry.node.role != "item" or entry.defined_in_passing or _marked(entry) or adds_on(inl.to_plain(entry.head).strip()):
        return False  # ("also seen: anomaly detection, ...": the author adds on, no item to name)
    asked_of = context
    phrase = is_phrase(sink, entry)
    if not (phrase or _one_word(entry)) or (clue := phrase_clue(entry)) is None:
        return False
    if FORMER.match(context[-1]):
        # "formerly Old Name" over a list: the thing above it, by its present name, is the parent
        if len(context) == 1:
            return False
        asked_of = context[:-1]
    elif len(context) > 1 and _a_clause(context[-1]):
        # "the app handles more load by adapting, two kinds" under *Scalability*: the
        # clause is a remark on the list, the heading above it what the item is one of
        asked_of = context[:-1]
    # "schedule: cron jobs" is asked from its meaning only where its list offers the choices
    if not phrase and not names_one_thing(asked_of[-1]):
        return False
    if not phrase and any(span.kind == "code" for span in entry.definition):
        return False  # "test: `k run t --image=busybox ...`": a label over its command, asked forward
    names = _item_names(peers)  # a walk over the whole list: once per item asked
    if not phrase and not options(names):
        return False
    if (question := which_question(asked_of, inl.to_plain(entry.head).strip(), names)) is None:
        # one thing's list, too long to offer as choices: the phrase is asked forward, with
        # the thing named on the front ("STS — short-term credentials")
        front = f"<b>{inl.escape(unnumbered(asked_of[-1]))}</b> — {sink.html(entry.head)}"
        sink.add("term", "basic", prompt=front, answer=sink.html(entry.definition), context=asked_of[:-1], lines=(entry.node.line,), key=key, id_context=context)
        return True
    opening, shown = question
    if (shorter := past_blanked_clauses(clue)) != clue:
        clue = shorter.rstrip(" .;,")  # "max 10 per tenancy. used by budgets + ___ reports": one question, not two
    if asked_of is not context and FORMER.match(context[-1]):
        shown = context  # "formerly Old Name" stays in the breadcrumb: the line says it
    front = f"{opening}: {inl.escape(clue)}?"
    answer = sink.html(entry.head)
    if MASK in clue or len(clue.split()) < len(inl.to_plain(entry.definition).split()):
        # the words the front hides or leaves out (a remark in brackets) are said on the back
        answer = f"<div><b>{answer}</b></div><div>{sink.html(entry.definition)}</div>"
    sink.add("term", "basic", prompt=front, answer=answer, context=shown, lines=(entry.node.line,), key=key, id_context=context)
    return True


def phrase_clue(entry: Entry) -> str | None:
    """The item's meaning with the phrase's own words hidden, if it is a clue:
    short, one statement (no list, no label of its own), not mostly the phrase again.
    A meaning too long for one (`reduce the amount of energy ..., and reduce the need
    to ...`) gives its first clause, when that is a statement of its own."""
    text = " ".join(_without_asides(entry.definition).split()).replace(" ,", ",").strip().rstrip(".")
    if _KIND_LABEL.fullmatch(inl.to_plain(entry.head).strip()) and len(text.split(",")) >= MEMBERS:
        return None  # `connection methods: cellular, Wi-Fi, Bluetooth`: a kind's members; its name is the author's heading
    # the name's own words, not a former name's in brackets ("(formerly Old Name)")
    phrase = [w.lower() for w in _WORD.findall(inl.ASIDE.sub(" ", inl.to_plain(entry.head)))]
    own = [w for w in phrase if len(w) >= OWN_WORD and w not in _LINKING]
    found = _masked_clue(text, own)
    if found is None and ": " not in text and (first := _CLAUSE_END.split(text, maxsplit=1)[0]) != text:
        found = _masked_clue(first, own) if len(first.split()) >= CLAUSE_WORDS else None
    return _with_its_opening(found, phrase, own) if found is not None else None


def _first_part(word: str, first: str) -> bool:
    """`server` of *Server-side encryption*: the part of the phrase's compound first word
    that tells it from its peers (*client-side*), no mere subject of the clue."""
    return "-" in first and first.split("-")[0] == word


def _with_its_opening(clue: str, phrase: list[str], own: list[str]) -> str:
    """`encrypted at ___ on EFS` for *at rest*: the short word opening the phrase, beside
    its hidden word, would say the rest of it; it goes in the blank."""
    if len(phrase) < 2 or phrase[0] in own or phrase[1] not in own:
        return clue
    return re.sub(rf"\b{re.escape(phrase[0])}\s+{re.escape(MASK)}", MASK, clue, flags=re.IGNORECASE)


def _without_asides(spans: Inline) -> str:
    """The plain text without its remarks in brackets; brackets inside code are the
    command's own (`$(pidof dockerd)`), and cutting them would leave `kill -SIGHUP $`."""
    codes = [span.text for span in spans if span.kind == "code"]
    masked = "".join(f"\x00{codes.index(span.text)}\x00" if span.kind == "code" else inl.to_plain((span,)) for span in spans)
    return re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], inl.ASIDE.sub(" ", masked))


_ARROW = re.compile(r"\s(?:->|→)\s")
_KIND_LABEL = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[a-z][\w-]*s")  # `connection methods`, `data states`: a plural in lower case
MEMBERS = 3
CLAUSE_WORDS = 5  # a first clause this long says something of its own ("shared services reduce the amount of infra")
_CLAUSE_END = re.compile(r",\s+|;\s+|\s+and\s+(?=reduce|increase|help|make|keep|avoid|use|let|allow)")


def _masked_clue(text: str, own: list[str]) -> str | None:
    words = text.split()
    if not words or len(words) > CLUE_WORDS or ": " in text or max(text.count(","), len(_ARROW.findall(text))) + 1 >= CLUE_ITEMS:
        return None  # ("strong → bounded staleness → session → ...": a series, no clue)
    blanks = 0

    def hidden(match: re.Match[str]) -> str:
        nonlocal blanks
        if match.group().lower() not in _LINKING and any(same_word(match.group().lower(), word) for word in own):
            blanks += 1
            return MASK
        return match.group()

    masked = _WORD.sub(hidden, text)
    # each blank needs words around it that still say something ("long workloads, ___ ___'s scope" does not)
    if blanks > BLANKS or len(words) - blanks < max(PHRASE_WORDS, 2 * blanks + 1) or blank_in_a_path(masked):
        return None  # (`/etc/___.conf` shows the word cut from a path)
    if masked.startswith(MASK) and (first := _WORD.search(text)) is not None and not _first_part(first.group().lower(), own[0]):
        # "___ never leaves a region ...": hidden, the clue's own subject made it a riddle; it stays
        masked = text[: first.end()] + masked[len(MASK) :]
    return masked
