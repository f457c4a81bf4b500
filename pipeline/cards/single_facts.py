"""One fact of a long topic, one card: a cloze on the sentence's key term
(`key_terms`) with the topic's name in front, or, where the sentence names
the topic itself, a cloze on that name (need -> name, as exams ask)."""

from __future__ import annotations

import html
import re

from pipeline.cards.member_lines import opens_with_member
from pipeline.cards.name_uses import files_lines
from pipeline.cards.deletions import BLANK, HIDDEN, echoes, gives_itself_away, hide_forms, in_aside, says_a_part, variant_shown, words_shown
from pipeline.cards.entries import Fact, Group
from pipeline.cards.headings_asked import heading_asked, names_its_own, names_subject, own_subject, subject_cloze
from pipeline.cards.introduced_names import introduced_name, modifies_another
from pipeline.cards.line_shapes import VERSUS, is_bare_choice, says_only_what_it_is_not
from pipeline.cards.key_terms import STRESSED, Finder, cloze_text, emphasised, first_name_run, has_hit, subject_finder
from pipeline.cards.numbers import mask_numbers
from pipeline.cards.negations import denied_cloze
from pipeline.cards.name_pointing import clue_lines, points_to_name
from pipeline.cards.own_words import hide_own_words
from pipeline.cards.partners import hides_a_partner
from pipeline.cards.prompts import asked, defined_subject, plain_phrase
from pipeline.cards.side_details import gives_a_former_name, qualifies_next
from pipeline.cards.sink import CardSink
from pipeline.cards.subjectless import subjectless
from pipeline.model import Span
from pipeline.model import inline as inl
from pipeline.model.naming import names_of
from pipeline.model.cardtext import cloze_safe


KEY_WORDS = 10
LISTED_NAMES = 3  # names one blank hides that make it a list to recite
MIN_SHOWN_WORDS = 4  # words of the sentence a cloze leaves to answer from (the label's not counted)
_TAG = re.compile(r"<[^>]+>")
_COUNTED = re.compile(r"::(\d+) names\}\}")
_SUBJECT = re.compile(r"^([A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*)*)\s+[a-z]")
NOT_NAMES = {"a", "an", "the", "this", "these", "that", "those", "it", "its", "if", "when", "in", "on", "for", "each", "every", "all", "some", "no", "we", "you", "our", "they", "there", "here"}
# "Also temporal metrics ...", "Then ...": a word that joins the sentence to the one before, no name
NOT_NAMES |= {"also", "however", "but", "and", "or", "so", "then", "thus", "plus", "still", "yet", "only", "even", "again", "instead", "otherwise", "hence", "besides", "often", "sometimes", "always", "never"}
_LEAD = re.compile(r"^<b>.*?</b>: ")
_QUALIFIER = re.compile(r"\b[A-Z][a-z]+ed$")  # a run of capitals ending in a participle ("AWS Certified")
# "[VNet Peering] connects ...", "[EBS] volumes are ...": the name is the subject of a statement
_DEFINES = re.compile(r"\s*(?:[a-z]+\s+)?(?:=|→|->)")  # "Liveness probe = restart ...": a term defined
_STATES = re.compile(r"\s*(?:[a-z]+\s+)?(?:is|are|was|were|has|have|can|will|must|does|[a-z]+s)\b")


def keyed_text(sink: CardSink, group: Group, fact: Fact, by_name: bool = True) -> tuple[str, tuple[str, ...]] | None:
    """The fact as a cloze on its key term, and the context to show with it;
    None when the sentence has no key term, or too little around it to ask.
    Without `by_name`, a side word is never traded for the group's name: a
    section's label over a paragraph of its own is where it sits, not what it answers."""
    if is_bare_choice(fact):
        return None
    if gives_a_former_name(fact):
        # "used to be named [CloudEndure] ...": no blank over the old name; the new one is asked from it
        return (_asked_by_name(sink, group, fact) or _asked_by_name(sink, group, fact, last_resort=True)) if by_name else None
    found = _keyed(sink, group, fact, by_name)
    if found is None or hides_a_partner(found[0], sink.product):
        return None  # "integration with [Security Hub]": which partner, of the many it works with
    shown = BLANK.sub(" ", _LEAD.sub("", found[0]))
    if inl.word_count(_TAG.sub(" ", shown)) < MIN_SHOWN_WORDS:
        return None
    if _a_choice(found[0], inl.to_plain(group.label)):
        return found
    if _names_its_own_part(found[0], sink.common) or subjectless(found[0], group, fact, sink.common):
        return None  # "[CloudFormation] creates those for us", "cross-account [backup]": creates what? whose?
    if (term := term_shown(sink, group, fact, found[0])) is not None:
        return term or None
    return None if gives_itself_away(found[0], found[1], sink.common, sink.describes) else found


def term_shown(sink: CardSink, group: Group, fact: Fact, cloze: str) -> tuple[str, tuple[str, ...]] | None | bool:
    """"Deep Archive: [lowest-cost] storage class": a line that defines a named
    term, whose blank falls on a plain word of the definition, leaves the thing
    defined on the front and asks a qualifier. The term is what to hide, when
    the definition points to it; else the line is no cloze (False): its term's
    own card says it. None for any other cloze (a setting's value, "strategy:
    [RollingUpdate]", or a name in the definition, is the fact)."""
    split = inl.split_term(fact.inline)
    hidden = HIDDEN.findall(cloze)
    if split is None or not split[1] or not hidden or any(re.search(r"[A-Z]", words_shown(h)) for h in hidden):
        return None
    term = inl.to_plain(split[0]).strip()
    if not term[:1].isupper() or not names_subject(term) or words_shown(cloze).find(term) < 0:
        return None
    text = "{{c1::" + cloze_safe(sink.html(split[0])) + "}}: " + sink.html(split[1])
    context = _shown_context(group)
    return (text, context) if points_to_name(sink, text, last_resort=True) else False


def _names_its_own_part(cloze: str, common: frozenset[str]) -> bool:
    """A blank over a name of several words, one of them a word of the thing
    the card is about ("AWS Backup: create a [Backup Plan]"): the lead says
    half the answer, and the rest is a guess among its parts."""
    lead, hidden = _LEAD.match(cloze), HIDDEN.search(cloze)
    if lead is None or hidden is None or hidden.group(1).startswith("<code>"):
        return False  # a literal to type (`kubectl rollout undo deployment/web`) says its own words
    ordinary = {c.lower() for c in common}
    own = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", words_shown(lead.group()))} - ordinary
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", words_shown(hidden.group(1)))]
    return len(words) >= 2 and any(w in own for w in words)


_BRANDED = re.compile(r"\b[A-Z0-9]{2,}\b|[a-z][A-Z]")  # "AWS ...", "CloudTrail": written as a product's name


def _a_choice(cloze: str, label: str) -> bool:
    """Under "CapEx vs OpEx", a blank over one of the two asks which one:
    the heading shows the options, not the answer."""
    options = [o.strip().lower() for o in VERSUS.split(label)] if VERSUS.search(label) else []
    hidden = [html.unescape(re.sub(r"<[^>]+>", "", h)).strip().lower() for h in HIDDEN.findall(cloze)]
    return bool(hidden) and all(h in options for h in hidden)


def subject_text(sink: CardSink, group: Group, fact: Fact) -> tuple[str, tuple[str, ...]] | None:
    """A sentence that opens with the name it is about ("Azure Arc lets you
    manage...") asks that name."""
    spans = fact.inline
    if not spans or spans[0].kind != "text" or not (match := _SUBJECT.match(spans[0].text)):
        return None
    subject = match.group(1)
    first = subject.split()[0].lower()
    if first in NOT_NAMES or (" " not in subject and first.endswith(("ing", "ed", "ly"))) or subject.split()[0] in STRESSED:
        return None  # "Deleting a group...", "Usually...", "NEVER leave ...": a sentence, not a name
    after = spans[0].text[len(subject) :]
    if " " not in subject and subject[1:].islower() and not (_STATES.match(after) or _DEFINES.match(after)):
        return None  # "High availability, disaster recovery ...": a word of a phrase, not a name ("Terraform is ...")
    rest = (Span("text", spans[0].text[len(subject) :]),) + spans[1:]
    # The sentence says what it is about: the heading goes to the breadcrumb, as
    # "Cloud models: [...] lets you manage servers" would read as one of the models.
    text = "{{c1::" + cloze_safe(inl.escape(subject)) + "}}" + sink.html(rest)
    context = _shown_context(group)
    if inl.word_count(inl.to_plain(rest)) < MIN_SHOWN_WORDS or gives_itself_away(text, context, sink.common):
        return None
    if not points_to_name(sink, text):
        return None
    return text, context


def about_another(sink: CardSink, group: Group, facts: list[Fact]) -> int | None:
    """`EBS volumes are network drives...` opening the notes of *EC2 Instance
    Store*: a first line about another thing is no definition of the topic.
    The index of a later line that names the topic itself, to define it instead."""
    finder = _other_subject(sink, group, facts[0]) if facts else None
    if finder is None:
        return None
    return next((i for i, f in enumerate(facts[1:], 1) if has_hit(f.inline, finder)), None)


def names_another(sink: CardSink, group: Group, fact: Fact) -> bool:
    """A line that opens with a product's name ("VNet peering connects...", a
    word in mixed case) other than the topic's, and never says the topic's.
    ("Managed DNS with health checks" opens with a description, not a name.)"""
    finder = _other_subject(sink, group, fact)
    spans = fact.inline
    match = _SUBJECT.match(spans[0].text) if spans and spans[0].kind == "text" else None
    product = match is not None and any(
        any(ch.isupper() for ch in word[1:]) and any(ch.islower() for ch in word) for word in match.group(1).split()
    )
    return finder is not None and product and not has_hit(fact.inline, finder)


def _other_subject(sink: CardSink, group: Group, fact: Fact) -> Finder | None:
    """The finder of the topic's name, when the line opens with another name."""
    spans = fact.inline
    if not spans or spans[0].kind != "text" or not (match := _SUBJECT.match(spans[0].text)):
        return None
    label = inl.to_plain(group.label).strip()
    finder = subject_finder(label, sink.common, any_case=True) if names_subject(label) else None
    subject = match.group(1)
    capitals = sum(ch.isupper() for ch in subject)
    if capitals < 2 and not (capitals and any(ch.isdigit() for ch in subject)):
        return None  # "Control how traffic...": a sentence's first word, not a name
    if finder is None or finder(subject):
        return None
    return finder


def _keyed(sink: CardSink, group: Group, fact: Fact, by_name: bool = True) -> tuple[str, tuple[str, ...]] | None:
    spans = fact.inline
    label_plain = inl.to_plain(group.label).strip()
    avoid = sink.common | frozenset(label_plain.split()) | frozenset(w for c in group.context for w in c.split())
    if VERSUS.search(label_plain):
        avoid -= {w for option in VERSUS.split(label_plain) for w in option.split()}  # which of the two
    label_html = sink.html(asked(group.label, group.context))
    named = defined_subject(label_plain) or label_plain
    subject = subject_finder(named, sink.common) if names_subject(named) else None
    if (hidden := emphasised(spans)) and len(hidden) <= 3:
        return f"<b>{label_html}</b>: " + cloze_text(spans, sink.html, hide_spans=hidden), group.context
    if (other := introduced_name(inl.to_plain(spans), named)) is not None and subject is not None and has_hit(spans, subject):
        shown = sink.html(spans)
        if other in shown:  # "[ECR (Elastic Container Registry)], a private Docker registry"
            return shown.replace(other, "{{c1::" + cloze_safe(other) + "}}", 1), group.context
    elif subject is not None and has_hit(spans, subject):
        text = cloze_text(spans, sink.html, hide=subject)
        # the sentence's own words around its subject: a statement, no clue cut from a list
        if len(HIDDEN.findall(text)) == 1 and not modifies_another(text) and points_to_name(sink, text, last_resort=True):
            return text, group.context
    if (text := denied_cloze(spans, sink.html, (label_plain, *group.context))) is not None:
        return f"<b>{label_html}</b>: " + text, group.context
    if (names := first_name_run(spans, avoid, sink.describes)) is not None:
        text = cloze_text(spans, sink.html, hide=names)
        hidden = HIDDEN.search(text)
        if hidden and _QUALIFIER.search(words_shown(hidden.group(1))):
            return None  # "pay [AWS Certified] experts": a qualifier of the fact, not what it is about
        if in_aside(text):
            return None  # "(at the [CCP] level)": a side remark, not the line's fact
        if hidden and (count := _COUNTED.search(hidden.group(0))) and int(count.group(1)) >= LISTED_NAMES:
            return None  # "events from [VPC Flow Logs, CloudTrail, GuardDuty]": a list to recite; the line asks its subject
        # (a line that opens with another thing, "EBS volumes are network drives", is about it)
        opens = hidden is not None and not words_shown(text[: hidden.start()]).strip()
        opens = opens and (sink.product(words_shown(hidden.group(1))) or _STATES.match(words_shown(text[hidden.end() :])) is not None)
        side = hidden is not None and not opens and inl.split_term(spans) is None and _a_side_word(sink, named, words_shown(hidden.group(1)), text)
        # "Trusted Advisor: warns when volumes ([EBS]) are unused": the line is the topic's fact,
        # asked by a clue a recognition card would take, else by one that merely points: a
        # blank over the side word ("[Docker]" under ECR, "[CPU/RAM]") asks what the front implies
        named_card = (_asked_by_name(sink, group, fact) or _asked_by_name(sink, group, fact, last_resort=True)) if side and by_name else None
        if named_card:
            return named_card
        if side and by_name and sink.product(words_shown(hidden.group(1))) and qualifies_next(text[hidden.end() :]):  # type: ignore[union-attr]
            # "Batch: defined as [Docker] images", "[CloudWatch] metrics": another thing's name
            # as a word of what the line's thing uses, no key term; the line is asked as the rest are
            return None
        if opens and sink.product(words_shown(hidden.group(1))) and _STATES.match(words_shown(text[hidden.end() :])):  # type: ignore[union-attr]
            # "[EBS] volumes are network drives" under *EC2 Instance Store*: a statement about
            # another thing, which "EC2 Instance Store:" in front would read as said of the topic
            return text, _shown_context(group)
        return f"<b>{label_html}</b>: " + text, group.context
    return None


def _a_side_word(sink: CardSink, label: str, hidden: str, cloze: str) -> bool:
    """A blank over a side word of a thing's line, which the thing's name
    should take the place of: the line says what the topic does. Another
    thing of the notes ("Trusted Advisor: warns when volumes ([EBS]) are
    unused") only takes part in it, and asking it is recognition work for
    that thing from words not its own; a word of the fact that is no thing
    ("Fargate: runs containers on the [CPU/RAM] we need") tells the topic
    apart from nothing. The exam asks the need -> the topic. A thing's name
    that closes the line ("storing data on virtual drives ([EBS])", "scale
    using an [auto-scaling group]", asides after it aside) is what the line
    leads to, and stays the question."""
    if not names_subject(label) or not sink.describes(label) or names_of(hidden).same_thing(names_of(label)):
        return False
    if not sink.product(hidden):
        return True  # "Fargate: runs containers on the [CPU/RAM] we need": a word of the fact, no thing to ask
    after = words_shown(cloze[HIDDEN.search(cloze).end() :])  # type: ignore[union-attr]
    return re.search(r"\w", inl.ASIDE.sub("", after)) is not None


def _asked_by_name(sink: CardSink, group: Group, fact: Fact, last_resort: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The fact as a cloze on its topic's name, when it points there with one
    blank over the name alone: a line that also says a word of the name
    ("tags" under *Tagging*) answers it, or would ask one answer twice."""
    found = named_text(sink, group, [fact], last_resort)
    if found is None:
        return None
    hidden = HIDDEN.findall(found[0])
    shown = words_shown(BLANK.sub(" ", found[0]))
    if len(hidden) != 1 or names_of(words_shown(hidden[0])).shows(shown) or echoes(words_shown(hidden[0]), shown, sink.common):
        return None  # "[S3] — Storage Classes: S3 can move between classes"
    return found


def named_text(
    sink: CardSink, group: Group, facts: list[Fact], last_resort: bool = False, weak_too: bool = True, hide_own: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    """The facts with their subject to recall: the label, or for a generic
    label or a question, the parent they belong to. Several short facts are
    asked together: one alone ("can be reserved") would fit many subjects.
    The clue must pass the rules a recognition card's cues pass
    (`points_to_name`); None when it does not. Only as the `last_resort` of
    a line no other card says, a clue that merely points (`clues`), or is
    shown with a line of the thing's own that makes it point, will do; and
    (`weak_too`) so will a line that says the name itself again, or one
    under a heading that names no thing; `hide_own` hides what it says of the name."""
    if all(says_only_what_it_is_not(f) for f in facts):
        return None  # "not for time-sensitive questions": fits all that are not, no one thing
    label = inl.to_plain(group.label)
    subjects = [f for f in facts if len(f.inline) == 1 and f.inline[0].kind == "text" and own_subject(f.inline[0].text, label)]
    if len(facts) == 1 and subjects and (subject := subject_cloze(sink, group, facts[0])) is not None:
        return subject  # "UDP sends ..." under *Transport*: the sentence's own subject is the answer
    if len(facts) > 1 and subjects:
        return None  # each asked alone: a sentence about a subject of its own is no line of the heading's
    if not heading_asked(group, facts, sink.template) or all(opens_with_member(label, f) for f in facts) or (group.is_topic and group.line in sink.areas):
        # "[Glossary]: Bare metal instance — ...": a member's line is no clue to the heading it is
        # filed under; "[Cost control]: ...": nor is a line to the area of the notes it sits in
        return None
    found = name_cloze(sink, group, facts)
    if gives_itself_away(found[0], (), sink.common, sink.describes) or _variant_shown(found[0], sink.common):
        return None  # "[CloudWatch]: CW billing metric data...": the front shows the name abbreviated
    # "[Batch]: we submit [batch] jobs and [AWS Batch] does the rest": the line says
    # the name as a word of its own fact, one answer asked twice; "[Objects]: version
    # ID", "[Pricing Models]: use same AZ": a heading that names no thing of the notes
    hidden = words_shown(HIDDEN.findall(found[0])[0])
    if says_a_part(hidden, BLANK.sub(" ", found[0])):
        return None  # "[DataSync]: can synchronize to S3": the front says the name's own word
    named = bool(_BRANDED.search(hidden)) or sink.describes(hidden)  # written as a product's name, or a thing the notes describe
    weak = len(HIDDEN.findall(found[0])) > 1 or not named
    weak = weak or echoes(hidden, words_shown(BLANK.sub(" ", found[0])), sink.common)  # "[Tagging]: common tags are ..."
    if weak and not (last_resort and weak_too):
        return None  # the name asked twice, or a heading that names no thing: only for a line no other card says
    if not named and files_lines(hidden, inl.to_plain(group.label), [inl.to_plain(f.inline) for f in facts], sink.lines_naming):
        return None  # "[Terraform State Management]: ...": a heading the notes never say again names nothing
    if weak and plain_phrase(hidden, counted=True):
        return None  # "[communication during test]: status reports ...": a heading of plain words is where a line is filed, no answer
    # A clue that points nowhere on its own is no card: a line of the thing's own shown beside
    # it as a hint would be what the learner answers from, and the fact a guess.
    # the very last resort of a line no card says keeps a clue that says a word of the name
    if not points_to_name(sink, found[0], last_resort, own_words=not (last_resort and weak_too)):
        return None  # (below: the name's own words it shows are blanks, "[Right Sizing]: important to ___ size")
    return (hide_own_words(words_shown(HIDDEN.findall(found[0])[0]), found[0], sink.shared_words, sink.common), found[1]) if hide_own else found


def _variant_shown(cloze: str, common: frozenset[str]) -> bool:
    hidden = HIDDEN.search(cloze)
    return hidden is not None and variant_shown(hidden.group(1), cloze, common)


# "Root User Privileges", "Free Tier limits": a name and the set of its things a list holds
# (not "Billing & Permissions", two subjects, nor "Agreements and Policies")
_OWNED_SET = re.compile(
    r"^(\S.*?[^\s&,/](?<!\sand)(?<!\sor))\s+((?:only\s+)?(?:privileges|permissions|rights|responsibilities|duties|tasks|limits|limitations|quotas))\s*$",
    re.IGNORECASE,
)


def name_cloze(sink: CardSink, group: Group, facts: list[Fact]) -> tuple[str, tuple[str, ...]]:
    """The facts as a cloze on the name of what they are about."""
    label_plain = inl.to_plain(group.label).strip()
    defined = defined_subject(label_plain)  # "What is Cloud Computing ?" asks of Cloud Computing
    label_plain = defined or label_plain
    # "Storage Classes" names the kinds of a thing, none of them: a line under
    # it ("store data in a flat structure") is about the thing it sorts (S3).
    own = names_its_own(label_plain, group.context, sink.template)
    said = subject_finder(label_plain, sink.common, any_case=True) if own else None

    def shown(fact: Fact) -> str:
        # The name in any case, wherever a sentence still says it, is hidden too.
        return cloze_text(fact.inline, sink.html, hide=said) if said else sink.html(fact.inline)

    body = shown(facts[0]) if len(facts) == 1 else "<ul>" + "".join(f"<li>{shown(f)}</li>" for f in facts) + "</ul>"
    if defined or own or not group.context:
        body = hide_forms(body, defined or label_plain, sink.common)  # "[CloudWatch]: [CW] billing metric data"
        if not defined and (owner := _OWNED_SET.match(label_plain)):
            # "Root User Privileges: sign up for GovCloud": the set is no answer; whose it is, is
            text = "{{c1::" + cloze_safe(inl.escape(owner.group(1))) + "}} " + inl.escape(owner.group(2)) + ": " + body
            return text, group.context
        text = "{{c1::" + cloze_safe(inl.escape(defined) if defined else sink.html(group.label)) + "}}: " + body
        return text, group.context
    parent = re.sub(r"^\d+[.)]\s+", "", group.context[-1])  # "6. Sustainability": its place in a list is no part of the name
    text = "{{c1::" + cloze_safe(inl.escape(parent)) + "}} — " + sink.html(group.label) + ": " + body
    return text, group.context[:-1]


def one_blank(cloze: str) -> str:
    """A cloze on a name whose line says another word made from it ("evaluate
    the [configurations] of your resources" beside *Config*) shows that word: a
    second blank leaves the front too little to read, and the word may be what
    tells the thing apart."""
    blanks = list(HIDDEN.finditer(cloze))
    if not cloze.startswith("{{c1::") or len(blanks) < 2:
        return cloze
    name = names_of(words_shown(blanks[0].group(1)))
    out, position = [], 0
    for blank in blanks[1:]:
        shown = not name.same_thing(names_of(words_shown(blank.group(1))))
        out.append(cloze[position : blank.start()] + (blank.group(1) if shown else blank.group(0)))
        position = blank.end()
    return "".join(out) + cloze[position:]


def single_fact_card(
    sink: CardSink, group: Group, facts: list[Fact], text: str, context: tuple[str, ...], kind: str = "detail"
) -> None:
    text = one_blank(text)
    key_words = mask_numbers(inl.plain_key(inl.to_plain(facts[0].inline))).split()[:KEY_WORDS]
    # A breadcrumb that names the answer ("ELB & ASG" over "[...]: scale out") is
    # left off the card; the card keeps its id.
    choice = _a_choice(text, inl.to_plain(group.label))
    shown = tuple(c for c in context if choice or not gives_itself_away(text, (c,), sink.common))
    sink.add(
        kind,
        "cloze",
        prompt=text,
        answer="",
        context=shown,
        lines=tuple(f.line for f in facts),
        key=("fact", group.key, " ".join(key_words)),
        id_context=context,
    )


def _shown_context(group: Group) -> tuple[str, ...]:
    """The context a group's single-fact cards are made under."""
    return group.inner if group.context or group.is_topic else group.context
