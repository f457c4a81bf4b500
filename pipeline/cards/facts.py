"""A group's remaining facts. A few short ones are asked together by the
group's label. A longer group becomes its defining line (with up to three
facts that have no key term), asked by the label, plus one card per further
fact (`single_facts`). Nothing is split by word count: every front says what
it asks."""

from __future__ import annotations

import html
import re

from pipeline.cards.bracket_names import bracket_named, bracket_names
from pipeline.cards.chunking import SHORT_FACT_WORDS, SMALL_FACTS, SMALL_WORDS, chunks, pieces, without_asides, words
from pipeline.cards.shared_leads import lead_front
from pipeline.cards.having_lines import having_verb, said_as_had
from pipeline.cards.defining import completing_line, kind_line, leans_on_another, names_what_it_is_made_of, refers_back, says_where, tells_a_property
from pipeline.cards.numbers import without_claims
from pipeline.cards.paragraph_lists import listed_items, paragraph_list_cards
from pipeline.cards.cue_words import says_term
from pipeline.cards.list_remnants import keyed_remnants
from pipeline.cards.entries import Fact, Group, is_name_list
from pipeline.cards.fact_order import in_order
from pipeline.cards.objective_lines import objective_lines, under_objective
from pipeline.cards.series import TIERS_ASKED
from pipeline.cards.side_facts import side_fact_parts, with_definitions
from pipeline.cards.opening_names import opening_name_cloze
from pipeline.cards.prompts import asked, defined_subject, is_generic, is_open_list
from pipeline.cards.line_shapes import first_clause, is_bare_choice, leads_on, says_its_place
from pipeline.cards.single_facts import about_another, gives_itself_away, keyed_text, name_cloze, named_text, names_another, names_subject, single_fact_card
from pipeline.cards.defined_terms import called_text, defined_text
from pipeline.cards.compared_terms import compare_card, compare_context, compared_terms
from pipeline.cards.side_by_side import side_cards
from pipeline.cards.definition_lines import defining_line, definition_length, each_part_defined, past_a_term
from pipeline.cards.item_fronts import item_front
from pipeline.cards.forward_facts import forward_text
from pipeline.cards.listed_names import beside_definition
from pipeline.cards.member_lines import opens_with_member
from pipeline.cards.need_lists import points_to_a_name
from pipeline.cards.exam_remarks import past_exam_remarks
from pipeline.cards.own_subjects import about_another_subject, undefined_lines
from pipeline.cards.member_paragraphs import member_paragraph
from pipeline.cards.last_resort import ride_with_names, unasked_lines
from pipeline.cards.whole_lists import whole_members
from pipeline.cards.sink import CardSink
from pipeline.model import Span
from pipeline.model import inline as inl

PIECE_WORDS = 40  # a longer line is split at its sentences
BARE_DEFINITION_WORDS = 3  # lines this short are names ("IaaS", "PaaS"), a list rather than a definition
QUALIFIER_WORDS = 3  # a side fact this short rides with the definition
# "used to be named CloudEndure": a former name, which says nothing of what the thing is
_FORMER_NAME = re.compile(r"^\s*(?:formerly|previously|renamed|successor\s+(?:to|of)|used to be (?:named|called)|also (?:known as|called))\b", re.IGNORECASE)
_INTERROGATIVE = re.compile(r"^\s*(?:why|how|when|where|which|who)\b", re.IGNORECASE)  # "Why cache": no thing to define
# `if the question says "..." -> User Access Administrator`: an exam's scenario and its answer, no definition
_SCENARIO = re.compile(r"^\s*(?:(?:if|when|whenever)\b[^\n]*|[\"“][^\"”]+[\"”][^\n]*?)\s(?:->|→|=>|⇒)\s", re.IGNORECASE)


MAPPED_WORDS = 5
MAPPED_STEPS = 2
_MAPPING = re.compile(r"\s(?:->|→|=>)\s")


def _maps(fact: Fact) -> bool:
    """`partition key -> shard (ordering only within shard)`: a first clause that maps one thing
    to another, a flow or a rule of the topic, no definition of it."""
    clause = first_clause(inl.to_plain(fact.inline))
    found = _MAPPING.search(clause)
    # (a long phrase before the arrow, "portable devices to collect ... -> offline devices", is the definition
    # going on; a chain of steps, "BIOS/UEFI -> GRUB2 -> kernel -> systemd", is what the process is)
    chained = len(_MAPPING.findall(clause)) > MAPPED_STEPS
    return found is not None and not chained and 0 < len(inl.ASIDE.sub(" ", clause[: found.start()]).split()) <= MAPPED_WORDS


def fact_cards(sink: CardSink, group: Group, facts: list[Fact], first_kind: str) -> None:
    # A short paragraph cut at its sentences is a definition and its elaboration:
    # read together they are a passage to recite, so its first sentence is
    # asked, and a later one only by a key term of its own. (The sentences of a
    # long paragraph are a passage of facts, each asked.)
    split: list[Fact] = []
    later: set[int] = set()  # a short paragraph's sentences after its first
    for fact in facts:
        sentences = [kept for piece in pieces(fact.inline, PIECE_WORDS) if (kept := without_asides(piece))]
        for index, piece in enumerate(sentences):
            split.append(Fact(piece, fact.line))
            if index and len(sentences) <= SMALL_FACTS:
                later.add(id(split[-1]))
    if not split:
        return  # every sentence an aside of the author's
    if first_kind == "overview" and (items := listed_items(group, facts)) is not None:
        paragraph_list_cards(sink, group, facts[0], items)  # "Indicators" over nine short items on one line
        return
    label = inl.to_plain(group.label)
    names = sum(is_name_list(f.inline) for f in split) * 2 > len(split)  # "Services: EFS-IA, S3 Glacier, ..."
    if group.context and is_generic(label) and names and not is_open_list(label) and beside_definition(sink, group, split):
        return  # tools filed under the thing, said beside its definition: no clue to it
    if group.context and len(split) > SMALL_FACTS and (is_open_list(label) or (is_generic(label) and names)):
        # A few of many use cases: any part shown as "the" answer would read as the
        # whole list, so each part asks what they are the use cases of.
        for index, part in enumerate(chunks(split, lambda f: words(f.inline), SMALL_WORDS, SMALL_FACTS)):
            single_fact_card(sink, group, part, *name_cloze(sink, group, part), kind=first_kind if index == 0 else "detail")
        return
    if group.is_topic and (own := about_another(sink, group, split)) is not None:
        split.insert(0, split.pop(own))  # the line that names the topic defines it
    # A topic's overview asks what the topic is: its defining line, no side facts
    # ("can be used with on-premises systems") that would make the card a list to
    # recite under a bare name; each of those is asked by a card of its own. A
    # list of parallel lines ("no X", "no Y", "no Z") is the topic itself, asked whole.
    # A picture and the lines about it are read together (a diagram is no side fact).
    pictured = any(inl.has_image(f.inline) for f in split)
    named = (names_subject(label) or defined_subject(label) is not None) and not _INTERROGATIVE.match(label)
    topic = group.is_topic and first_kind == "overview" and named  # "Benefits:" is its list, no thing
    overview = (topic or _a_thing(group)) and not _parallel(split) and not pictured
    if overview and len(split) > 1 and (_FORMER_NAME.match(inl.to_plain(split[0].inline)) or says_where(split[0].inline) or _says_its_name(label, split[0])):
        split.insert(1, split.pop(0))  # the next line says what the thing is
    if overview and (own := past_a_term(group, split)):
        split.insert(0, split.pop(own))  # "..., are called batch jobs": a term's definition, not the topic's
    antecedent = 0  # "... = storing these dependencies": the line it points back to leads it
    if overview and (own := defining_line(group, split)):
        antecedent = 2 if refers_back(split[own].inline) else 0
        split.insert(0, split.pop(own))  # "right sizing = process of ...": the notes' own definition
        if antecedent:
            split.insert(0, split.pop(own))
    elif overview and len(split) > 1 and leans_on_another(split[0].inline, split[1].inline):
        split.insert(0, split.pop(1))  # "can leverage AppSync", then "tools to build apps": what it is comes first
    elif overview and definition_length(group, split) == 1 and (own := kind_line(label, [f.inline for f in split])):
        split.insert(0, split.pop(own))  # "fully managed service to ...": what the thing is
    defining = max(antecedent, definition_length(group, split)) if overview else len(split)
    if overview and defining == 1 and len(split) > 1 and names_what_it_is_made_of(split[0].inline, split[1].inline):
        defining = 2  # "deploy apps", then "packaged in containers": what it is made of defines it
    if overview and defining == 2 and (own := completing_line([f.inline for f in split])):
        split.insert(1, split.pop(own))  # "Elastic File System", then "managed NFS ...": what it is
    if overview:
        defining = each_part_defined(group, split, defining)
    if overview and (names_another(sink, group, split[0]) or opens_with_member(label, split[0]) or about_another_subject(sink, label, split[0]) or tells_a_property(split[0].inline) or _SCENARIO.match(inl.to_plain(split[0].inline)) or (group.is_topic and (points_to_a_name(inl.to_plain(split[0].inline)) or _maps(split[0])))):
        defining = 0  # "VNet peering connects..." under "Networking", "**ml.inf2** — ..." under its options: no definition
    if overview and sink.glossary:
        defining = 0  # "Entra Connect Sync = ..." atop *Hybrid identity*: the terms have their cards, the other lines their key terms
    while overview and split and (rest := past_exam_remarks(split[0])) is not split[0]:
        # "Almost half the exam.": the author on the exam, no fact of the heading, said by no card; the line's other sentences stay
        if rest is None:
            split.pop(0)
        else:
            split[0] = rest
        defining = 0
    if not split:
        return
    # (an item's "A (...) vs B (...)" is asked "— which 2?" by its front: `item_front`)
    if overview and (terms := compared_terms(label, split[0], versus_too=group.is_topic)) is not None:
        compared = split.pop(0)
        compare_card(sink, group, compared, terms)  # "Labels = ... Annotations = ..." under *Config*: no definition of it
        side_cards(sink, compare_context(group), inl.to_plain(compared.inline), compared.line)
        if not split:
            return
        defining = 0
    objective = under_objective(group)
    if objective:
        defining = 0  # "104.2 Maintain the integrity of filesystems" over fsck, tune2fs: an exam's part, no thing defined
    small = len(split) <= SMALL_FACTS and sum(words(f.inline) for f in split) <= SMALL_WORDS
    small = small and not later and len(split) <= defining and len(bracket_names(split)) < 2 and not objective
    together = [] if objective else split if small else split[:defining] if overview else split[:1]
    singles: list[tuple[list[Fact], tuple[str, tuple[str, ...]]]] = []
    if not small:
        blend = len(bracket_names(split)) >= 2
        keyed = {
            id(f): None if item is False else item or found or (bracket_named(sink, group, f) if blend else None)
            for f in split[1:]
            for found in [keyed_text(sink, group, f) or opening_name_cloze(sink, group, f)]  # the line's own cloze, weighed against
            for item in [_asked_of_item(sink, group, f, split, found)]
        }
        # The shortest facts without a key term ride with the definition: as a
        # cloze on the topic's name they would say too little to answer. At most
        # three in all: four picked from a longer list read as the whole list.
        budget = SMALL_WORDS - words(split[0].inline)
        riding: set[int] = set()
        for fact in sorted((f for f in split[1:] if keyed[id(f)] is None), key=lambda f: words(f.inline)):
            if overview or objective:
                # One tiny qualifier ("serverless service") may ride: alone, as a
                # cloze on the name, it would fit too many subjects.
                # (a vendor's claim, "10x perf improvement", is a qualifier too)
                tiny = words(fact.inline) <= QUALIFIER_WORDS and not re.search(r"\d", without_claims(inl.to_plain(fact.inline)))
                if defining == 1 and not riding and tiny and id(fact) not in later:  # a setting's number is no qualifier
                    riding.add(id(fact))
                continue
            if len(riding) + 2 < SMALL_FACTS and words(fact.inline) <= budget and id(fact) not in later:
                riding.add(id(fact))
                budget -= words(fact.inline)
        together += [f for f in split[1:] if id(f) in riding]
        riding |= {id(f) for f in together}  # the definition's own lines
        # a term line shown for the list's sake is asked by its own term card, unless
        # its key term is a value named in it ("strategy: [RollingUpdate]")
        rest = [f for f in split[1:] if id(f) not in riding and (f.line not in sink.termed or _asks_a_value(keyed[id(f)]))]
        if (overview or objective) and not together:
            keyed[id(split[0])] = keyed_text(sink, group, split[0])
            rest.insert(0, split[0])
        singles = [([f], found) for f in rest if (found := keyed[id(f)]) is not None]
        # Asked by the topic's name, an elaborating sentence would ask a guess.
        unkeyed = [f for f in rest if keyed[id(f)] is None and id(f) not in later and not is_bare_choice(f) and not says_its_place(f)]
        if group.sorted_label:
            unkeyed = []  # asked by the classification cards: which label is each under?
        short = [f for f in unkeyed if words(f.inline) < SHORT_FACT_WORDS]
        # A fact that fits another thing as well as this one asks a guess: no card
        # of its own. One may still say more of a one-line definition.
        unasked: list[Fact] = []
        whole = frozenset(f.line for f in split if sum(g.line == f.line for g in split) == 1)
        for part, found in side_fact_parts(sink, group, short, whole):
            if found is not None:
                singles.append((part, found))
                continue
            # a line of the part that tells the thing apart on its own is asked alone
            alone = [([f], found) for f in part if len(part) > 1 and (found := named_text(sink, group, [f])) is not None]
            singles += alone
            unasked += [f for f in part if all(f is not g[0][0] for g in alone)]
        for fact in (f for f in unkeyed if words(f.inline) >= SHORT_FACT_WORDS):
            found = defined_text(sink, group, fact) or called_text(sink, group, fact) or named_text(sink, group, [fact])
            if found is not None:
                singles.append(([fact], found))
            else:
                unasked.append(fact)
        unasked = ride_with_names(sink, group, singles, unasked)
        singles.sort(key=in_order(split))
        undefined = overview and not together
        if objective:
            # an exam objective's title over these lines would ask a heap of its part's names:
            # each is asked by its own ("rsyslog: ...", "logrotate — ..."), or said in no card
            objective_lines(sink, group, unasked)
            unasked = []
        together = unasked_lines(sink, group, singles, together, unasked, overview)
        if undefined and together:
            together = undefined_lines(sink, group, singles, together)  # no definition to ask by the bare name
        singles.sort(key=in_order(split))
    if sink.tiered and not group.is_topic:
        # A tier's lines, under its bare name, are a list to recite: each is asked as
        # the lowest tier that has it (what its own recognition card asks is dropped there).
        # (its rivals are the other tiers, which have it too: no clue test to pass)
        alone = [(f, found) for f in together if (found := named_text(sink, group, [f], last_resort=True)) is not None]
        together = [f for f in together if all(f is not g for g, _ in alone)]
        singles = sorted([*singles, *(([f], found) for f, found in alone)], key=in_order(split))
    together = whole_members(group, split, together) if first_kind == "detail" and not sink.tiered else together
    together = together[:-1] if together and together[-1].line != group.line and leads_on(inl.to_plain(together[-1].inline)) else together  # "Open source on Azure:" leads nothing here
    front = item_front(sink, group, "" if sink.tiered else first_kind, together) if together else ()
    together = keyed_remnants(sink, group, together, front) if first_kind == "detail" and not sink.tiered else together
    if together and first_kind == "detail" and front is group.label and not sink.tiered:
        # "Snow Family" over "-> all can run EC2 & Lambda": a bare name says nothing of what is asked; the line asked by
        # its key term, the name in front, does (a paragraph about a member: by the member's name)
        found = member_paragraph(sink, group, together) or (keyed_text(sink, group, together[0]) or forward_text(sink, group, together[0]) if len(together) == 1 else None)
        if found is not None:
            singles.insert(0, (together, found))
            together = []
    if together and front is group.label and not sink.tiered:
        front = lead_front(front, together) or front  # "Pricing" over "pay for ..." lines: what they are about
    if together:
        sink.add(
            first_kind,
            "basic",
            prompt=sink.html(front),
            answer=sink.facts_html([_unlabelled(f) for f in together]),
            context=group.context,
            lines=(group.line, *(f.line for f in together)),
            key=("facts", group.key, "1"),
        )
    defining = split[0] if overview and together and together[0] is split[0] and not sink.tiered else None
    having = having_verb(facts[0]) if facts else None  # "Objects: Have a key ...": what it has
    for facts_asked, (text, context) in singles if defining is None else with_definitions(sink, group, defining, singles):
        text = said_as_had(text, facts_asked, having)
        if sink.tiered and text.startswith("{{c1::"):
            # the tiers above have it too: the card asks the lowest that does
            text = f'<div class="sp-label">{TIERS_ASKED} it?</div>' + text
        single_fact_card(sink, group, facts_asked, text, context)


def _asks_a_value(found: tuple[str, tuple[str, ...]] | None) -> bool:
    """A cloze on a name the line's definition says, its label shown: no blank over
    the thing the line is about, nor over a plain word ("[lowest-cost]")."""
    if found is None or found[0].startswith("{{c"):
        return False
    hidden = re.findall(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", found[0])
    return bool(hidden) and all(re.search(r"[A-Z]", h) for h in hidden)


def _says_its_name(label: str, fact: Fact) -> bool:
    """"multi-regions (read replicas)" under *Multi-Region*: a first line that
    only says the name again (a bracket aside) says nothing of what it is."""
    def stems(text: str) -> set[str]:
        return {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z0-9]+", inl.ASIDE.sub(" ", text))}

    said = stems(inl.to_plain(fact.inline))
    return bool(said) and said <= stems(label)


def _unlabelled(fact: Fact) -> Fact:
    """"Cost Allocation Tags:" in a list: a label over a list of its own, asked by its
    own cards; shown among its siblings as the name it is, not a line left dangling."""
    spans = fact.inline
    if not spans or spans[-1].kind != "text" or not spans[-1].text.rstrip().endswith(":"):
        return fact
    last = Span("text", spans[-1].text.rstrip()[:-1].rstrip())
    return Fact((*spans[:-1], last) if last.text else spans[:-1], fact.line) if len(spans) > 1 or last.text else fact


def _a_thing(group: Group) -> bool:
    """A line over its own list that names one thing ("Pods", "ConfigMap",
    "DNS"): its card asks what the thing is, as a topic's does."""
    label = inl.to_plain(group.label).strip()
    names = label.split()
    if group.is_topic or group.sorted_label or not names or not names_subject(label):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in names) and len(names) <= 3


def _parallel(facts: list[Fact]) -> bool:
    """Three or more lines that open alike ("no illegal use", "no network abuse"),
    two that open with the same two words ("[ ] rotate", "[ ] review"), or lines that each lead with a label
    ("Customer: ...", "AWS: ..."): the topic is their list, not one definition."""
    if len({f.line for f in facts}) < len(facts):
        return False  # a paragraph's sentences, not a list
    if len(facts) >= 2 and all(words(f.inline) <= BARE_DEFINITION_WORDS for f in facts):
        return True  # "IaaS", "PaaS", "SaaS": a list of names
    openings = [inl.to_plain(f.inline).strip().lower().split() for f in facts]
    alike = len({tuple(o[:1]) for o in openings}) == 1 and (len(facts) >= 3 or len({tuple(o[:2]) for o in openings}) == 1)
    labelled = all((split := inl.split_term(f.inline)) and split[1] for f in facts)
    return len(facts) >= 2 and (alike or labelled)


def _asked_of_item(
    sink: CardSink, group: Group, fact: Fact, split: list[Fact], found: tuple[str, tuple[str, ...]] | None
) -> tuple[str, tuple[str, ...]] | None | bool:
    """A line's key term that is only a word of the line, not what it is
    about, gives way to the name of the thing the line is true of, when what
    the line says points to that thing alone (None otherwise):
    - under an item of a list that names a thing ("Business Support Plan:"),
      a term that is no thing of the notes ("access to [Cloud Support
      Engineers]"): exams ask which item the line is true of;
    - a term the thing's defining line already says ("restore the [EBS]
      volume" under a snapshot, "a backup of an EBS volume"): hidden again it
      asks the definition twice, while the rest of the line is the new fact.
    `found`: the line's own cloze on its key term (`keyed_text`). False when the
    term is the definition's and the name cannot be asked: the line has no key term."""
    label = inl.to_plain(group.label).strip()
    if not names_subject(label) or inl.split_term(fact.inline) is not None:
        return None  # "strategy: RollingUpdate (default)": a setting's value is the fact
    hidden = re.search(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", found[0]) if found else None
    if hidden is None or not found[0].startswith("<b>") or hidden.group(1).startswith("<code>"):
        return None  # no term, the cloze asks the name already, or a literal to type (`localhost`)
    term = html.unescape(re.sub(r"<[^>]+>", "", hidden.group(1)))
    item = not group.is_topic and bool(group.context) and sink.describes(label) and not sink.describes(term)
    defined = bool(split) and fact is not split[0] and says_term(inl.to_plain(split[0].inline), term)
    if not item and not defined:
        return None
    # without the name to ask, no key term (False); a line opening on the term defines it ("SIEM = ...")
    opens = inl.to_plain(fact.inline).lstrip().lower().startswith(term.lower())
    return named_text(sink, group, [fact]) or (False if defined and not opens else None)

