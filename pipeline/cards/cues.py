"""How a thing's line becomes a clue to it: its name hidden in every form, a
leading name dropped, and no line that is about something else (another
thing's line listed under it, a label over its kinds, advice, a line about
going away) or that says too little once the name is hidden. Recognition,
comparison and practice cards all ask a thing by these cues."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.blanked_clauses import past_blanked_clauses
from pipeline.cards.chunking import without_asides
from pipeline.cards.cue_labels import is_label
from pipeline.cards.line_shapes import leads_on
from pipeline.cards.cue_words import CUE_MIN_WORDS, HIDDEN_LETTERS, STOPWORDS, WORD, abbreviations, content_words, names_listed, spells_acronym
from pipeline.cards.others import could_open, defines_another, explains_its_kind, first_worded, glosses_another, names_another, said_of_another
from pipeline.cards.per_document import per_value, per_value_and_text
from pipeline.cards.prompts import is_generic, is_open_list
from pipeline.cards.things import PART_LABELS, Thing, is_name
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.definitions import Line, strip_name
from pipeline.model.inline import ASIDE, plain_key
from pipeline.model.naming import MASK, spells

BLANKS_WORDS = 5  # content words of a line that may hide the name twice
BLANKS_APART = 2  # words at least between two blanks
STEM_LETTERS = 5  # letters two hidden words share when they are one word (`transfer`, `transfering`)
FRAGMENT_WORDS = 2  # words after another thing's name that say only how the two meet
FEATURE_WORDS = 2  # capitalised words after the thing's name that name a feature of it (`Insights`, `Object Lock`)
_COINED = re.compile(r"[a-z][A-Z]")
_INTRODUCED = re.compile(r"\b([A-Z][A-Z0-9]{1,5})\s*\(([A-Z][^()]*)\)")  # `ECR (Elastic Container Registry)`
# `(geo-redundant) — LRS in primary ...` after **GRS**: the name's own gloss, which spells it out
_LEADING_GLOSS = re.compile(r"^\([^()]{1,40}\)\s*(?:[:=]|[-–—]|->|→)\s+(?=\S)")
# `vulnerability = weakness`: a term of a few words, `=`, what it is; at the line's start or a sentence's
_TERM_DEFINED = re.compile(r"(?:^|[.;,]\s+)[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}\s+=\s+[A-Za-z\"']")
TERMS_DEFINED = 2  # terms a line defines by `=`, for it to be about them
_ACRONYM_GLOSS = re.compile(r"\(([A-Z][A-Z0-9]{1,5})\)\s*$")
NAMED_REST = 2  # words besides the name after a line's lead, for the line to name the thing
NAME_WORDS = 5  # capitalised words a name alone on a line may have
_ATTRIBUTE = re.compile(r"(?:ity|ion|ing|ance|ence|ment|ness|age|ure)$", re.IGNORECASE)
_PROPERTY = re.compile(r"[a-z](?:ity|ness)$")
_LEAD_NAME = re.compile(r"^([^:=>→]{1,50}?)\s*(:|->|-->|→|=>|=)\s+\S")
# a blank after a capitalised word inside the line, or joined by a hyphen: the end of another
# name (`S3 One-Zone ___`, `Standard-___`), a kind of the thing rather than the thing
# or before one (`___ Flexible Retrieval`, `AWS Agentless ___ Connector`): part of another name
_IN_A_NAME = re.compile(rf"(?<=\S)\s+[A-Z][\w-]*\s+{re.escape(MASK)}|-{re.escape(MASK)}|{re.escape(MASK)}\s+[A-Z]|{re.escape(MASK)}-")
# a blank inside a path or a dotted name (`/var/lib/docker/___/`, `/etc/___.conf`): the
# name's word as a part of a file's name, cut from it; the line reads as broken, not as a clue
_IN_A_PATH = re.compile(
    rf"/{re.escape(MASK)}/|\w\.{re.escape(MASK)}|{re.escape(MASK)}\.\w|(?<!\S)[~/][^\s/]*(?:/[^\s/]*)*/{re.escape(MASK)}"
)  # ("stuck/___" is a word or another, no path)
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?(?:types?|kinds?|ways?|options?|categor(?:y|ies)|class(?:es)?|tiers?)\b",
    re.IGNORECASE,
)
# a label over the thing's kinds (the lines under it say each of a kind) or its rules (they describe nothing)
_KINDS = re.compile(r"\b(?:kinds?|types?|classes|tiers|flavou?rs|categories|editions|variants|naming|conventions?|rules)\b", re.IGNORECASE)
# a line that says something is going away: no clue worth learning
_RETIRED = re.compile(r"\b(?:retir(?:ing|ed)|deprecated|discontinued|legacy|end of life)\b", re.IGNORECASE)
# advice on using it (`best practice is to deploy ___ close to users`, `recommended to ...`): true of most things
_ADVICE = re.compile(r"^(?:(?:it\s+is\s+)?(?:a\s+)?best\s+practices?\b|(?:it\s+is\s+)?recommended\s+to\b|tip\s*:)", re.IGNORECASE)
# a later sentence that opens by defining another name with a dash (`. CCPA - ...`, `; L6 - ...`,
# `. Custodian - ...`); a plain capitalised word before an em dash is the sentence's own
# (`. Free — pay for underlying resources`), and `e.g. ACL —` ends no sentence
_ANOTHER_DEFINED = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)[.;]\s+(?="
    r"(?:[A-Za-z\d/+.-]*[A-Z\d][\w/+.-]*[A-Z\d][\w/+.-]*|[A-Z][\w/+.-]*(?:\s[A-Z0-9][\w/+.-]*){1,2})(?:\s\([^()]{1,40}\))?\s[-–—]\s"
    r"|[A-Z][a-z][\w/+.-]*(?:\s\([^()]{1,40}\))?\s[-–]\s)"
)
_NAMED_LEAD = re.compile(rf"^{re.escape(MASK)}(?:[\s-]+[\w-]+){{0,2}}\s*:")  # `___ pair: two ...`, `snowmobile: ...`
COUNTED = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?)\b", re.IGNORECASE)  # a number, however written
_LISTED = re.compile(r"[,&/;]|\band\b")  # `supports Linux, MacOS and Windows`: names, however written
_NAME_BREAK = re.compile(r"[,&/;]|\band\b|\.\.+")  # between names of a list, or its trailing "..."


def cue_lines(thing: Thing, things: Sequence[Thing] = ()) -> list[tuple[str, Line]]:
    """The thing's lines that say something of it, its name hidden, leading labels left out.
    A label that names another of `things` (`consolidated billing:` under `Organizations`)
    leads lines about that one."""
    return _cue_lines(thing, things) if things else list(_own_cue_lines(thing))


@per_value  # read again by recognition (the lines elsewhere) and each comparison the thing is in
def _own_cue_lines(thing: Thing) -> tuple[tuple[str, Line], ...]:
    return tuple(_cue_lines(thing, ()))


def _cue_lines(thing: Thing, things: Sequence[Thing]) -> list[tuple[str, Line]]:
    lines = thing.described.lines
    found: list[tuple[str, Line]] = []
    under: int | None = None  # the depth of a line about something else: what is nested under it is too
    for n, line in enumerate(lines):
        if under is not None and line.depth > under:
            continue
        label, leads = _read_alone(thing, n)
        # a line about another of `things` leads lines about others too
        another = leads or (label and names_another(thing, line.text, things))
        another = another or glosses_another(thing, line.text, things) or said_of_another(thing, line.text, things)
        another = another or _a_fragment_of_another(thing, line.text, things) or _glossed_by_acronym(thing, line.text, things)
        under = line.depth if another else None
        if under is None and not label:
            if cue := _cue_of(thing, n):
                found.append((cue, line))
    return found


def _read_alone(thing: Thing, n: int) -> tuple[bool, bool]:
    """Whether the thing's line `n` is a label, and whether it leads lines about
    something else whichever other things it is read among: worked out once,
    as the thing's lines are read alone and again among the others."""
    read = _lines_read(thing)
    if (found := read.get(n)) is None:
        lines = thing.described.lines
        line, following = lines[n], (lines[n + 1] if n + 1 < len(lines) else None)
        text = line.text
        # a line about something else, or a label over its kinds (`3 kinds:`) or rules, leads lines about others
        # (a last line past its first ending on a colon leads lines not the thing's: "Open source on Azure:" tells nothing)
        label = is_label(line, following) or (n > 0 and following is None and leads_on(text))
        defines = defines_another(thing.described.names, text) and not explains_its_kind(thing, text)
        leads = about_another(thing, text) or defines or (label and names_a_feature(thing, text)) or _introduces_another(thing, text)
        leads = leads or defines_terms(thing, text) or bool(label and _KINDS.search(text))
        leads = leads or bool(_RETIRED.search(text) or _ADVICE.match(text)) or bool(label and _files_names(thing, n))
        found = read[n] = (label, bool(leads))
    return found


@per_value
def _lines_read(thing: Thing) -> dict[int, tuple[bool, bool]]:
    return {}


def names_a_feature(thing: Thing, text: str) -> bool:
    """`CloudTrail Insights:` over lines under CloudTrail: the name with a capitalised word after it
    names a feature of its own (not a part label, `S3 Security:`); what is nested under it is that
    feature's, which the exam asks as itself, and read as the whole thing it fits another answer."""
    names = thing.described.names
    head = text.strip().rstrip(":").strip()
    found = names.match(head)
    if found is None or not is_name(head):
        return False
    rest = head[found.end() :].split()
    return 0 < len(rest) <= FEATURE_WORDS and all(w[:1].isupper() for w in rest) and plain_key(" ".join(rest)) not in PART_LABELS


def defines_terms(thing: Thing, text: str) -> bool:
    """`Threat = potential danger. vulnerability = weakness. exploit = ...`: a line that defines
    several terms, each by `=`, is a clue to each of them, not to the topic it sits under
    (one that opens with the thing's own name defines it first, and the others beside it)."""
    return len(_TERM_DEFINED.findall(text)) >= TERMS_DEFINED and not thing.described.names.match(text.lstrip())


def before_defined_terms(thing: Thing, text: str) -> str:
    """A line that defines several terms (`defines_terms`), cut before the first: what it says of
    the thing itself (`Package manager.` before `Chart = ...; Release = ...`), often nothing."""
    found = _TERM_DEFINED.search(text) if defines_terms(thing, text) else None
    return text if found is None else text[: found.start()].strip(" ,;.")


def _introduces_another(thing: Thing, text: str) -> bool:
    """`images can be stored in ECR (Elastic Container Registry), a private Docker registry` under
    Docker: a line that brings in another product by its acronym and full name, and names the thing
    only inside it, says what that product is."""
    names = thing.described.names
    if not names.shows(text) or names.match(text.lstrip()):
        return False  # the thing is not named, or leads the line: the line is still about it
    return any(not names.shows(m.group()) and spells(m.group(1), m.group(2)) for m in _INTRODUCED.finditer(text))


def _glossed_by_acronym(thing: Thing, text: str, things: Sequence[Thing]) -> bool:
    """`Storing data on virtual drives (EBS)` under EC2: a line ending with the acronym another
    thing's name opens with (`EBS Volume`) says what that one does."""
    end = _ACRONYM_GLOSS.search(text)
    if not end or thing.described.names.shows(end.group(1)):
        return False
    return any(o is not thing for o in first_worded(things, end.group(1)))


def _a_fragment_of_another(thing: Thing, text: str, things: Sequence[Thing]) -> bool:
    """`CloudTrail based on filter` under CW Logs: another thing's name and a few words, which
    say how the two meet, not what the thing is."""
    # a coined product name (`CloudTrail`), not a plain word another topic is titled by (`Buckets`, `AD`)
    # (looked up among the things whose names the text may open with: not all asked)
    found = next((m for o in could_open(things, text) if o is not thing and (m := o.described.names.match(text)) and _COINED.search(m.group())), None)
    return found is not None and not thing.described.names.shows(text) and len(content_words(text[found.end() :])) <= FRAGMENT_WORDS


def _cue_of(thing: Thing, n: int) -> str:
    """The thing's line `n` as a cue: worked out once, whichever other things it is read among.
    A later clause holding a blank is left out (`blanked_clauses`); the card's back says the line whole."""
    cues = _cues(thing)
    if n not in cues:
        whole = _cue(thing, thing.described.lines[n])
        cue = past_blanked_clauses(whole)
        if cue != whole:
            cut_lines(thing).add(thing.described.lines[n].line)
        cues[n] = "" if blank_in_a_path(cue) else cue
    return cues[n]


@per_value  # recognition, comparison and practice cards each read a thing's lines
def _cues(thing: Thing) -> dict[int, str]:
    return {}


@per_value  # filled as the cues are read
def cut_lines(thing: Thing) -> set[int]:
    """The thing's lines whose cue leaves a clause out: a card asking by one says the line on its back."""
    return set()



def _cue(thing: Thing, line: Line) -> str:
    """A line as a cue: the name hidden, a leading name dropped; empty when it says too little."""
    # "... didn't get a DHCP lease. Big exam clue.": the author's remark is no clue ("“I want to ...”" quotes a need)
    said = (Span("text", line.text),) if line.text.lstrip()[:1] in "\"“" else without_asides((Span("text", line.text),))
    if not said:
        return ""
    text = _LEADING_GLOSS.sub("", strip_name(thing.described.names, inl.to_plain(said)), count=1)
    if (end := _own_sentences_end(text)) is not None:
        text = text[:end]
    if _IN_A_NAME.search(text) or _NAMED_LEAD.match(text):
        # the end or the start of a longer name: a kind or a part of the thing (`___ pair: two ...`)
        return ""
    # a short line the name runs through ("automate ___, scheduled ___") reads as a puzzle
    if len(content_words(text)) < CUE_MIN_WORDS or _names_only(text) and (_names_only(line.text) or _LISTED.search(line.text)) or text.count(MASK) > _blanks(thing, line.text, text):
        return ""
    # a word of the name left in the line (`versioning`, `scale out`, `CoreDNS`) gives it away:
    # hidden too, unless that leaves more than one blank or too little to read
    names = thing.described.names
    if short := abbreviations(names, text):
        # the name written short (`pw` of `Password Policy`, `CT` of `CloudTrail`) is hidden as the name is
        text = re.sub(rf"\b(?:{'|'.join(map(re.escape, short))})\b", MASK, text, flags=re.IGNORECASE)
        if text.count(MASK) > 1 or len(content_words(text)) < CUE_MIN_WORDS + 1:
            return ""
    if names.leaks(text.replace(MASK, " ")):
        hidden = [w for w in WORD.findall(text) if names.leaks(w)]
        # a common short word hidden (`root ___`, `amount of ___`) reads as a puzzle
        if any(len(w) < HIDDEN_LETTERS for w in hidden):
            return ""
        text = names.mask_words(text)
        text = text.replace(f"{MASK} {MASK}", MASK)
        if text.count(MASK) > _blanks(thing, line.text, text):
            text = _one_blank_clauses(text)  # blanks one too many: a clause may say it with one
        # a leaked word that leads the line names a part of the thing (`snowmobile: ...`)
        if text.count(MASK) > _blanks(thing, line.text, text) or len(content_words(text)) < CUE_MIN_WORDS + 1 or _NAMED_LEAD.match(text):
            return ""
    return text


def _own_sentences_end(text: str) -> int | None:
    """Where a later sentence outside brackets defines another name ("US federal agencies.
    CCPA - California consumer privacy": CCPA's own); None where there is none, or where the
    line opens with a member's name ("Analogous – ... Parametric – ...": its heading's members alike)."""
    if _ANOTHER_DEFINED.match(f". {text}"):
        return None
    for found in _ANOTHER_DEFINED.finditer(text):
        before = text[: found.start()]
        if before.count("(") == before.count(")"):
            return found.start() + (text[found.start()] == ".")  # the full stop ends the cue, a semicolon goes
    return None


def blank_in_a_path(text: str) -> bool:
    """Whether a blank cuts the name's word out of a path or a dotted name (`/etc/___.conf`)."""
    return _IN_A_PATH.search(text) is not None


def _files_names(thing: Thing, n: int) -> bool:
    """`Services:` over `EFS-IA, S3 Glacier, EBS Cold HDD volumes` under a pillar: names a
    generic label files under the thing fit each other thing they are filed under as
    well (`S3 Glacier` under Cost Optimization too): clues that teach a wrong link."""
    lines = thing.described.lines
    label = lines[n].text.strip().rstrip(":").strip()
    if not is_generic(label) or is_open_list(label):
        return False
    nested = []
    for line in lines[n + 1 :]:
        if line.depth <= lines[n].depth:
            break
        nested.append(line.text.rsplit(": ", 1)[-1])  # `Read Local, Write Global: RDS Read Replicas, ...`
    return bool(nested) and all(names_listed(text) for text in nested)


def _one_blank_clauses(text: str) -> str:
    """A line of clauses (`small auto-___ fee, no retrieval fee, moves objects between access ___
    based on usage`) as the clauses that say it with one blank: those without, and the first
    with one that is no part of a longer word and has words enough around it to read; empty when none has."""
    clauses = [c.strip() for c in text.rstrip(" :").split(", ")]
    blanked = [c for c in clauses if MASK in c]
    readable = [c for c in blanked if c.count(MASK) == 1 and not _IN_A_NAME.search(c) and len(content_words(c)) >= BLANKS_WORDS]
    if len(clauses) < 2 or not readable:
        return ""
    joined = ", ".join(c for c in clauses if MASK not in c or c is readable[0])
    return joined[:1].upper() + joined[1:]


def _blanks(thing: Thing, written: str, text: str) -> int:
    """Blanks a cue may have: two where they hide one word twice in a line
    that says enough around them (`create ___ and alarm when costs exceed
    the ___`), neither inside a longer name (`AWS Agentless ___ Connector`)."""
    if text.count(MASK) < 2:
        return 1  # one is always allowed: only a second one is weighed
    names = thing.described.names
    hidden = [m.group() for m in names.finditer(written)]
    hidden += [w for w in WORD.findall(names.mask(written)) if names.leaks(w)]
    longest = max((w.lower() for w in hidden), key=len, default="")
    # one word twice (`budget`, `budgets`), or two plain words of the name (`report`, `credentials`)
    own = {w.lower() for w in names.words}
    same = all(longest.startswith(w.lower()[:STEM_LETTERS]) for w in hidden) or all(w.islower() and w in own for w in hidden)
    if len(content_words(text)) < BLANKS_WORDS or not same or any(" " in w for w in hidden):
        return 1
    between = text.split(MASK)[1:-1]  # the words between two blanks: `___ link ___` reads as a stutter
    return 1 if _IN_A_NAME.search(text) or any(len(part.split()) < BLANKS_APART for part in between) else 2



def asks_well(thing: Thing, cue: str) -> bool:
    """A cue fit to ask from: not a place in the notes' own list (`third type of storage`),
    nor the name written short (`load balancer` of ELB)."""
    return not _ORDINAL.search(cue) and not spells_acronym(thing.described.names.full, cue)



@per_value_and_text  # each card kind asks it of the thing's lines again
def about_another(thing: Thing, text: str) -> bool:
    """A line led by the name of something else (`EBS: network drive` under
    Instance Store, `Glacier Deep Archive: ...`, `ClusterIP -> ...`): a clue to that, not to the thing."""
    lead = _LEAD_NAME.match(text)
    if not lead:
        return False
    head = lead.group(1).strip()
    names = thing.described.names
    rest = text[lead.end(2) :]
    # `Dedicated hardware -> Hardware Security Module` names the thing; `kube-apiserver -> front
    # end of the control plane` says something of the apiserver
    if names.shows(head) or (names.shows(rest) and len(content_words(names.mask(rest))) <= NAMED_REST):
        return False
    words = head.split()
    if 1 < len(words) <= 4 and _same_head(words[-1], names.full.split()):
        return True  # `scheduled scaling: ...` under `Dynamic Scaling`: another kind of the same
    if lead.group(2) not in (":", "="):
        # `etcd -> ...`, `service -> ...`: an arrow line defines what leads it, however it is written
        return len(words) <= 4 and words[0].lower() not in STOPWORDS
    if not is_name(head) and not (len(words) in (2, 3) and head[:1].isupper() and plain_key(head) not in PART_LABELS):
        return False
    # `Durability: 11 9's`, `Encryption: ...`: an attribute of the thing, not another thing
    return len(words) > 1 or not _ATTRIBUTE.search(head)


def is_attribute(name: str) -> bool:
    """`Durability`, `Availability`: one word that names a property of things, not a thing
    (a word in `-ion` or `-ing` may name one: `Subscription`, `Pending`)."""
    return " " not in name.strip() and bool(_PROPERTY.search(name.strip()))


def _same_head(word: str, name_words: Sequence[str]) -> bool:
    """The lead ends with the last word of the thing's name of several (`scaling`, `Dynamic Scaling`)."""
    return len(name_words) > 1 and word.lower().strip("()") == name_words[-1].lower()


def _names_only(text: str) -> bool:
    """`AWS CF, AWS Config`, `Bucket Access Control List`: a name, or a list of
    names, says nothing a learner recognises."""
    text = ASIDE.sub(" ", text.split(": ", 1)[1] if ": " in text else text)
    parts = [p.split() for p in _NAME_BREAK.split(text) if p.strip()]
    # a longer line alone is a name when it does not open as a sentence does (`For ...`, `Supports ...`)
    first = parts[0][0].lower() if parts and parts[0] else ""
    longest = NAME_WORDS if len(parts) == 1 and first not in STOPWORDS and not first.endswith("s") else 3
    return all(len(p) <= longest and all(w[:1].isupper() or not w[:1].isalpha() for w in p) for p in parts)
