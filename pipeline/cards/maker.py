"""Topic tree -> cards: the rules that make cards a learner keeps.

One fact per card where the notes allow it (SuperMemo's minimum-information rule), with the
section and topic as context so a short prompt is clear. Each kind of card has its module;
this one walks a topic's groups and decides which lines each kind asks:

- terms (`terms`), numbers (`number_cards`), enumerations (`enumerations`);
- each topic gets an overview card; a group's remaining facts are asked together, in parts
  of a readable size (`facts`); nested lists make groups, so topics split along their structure;
- tables (`tables`), multiple-choice questions (`quiz`; their key, `answer_keys`), the author's own `Q:`/`A:` pairs and clozes (`authored`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipeline.cards.area_headings import files_an_area
from pipeline.cards.after_lists import statements_after, statements_alone
from pipeline.cards.answer_keys import as_asked
from pipeline.cards.authored import explicit_cloze_card, qa_card
from pipeline.cards.captions import said_by_their_blocks
from pipeline.cards.category_names import category_cards
from pipeline.cards.chunking import words
from pipeline.cards.bold_roles import role_cards
from pipeline.cards.clues import clues_of
from pipeline.cards.commands import command_cloze
from pipeline.cards.compound_topics import split_by_names
from pipeline.cards.defining import names_its_kind, spells_its_name
from pipeline.cards.facet_labels import template_fields
from pipeline.cards.glossed_lists import without_sides_asked
from pipeline.cards.entry_openings import answering_context, opens_a_glossary, opens_with_a_term, opens_with_number, names_its_topic, own_headings, own_name_as_fact, sub_headings_of
from pipeline.cards.entries import Entry, Fact, Group, announced_count, categorised, counted_label, entries_of, enumerated, open_name_terms
from pipeline.cards.aspects import aspect_labels, facets_only
from pipeline.cards.enumerations import enumeration_cards, hideable
from pipeline.cards.facts import SMALL_FACTS, SMALL_WORDS, fact_cards
from pipeline.cards.forward_facts import word_lines
from pipeline.cards.glossed_acronyms import acronyms_glossed
from pipeline.cards.grab_bags import grab_bag_lines, is_grab_bag
from pipeline.cards.folded import aspect_list, bare, fold, kind_overview, kind_with_list, names_overview, series_of_terms, terms_only
from pipeline.cards.key_terms import common_names
from pipeline.cards.knowledge_lines import plain_lines
from pipeline.cards.list_runs import after_the_list, opening_run, run_breaks
from pipeline.cards.member_lines import dashed_terms
from pipeline.cards.missing_pictures import says_only_missing_pictures
from pipeline.cards.name_clues import name_clues_of
from pipeline.cards.need_lists import need_cards
from pipeline.cards.number_cards import number_card
from pipeline.cards.pair_lists import pair_line, summary_line
from pipeline.cards.flag_lists import flag_line
from pipeline.cards.own_words import shared_words
from pipeline.cards.partial_lists import WHOLE_ITEMS, partial_list, remarks_after, things_first, whole_list_overview, with_remarks
from pipeline.cards.prompts import is_aside, is_generic
from pipeline.cards.quiz import find_quizzes, quiz_card
from pipeline.cards.recall_lines import lines_to_recall
from pipeline.cards.series import are_tiers
from pipeline.cards.headings_asked import heading_asked
from pipeline.cards.inner_labels import inner_label_fronts
from pipeline.cards.notes_titles import without_notes_title
from pipeline.cards.series_fronts import series_member_fronts
from pipeline.cards.sibling_fronts import siblings_alike
from pipeline.cards.objective_lines import under_objective
from pipeline.cards.topic_headings import is_collection, is_topic_heading, outline_heading
from pipeline.cards.opening_names import dash_name_cloze
from pipeline.cards.sub_labels import counted_members, labels_of_comparisons, labels_of_figures, labels_of_formulas, labels_of_topics, labels_of_values, without_sub_labels
from pipeline.cards.single_facts import keyed_text, name_cloze, single_fact_card, subject_text
from pipeline.cards.recognised_lines import recognised_lines
from pipeline.cards.recognition import name_choices
from pipeline.cards.side_by_side import side_cards
from pipeline.cards.name_uses import phrase_lines, products
from pipeline.cards.offered_names import offered_in_blanks
from pipeline.cards.sink import CardSink, ImageSource
from pipeline.cards.table_tools import table_tools
from pipeline.cards.tables import table_cards
from pipeline.cards.summaries import in_summary, restated, said_elsewhere
from pipeline.cards.terms import term_card
from pipeline.cards.things import is_classification, label_schemes, things_of
from pipeline.diagnostics import Diagnostic, warning
from pipeline.model import Card, Document, Node, Span, Topic
from pipeline.model import inline as inl
from pipeline.model.label_remarks import remark_to_label

EXTRA_WORDS = 30  # facts small enough to ride on an enumeration's back
# Kinds that can stand as a topic's overview; quizzes and the author's own cards keep theirs.
PROMOTED_KINDS = {"term", "number", "enumeration", "detail", "table"}


def make_cards(document: Document, pack_slug: str, image_src: ImageSource | None = None, recognition: bool = True) -> tuple[list[Card], list[Diagnostic]]:
    tools = table_tools(document)  # read before its captions ("tar:") are taken out
    document = as_asked(document)
    maker = _CardMaker(document.path, pack_slug, image_src)
    lines = list(plain_lines(document))
    maker.breaks = run_breaks(document)
    maker.common = common_names(lines)
    clues = clues_of(document)
    maker.points_to, maker.describes, maker.recognised_lines = clues.points_to, clues.describes, recognised_lines(document) if recognition else lambda key: frozenset()  # off: no card says them
    name_clues = name_clues_of(document, clues.thing)
    maker.recognised, maker.fair_clue = name_clues.accepts, name_clues.fair
    maker.says_enough = name_clues.says_enough
    maker.lines_saying = word_lines(lines)
    maker.lines_naming = phrase_lines(lines)
    maker.product = products(document, clues.describes)
    maker.shared_words = shared_words(t.name for t in things_of(document))
    maker.areas = frozenset(t.described.line for t in things_of(document) if files_an_area(t))
    maker.schemes, maker.aspects, maker.template = label_schemes(document), aspect_labels(document), template_fields(things_of(document))
    maker.said = said_elsewhere(document)
    maker.root = document.title or ""
    maker.folded = set()
    maker.table_tools = tools
    for section in document.sections:
        section_title = inl.to_plain(section.title).strip()
        for index, topic in enumerate(section.topics):
            if topic.cards:
                maker.topic(section_title, topic, resumed=(topic.intro and index > 0) or topic.resumed)
    cards = series_member_fronts(said_by_their_blocks(list(maker.cards), document), document)
    cards = without_notes_title(cards, document)
    cards = [card for card in siblings_alike(inner_label_fronts(cards)) if not says_only_missing_pictures(card)]
    cards = offered_in_blanks(cards, name_choices(document)) if recognition else cards  # "[RDS, Aurora or DynamoDB?]: ..."
    return cards, maker.problems


class _CardMaker(CardSink):
    schemes: frozenset[str] = frozenset()  # labels the notes sort items under, again and again
    said: frozenset[str] = frozenset()  # words the notes say outside their summaries
    folded: set[int]  # the nodes of aspect lists a topic's overview says (`folded`)
    breaks: frozenset[int] = frozenset()  # items that open a list again after a block (`list_runs`)
    table_tools: dict[int, str]  # a table's line -> the command whose options it lists ("tar:" before it)

    def topic(self, section_title: str, topic: Topic, resumed: bool = False) -> None:
        # A section's own text sits directly in the section's context.
        self.section = section_title
        self.topic_title = inl.to_plain(topic.title).strip()
        context = () if topic.intro else (section_title, *topic.parents)
        title = topic.title
        if is_generic(section_title) and self.root:
            # "Summary" or "Notes" names no subject: the document's title does.
            context = (self.root, *topic.parents)
        owner = section_title if not is_generic(section_title) else self.root
        if is_aside(self.topic_title) and not topic.parents and owner:
            # A "Summary" under its section: its lines are asked of what it sums up.
            context, title = (), (Span("text", owner),)
        body = topic.body
        if in_summary(section_title, self.topic_title):
            body = tuple(n for n in body if not restated(n, self.said))
        first = len(self.cards)
        if not topic.intro and (names := split_by_names(self.topic_title, body)) is not None:
            for name, nodes in names:  # `validate / fmt`: each name a topic of its own lines
                self._group(Group(context, (Span("text", name),), nodes[0].line, Fact((), nodes[0].line), True, bold=topic.bold), nodes)
            return
        self._group(Group(context, title, topic.line, Fact((), topic.line), True, bold=topic.bold and title is topic.title, resumed=resumed), body)
        if topic.pin and len(self.cards) > first:
            self.pin(first, topic.pin)

    def _group(self, group: Group, nodes: Iterable[Node]) -> None:
        inner = group.inner
        # A topic's heading may itself be a question (`### Which service...?`, `**Question 3**`).
        title = Node(group.label, group.line, "label") if group.is_topic and group.context else None
        found = find_quizzes([n for n in nodes if n.cards], title)
        for question in found.unanswered:
            self.problems.append(warning(self.path, question.line, question.message))
        quiz_context = group.context if found.title_used else inner
        if found.title_used and not found.rest:
            for quiz in found.quizzes:
                quiz_card(self, quiz_context, quiz)
            return
        rest = lines_to_recall(self, group, found.rest)
        entries = without_sides_asked([own_name_as_fact(e, group.key) for e in dashed_terms(entries_of(rest))])  # a glossary's lines; `A vs B -> a vs b` asked side by side
        # "RDP without public IP -> Azure Bastion": need to answer; `EDR: CrowdStrike, SentinelOne`: each name asks its category
        entries = category_cards(self, group, need_cards(self, group, entries))
        if is_generic(inl.to_plain(group.label)):
            entries = categorised(entries)
        # Items under parallel labels (`AWS:` / `User:`) are asked which label they
        # are under by classification cards: a blank over the label would ask it again.
        sorting = is_classification([n for n in rest if n.cards], self.schemes)
        first_own = len(self.cards)
        self._own_cards(group, entries)
        made_own = len(self.cards) > first_own
        remarks, self.remarks = self.remarks, []
        first_child = len(self.cards)
        for quiz in found.quizzes:
            quiz_card(self, quiz_context, quiz)
        # Items that each say what they add to the one before (support plans): what one has, those above it have too.
        tiers = are_tiers([inl.to_plain(c.inline) for c in e.node.children] for e in entries if e.node.children)
        first_listed = next((i for i, e in enumerate(entries) if e.listed), len(entries))  # once: a long list is no quadratic walk
        for index, entry in enumerate(entries):
            before = len(self.cards)
            if id(entry.node) in self.folded:
                continue  # said by the topic's overview
            if entry.node.children:
                head, lead = remark_to_label(entry.head, entry.definition)  # `Roles: (read only)`
                label = Group(inner, head, entry.node.line, Fact(lead, entry.node.line), False, sorted_label=sorting, items=tuple(Fact(c.inline, c.line) for c in entry.node.children), steps=all(c.role == "step" for c in entry.node.children))
                outer, self.tiered = self.tiered, tiers
                self._group(label, entry.node.children)
                self.tiered = outer
                continue
            self._line_card(answering_context(group, entry, index > first_listed), entries, index)
            if entry.node.pin and len(self.cards) > before:
                self.pin(before, entry.node.pin)
        if remarks and group.resumed:
            grab_bag_lines(self, group, remarks)  # by their own key terms: the section's title asks none of them
        elif remarks and not with_remarks(self, first_own, remarks):
            fact_cards(self, group, remarks, "detail")  # no list card took them: asked as they were
        if made_own:
            # A list's or a passage's own cards show its label as their question.
            self.add_source(first_own, group.line, first_child)
            return
        if group.is_topic and not group.resumed and not self.commands_led and len(self.cards) > first_child and self.cards[first_child].kind in PROMOTED_KINDS:
            # A topic that is a single term or list: its first card is the overview (not so the first remark on commands).
            self.cards[first_child] = replace(self.cards[first_child], kind="overview")
        # The label is said by the context of the cards under it.
        self.add_source(first_child, group.line)

    def _section_heading(self, group: Group) -> bool:
        """A topic that is a section of the notes, not a bold line inside one."""
        return group.is_topic and (group.key == inl.plain_key(self.section) or group.context == (self.root,))

    def _line_card(self, context: tuple[str, ...], entries: list[Entry], index: int) -> None:
        """The card a line without nested lines makes of its own, if any."""
        entry = entries[index]
        if entry.special == "question":
            answer = entries[index + 1] if index + 1 < len(entries) else None
            if answer is not None and answer.special == "answer":
                qa_card(self, context, entry, answer)
            else:
                self.problems.append(warning(self.path, entry.node.line, "a `Q:` line without an `A:` line after it"))
        elif entry.special == "cloze":
            explicit_cloze_card(self, context, entry)
        elif entry.special == "table":
            table_cards(self, context, entry.node, self.table_tools.get(entry.node.line))
        elif entry.special is None and entry.numbered:
            number_card(self, context, entry)
        elif entry.special is None and entry.named and not role_cards(self, context, entry.full, entry.node.line):
            term_card(self, context, entry, entries[index - 1] if index and entries[index - 1].special is None and not entries[index - 1].node.children else None, entries)
            side_cards(self, context, inl.to_plain(entry.definition), entry.node.line)  # "AzCopy = ... File Sync = ...": each side asked

    def _alone(self, facts: list[Fact], group: Group) -> list[Fact]:
        """Asks each fact by its key term where it has one; the facts left without."""
        left = []
        for fact in facts:
            if (found := subject_text(self, group, fact) or keyed_text(self, group, fact)) is not None:
                single_fact_card(self, group, [fact], *found)
            else:
                left.append(fact)
        return left

    def _own_cards(self, group: Group, entries: list[Entry]) -> None:
        if group.sorted_label and not group.lead.inline:
            return  # `User:` of `AWS:` / `User:`: classification cards ask each item's label, not a list or a dump
        self.group_lines[group.line] = frozenset(e.node.line for e in entries)
        self.glossary = group.is_topic and opens_a_glossary(entries)
        listed = enumerated(group.label, opening_run(entries, self.breaks), group.context[-1] if group.context and not group.is_topic else "")
        # a topic's list, its lines asked apart: "compression:", '"reduce Athena cost"' are labels; any list: "Motivations"
        listed = counted_members(group.label, without_sub_labels(group.label, listed, group.is_topic))
        if labels_of_figures(group.label, listed) or labels_of_values(group.label, listed) or labels_of_formulas(listed) or labels_of_comparisons(listed) or acronyms_glossed(listed) or all(self.template_label(inl.to_plain(e.head)) for e in listed) or labels_of_topics(group.label, listed, self._section_heading(group) or is_collection(inl.to_plain(group.label)) or (group.is_topic and not group.bold)):
            listed = []  # "shard limits": `write: 1 MB/s`, `read: 2 MB/s`; a blank over "write" asks no figure
        count = announced_count(group.label)
        if listed and count is not None and count != len(listed):
            message = f"the list announces {count} items but has {len(listed)}"
            self.problems.append(warning(self.path, group.line, message))
        outline = outline_heading(inl.to_plain(group.label))  # "DHCP / DNS", "Vulnerability stuff": no set to recite
        if sum(hideable(group, listed, self.aspects)) < 2 or (self._section_heading(group) and own_headings(listed)) or outline or sub_headings_of(listed) or names_its_topic(group.label, listed):
            listed = []
        said = {id(e) for e in listed}
        loose = [
            e
            for e in entries
            if id(e) not in said and not e.named and not e.numbered and not e.node.children and e.special is None
        ]
        loose = [e for e in loose if not summary_line(self, inl.to_plain(group.label).strip(), group.inner, inl.to_plain(e.full), e.node.line)]
        asked_alone = statements_alone(self, group, entries, loose) if group.is_topic else []
        loose = [e for e in loose if e not in asked_alone]
        # a bare command asks its subcommand, its arguments shown: no overview to recite it in
        loose = [e for e in loose if not command_cloze(self, group, Fact(e.full, e.node.line))]
        # "0 Emergency, 1 Alert, 2 Critical, ...": a table written as prose, asked pair by pair
        loose = [e for e in loose if pair_line(self, inl.to_plain(group.label).strip(), group.inner, inl.to_plain(e.full), e.node.line) is None]
        loose = [e for e in loose if not flag_line(self, inl.to_plain(group.label).strip(), group.inner, e.full, e.node.line)]  # "`-c` create, `-x` extract"
        facts = [Fact(e.full, e.node.line) for e in loose]
        facts, later = after_the_list(facts, listed, entries, self.breaks)  # remarks after a block: no overview of the list's topic
        if group.is_topic and remarks_after(entries, loose, facts, statements_after(entries, loose)):
            self.remarks, facts = facts, []  # "Deleting a resource group deletes ...": on the list's card
        lone = group.is_topic and not facts and len(entries) == 1 and opens_with_number(entries, [])
        if lone and names_its_kind(entries[0].full):
            # "Free tool to review your architecture against the 6 pillars": a topic's one line
            # defines it; a blank over its number would ask a side detail of the definition
            facts = [Fact(entries[0].full, entries[0].node.line)]
            self.folded.add(id(entries[0].node))
        if group.is_topic and loose and opens_with_a_term(entries, loose):
            # "bootstrapping = launching commands when a machine starts" atop *EC2 User Data*:
            # what the thing is, though the term has its card; the overview would else
            # answer with the line after it ("run once at first start")
            facts.insert(0, Fact(entries[0].full, entries[0].node.line))
            if spells_its_name(entries[0].head, entries[0].definition):
                self.folded.add(id(entries[0].node))  # "FaaS: Function as a Service": said whole there
        if group.is_topic and loose and opens_with_number(entries, loose):
            # "High availability: running the app in at least 2 AZ": the number has its
            # card, yet the line is what the thing is; without it the overview would
            # answer with a side remark ("goes in hand with horizontal scaling")
            facts.insert(0, Fact(entries[0].full, entries[0].node.line))
        siblings = [e for e in entries if e.listed and e.named and not e.node.children and id(e) not in said]
        complete = not group.is_topic and all(e.listed for e in loose) and len(loose) + len(siblings) <= SMALL_FACTS
        if loose and siblings and complete:
            # Some items are terms with cards of their own: the list is still shown whole, so no option
            # goes missing; a term's whole line, as its bare label ("default", "types") would say nothing.
            whole = sorted(loose + siblings, key=lambda e: e.node.line)
            facts = [Fact(e.full, e.node.line) for e in whole]
            self.termed |= {e.node.line for e in siblings}
        extra: list[Fact] = []
        if listed and not group.resumed and sum(words(f.inline) for f in facts) <= EXTRA_WORDS:
            extra, facts = facts, []
        if group.lead.inline and not listed:
            facts.insert(0, group.lead)

        # "Random stuff to re-check", or a section's text resumed after its terms: nothing it is
        grab_bag = group.is_topic and (group.resumed or is_grab_bag(inl.to_plain(group.label)))
        kind_first = "overview" if group.is_topic and not self.commands_led and not grab_bag else None
        folding = aspect_list(entries) if group.is_topic and not listed and len(facts) == 1 and bare(facts[0]) else None
        if folding is not None:
            fold(self, group, facts[0], folding)  # "Bucket Policy: JSON based; used to: ..."
            self.folded.add(id(folding.node))
            facts, kind_first = [], None
        kind = kind_with_list(entries, facts) if kind_first and facts and not listed and not group.lead.inline else None
        if kind is not None:
            # "Amazon MQ => managed message broker service for: RabbitMQ, ActiveMQ"; the
            # remarks asked by their key terms, those without one said with it
            kind_overview(self, group, kind, self._alone(facts, group))
            self.folded.add(id(kind.node))
            facts, kind_first = [], None
        # an exam objective's title ("102.3 Manage shared libraries") asks for none of its lines: no "which 4?"
        objective = under_objective(group)
        series = series_of_terms(entries, loose) if kind_first and facts and not listed and not group.lead.inline and not objective else None
        if series:
            names_overview(self, group, series)  # "Pricing Models — which 4?"; the other lines are asked alone
            facts, kind_first = self._alone([f for f in facts if all(f.line != e.node.line for e in series)], group), None
        whole = partial_list(group, entries, loose) if kind_first and facts and not listed and not group.lead.inline and not outline else None
        if whole is not None and len(whole[0]) > WHOLE_ITEMS:
            enumeration_cards(self, group, whole[0], [], "overview")  # "AWS Ecosystem": every item, by blanks
            facts, kind_first = [], None
        elif whole is not None:
            whole_list_overview(self, group, *whole)  # "S3 › Security — which 3?", not its one plain item
            facts, kind_first = [], None
        elif kind_first and not listed and not group.lead.inline and things_first(group, entries, loose):
            unkeyed = [f for f in facts if subject_text(self, group, f) is None and keyed_text(self, group, f) is None]
            # "Private connectivity" over its things: an area of the notes, no name to blank
            named = dash_name_cloze(self, group, unkeyed[0]) if len(unkeyed) == 1 and group.line in self.areas else None
            if named is not None:
                self._alone(facts, group)
                single_fact_card(self, group, unkeyed, *named)  # "Private connectivity: [Service endpoint policies] — ..."
                facts, kind_first = [], None
            elif len(unkeyed) == 1 and heading_asked(group, unkeyed, self.template) and group.line not in self.areas:
                self._alone(facts, group)
                single_fact_card(self, group, unkeyed, *name_cloze(self, group, unkeyed))  # "[EventBridge]: default event bus ..."
                facts, kind_first = [], None
            elif len(unkeyed) == 1 and is_topic_heading(inl.to_plain(group.label)):
                # "app / network attacks" over terms of their own: each is asked by its term, the
                # one line without under the heading, which titles no card (a slice is no overview)
                self._alone(facts, group)
                fact_cards(self, group, unkeyed, "detail")
                facts, kind_first = [], None
        if group.is_topic and self.commands_led and not kind_first:
            # remarks on a topic's commands ("XFS cannot shrink"): each by its key term, the rest for reading
            self._alone(facts, group)
            facts = []
        if facts and grab_bag:
            grab_bag_lines(self, group, facts)  # a line none asks is left to the cheat sheet: the heading asks nothing
            facts = []
        if facts:
            fact_cards(self, group, facts, kind_first or "detail")
            kind_first = None
        if listed:
            enumeration_cards(self, group, listed, extra, kind_first or "enumeration")
            kind_first = None
        if later:
            fact_cards(self, group, self._alone(later, group), "detail")
        plain_entries = [e for e in entries if e.special is None]
        sub_headings = all(e.node.children for e in plain_entries)
        # A peer item over a list of its own ("Tracking costs") would be left out: the
        # card would read as the whole topic. An aspect ("3 kinds") is asked by its list.
        partial = any(
            e.node.children and not e.definition and not counted_label(e.head) and not is_generic(inl.to_plain(e.head))
            for e in plain_entries
        )
        open_terms = open_name_terms(group.label, plain_entries)
        if kind_first and not objective and 1 < len(plain_entries) <= SMALL_FACTS and not sub_headings and not partial and not open_terms and not facets_only(plain_entries, self.aspects):
            # A topic of terms and numbers only still gets its overview.
            # A label over a list of its own is asked by that list's cards: alone here
            # ("3 kinds") it would say nothing.
            riding = {f.line for f in self.remarks}  # said on the list's card
            whole = [Fact(e.full, e.node.line) for e in plain_entries if (e.definition or not e.node.children) and e.node.line not in riding]
            # Terms that are lists themselves ("7 core checks: S3 permissions, ...")
            # would make it a dump of what their own cards ask.
            items = sum(len(inl.to_plain(f.inline).split(",")) for f in whole)
            if whole and sum(words(f.inline) for f in whole) <= SMALL_WORDS and items <= 2 * SMALL_FACTS:
                if terms_only(plain_entries, whole):
                    names_overview(self, group, plain_entries)  # "Security Tools — which 2?"
                else:
                    fact_cards(self, group, whole, kind_first)
