"""The parts of a term's definition that name a thing of their own, however short the line.

The first sentence defines the term; a later one of a long definition is asked
apart (`apart_sentences`). A later part that names a thing of its own is never a
second fact on the term's back:

- `MTTR — mean time to repair. MTBF — mean time between failures`, `Access port —
  one untagged VLAN. Trunk port — carries multiple VLANs tagged`: a second term
  defined by its own separator is a term card of its own;
- `**GKE** is managed Kubernetes. **Autopilot** mode has Google managing the nodes;
  **Standard** mode gives you more control`: a sentence (or a `;` part) that opens
  on a name the author set in bold is asked by that name, the term shown.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.cards.apart_sentences import ONE_FACT_WORDS, SENTENCE_END, sentences_apart, subject_cloze
from pipeline.cards.chunking import split_spans
from pipeline.cards.count_nouns import singular
from pipeline.cards.entries import Entry
from pipeline.cards.prompts import asked, is_remark_flag
from pipeline.cards.sink import CardSink
from pipeline.cards.term_shapes import is_phrase
from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.model.naming import names_of
from pipeline.model.cardtext import cloze_safe

_COMPARED = re.compile(r"\b(?:vs\.?|versus)\s", re.IGNORECASE)  # "NSG vs Azure Firewall": its parts are its sides
# `MTBF — mean time ...`, `UTP = unshielded`, `Trunk port — carries ...`: a name, then a term's separator
_OWN_TERM = re.compile(r"^(?P<head>[A-Z0-9][\w/+.()-]*(?:\s+[\w/+.()-]+){0,3}?)\s*(?:\s[—–-]\s|\s=\s|:\s)\s*\S")
EMPHASIS = ("strong", "em")
SEMICOLON_FACTS = 3  # `;` parts of a name's definition that say that many facts


def sentences(entry: Entry) -> tuple[Inline, list[Inline], list[Entry]]:
    """The definition kept on the term's back, the facts asked apart, and the
    terms of their own its later parts define."""
    head = inl.to_plain(entry.head).strip()
    parts = _parts(entry.definition)
    # a long definition's later sentences are asked by their own subject where it has one
    # (`apart_sentences`); a short one's, and a `;` part, make a term card
    long = inl.word_count(inl.to_plain(entry.definition)) > ONE_FACT_WORDS
    kept, named, others = [parts[0][0]], [], []
    for part, sentence in parts[1:]:
        if (other := _own_term(entry, head, part)) is not None:
            if long and sentence and subject_cloze(part):
                named.append(part)  # "[Crossover] — T568A one end, T568B other", as a long definition's sentences are
            else:
                others.append(other)
        elif _emphasised_name(part, head) is not None:
            named.append(part)
        else:
            kept.append(part)
    if others or named:
        entry = replace(entry, definition=_joined(kept))
    first, apart = sentences_apart(entry)
    return first, [_joined([part]) for part in (*apart, *named)], others


def apart_cloze(sink: CardSink, entry: Entry, shown: tuple[str, ...], sentence: Inline) -> str | None:
    """`GKE: [Autopilot] mode has Google managing the nodes`: a part that opens on a name in
    bold hides that name, the term it was said of shown as its label."""
    name = _emphasised_name(sentence, inl.to_plain(entry.head).strip())
    if name is None:
        return None
    label = inl.escape(inl.to_plain(asked(entry.head, shown)).strip())  # its own bold is no part of the label's
    blank = "{{c1::" + cloze_safe(sink.html(sentence[:1])) + "}}" + sink.html(sentence[1:])
    if names_of(inl.to_plain(entry.head).strip()).shows(name):
        return blank  # "**Looker Studio** (formerly Data Studio) is ..." of *Looker*: the label would say half the name
    if _acts(inl.to_plain(sentence[1:])) and _opens_acting(entry):
        # "**Secret Manager** stores API keys" after "**Cloud HSM** is ...": two names each
        # the subject of its sentence are peers; under the first's label the second read as
        # its part (a label over its parts stays: "PKI: [RA] verifies identity for the CA")
        return blank
    return f"<b>{label}</b>: " + blank


# "stores", "automates", "does", "goes": a verb after the bold name makes it its sentence's subject;
# a noun ("**Autopilot** mode has ...") makes it a part of the term the sentence is said of
_VERB_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:[a-z]+[^s\W]s|is|are|was|were|has|have|can|will|does|do|lets)\b")


def _acts(rest: str) -> bool:
    return bool(_VERB_AFTER.match(rest))


def _opens_acting(entry: Entry) -> bool:
    """`**Cloud HSM** is a ...`: the term's line opens on the term in bold as its sentence's subject."""
    full = entry.full
    return len(full) > 1 and full[0].kind in EMPHASIS and _acts(inl.to_plain(full[1:]))


def _parts(definition: Inline) -> list[tuple[Inline, bool]]:
    """Sentences, and a sentence's `;` parts where the next part names a thing of its own;
    each with whether it opens a sentence."""
    out: list[tuple[Inline, bool]] = []
    for sentence in split_spans(definition, SENTENCE_END):
        pieces = _semicolon_parts(sentence)
        current, opens = pieces[0], True
        for piece in pieces[1:]:
            if _emphasised_name(piece, "") is not None or _OWN_TERM.match(inl.to_plain(piece)):
                out.append((current, opens))
                current, opens = piece, False
            else:
                current = (*current, Span("text", " "), *piece)
        out.append((current, opens))
    return out


def _semicolon_parts(sentence: Inline) -> list[Inline]:
    """A sentence cut at each `;` outside brackets (`(... instance/NIC; NACL = stateless)` is one remark)."""
    parts: list[list[Span]] = [[]]
    depth = 0
    for span in sentence:
        if span.kind != "text":
            parts[-1].append(span)
            continue
        start = 0
        for index, ch in enumerate(span.text):
            depth += ch in "([{"
            depth -= ch in ")]}" and depth > 0
            if ch == ";" and depth == 0:
                parts[-1].append(Span("text", span.text[start : index + 1]))
                parts.append([])
                start = index + 1
        parts[-1].append(Span("text", span.text[start:]))
    return [stripped for part in parts if (stripped := inl.strip(tuple(part)))]


def parted(entry: Entry) -> tuple[Inline, list[Inline]] | None:
    """`near real-time delivery to S3; buffers by size/time; can convert JSON → Parquet;
    Lambda transform`: a name's definition of three `;` parts or more says as many facts.
    The first defines it; the others are asked together the way exams ask, from them to
    the name."""
    head = inl.to_plain(entry.head).strip()
    if (head == head.lower() and not re.search(r"\d", head)) or is_phrase(head) or _COMPARED.search(head):
        return None  # "Password best practices: ...; ...": a label's list is its answer
    parts = _semicolon_parts(entry.definition)
    if len(parts) >= SEMICOLON_FACTS:
        return _joined(parts[:1]), [_joined(parts[1:])]
    return None


def _joined(parts: list[Inline]) -> Inline:
    spans = tuple(span for index, part in enumerate(parts) for span in ((Span("text", " "),) if index else ()) + part)
    if spans and spans[-1].kind == "text" and spans[-1].text.rstrip().endswith(";"):
        spans = (*spans[:-1], Span("text", spans[-1].text.rstrip()[:-1]))  # the part after it is asked apart
    return spans


def _own_term(entry: Entry, head: str, part: Inline) -> Entry | None:
    """`MTBF — mean time between failures (higher = better)`: a name of a few words and a
    separator, another name than the term's own."""
    plain = inl.to_plain(part).strip()
    match = _OWN_TERM.match(plain)
    if match is None or (split := inl.split_term(part)) is None or not split[1]:
        return None
    name = inl.to_plain(split[0]).strip()
    if name != match.group("head").strip() or is_remark_flag(name) or _EXAMPLE.match(name) or inl.plain_key(name) == inl.plain_key(head):
        return None
    if _COMPARED.search(head) or not _a_name(name):
        return None  # "NSG vs Azure Firewall: NSG = ...; Azure Firewall = ...": the sides of one comparison
    if _PLURAL.search(name) and not _coined(name) and _coined(head):
        # "M.2 — a form factor. Keys: B, M, B+M": a label of the thing's, asked with it (after a
        # label of plain words, "Reporting: internal. Consequences: fines", one of its peers)
        return replace(entry, head=(*entry.head, Span("text", " — "), *split[0]), definition=_joined([split[1]]))
    if not _peers(head, name):
        # "snowmobile: 100PB capacity. High security: GPS, ...": a facet of the thing, not a thing
        # beside it (asked "which one", it answered "High security")
        return replace(entry, head=(*entry.head, Span("text", " — "), *split[0]), definition=_joined([split[1]]))
    return replace(entry, head=split[0], definition=_joined([split[1]]))  # "option in `.ebextensions`", no `;` left hanging


def _peers(head: str, name: str) -> bool:
    """`MTTR`/`MTBF`, `Access port`/`Trunk port`, `ECS`/`Elastic Beanstalk`: two names of one
    kind; not a thing and a facet of it in words of the language (`High security` after
    `snowmobile`), which only the sentence's start capitalises."""
    heads, names = head.split(), name.split()
    if not heads or not names or singular(heads[-1].lower()) == singular(names[-1].lower()):
        return True
    return not (_sentence_case(names) and not _sentence_case(heads))


def _sentence_case(words: list[str]) -> bool:
    return len(words) > 1 and words[0][:1].isupper() and any(w[:1].islower() for w in words[1:]) and not _coined(" ".join(words))


def _a_name(name: str) -> bool:
    """`MTBF`, `Trunk port`, `SHA-256`, `UTP`: an acronym, a word with a capital or digit
    inside, or a capitalised word or two; not a phrase that only opens a sentence."""
    return _coined(name) or len(name.split()) <= 2


def _coined(name: str) -> bool:
    return any(any(ch.isupper() or ch.isdigit() for ch in w[1:]) for w in name.split())


_PLURAL = re.compile(r"[^isu']s$")  # "Keys", "Structures": a kind of detail, not "Access", "Kinesis"
_EXAMPLE = re.compile(r"^(?:for\s+)?(?:ex|example|examples|e\.?g\.?)$", re.IGNORECASE)


def _emphasised_name(part: Inline, head: str) -> str | None:
    """The name a part opens on in bold or italics (`**Autopilot** mode has ...`), if not the term's."""
    spans = inl.strip(part)
    if len(spans) < 2 or spans[0].kind not in EMPHASIS:
        return None
    name = inl.to_plain(spans[0].children).strip()
    if not name[:1].isupper() and not name[:1].isdigit() or inl.plain_key(name) == inl.plain_key(head):
        return None
    return name
