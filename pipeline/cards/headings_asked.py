"""Which headings a name cloze may hide: a heading names a thing its lines
describe, unless it only numbers or explains a part of the notes."""

from __future__ import annotations

import re

from pipeline.cards.commands import gives_a_command, is_command
from pipeline.cards.deletions import gives_itself_away, names_kinds, one_name
from pipeline.cards.entries import Fact, Group
from pipeline.cards.label_keys import facet_key
from pipeline.cards.key_terms import cloze_text
from pipeline.cards.part_titles import titles_a_part
from pipeline.cards.prompts import asked, defined_subject, is_fragment, is_generic, is_remark_flag
from pipeline.cards.sink import CardSink
from pipeline.cards.topic_headings import is_topic_heading
from pipeline.model import inline as inl


def heading_asked(group: Group, facts: list[Fact], template: frozenset[str] = frozenset()) -> bool:
    """Whether a cloze may hide the heading the facts sit under: not over a command
    ("[RBAC]: k create rolebinding ...": which heading a command sits under is no
    fact), nor a numbered part of the notes ("[2. Crypto & PKI]: ..."), which no line describes."""
    if any(is_command(f.inline) or gives_a_command(f.inline) for f in facts):
        return False  # "[Storage]: `fdisk /dev/sdb` (MBR), `gdisk` (GPT) ...": the line's commands say nothing of the heading
    if any(_OWN_TERMS.search(inl.to_plain(f.inline)) for f in facts):
        return False  # "DREAD = ...", "REST vs HTTP", "CloudTrail != monitoring": the line asks of its own terms
    label = inl.to_plain(group.label)
    if asks_the_parent(label, group.context, template) and (titles_a_part(group.context[-1]) or is_topic_heading(group.context[-1])):
        return False  # "[More Notes] — OSI levels: ...": the blank would fall on the parent, a part of the notes
    # "What cloud computing is", "How billing works": a heading that says what its lines explain, no name
    # "STEP 2", "Understand ConfigMaps", "Practice questions": a part of the notes or a task, no thing
    # "ELB and Autoscaling": two things, no one name a line of either answers
    parts = _JOINED.split(inl.ASIDE.sub(" ", label).strip())
    two = len(parts) > 1 and (label.isupper() or any(_initials(p) for p in parts))
    return not two and not _SECTION_NUMBER.match(label) and not _EXPLAINS.match(label) and not is_topic_heading(label) and not titles_a_part(label)


def names_subject(label: str) -> bool:
    """A label that names a thing, which a card may ask for: not a generic
    word ("features"), not a question ("What is X?") and not a remark's flag ("Important")."""
    return not is_generic(label) and not is_fragment(label) and not label.rstrip().endswith("?") and not is_remark_flag(label)


def sorts_the_parent(label: str, context: tuple[str, ...]) -> bool:
    """"Storage Classes" under *S3*: a label that names the kinds of the one thing above it,
    which its lines are about."""
    return bool(context) and names_kinds(label) and one_name(context[-1])


def names_its_own(label: str, context: tuple[str, ...], template: frozenset[str] = frozenset()) -> bool:
    """Whether a label names the subject of its own lines: not the kinds of its parent, nor
    an aspect the notes give each of several parents ("Focus" under each persona, `template`)."""
    return names_subject(label) and not sorts_the_parent(label, context) and facet_key(label) not in template


def asks_the_parent(label: str, context: tuple[str, ...], template: frozenset[str] = frozenset()) -> bool:
    """Whether a name cloze over a label's lines hides the parent above it (`single_facts.name_cloze`):
    the label defines no subject and names none of its own."""
    return bool(context) and defined_subject(label) is None and not names_its_own(label, context, template)


# a term the line defines or sets against another: its subject, not the heading's
_OWN_TERMS = re.compile(r"\S\s+(?:=|!=|≠|vs\.?)\s+\S")
_EXPLAINS = re.compile(r"^\s*(?:what|how|why|when|where)\s+\S+.*\b(?:is|are|works?|does|do|matters?)\s*$", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[IVX]+[.)])\s+\S")


# "UDP sends ...", "HTTPS is HTTP over TLS.", "The scheduler picks ...": a sentence
# that opens with what it is about, then says what that does or is
_OWN_SUBJECT = re.compile(
    r"^\s*(?:(?:the|an?)\s+)?((?:[A-Za-z][\w/-]*\s+){0,3}?[A-Za-z][\w/-]*)\s+"
    r"(?:is|are|has|have|can|will|must|lets?|gives?|sends?|uses?|picks?|runs?|holds?|maps?|selects?|keeps?|makes?|means?)\b",
    re.IGNORECASE,
)
# "The requirements traceability matrix links ...": after an article, a noun phrase and its verb in -s
_ARTICLE_SUBJECT = re.compile(r"^\s*(?:the|an?)\s+((?:[A-Za-z][\w/-]*\s+){0,3}?[A-Za-z][\w/-]*[^s\W])\s+[a-z]{2,}[^su\W]s\b", re.IGNORECASE)
# a pronoun, a relative clause ("Jobs that can run ...") or a condition ("If your requirements are
# simple, ..."): no subject named in a few words
_NOT_SUBJECTS = frozenset(
    "it this that these those they there here we you which what who whose where when each every all some"
    " if unless although though because since while whether once until your our my his her its their".split()
)


def own_subject(text: str, label: str) -> re.Match[str] | None:
    """A sentence of prose (it ends with a full stop) whose subject is not the
    heading ("UDP sends independent datagrams." under *Transport*, "Encryption
    in transit uses TLS." under *KMS*): hidden, the heading would be read as
    what the sentence is about, and taught as its answer (`single_facts` asks
    the subject instead). The match's group 1 is the subject."""
    match = _OWN_SUBJECT.match(text) or _ARTICLE_SUBJECT.match(text)
    if not text.strip().endswith(".") or match is None:
        return None
    subject = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", match.group(1))]
    own = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", label)}
    if not subject or _NOT_SUBJECTS & set(subject) or own & (set(subject) | {w.rstrip("s") for w in subject}):
        return None
    if len(subject) == 1 and not match.group(0).lower().startswith(("the ", "a ", "an ")) and not re.search(r"[A-Z0-9]", match.group(1)[1:]):
        return None  # "Answers are cached ...": a plain word at the sentence's start, no thing of its own
    return match


def subject_cloze(sink: CardSink, group: Group, fact: Fact) -> tuple[str, tuple[str, ...]] | None:
    """A sentence about a subject of its own, not the heading (`own_subject`), as a
    cloze on that subject with the heading in front: "Transport: [UDP] sends ..."."""
    spans = fact.inline
    match = own_subject(spans[0].text, inl.to_plain(group.label)) if len(spans) == 1 and spans[0].kind == "text" else None
    if match is None:
        return None
    text = f"<b>{sink.html(asked(group.label, group.context))}</b>: " + cloze_text(spans, sink.html, hide=lambda t: [match.span(1)])
    if not gives_itself_away(text, group.context, sink.common, sink.describes):
        return text, group.context
    # "[HTTPS] is HTTP over TLS.": the subject shows in what the sentence says of it; the
    # sentence still asks the last name it ties the subject to ("HTTPS is HTTP over [TLS]")
    first = _FIRST_SENTENCE.match(spans[0].text)
    names = [n for n in _ACRONYM.finditer(spans[0].text, match.end(1), first.end() if first else None) if n.group() not in match.group(1)]
    if not names:
        return None
    tied = re.compile(rf"\b{re.escape(names[-1].group())}\b")  # said again later ("The TLS handshake"): hidden there too
    text = f"<b>{sink.html(asked(group.label, group.context))}</b>: " + cloze_text(spans, sink.html, hide=lambda t: [m.span() for m in tied.finditer(t)])
    return None if gives_itself_away(text, group.context, sink.common, sink.describes) else (text, group.context)


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")  # "TLS", "SSH": a name a sentence ties its subject to
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)", re.IGNORECASE)  # "DDoS, Shield, and WAF", "ELB & ASG"
_FIRST_SENTENCE = re.compile(r"[^.!?]*[.!?]")


def _initials(part: str) -> bool:
    """"ELB", "MFA", "DDoS": one short word of two capitals or more."""
    return " " not in part.strip() and len(part.strip()) <= 6 and sum(c.isupper() for c in part) >= 2
