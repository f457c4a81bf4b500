"""From a description to a name, the way the exam asks: "Which service ...?"

Each thing the notes name and describe (see `things`) gives a card whose
front is its defining lines with every form of its name hidden, and whose
back is the name and its one-line definition; a thing with more lines gives
one more card, of the further lines that single it out among all the notes
(see `further_cues`). A description too thin to tell the thing apart (a few generic words, a list of other names) or one that
another thing's own lines say as well gives no card. The breadcrumb keeps
the section but never a heading that shows the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.cards.asking import Asked, answer_html, breadcrumb, id_breadcrumb, question
from pipeline.cards.confusable import AMBIGUOUS, AMBIGUOUS_MORE, ambiguous, leans_on_another_cue, said_together, supported, tells_apart, unshared
from pipeline.cards.contrast import fits_a_confusable
from pipeline.cards.cue_words import CUE_MIN_WORDS, abbreviations, spells_acronym, HIDDEN_LETTERS, STOPWORDS, WORD, content_words, spelled_out, unspelled
from pipeline.cards.further_cues import further_cues
from pipeline.cards.rivals import holders_of
from pipeline.cards.kinds import list_title, notes_text
from pipeline.cards.others import LinesElsewhere, defines_another, explains_its_kind, glosses_another, names_another, said_of_another
from pipeline.cards.per_document import per_document, per_value, per_value_and_text
from pipeline.cards.series import are_tiers
from pipeline.cards.sink import CardSink, ImageSource
from pipeline.cards.things import PART_LABELS, Thing, is_name, things_of
from pipeline.model import Card, Document
from pipeline.model.definitions import Line, strip_name
from pipeline.model.inline import ASIDE, escape, plain_key
from pipeline.model.naming import MASK

CUE_LINES = 3
CUE_WORDS = 45
BLANKS_WORDS = 5  # content words of a line that may hide the name twice
BLANKS_APART = 2  # words at least between two blanks
STEM_LETTERS = 5  # letters two hidden words share when they are one word (`transfer`, `transfering`)
MIN_WORDS = 4  # content words a card's cues must have between them
LABEL_WORDS = 5
NAMED_REST = 2  # words besides the name after a line's lead, for the line to name the thing
NAME_WORDS = 5  # capitalised words a name alone on a line may have
_ATTRIBUTE = re.compile(r"(?:ity|ion|ing|ance|ence|ment|ness|age|ure)$", re.IGNORECASE)
_LEAD_NAME = re.compile(r"^([^:=>→]{1,50}?)\s*(:|->|-->|→|=>|=)\s+\S")
# a blank after a capitalised word inside the line, or joined by a hyphen: the end of another
# name (`S3 One-Zone ___`, `Standard-___`), a kind of the thing rather than the thing
# or before one (`___ Flexible Retrieval`, `AWS Agentless ___ Connector`): part of another name
_IN_A_NAME = re.compile(rf"(?<=\S)\s+[A-Z][\w-]*\s+{re.escape(MASK)}|-{re.escape(MASK)}|{re.escape(MASK)}\s+[A-Z]|{re.escape(MASK)}-")
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?(?:types?|kinds?|ways?|options?|categor(?:y|ies)|class(?:es)?|tiers?)\b",
    re.IGNORECASE,
)
# a label over the thing's kinds (the lines under it say each of a kind) or its rules (they describe nothing)
_KINDS = re.compile(r"\b(?:kinds?|types?|classes|tiers|flavou?rs|categories|editions|variants|naming|conventions?|rules)\b", re.IGNORECASE)
# a line that says something is going away: no clue worth learning
_RETIRED = re.compile(r"\b(?:retir(?:ing|ed)|deprecated|discontinued|legacy|end of life)\b", re.IGNORECASE)
_NAMED_LEAD = re.compile(rf"^{re.escape(MASK)}(?:[\s-]+[\w-]+){{0,2}}\s*:")  # `___ pair: two ...`, `snowmobile: ...`
_COUNTED = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?)\b", re.IGNORECASE)  # a number, however written
_LISTED = re.compile(r"[,&/;]|\band\b")  # `supports Linux, MacOS and Windows`: names, however written


def recognition_plan(document: Document) -> list[Asked]:
    """Every recognition card the document gives, in the order of its lines."""
    return list(_plan(document))


@per_document
def _plan(document: Document) -> tuple[Asked, ...]:
    things = things_of(document)
    vocabulary = [{w for line in t.described.lines for w in content_words(line.text)} for t in things]  # line by line: each line's are kept
    holders = holders_of(vocabulary)
    items = {t.described.line for t in things if t.item}
    elsewhere = LinesElsewhere([(t, [(text, line.line) for text, line in cue_lines(t)]) for t in things], content_words)
    plan: list[Asked] = []
    written = notes_text(document)
    tiers = _tiers(things)
    for position, thing in enumerate(things):
        if list_title(thing, written):
            continue
        # a cue another thing's own line says as well fits that one too
        cues = [(text, line) for text, line in cue_lines(thing, things) if not elsewhere.says(thing, text)]
        if spelled := spelled_out(thing.described.names):
            cues = [(cue, line) for text, line in cues if (cue := unspelled(spelled, text))]
        # a line none of whose words singles the thing out among its siblings and section fits them too
        judged = [(unshared(document, thing, t), n) for t, n in cues]
        # one that says, in other words, what a confusable's line says fits that one too
        judged = [(text, line) for text, line in judged if asks_well(thing, text) and not fits_a_confusable(document, thing, text)]
        # a cue whose blank hides a common word is kept beside one that singles the thing out anywhere
        leaning = {line.line for text, line in judged if leans_on_another_cue(document, thing, text, line.text)}
        # the defining line may say the thing by words each of which a different neighbour says
        first = judged[0][1].line if judged and judged[0][1].depth == 0 else None
        cues = [
            (text, line)
            for text, line in judged
            if line.line in leaning or tells_apart(document, thing, text, line.text) or (line.line == first and said_together(document, thing, text))
        ]
        if thing.holds_items and not _defines_itself(thing):
            # a heading over named items: they are the things, but its own lines say what it is
            cues = [(text, line) for text, line in cues if line.depth == 0 and line.line not in items]
        for whole in _groups(cues):
            group = [whole[n] for n in supported(document, thing, [(text, line.line in leaning) for text, line in whole])]
            if len(content_words(" ".join(text for text, _ in group))) < MIN_WORDS:
                continue
            texts = tuple(text for text, _ in group)
            if not ambiguous(texts, position, things, vocabulary, holders, AMBIGUOUS):
                plan.append(Asked(thing, _labelled(thing, group), tuple(line.line for _, line in group), 1, tiers.get(thing.group, "")))
                used = {line.line for _, line in whole}
                rest = [(text, line) for text, line in cues if line.line not in used and line.line not in leaning]
                plan.extend(_further(document, thing, rest, position, things, vocabulary, holders, tiers.get(thing.group, "")))
            break
    return tuple(plan)


def _further(
    document: Document,
    thing: Thing,
    rest: list[tuple[str, Line]],
    position: int,
    things: Sequence[Thing],
    vocabulary: list[set[str]],
    holders: dict[str, list[int]],
    tier: str,
) -> list[Asked]:
    """The thing's one further card, of the lines that single it out among all the notes."""
    group = further_cues(document, thing, rest)
    texts = tuple(text for text, _ in group)
    # with no definition beside it, half its words said of another thing make it that one's too
    if not texts or ambiguous(texts, position, things, vocabulary, holders, AMBIGUOUS_MORE):
        return []
    return [Asked(thing, _labelled(thing, group), tuple(line.line for _, line in group), 2, tier)]


def _tiers(things: Sequence[Thing]) -> dict[str, str]:
    """The groups of named items that are tiers (see `series.are_tiers`), each with what its
    tiers are of: the words every tier's name says (`support` of `Basic support`, `Developer
    support plan`, ...), for a front that has lost the heading saying it."""
    groups: dict[str, list[Thing]] = {}
    for thing in things:
        if thing.item:
            groups.setdefault(thing.group, []).append(thing)
    found = {}
    for group, members in groups.items():
        if are_tiers([line.text for line in t.described.lines] for t in members):
            names = [[w for w in WORD.findall(ASIDE.sub(" ", t.name).lower()) if w not in STOPWORDS] for t in members]
            shared = [w for w in names[0] if all(w in other for other in names[1:])]
            found[group] = " ".join([*shared, "tier"])
    return found


def _labelled(thing: Thing, group: Sequence[tuple[str, Line]]) -> tuple[str, ...]:
    """The cues, each nested under a label with that label before it (`Design principles:
    test recovery procedures`, `Applied in the following order: soonest expiring`):
    without it a line has lost what it is a part of."""
    lines = thing.described.lines
    where = {line.line: n for n, line in enumerate(lines)}
    texts = []
    for text, line in group:
        n = where.get(line.line, 0)
        parent = next((lines[k] for k in range(n - 1, -1, -1) if lines[k].depth < line.depth), None) if line.depth else None
        label = parent.text.strip().rstrip(":").strip() if parent is not None and _is_label(parent, lines[n]) else ""
        shown = label and thing.described.names.leaks(label)
        texts.append(f"{label[:1].upper()}{label[1:]}: {text[:1].lower()}{text[1:]}" if label and not shown else text)
    return tuple(texts)


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
        # a line about something else, or a label over its kinds (`3 kinds:`) or rules, leads lines about others
        following = lines[n + 1] if n + 1 < len(lines) else None
        kinds = _KINDS.search(line.text) and _is_label(line, following)
        label = _is_label(line, following)
        defines = defines_another(thing.described.names, line.text) and not explains_its_kind(thing, line.text)
        another = about_another(thing, line.text) or defines or (label and names_another(thing, line.text, things))
        another = another or glosses_another(thing, line.text, things) or said_of_another(thing, line.text, things)
        under = line.depth if another or kinds or _RETIRED.search(line.text) else None
        if under is None and not label:
            if cue := _cue_of(thing, n):
                found.append((cue, line))
    return found


def _cue_of(thing: Thing, n: int) -> str:
    """The thing's line `n` as a cue: worked out once, whichever other things it is read among."""
    cues = _cues(thing)
    return cues[n] if n in cues else cues.setdefault(n, _cue(thing, thing.described.lines[n]))


@per_value  # recognition, comparison and practice cards each read a thing's lines
def _cues(thing: Thing) -> dict[int, str]:
    return {}


def recognition_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[Card]:
    return [card for _, card in asked_cards(document, pack_slug, image_src)]


def asked_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[tuple[Asked, Card]]:
    """Each recognition card with what it asks, once per guid."""
    sink = CardSink(document.path, pack_slug, image_src, once_per_id=True)
    made: list[tuple[Asked, Card]] = []
    things = things_of(document)
    for asked in recognition_plan(document):
        before = len(sink.cards)
        add_asked(sink, asked, "recognition", question(asked), answer_html(asked, things))
        if len(sink.cards) > before:
            made.append((asked, sink.cards[-1]))
    return made


def add_asked(sink: CardSink, asked: Asked, kind: str, prompt: str, answer: str) -> None:
    thing = asked.thing
    sink.section = thing.section
    sink.topic_title = thing.topic
    sink.add(
        kind,
        "basic",
        prompt=prompt,
        answer=answer,
        context=breadcrumb(thing),
        lines=(thing.described.line, *asked.lines),
        key=(kind, *asked.key[1:]),
        id_context=id_breadcrumb(thing),
    )


def _cue(thing: Thing, line: Line) -> str:
    """A line as a cue: the name hidden, a leading name dropped; empty when it says too little."""
    text = strip_name(thing.described.names, line.text)
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
        # a leaked word that leads the line names a part of the thing (`snowmobile: ...`)
        if text.count(MASK) > _blanks(thing, line.text, text) or len(content_words(text)) < CUE_MIN_WORDS + 1 or _NAMED_LEAD.match(text):
            return ""
    return text


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


def _defines_itself(thing: Thing) -> bool:
    """A topic whose first own line names it (`The OSI model splits ...`): a thing, not only a heading."""
    lines = thing.described.lines
    return bool(lines) and thing.described.names.shows(lines[0].text) and not about_another(thing, lines[0].text)


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


def _same_head(word: str, name_words: Sequence[str]) -> bool:
    """The lead ends with the last word of the thing's name of several (`scaling`, `Dynamic Scaling`)."""
    return len(name_words) > 1 and word.lower().strip("()") == name_words[-1].lower()


def _is_label(line: Line, following: Line | None) -> bool:
    """A short line that leads lines nested under it (`Alarm actions:`): they say it."""
    return following is not None and following.depth > line.depth and len(line.text.split()) <= LABEL_WORDS


def _names_only(text: str) -> bool:
    """`AWS CF, AWS Config`, `Bucket Access Control List`: a name, or a list of
    names, says nothing a learner recognises."""
    text = ASIDE.sub(" ", text.split(": ", 1)[1] if ": " in text else text)
    parts = [p.split() for p in re.split(r"[,&/;]|\band\b|\.\.+", text) if p.strip()]
    # a longer line alone is a name when it does not open as a sentence does (`For ...`, `Supports ...`)
    first = parts[0][0].lower() if parts and parts[0] else ""
    longest = NAME_WORDS if len(parts) == 1 and first not in STOPWORDS and not first.endswith("s") else 3
    return all(len(p) <= longest and all(w[:1].isupper() or not w[:1].isalpha() for w in p) for p in parts)


def _unrepeated(cues: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """The cues less each whose words an earlier one says all of (`run 100000s of computing ___ jobs`
    after `run hundreds of thousands of ___ computing jobs`): the card would say it twice."""
    kept: list[tuple[str, Line]] = []
    for text, line in cues:
        words = set(content_words(text))
        # a count the earlier one does not say (`up to 3 fault domains` after `spread across fault domains`) is more
        if not any(words <= set(content_words(earlier)) and (not _COUNTED.search(text) or _COUNTED.search(earlier)) for earlier, _ in kept):
            kept.append((text, line))
    return kept


def _groups(cues: list[tuple[str, Line]]) -> list[list[tuple[str, Line]]]:
    """The cues in cards of at most CUE_LINES lines and CUE_WORDS words, each
    with enough to recognise; a card's last lines may be left out."""
    groups: list[list[tuple[str, Line]]] = []
    current: list[tuple[str, Line]] = []
    for cue in _unrepeated(cues):
        words = sum(len(text.split()) for text, _ in current) + len(cue[0].split())
        if current and (len(current) >= CUE_LINES or words > CUE_WORDS):
            groups.append(current)
            current = []
        current.append(cue)
    if current:
        groups.append(current)
    return [g for g in groups if len(content_words(" ".join(text for text, _ in g))) >= MIN_WORDS]
