"""A line that lists a few names, each with its gloss in brackets ("Procurement
docs: RFI (information), RFQ (price quote, for commodity items), RFP (proposals,
complex work)") or defined by `=` ("ESP = encrypt + auth, AH = auth only"), a
line that compares names and then their glosses ("RAG vs fine-tuning -> ground
at runtime vs retrain"), and a table of a few things by row. The line's own
card asks the list forward; the exam names the need and asks the name ("Which
document asks sellers for a price quote?"). Each gloss becomes a card that
names the options and asks which one it is: "RFI, RFQ or RFP?" over "price
quote, for commodity items" -> RFQ.

Only a list of names is read so: every item a short name, with or without its
gloss, two glosses at least, none the same as another, none saying its own name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.cards.bold_roles import is_catalogue
from pipeline.cards.card_topics import card_topics
from pipeline.cards.compare import option_list
from pipeline.cards.deletions import gives_itself_away
from pipeline.cards.entries import Entry
from pipeline.cards.glossed_items import (
    GLOSS_WORDS,
    GLOSSED,
    ITEM_BETWEEN,
    JOINED,
    MAX_ITEMS,
    MIN_GLOSSED,
    WORDY,
    Item,
    a_cue,
    a_name,
    items_of,
    told_apart,
    told_apart_each,
)
from pipeline.cards.line_shapes import VERSUS
from pipeline.cards.sink import CardSink, ImageSource
from pipeline.cards.sub_lists import first_sentence, split_outside_brackets
from pipeline.cards.table_rows import EMPTY_CELLS, describes
from pipeline.cards.versus_sides import sides_defined
from pipeline.cards.tables import named_by_row
from pipeline.cards.term_shapes import plural_kind
from pipeline.model import Card, Document, Node, Table
from pipeline.model import inline as inl
from pipeline.model.inline import escape, plain_key
from pipeline.model.naming import name_key, names_of


# "tailgating (no consent) vs piggybacking (consent)": two items of the list
_BETWEEN = re.compile(r"\s*[,;]\s*|\s+vs\.?\s+|\s+versus\s+", re.IGNORECASE)
_SLASHED = re.compile(r"\s+/\s+")  # "sidecar = helper / ambassador = outbound proxy": only where nothing else cuts the pairs
_CLAUSES = re.compile(r"\s*;\s*")
_EQUATION = re.compile(r"^(?P<name>[^=()]+?)\s*(?<![=!<>])=(?!=)\s*(?P<gloss>[^=]+)$")
# names compared, a separator, then their glosses compared: `A vs B -> a vs b`, `A vs B — a vs b`, `A vs B: a vs b`
_PAIRED = re.compile(r"^(?P<names>[^:=→>—–]+?\svs\.?\s[^:=→>—–]+?)\s*(?:->|→|=>|:|\s[—–-]\s)\s*(?P<glosses>.+\svs\.?\s.+)$", re.IGNORECASE)
# "802.3at (PoE+) 30W", "Cat6a 10G @ 100m", "gp3 16,000 IOPS": a name, then a figure and its unit
_VALUED = re.compile(r"^(?P<name>\S.*?)\s+(?P<gloss>\d[\d.,/]*\s?[A-Za-z%].*)$")
_CODED_NAME = re.compile(r"\d|[a-z][A-Z]|^[A-Z]{2,}")  # "802.3af", "Cat5e", "gp3", "DDR": a standard's or a type's name
MIN_VALUED = 3
_SAYS = re.compile(r"[A-Za-z]{4,}")  # a word a gloss says something with
_EXAMPLE_NAME = re.compile(r"^(?:a|an|the)\s", re.IGNORECASE)  # "a new printer": an example, no name
_RELATIVE_WORDS = frozenset("after before better worse higher lower more less none both same".split())


def glossed_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None) -> list[Card]:
    sink = CardSink(document.path, pack_slug, image_src, once_per_id=True)
    for context, _, topic in card_topics(sink, document):
        for node in _lines(topic.body):
            _line_cards(sink, context, node)
    return sink.cards


def _lines(nodes: tuple[Node, ...]) -> Iterator[Node]:
    for node in nodes:
        if node.role != "code":
            yield node
        yield from _lines(node.children)


def glossed_kinds(head: str, text: str) -> int | None:
    """`sync auth options: password hash sync (simplest), pass-through auth (on-prem agent),
    federation (AD FS)`: how many members a plural kind is answered by, each a short name,
    most of them glossed (the glosses are asked apart, need to name), set side by side with
    `vs` too (`modes: Incremental (default) vs Complete (deletes what is not in the template)`);
    else None."""
    words = inl.ASIDE.sub(" ", head).split()
    if not words or not plural_kind(words[-1]):
        return None
    items = items_of(text)
    if items is None or len(items) > MAX_KINDS:
        return None
    return len(items) if 2 * sum(a_cue(i.gloss) for i in items) > len(items) else None


MAX_KINDS = 6  # members of a kind a card asks to name


def clause_items(text: str) -> list[Item] | None:
    """`Withdraw/Avoid (postpone, lose-lose); Smooth/Accommodate (emphasize agreement); ...`:
    the list's items when each clause is one name, most of them glossed; else None."""
    clauses = split_outside_brackets(first_sentence(text).strip().rstrip("."), _CLAUSES)
    if clauses is None or not 2 <= len(clauses) <= MAX_ITEMS:
        return None
    items: list[Item] = []
    for clause in clauses:
        found = GLOSSED.match(clause.strip())
        name, gloss = (found.group("name").strip(), found.group("gloss").strip()) if found else (clause.strip(), "")
        if not a_name(name) or len(gloss.split()) > GLOSS_WORDS:
            return None
        items.append(Item(name, gloss))
    return items if 2 * sum(bool(i.gloss) for i in items) > len(items) and told_apart(items) else None


def valued_items(text: str) -> list[Item] | None:
    """`802.3af 15.4W, 802.3at (PoE+) 30W, 802.3bt 60/90W`: names, each with the figure it
    stands for, when the text's first sentence is only such items (three at least). A
    figure another item shares or says in part (`Cat5e 1G`, `Cat6 1G (10G to 55m)`) tells
    no name apart: its name stays an option only."""
    parts = split_outside_brackets(first_sentence(text).strip().rstrip("."), ITEM_BETWEEN)
    if parts is None or not MIN_VALUED <= len(parts) <= MAX_ITEMS:
        return None
    found = [_VALUED.match(part.strip()) for part in parts]
    if not all(m and a_name(m.group("name")) and _CODED_NAME.search(m.group("name")) for m in found):
        return None
    names = [m.group("name").strip() for m in found if m]
    told = told_apart_each([plain_key(m.group("gloss")) for m in found if m])
    glosses = [m.group("gloss").strip() if ok else "" for m, ok in zip(found, told) if m]
    items = [Item(n, g) for n, g in zip(names, glosses)]
    return items if sum(bool(g) for g in glosses) >= MIN_GLOSSED and len({name_key(n) for n in names}) == len(names) else None


def _later_equations(text: str) -> list[list[Item]]:
    """The sentences after a line's first that each define two names or more by `=`
    (`SNMP: 161 agent get/set. v2c = community in plaintext, v3 = authPriv.`)."""
    found: list[list[Item]] = []
    for sentence in _sentences(text[len(first_sentence(text)) :]):
        if (items := equations_of(sentence)) is not None and all(_says(i.gloss) for i in items):
            # ("trap = not": no gloss to tell it by); "A broken printer = incident": examples, asked by their kind
            found.append([Item(i.gloss, i.name) for i in items] if all(_EXAMPLE_NAME.match(i.name) for i in items) else items)
    return found


def _sentences(text: str) -> Iterator[str]:
    """The text's sentences in turn, each up to its full stop outside brackets."""
    rest = text.lstrip(" .")
    while rest.strip():
        sentence = first_sentence(rest) or rest[:1]  # "!" or "?" first: a mark to step over
        yield sentence
        rest = rest[len(sentence) :].lstrip(" .")


def _defined_runs(text: str) -> list[list[Item]]:
    """Runs of two sentences or more that each define one name by `=`, its gloss a list of
    its own (`TACACS+ = Cisco, TCP 49, whole payload encrypted. RADIUS = open, UDP 1812,
    password only.`): each sentence one item, where no comma cuts it into pairs."""
    if _CHAIN.search(first_sentence(text)):
        return []  # "Assess → Plan → Deploy → Optimize. Assess = ...": the line's card keeps the order whole
    runs: list[list[Item]] = [[]]
    for sentence in _sentences(text):
        said = sentence.strip().rstrip(".")
        whole = _EQUATION.match(said)
        if whole and len(_pairs_between(said, _BETWEEN) or ()) < 2 and _NAMED.match(whole.group("name")):
            runs[-1].append(Item(whole.group("name").strip(), whole.group("gloss").strip()))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if 2 <= len(run) <= MAX_ITEMS and _defines(run)]


def _defines(items: list[Item]) -> bool:
    """Short names, each defined in words by a gloss of its own, told apart."""
    return all(a_name(i.name) and len(i.gloss.split()) <= GLOSS_WORDS and WORDY.search(i.gloss) for i in items) and told_apart(items)


_CHAIN = re.compile(r"\S\s*(?:→|->)\s*\S+\s*(?:→|->)")  # steps in order: two arrows at least
# "TACACS+", "Incident mgmt", "KMS": a name as the notes write one, not a clause ("colder", "you")
_NAMED = re.compile(r"^\s*(?:[A-Z0-9][\w+./&-]*)(?:\s[\w+./&-]+){0,3}\s*$")


def _labelled_lists(text: str) -> list[tuple[str, list[Item]]]:
    """The sentences of a line that each lead into a list of glossed names after a colon
    (`EBS — block storage ... Types: gp3 (SSD general), st1 (throughput HDD), sc1 (cold HDD).`,
    `Ground Truth — labels your training data with human workforces: Mechanical Turk (public),
    private (own employees)`), with their labels where the lead is a name: the line's own
    card reads them forward, the exam asks from the gloss."""
    found: list[tuple[str, list[Item]]] = []
    for sentence in _sentences(text):
        labelled = _LABELLED.match(sentence.strip())
        if labelled and not VERSUS.search(labelled.group("label")) and not _CALL.search(labelled.group("items")):
            if (items := items_of(labelled.group("items"))) is not None:
                # "GetBulk (v2c+), Trap (unacked), Inform (acked, v2c+)": a gloss another says too tells neither apart
                # a bare figure ("PDUs: data (5-7), segment (4)") says nothing to recall the name by
                told = told_apart_each([plain_key(i.gloss) for i in items])
                items = [Item(i.name, i.gloss if ok and WORDY.search(i.gloss) else "") for i, ok in zip(items, told)]
                cues = sum(a_cue(i.gloss) for i in items)
                # most names bare ("Functions: default, email, random (numeric)"): offering the glossed alone cuts the list short
                if cues >= MIN_GLOSSED and 2 * cues >= len(items):
                    label = labelled.group("label").strip()
                    found.append((label if a_name(label) else "", items))  # "labels data with human workforces": no name
    return found


# "Types: gp3 (SSD general), ...", "malware: virus (needs host), ...": a short label, then its list
_LABELLED = re.compile(r"^(?P<label>[^:()]{1,80}?):\s+(?P<items>\S.*)$")
_CALL = re.compile(r"\w\(")  # "random(start,end)": a function's arguments, no gloss


def _says(gloss: str) -> bool:
    """A gloss with a word of its own ("acked", "authPriv"), not only a comparison's ("after", "better")."""
    return any(w.lower() not in _RELATIVE_WORDS for w in _SAYS.findall(gloss))


def equations_of(text: str) -> list[Item] | None:
    """"requests = scheduling, limits = enforcement", "ESP = encrypt + auth, AH = auth only":
    the names its first sentences define, each by `=`, when every part of them does."""
    items: list[Item] = []
    while text.strip():
        sentence = first_sentence(text)
        said = sentence.strip().rstrip(".")
        pairs = _pairs_between(said, _BETWEEN) or _pairs_between(said, _SLASHED)
        if not pairs or len(items) + len(pairs) > MAX_ITEMS:
            break
        items += [Item(JOINED.sub("", m.group("name").strip()), m.group("gloss").strip()) for m in pairs if m]
        text = text[len(sentence) :].lstrip(" .")
    # "EV = 40k, PV = 50k": figures of a worked example, no meanings
    return items if len(items) >= 2 and _defines(items) else None


def _pairs_between(sentence: str, between: re.Pattern[str]) -> list[re.Match[str]] | None:
    """The sentence's `name = gloss` parts, cut at `between`, when every part is one."""
    pairs = [_EQUATION.match(p) for p in split_outside_brackets(sentence, between) or []]
    if not pairs or not all(pairs) or (between is _SLASHED and len(pairs) < 2):
        return None
    # "... filter expressions / search vs metadata = ...": a slash inside a gloss, no pair's own
    return None if any("," in m.group("name") or VERSUS.search(m.group("name")) for m in pairs if m) else [m for m in pairs if m]


def _line_cards(sink: CardSink, context: tuple[str, ...], node: Node) -> None:
    if node.table is None and is_catalogue(node.inline):
        return  # `**automatic** (...), **basic** (...), **manual** (...)`: its roles are asked already (`bold_roles`)
    if node.table is not None:
        for header, items in table_columns(node.table, context[-1] if context else ""):
            _asked(sink, context, node.line, items, every=True, aspect=header)
        return
    if (pairs := paired_sides(inl.to_plain(node.inline)) or glossed_sides(inl.to_plain(node.inline))) is not None:
        _asked(sink, context, node.line, pairs)
        return
    split = inl.split_term(node.inline) or (inl.dash_parts(spans) if (spans := inl.strip(node.inline)) else None)
    label = inl.to_plain(split[0]).strip() if split else ""
    rest = inl.to_plain(split[1] if split else node.inline)
    shown = (*context, label) if label else context
    defined = equations_of(rest)
    whole = equations_of(inl.to_plain(node.inline)) if split and defined is None else None
    if defined is not None:
        _asked(sink, shown, node.line, defined)
    elif (items := valued_items(rest)) is not None:
        _asked(sink, shown, node.line, items)  # "802.3at (PoE+) 30W": which standard gives 30W?
    elif whole is not None:
        _asked(sink, context, node.line, whole)  # "vuln = weakness, exploit = uses it": the first name is no label of the rest
    elif (sides := sides_defined(label, rest)) is not None:
        _asked(sink, context, node.line, [Item(side, gloss) for side, gloss in sides])  # "IDS vs IPS: IDS = ...; IPS = ..."
    elif not VERSUS.search(label) and (items := clause_items(rest)) is not None:
        _asked(sink, shown, node.line, items)  # "Withdraw/Avoid (postpone); Smooth (emphasize agreement); ..."
    elif not VERSUS.search(label):
        # under a comparison ("Policy vs RBAC: ...") only names the line defines are its sides;
        # "L2, MAC address table; managed (VLANs, ...) vs unmanaged (plug & play)": each clause its own list
        for clause in split_outside_brackets(rest, _CLAUSES) or []:
            _asked(sink, shown, node.line, items_of(clause))
    if defined is None and whole is None:
        for items in _later_equations(rest):
            _asked(sink, shown, node.line, items)  # "161 agent get/set. v2c = plaintext community, v3 = authPriv."
    for label, items in _labelled_lists(rest):
        _asked(sink, (*shown, label) if label else shown, node.line, items)  # "... Types: st1 (throughput HDD), sc1 (cold HDD)."
    for items in _defined_runs(rest):
        _asked(sink, shown, node.line, items)  # "TACACS+ = Cisco, TCP 49. RADIUS = open, UDP 1812."


def paired_sides(text: str) -> list[Item] | None:
    """"Image classification vs object detection -> whole-image label vs bounding boxes",
    "OWD vs Sharing — baseline (restrict) vs exceptions (open up)": the names compared,
    then what each is, in the same order."""
    found = _PAIRED.match(text.strip())
    if found is None or found.group("names").count("(") != found.group("names").count(")"):
        return None  # "UTP vs STP (shielded — for EMI areas)": the dash is the aside's
    names = [n.strip() for n in VERSUS.split(found.group("names"))]
    glosses = [g.strip().rstrip(".") for g in VERSUS.split(first_sentence(found.group("glosses")))]
    if not 2 <= len(names) == len(glosses) <= MAX_ITEMS or not all(a_name(n) and g for n, g in zip(names, glosses)):
        return None
    items = [Item(n, g) for n, g in zip(names, glosses)]
    return items if told_apart(items) else None


# "online (hydra, medusa - hits live svc) vs offline (hashcat, john - cracking stolen hashes)": the whole line
_GLOSSED_SIDES = re.compile(r"^(?P<one>[^().;:]{1,40}?)\s*\((?P<first>[^()]+)\)\s+vs\.?\s+(?P<other>[^()]{1,40}?)\s*\((?P<second>[^()]+)\)\W*$", re.IGNORECASE)


def glossed_sides(text: str) -> list[Item] | None:
    """A line that is two names side by side, each glossed in brackets, and nothing else."""
    found = _GLOSSED_SIDES.match(text.strip())
    if found is None:
        return None
    items = [Item(found.group("one").strip(), found.group("first").strip()), Item(found.group("other").strip(), found.group("second").strip())]
    return items if all(a_name(i.name) for i in items) and told_apart(items) else None


def without_sides_asked(entries: list[Entry]) -> list[Entry]:
    """The entries less the lines of names compared then glossed that their comparison
    cards ask whole, a card for each side: no other card need say them."""
    return [e for e in entries if e.node.children or e.special is not None or not _sides_asked(inl.to_plain(e.full))]


def _sides_asked(text: str) -> bool:
    pairs = paired_sides(text)
    return pairs is not None and all(a_cue(i.gloss) and not tells_its_name(i.gloss, i.name, ()) for i in pairs)


def table_columns(table: Table, heading: str) -> list[tuple[str, list[Item]]]:
    """A table of a few named rows (`| Type | How | Common probs |`, `| Type | Notes |`):
    each column that says things in words, as the rows' names glossed by its cells (a
    cell another row shares glosses nothing: `5 GHz` of two Wi-Fi standards)."""
    if not named_by_row(table, heading):
        return []  # `| | Security Group | NACL |`: the things are the columns, the rows their aspects
    rows = [row for row in table.rows if row and inl.to_plain(row[0]).strip()]
    names = [inl.to_plain(row[0]).strip() for row in rows]
    if not 2 <= len(rows) <= MAX_ITEMS or not all(a_name(n) for n in names) or len({name_key(n) for n in names}) < len(names):
        return []
    columns = []
    for column in range(1, len(table.header)):
        header = inl.to_plain(table.header[column]).strip()
        cells = [inl.to_plain(row[column]).strip() if column < len(row) else "" for row in rows]
        if not header or not any(WORDY.search(c) for c in cells) or any(len(c.split()) > GLOSS_WORDS for c in cells):
            continue  # a column of figures is asked forward, by its row; a paragraph is no gloss
        told = [ok and c.lower() not in EMPTY_CELLS for ok, c in zip(told_apart_each([plain_key(c) for c in cells]), cells)]
        items = [Item(n, c if ok else "") for n, c, ok in zip(names, cells, told)]
        if sum(a_cue(i.gloss) for i in items) >= MIN_GLOSSED:
            columns.append(("" if describes(header) else header, items))
    return columns


def _asked(sink: CardSink, shown: tuple[str, ...], line: int, items: list[Item] | None, every: bool = False, aspect: str = "") -> None:
    """A card for each gloss, among the list's names; where most of them are bare ("Service
    Console — ..., split view, utility bar, macros (automate clicks), quick text (...)"),
    among the glossed ones alone: a feature list is no set of rivals (a table's rows, `every`,
    are all rivals). A table's column names the `aspect` its cell tells ("How: heat-sensitive paper")."""
    if items is None:
        return
    glossed = [i.name for i in items if a_cue(i.gloss)]
    names = [i.name for i in items] if every or 2 * len(glossed) >= len(items) else glossed
    for item in items:
        if not a_cue(item.gloss) or tells_its_name(item.gloss, item.name, shown):
            continue
        cue = f"{aspect}: {item.gloss}" if aspect else item.gloss
        option_card(sink, names, cue, item.name, shown, line, ("glossed", *sorted(name_key(n) for n in names), plain_key(cue)))


def option_card(sink: CardSink, names: list[str], cue: str, name: str, context: tuple[str, ...], line: int, key: tuple[str, ...]) -> None:
    """"A, B or C? <cue>" → the name the cue is said of."""
    sink.add(
        "compare",
        "basic",
        prompt=f'<div class="sp-label">{escape(option_list(names))}?</div><div>{escape(cue)}</div>',
        answer=f"<div><b>{escape(name)}</b></div>",
        context=context,
        lines=(line,),
        key=key,
    )


def tells_its_name(gloss: str, name: str, context: tuple[str, ...]) -> bool:
    """A gloss or breadcrumb that says the item's name ("LC (little connector)"
    spells LC) answers the card. (Another option's name, "differential (since the
    last full)", says how the two differ.)"""
    return names_of(name).shows(gloss) or _spells(name, gloss) or gives_itself_away(f"{{{{c1::{escape(name)}}}}} {escape(gloss)}", context, frozenset())


def _spells(name: str, gloss: str) -> bool:
    """"IOPS (input/output operations per second)": the gloss's initials spell the acronym."""
    letters = name.lower()
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,5}s?", name) or sum(ch.isupper() for ch in name) < 2:
        return False
    initials = iter("".join(w[0] for w in re.findall(r"[A-Za-z]+", gloss)).lower())
    return letters[0] == gloss.lstrip()[:1].lower() and all(ch in initials for ch in letters)
