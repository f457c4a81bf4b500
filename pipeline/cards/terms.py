"""`Term: definition`, `Term = definition` and `**Term** - definition` lines ask the term.

A phrase that leads somewhere (`stable storage -> one PVC per pod`, under StatefulSet) is no
term of its own: alone on the front it is half a sentence that does not say what it asks.
It is asked of its parent, the rest of the line hidden ("StatefulSet: stable storage → [...]")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.cards.topic_headings import is_authors_heading, is_collection
from pipeline.cards.aspect_fronts import aspect_asked
from pipeline.cards.apart_sentences import ONE_FACT_WORDS, SENTENCE_END, answered_by_front, apart_text, joined, named_by_mentions, subject_cloze
from pipeline.cards.code_commands import code_kind, states_a_condition, task_over_command
from pipeline.cards.value_items import SLASHES, VALUE_SEPARATORS, value_items
from pipeline.cards.other_subjects import of_another_subject
from pipeline.cards.combinations import combination_card
from pipeline.cards.commands import is_command, says_a_task
from pipeline.cards.count_nouns import counted_noun
from pipeline.cards.deletions import abbreviation_of
from pipeline.cards.counted import one_kind
from pipeline.cards.glossed_lists import clause_items, glossed_kinds
from pipeline.cards.entries import Entry, counted_label
from pipeline.cards.label_facts import label_fact_cloze
from pipeline.cards.keyed_clauses import keyed_cloze, settings_apart
from pipeline.cards.pair_lists import prose_table
from pipeline.cards.enumerations import deletion_limit
from pipeline.cards.item_clozes import item_clozes
from pipeline.cards.item_remarks import without_long_remark
from pipeline.cards.need_lists import named_need_card
from pipeline.cards.phrase_terms import FORMER, phrase_card
from pipeline.cards.prompts import asked, coded_example, common_word, everyday, is_case_list, is_fragment, is_generic, is_open_list, unnumbered
from pipeline.cards.sink import CardSink
from pipeline.cards.task_fronts import condition_front, step_front
from pipeline.cards.term_sentences import apart_cloze, parted, sentences
from pipeline.cards.term_shapes import CATEGORY_ITEMS, LEFTOVERS, OPEN, OPEN_ITEM, RECITED_ITEMS, SHORT_ITEM_WORDS, are_names, category, code_safe_items, example_only, halves, kind_of, names_a_thing, names_kind, the_rest
from pipeline.model import Inline, SourceRef, Span
from pipeline.model import inline as inl
from pipeline.model.cardtext import cloze_safe

_LEADS_ON = re.compile(r"^\s*(?:-{1,2}>|={1,2}>|→|⇒|⟶)")
WHICH_NAME = "which name?"
LONG_BLANK = 12  # words a learner can recall as written
LIST_ITEMS = 4  # a label's answer of this many short comma items is a list to recite, not a line
ITEM_WORDS = 8
PARENT_WORDS = 5  # a longer heading is a sentence ("Explain the processes ..."), left in the breadcrumb


def term_card(sink: CardSink, context: tuple[str, ...], entry: Entry, before: Entry | None = None, peers: Sequence[Entry] = (), paired: bool = False) -> None:
    """`before`: the line above, a term of the same list; `peers`: its list; `paired`: one of a line's `Name: value;` parts."""
    key = ("term", inl.plain_key(inl.to_plain(entry.head)))
    if entry.node.line in sink.said_in_lists:
        # `Services:` over `Failure management: Backups, CloudFormation, S3`: a heading of
        # the author's that sorts a few names, no term (category_map); "CPU: does the
        # computations": what every exam of computing takes as known, its meaning shown
        # in the list that names it, a clue to the name (enumerations); "archive access
        # tier (opt): from 90 days to 700+ days": its list names it, and both ends
        # of a window are no fact to recall.
        return
    if LEFTOVERS.match(inl.to_plain(entry.head)) and len(value_items(entry.definition)) >= LIST_ITEMS:
        return  # "other env vars: TF_VAR_x, TF_CLI_ARGS, ...": the rest of many, no cue to any; left to the cheat sheet
    if everyday(entry.head):
        # "Router = forwards data packets", "CPU + RAM = like a brain": the parts of any
        # computer, which an exam of what runs on them takes as known
        return
    if _recited(sink, entry.node.line):
        # "ELB: managed load balancer: AWS guarantees it works": the topic's
        # overview says the line whole; a term card would ask it a second time
        return
    if named_need_card(sink, context, entry):
        return  # "Use Dataflow when: new pipelines, streaming", "Neptune Analytics (GraphRAG)": from the need to the name
    if not is_open_list(inl.to_plain(entry.head)):
        label = inl.to_plain(asked(entry.head, context)).strip()
        if (rest := prose_table(sink, label, context, entry.full, entry.definition, entry.node.line)) is not None:
            # "AD: connected 0, static 1, ...", "`-c` create, `-x` extract", "GuardDuty = threats. ...": a card a pair
            if rest:
                term_card(sink, context, replace(entry, definition=(Span("text", rest),)), before, peers)
            return
    if context and is_open_list(inl.to_plain(entry.head)) and (_trails_off(entry.definition) or is_case_list(inl.to_plain(entry.head))):
        # "use cases: order fulfillment, data processing, web app, any workflow", "causes: kubelet stopped,
        # ...": a few of many, no answer to recall; asked the way exams ask, from the uses to the name
        text = "{{c1::" + cloze_safe(inl.escape(context[-1])) + "}} — " + sink.html(entry.full)
        sink.add("term", "cloze", prompt=text, answer="", context=context[:-1], lines=(entry.node.line,), key=key, id_context=context)
        return
    if combination_card(sink, context, entry.node.inline, entry.head, entry.definition, entry.node.line, key):
        return  # "`trunk` + `access` = mismatch": what the two give together is asked
    if is_command(entry.head) and inl.strip(entry.head)[0].kind == "code" and says_a_task(entry.definition) and not states_a_condition(inl.to_plain(entry.definition)):
        # `helm show values podinfo/podinfo -> find the key names`: the exam gives the task
        # and asks for the command, so the card does too
        where = f"<b>{sink.html(asked((Span('text', context[-1]),), context[:-1]))}</b>: " if context else ""
        front = where + sink.html(entry.definition) + f" — which {code_kind(inl.to_plain(entry.head))}?"
        sink.add("term", "basic", prompt=front, answer=sink.html(entry.head), context=context[:-1], lines=(entry.node.line,), key=key, id_context=context)
        return
    if (items := _listed(entry)) is not None:
        _list_card(sink, context, entry, items)
        return
    if (named := _named_object(entry.head)) is not None:
        # "FIS: based on Chaos Engineering: stressing an app...": the answer
        # defines the name the phrase ends on, not the service above it.
        entry = replace(entry, head=(Span("text", named),))
    if context and (the_rest(entry, before) or names_kind(entry) or example_only(entry)):
        # "Interface: the rest (ENI)" says nothing without the line above it,
        # "frequent access tier: default tier" asks nothing of the tier, and an
        # example ("for ex keep the average CPU around 40%") is no definition:
        # each is asked the other way ("which tier is the default?").
        parent = sink.html(asked((Span("text", context[-1]),), context[:-1]))
        shown = f"<li>{sink.html(before.full)}</li>" if before is not None and the_rest(entry, before) else ""
        blank = "{{c1::" + cloze_safe(sink.html(entry.head)) + "}}: " + sink.html(entry.definition)
        # the front says what the blank asks: a name the line tells
        text = f'<div class="sp-label">{parent} — {WHICH_NAME}</div><ul class="sp-enum">{shown}<li>{blank}</li></ul>'
        sink.add("term", "cloze", prompt=text, answer="", context=context[:-1], lines=(entry.node.line,), key=key)
        return
    if context and (_leading_phrase(entry) or _describes(entry)):
        parent = sink.html(asked((Span("text", context[-1]),), context[:-1]))
        hidden, aside = _aside(entry.definition)
        if len(inl.to_plain(hidden).split()) > LONG_BLANK:
            # a blank of a sentence or two asks it word for word: the back says it, for its gist
            front = f"<b>{parent}</b>: {sink.html(entry.head)}"
            sink.add("term", "basic", prompt=front, answer=sink.html(entry.definition), context=context[:-1], lines=(entry.node.line,), key=key)
            return
        text = f"<b>{parent}</b>: {sink.html(entry.head)} → " + "{{c1::" + cloze_safe(sink.html(hidden)) + "}}" + sink.html(aside)
        if (short := abbreviation_of(inl.to_plain(hidden), inl.to_plain(entry.head).split())) is not None:
            # "CNAME — alias → [canonical name]": the name in capitals spells the blank out; it is asked instead
            head = sink.html(entry.head).replace(inl.escape(short), "{{c1::" + cloze_safe(inl.escape(short)) + "}}", 1)
            text = f"<b>{parent}</b>: {head} → " + sink.html(entry.definition)
        sink.add("term", "cloze", prompt=text, answer="", context=context[:-1], lines=(entry.node.line,), key=key)
        return
    if context and _names_one(sink, entry):
        # "Edge computing: snowball edge": a need and the name that meets it; alone
        # on the front the need reads as a word to define, so the front asks which
        parent = sink.html(asked((Span("text", context[-1]),), context[:-1]))
        # "Dedicated hardware: Hardware Security Module" under CloudHSM: the name's letters are on the front
        letters = "".join(w[0] for w in inl.ASIDE.sub("", inl.to_plain(entry.definition)).split())
        asks = f"what does “{letters}” stand for?" if len(letters) > 1 and letters in context[-1] else WHICH_ONE
        front = f"<b>{parent}</b> — {sink.html(entry.head)}: {asks}"
        sink.add("term", "basic", prompt=front, answer=sink.html(entry.definition), context=context[:-1], lines=(entry.node.line,), key=key, id_context=context)
        return
    entry = settings_apart(sink, context, entry, key, ONE_FACT_WORDS)
    if task_over_command(sink, context, entry, key):
        return  # "Reload some settings without restart: `sudo kill -SIGHUP ...`": the task asks the command
    # a condition ("if negotiation fails") is asked as what follows it, never as the answer
    if _values(entry.definition) is None and not is_command(entry.head) and condition_front(entry.head) is None and phrase_card(sink, context, entry, key, peers):
        # "adopt a pay-per-use model: pay only for what runs": asked from the meaning
        return
    # A term the text defines in passing is no part of the heading above it:
    # "S3 › on premises" would read as something S3 is (its id keeps the place).
    shown = () if entry.defined_in_passing else context
    front = asked(entry.head, shown, named_answer=not any(span.kind == "code" for span in entry.definition))
    head = inl.to_plain(entry.head).strip()
    if shown and (code := coded_example(head, shown[-1])) is not None:
        # "5" under "Common pattern, for ex m5.2xlarge": what the part stands for in the name
        front = (Span("text", f"{code}: what does “{head}” stand for?"),)
    # "ECS: daemon as a sidecar; Elastic Beanstalk: option in .ebextensions" under X-Ray: each name is asked of the parent
    paired = (paired or bool(sentences(entry)[2])) and bool(shown) and len(shown[-1].split()) <= PARENT_WORDS
    if shown and entry.node.role == "item" and front == entry.head and (paired or common_word(head) or _a_role(sink, head, shown[-1]) or sink.template_label(head)) and not is_generic(shown[-1]):
        # "Pricing" under "How to choose an AWS Region ?": the word says nothing of what is asked;
        # under "formerly Old Name" it is asked of the thing above, by its present name
        parent = shown[:-1] if FORMER.match(shown[-1]) else shown
        if parent:
            front = (Span("strong", children=asked((Span("text", parent[-1]),), parent[:-1])), Span("text", " — "), *entry.head)
    if label_fact_cloze(sink, shown, entry, front, key, context):
        return  # "SLAs: OCI offers SLAs covering ...": no definition; asked by its key terms
    named = clause_items(inl.to_plain(entry.definition))  # "Withdraw/Avoid (postpone); Smooth (...)": a set of glossed names
    if (condition := condition_front(entry.head)) is not None:
        front = condition  # "if autoneg fails": no question until it asks what follows
    elif shown and (step := step_front(entry.head, unnumbered(shown[-1]), inl.to_plain(entry.definition))) is not None:
        front = step  # "Trunks — verify": a step of its owner, asked as what does it
    elif not is_open_list(head) and not _FORMULA.match(inl.to_plain(entry.full)) and (count := _values(entry.definition, head) or glossed_kinds(head, inl.to_plain(entry.definition))) is not None:
        # "restartPolicy" alone reads as "what is it?"; its answer is a few names
        noun = kind_of(shown, head, inl.to_plain(entry.definition)) or counted_noun(head, value_items(entry.definition), sink.product) or ""
        front = (*front, Span("text", f"{': ' if front != entry.head else ' — '}which {count}{noun}?"))
    elif named is not None:
        front = (*front, Span("text", f"{': ' if front != entry.head else ' — '}which {len(named)}?"))  # each gloss asked apart
    elif (aspect := aspect_asked(head, inl.to_plain(entry.definition))) is not None:
        # "Cross Region Restore: needs GRS vault ...": a side fact, asked as the aspect it tells
        front = (*front, Span("text", f"{': ' if front != entry.head else ' — '}{aspect}"))
    first, asked_apart, own_terms = sentences(entry)
    if named is not None:
        first, asked_apart, own_terms = (Span("text", ", ".join(item.name for item in named)),), [], []
    # "GKE: [Autopilot] mode ...": a part that opens on a name in bold; else a sentence's own subject
    # "ADs are isolated ..." of *Availability Domain (AD)*: the term is its subject, hidden where it says it
    subjects: list[str | None] = [
        apart_cloze(sink, entry, shown, sentence) or (None if named_by_mentions(inl.to_plain(sentence), head) else subject_cloze(sentence))
        for sentence in asked_apart
    ]
    # a label that sorts ("Types of service request") keeps its list whole: half of it reads as the set
    if not asked_apart and (parts := parted(replace(entry, definition=first)) or (halves(first) if names_a_thing(head) else None)) is not None:
        # "short workloads, cheap, can lose instance, unused capacity, batch jobs": five
        # facts on one back; the later ones are asked the way exams ask, from them to the name
        first, asked_apart = parts
        subjects = [None] * len(asked_apart)  # one list's items, each a fact of the term
    if (asked_apart or own_terms) and is_authors_heading(inl.to_plain(entry.head)):
        # "Hardening checklist: ACLs ..., port security, ...": the author's collection is no
        # name to blank over its parts; the list is said whole under it
        first, asked_apart, subjects, own_terms = entry.definition, [], [], []
    subjects = answered_by_front(sink, entry, asked_apart, subjects, shown)
    if "" in subjects:
        # "Tunneling and NAT64 are the transition alternatives": another subject, no blank to ask it by
        first = joined([first, *(s for s, own in zip(asked_apart, subjects) if own == "")])
        asked_apart, subjects = [s for s, own in zip(asked_apart, subjects) if own != ""], [own for own in subjects if own != ""]
    sink.add(
        "term",
        "basic",
        prompt=sink.html(front),
        answer=sink.html(first),
        context=shown,
        lines=(entry.node.line,),
        key=key,
        id_context=context,
        defined_in_passing=entry.defined_in_passing,
    )
    for number, (sentence, own) in enumerate(zip(asked_apart, subjects), 1):
        if own is None and of_another_subject(inl.to_plain(sentence), head):
            continue  # "Co-location ... is preferred in agile" after `Virtual teams: ...`: no fact of the term
        # "Allows to use existing server-bound licences": a fact of its own, asked
        # the way exams ask it, from the need to the name; "X-Ray for tracing the app"
        # after CloudTrail's own sentence, a fact of the name it opens with
        text = own or apart_text(sink, entry, sentence)
        if own is None and (keyed := keyed_cloze(sentence)) is not None:
            text = f"<b>{sink.html(asked(entry.head, shown))}</b>: {keyed}"  # "Negative = bad": the value hidden
        sink.add("term", "cloze", prompt=text, answer="", context=shown, lines=(entry.node.line,), key=(*key, "fact", str(number)), id_context=context)
    for other in own_terms:  # "MTBF — mean time between failures" after MTTR's; "Web ACLs: IP sets, SQLi, ..." of WAF
        term_card(sink, (*context, inl.to_plain(entry.head).strip()) if _listed(other) else context, other, paired=True)


def _a_role(sink: CardSink, head: str, parent: str) -> bool:
    """"Systems Manager" under "alarm actions": a thing the notes describe, here
    one option of a list a phrase in lower case sorts; alone on the front it asks
    what the thing is, not what it does for that list."""
    words = parent.split()
    return len(words) > 1 and all(w.islower() for w in words) and sink.describes(head)


WHICH_ONE = "which one?"
NAME_WORDS = 4


def _names_one(sink: CardSink, entry: Entry) -> bool:
    """`Bootstrap script: EC2 User Data`, `Edge computing: snowball edge (...)`: a
    phrase, no name of its own, answered by one name the notes describe or
    spell with capitals."""
    head = inl.to_plain(entry.head).strip()
    answer = inl.ASIDE.sub("", inl.to_plain(entry.definition)).strip()
    words = answer.split()
    if not words or len(words) > NAME_WORDS or VALUE_SEPARATORS.search(answer) or SLASHES.search(answer) or not head[:1].isalpha():
        return False
    phrase = len(head.split()) > 1 and all(w.islower() for w in head.split()[1:])
    # a name of a word ("IasS") may be any word in capitals; of two or more, a product's
    named = (len(words) > 1 and all(w[:1].isupper() for w in words)) or sink.describes(answer)
    return phrase and named


def _trails_off(definition: Inline) -> bool:
    """"order fulfillment, data processing, web app, any workflow": a list whose
    last item is a catch-all or that ends in "etc": no count closes it."""
    text = inl.ASIDE.sub("", inl.to_plain(definition)).strip()
    last = [item.strip() for item in VALUE_SEPARATORS.split(text.rstrip(".")) if item.strip()]
    return bool(OPEN.search(text)) or (len(last) > 1 and _CATCH_ALL.match(last[-1]) is not None)


def _recited(sink: CardSink, line: int) -> bool:
    """Whether the topic's overview (a basic card asked before its lines) is the
    line: its heading and that line alone. (An overview that recites a few
    terms, `Customer: ...` / `AWS: ...`, leaves each its own card.) Only the last
    run of cards of the topic and section is read; the cards keep it indexed."""
    return sink.cards.recited(SourceRef(sink.path, line), sink.topic_title, sink.section)


VALUE_WORDS = 3
_ADVICE = frozenset("avoid deprecated discouraged preferred recommended".split())
_CATCH_ALL = re.compile(r"^(?:any|all|other|others|every|anything|etc)\b", re.IGNORECASE)


def _values(definition: Inline, owner: str = "") -> int | None:
    """How many names an answer is made of, if it is only a few names
    (`Always (default), OnFailure, Never`, `S3 & DynamoDB`): each capitalised or
    with a capital inside, none of more than three words, or each a single word in
    lower case (`vertical & horizontal`); remarks in brackets aside. A chain (`ELB → EC2 → RDS`) or a list that trails off is none."""
    text = inl.ASIDE.sub("", inl.to_plain(definition)).strip().rstrip(".")
    items = value_items(definition)
    if OPEN.search(text) or re.search(r"\.\.|→|->|=>|://", text):
        return None  # (a link's slashes part no names)
    if len(items) < 2 or any(len(item.split()) > VALUE_WORDS for item in items) or not one_kind(items, owner):
        return None
    if any(item.lower() in _ADVICE for item in items):
        return None  # "Implicit: legacy, avoid": remarks on the thing, no values of it
    if any(_CATCH_ALL.match(item) for item in items):
        return None  # "ALB, EC2 instance, or any HTTP backend": no count closes that list
    named = are_names(items)  # "Always (default), OnFailure, Never"; "WHOIS, nslookup, FOCA, ..." too
    # "stop, terminate, reboot or recover": plain single words, the values of a setting
    # ("transport, TCP and UDP" is a layer's name and its examples)
    plain = all(len(item.split()) == 1 and item.islower() for item in items)
    return len(items) if named or plain else None


def _listed(entry: Entry) -> list[str] | None:
    """`managed by AWS: provisioning, OS patching, backups, ...` or `7 core checks:
    ...`: a label that reads on into its list, or one that counts it, answered by
    a closed list of short items. On a basic card's back it is a dump to recite."""
    head = inl.to_plain(entry.head).strip()
    text = inl.to_plain(entry.definition).strip()
    # "Threat responses: Escalate, Avoid, Transfer, Mitigate, Accept": five names or more are a set too
    labelled, kind = is_fragment(head) or counted_label(entry.head), category(head) or (_values(entry.definition, head) or 0) >= CATEGORY_ITEMS
    # "Web filter: agent-based, centralized proxy, URL scanning, ...", "Benefits: efficiency, ...":
    # a label, no name, over four short items or more; its back would recite them, and halves
    # of it would hide the label over the rest
    unnamed = not names_a_thing(head) and _SEPARATED.match(inl.to_plain(entry.full).strip()[len(head) :]) is not None
    if not (labelled or kind or unnamed) or OPEN.search(text):
        return None
    if SENTENCE_END.search(text) or ":" in text or _LEADS_TO.search(inl.ASIDE.sub(" ", text)):
        # "FS, SS, FF, SF (rare). Also mandatory, external": two lists; "PESTLE: Political, ...": a label of its
        # own opens the list; "motors, power lines → STP, fiber": causes, then fixes; none reads as one set of blanks
        return None
    items = [re.sub(r"^(?:and|or|then)\s+", "", item) for item in code_safe_items(inl.strip(entry.definition))]
    wanted, longest = (CATEGORY_ITEMS if kind and not labelled else LIST_ITEMS), ITEM_WORDS
    if not (labelled or kind):
        wanted, longest = LIST_ITEMS, SHORT_ITEM_WORDS
    # "alias records (point at Azure resource, ...)" last of eight: a long remark in brackets at its end says
    # more of an item; a back of that many items would be a dump (fewer read as one answer: "which 4 kinds?")
    # (an author's collection, "Hardening checklist", is said whole under it: no set to recite)
    measured = without_long_remark if len(items) >= CATEGORY_ITEMS and not is_collection(head) else str
    if len(items) < wanted or any(len(measured(item).split()) > longest or ";" in item or OPEN_ITEM.search(item) for item in items):
        return None  # "archiving; alert response = quarantine": a second list on the line; "etc. ...": an open one
    if len(items) > RECITED_ITEMS and not counted_label(entry.head):
        return None  # "Field types to remember: " 24 of them: a blank among them asks its place in the line
    return items


# "CPI = EV / AC", "SV = EV − PV": a formula's operands, no names to count
_FORMULA = re.compile(r"^\s*\S+\s*=\s*[^=]*\w\s+[/×*+−-]\s+\w")
_LEADS_TO = re.compile(r"->|→|=>|⇒")
_SEPARATED = re.compile(r"\s*[:=–—-]")  # "Web filter: ...", not "**Dapr** integration, ingress, ...": a label, then its list


def _list_card(sink: CardSink, context: tuple[str, ...], entry: Entry, items: list[str]) -> None:
    """Each item as a cloze, the whole list shown (`deletion_limit` hidden per note)."""
    label = f'<div class="sp-label">{sink.html(asked(entry.head, context))}</div>'
    for index, shown in enumerate(item_clozes(items, deletion_limit(counted_label(entry.head), len(items)), entry.head)):
        sink.add(
            "enumeration",
            "cloze",
            prompt=label + shown,
            answer="",
            context=context,
            lines=(entry.node.line,),
            key=("listed term", inl.plain_key(inl.to_plain(entry.head)), str(index + 1)),
        )


# A name of two or more words, or a word in mixed case: "AWS" alone ("managed by AWS") is the vendor.
_BASED_ON = re.compile(r"^[a-z]+ed\s+(?:on|upon|from)\s+((?:[A-Z][\w-]*\s+)+[A-Z][\w-]*|[A-Z][a-z]+[A-Z][\w-]*)$")


def _named_object(head: Inline) -> str | None:
    """The name a participle phrase ends on ("based on Chaos Engineering")."""
    match = _BASED_ON.match(inl.to_plain(head).strip())
    return match.group(1) if match else None


_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def _aside(definition: Inline) -> tuple[Inline, Inline]:
    """`containerd, CRI-O (dockershim removed in 1.24)`: the remark in brackets
    at the end is no part of the answer, and stays shown after the blank."""
    last = definition[-1] if definition else None
    if last is None or last.kind != "text" or not (match := _REMARK.search(last.text)) or not last.text[: match.start()].strip():
        return definition, ()
    return (*definition[:-1], Span("text", last.text[: match.start()])), (Span("text", last.text[match.start() :]),)


_RELATION = frozenset("at of against in with to on from by per".split())


def _describes(entry: Entry) -> bool:
    """`analyze data at high level`, `db of objects`: a phrase that describes
    rather than names (a word of relation inside it, no capitalised name); alone
    on a front it does not say what it asks, so it is asked of its parent."""
    head = inl.strip(entry.head)
    if not head or any(span.kind != "text" for span in head):
        return False
    words = inl.to_plain(head).split()
    named = any(w[0].isupper() and any(ch.islower() for ch in w[1:]) for w in words)
    return len(words) >= 3 and not named and any(w in _RELATION for w in words[1:-1])


def _leading_phrase(entry: Entry) -> bool:
    """`L7 HTTP(S) routing -> host and path rules`: a few plain words, none of
    them a capitalised name, before an arrow."""
    head = inl.strip(entry.head)
    if not head or any(span.kind != "text" for span in head):
        return False
    plain = inl.to_plain(head).strip()
    rest = inl.to_plain(entry.full).strip()[len(plain) :] if inl.to_plain(entry.full).strip().startswith(plain) else ""
    words = plain.split()
    # One word ("etcd", "liveness") or a capitalised one ("NodePort") is a name to ask.
    named = any(w[0].isupper() and any(ch.islower() for ch in w[1:]) for w in words)
    return bool(_LEADS_ON.match(rest)) and len(words) > 1 and not named and words[-1].isalpha() and words[-1].islower()
