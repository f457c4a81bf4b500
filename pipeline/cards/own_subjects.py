"""A topic's first line that is a clause about another subject.

"billing data metric is stored in us-east-1" under *Billing Alarms*,
"Priorities are set by impact" under *Incident Management*: the line has a
subject of its own, which is not the topic, and says a fact of that subject.
Asked by the topic's bare label it reads as the topic's definition, which it
is not, and the lines after it ride along as a heap of unrelated facts: the
topic has no defining line, each line is asked alone by its own key term."""

from __future__ import annotations

import re

from pipeline.cards.deletions import gives_itself_away
from pipeline.cards.entries import Fact, Group
from pipeline.cards.exam_remarks import past_exam_remarks
from pipeline.cards.part_titles import titles_a_part
from pipeline.cards.single_facts import name_cloze
from pipeline.cards.sink import CardSink
from pipeline.model import Inline
from pipeline.model import inline as inl
from pipeline.model.naming import names_of

SUBJECT_WORDS = 4  # a subject longer than this is a clause read wrong, not a noun phrase
# the words a subject is made of: nouns and their qualifiers, not a verb's object
_SUBJECT = r"[A-Za-z][\w/&+.'-]*(?:\s+[\w/&+.'-]+){0,%d}?" % (SUBJECT_WORDS - 1)
# the only small words a subject holds ("Users or Group", "Leader of the team"): others read on into a clause
_JOINING = frozenset("or and of &".split())
# "X is / are / can / will ...": a clause with its own subject
_CLAUSE = re.compile(
    rf"^\s*(?P<subject>{_SUBJECT})\s+(?:is|are|was|were|can|cannot|can't|will|won't|must|should|may)\s+\S",
    re.IGNORECASE,
)
# "Once a system is scalable, ...", "it is ...", "There are ...": no subject of another thing
_NOT_A_SUBJECT = re.compile(
    r"^\s*(?:once|when|whenever|if|while|after|before|because|since|as|unlike|like|for|in|on|with|to|by|at|from|"
    r"it|its|this|these|they|them|that|those|there|here|which|what|who|where|why|how|each|every|all|both|"
    r"you|we|i|one|not|no|only|also|still|just|then|so|but|and|or|some|many|most|same|other|another)\b",
    re.IGNORECASE,
)


def about_another_subject(sink: CardSink, label: str, first: Fact) -> bool:
    """Whether a thing of the notes opens on a line about another subject: it has no defining line."""
    if opens_on_code(label, first.inline) or defines_another(label, first.inline):
        return True
    return sink.describes(label) and _a_proper_name(label) and opens_on_another_subject(label, first.inline)


def opens_on_code(label: str, line: Inline) -> bool:
    """"`swarm init` creates ...", "`capabilities` only exist ..." under a topic of words:
    the line tells of a command or setting, no definition of the topic."""
    spans = inl.strip(line)
    if not spans or spans[0].kind != "code" or _code_list(spans):
        return False
    code = spans[0].text.strip().lower()
    return not names_of(label).shows(code) and code not in label.lower()


def undefined_lines(sink: CardSink, group: Group, singles: list[tuple[list[Fact], tuple[str, tuple[str, ...]]]], facts: list[Fact]) -> list[Fact]:
    """The lines a topic without a defining line is left with, no card asking them yet:
    under the topic's bare label they read as its definition. A thing's name is asked
    from them (`asked_by_name`); one line led by a label of its own ("Requirements for
    VMs — CPU virtualization extensions, ...") is asked by that label, the heading in
    the breadcrumb. The author's words on the exam or the notes ("Almost half the
    exam. Know every core object ...") are no fact of it: no card says them.
    The lines still left for the topic's card."""
    facts = [kept for fact in facts if (kept := past_exam_remarks(fact)) is not None]
    if not facts:
        return []
    if (found := asked_by_name(sink, group, facts)) is not None:
        singles.append((facts, found))
        return []
    term = inl.split_term(facts[0].inline) if len(facts) == 1 else None
    parts = term or (inl.dash_parts(facts[0].inline) if len(facts) == 1 else None)
    # "search top IS = share of ...": a term's line names its term in any case; a dash's left side only capitalised
    if parts is None or not _a_label(inl.to_plain(parts[0]), any_case=term is not None) or not inl.to_plain(parts[1]).strip():
        return facts
    label = inl.to_plain(group.label).strip()
    sink.add(
        "term",
        "basic",
        prompt=sink.html(parts[0]),
        answer=sink.facts_html([Fact(parts[1], facts[0].line)]),
        context=(*group.context, label) if label else group.context,
        lines=(group.line, facts[0].line),
        key=("facts", group.key, "1"),
    )
    return []


def _a_proper_name(label: str) -> bool:
    """"CloudTrail", "Billing Alarms in CloudWatch": a name, each word capitalised
    (a heading such as "Cost control" or "Plan tiers" names no thing to ask)."""
    said = [w for w in inl.ASIDE.sub(" ", label).split() if w[0].isalnum() and w.lower() not in _SMALL_WORDS]
    return bool(said) and all(w[0].isupper() or w[0].isdigit() for w in said)


LABEL_WORDS = 6  # "Docking station vs port replicator": a label; a longer head is a clause


def _a_label(head: str, any_case: bool = False) -> bool:
    """A line's head that names what the rest tells of: a few words, capitalised, no list."""
    said = head.strip().split()
    if not said or said[0].lower() in _SMALL_WORDS or any(w.lower() in _VERBS for w in said):
        return False  # "You are looking at headers: ...": a clause, no label
    return len(said) <= LABEL_WORDS and (any_case or said[0][0].isupper()) and "," not in head


_VERBS = frozenset("is are was were be been has have had do does can will".split())


def asked_by_name(sink: CardSink, group: Group, facts: list[Fact]) -> tuple[str, tuple[str, ...]] | None:
    """The lines a thing without a defining line is left with, as a cloze on its name
    (need -> name, as each fact without a key term is asked): under the bare name they
    read as its definition ("Billing Alarms" -> "actual costs; simple alarms"). None
    where the name is no thing of the notes, or the lines give it away."""
    label = inl.to_plain(group.label)
    if not sink.describes(label) or not _a_proper_name(label) or titles_a_part(label):
        return None  # "Digital transformation with Google Cloud", "Integrating GIT for Team Management": a heading, no name to ask
    if all(_commands_only(f) for f in facts):
        return None  # "`docker build ...` / `podman build ...`": a command says nothing that points to the name
    found = name_cloze(sink, group, facts)
    if found[0].count("{{c") != 1 or gives_itself_away(found[0], (), sink.common, sink.describes):
        return None
    return found


def _code_list(spans: Inline) -> bool:
    """"`depends_on`, `count`, `for_each` (+ `providers` on modules)": the topic's members,
    listed (the line opens on two codes with a separator between them)."""
    return len(spans) >= 3 and spans[1].kind == "text" and spans[2].kind == "code" and _BETWEEN_COMMANDS.match(spans[1].text) is not None


_BETWEEN_COMMANDS = re.compile(r"^[\s/,;|]*(?:\b(?:or|and)\b[\s/,;|]*)?$")


def _commands_only(fact: Fact) -> bool:
    """A line of commands alone, with nothing but separators between them."""
    spans = fact.inline
    codes = any(span.kind == "code" for span in spans)
    return codes and all(span.kind == "code" or (span.kind == "text" and _BETWEEN_COMMANDS.match(span.text)) for span in spans)


def opens_on_another_subject(label: str, line: Inline) -> bool:
    """Whether the line is a clause whose subject is neither the topic nor a pronoun
    for it ("Priorities are set by impact" under *Incident Management*)."""
    text = inl.to_plain(line)
    found = _CLAUSE.match(text)
    if found is None or _NOT_A_SUBJECT.match(text):
        return False
    subject = found.group("subject")
    said = subject.lower().split()
    if any(w in _SMALL_WORDS and w not in _JOINING for w in said):
        return False  # "Control how traffic is allowed", "Have a key that is": a verb's clause, no subject
    names = names_of(label)
    if names.shows(subject) or names_of(subject).same_thing(names):
        return False  # "VPC is a private network": the topic's own definition
    # a subject whose noun is a word of the label ("tags are ..." under *Tagging*, "clustering
    # is ..." under *Classification vs clustering*) is the topic, or one of its sides; "billing
    # data metric" under *Billing Alarms* is another thing
    return not any(_same_word(said[-1], w) for w in _words(label))


def defines_another(label: str, line: Inline) -> bool:
    """"tenant = dedicated Entra instance; ..." under *Entra ID*, "Multi-AZ = HA within
    region" under *DR strategies*: the line opens on the definition of another term, which
    has its own card; under the topic's bare label it would read as the topic's definition.
    A line of that one definition alone ("bootstrapping = launching commands ..." under
    *EC2 User Data*) may name the topic by a synonym: it stays the definition."""
    spans = inl.strip(line)
    if not spans or spans[0].kind != "text":
        return False  # "**SODIMM** = ...": the author's own term, whose line the topic's card says
    text = inl.to_plain(line)
    found = _DEFINES.match(text)
    if found is None or _NOT_A_SUBJECT.match(found.group("subject")) or not _GOES_ON.search(text, found.end()):
        return False
    subject = found.group("subject").strip()
    said = subject.lower().split()
    names = names_of(label)
    if names.shows(subject) or names_of(subject).same_thing(names) or subject.lower() in label.lower():
        return False  # "Kinesis = real-time big data streaming": the topic's own definition
    return not any(_same_word(w, l) for w in said for l in _words(label))


# "tenant = ...", "Multi-AZ = ...": a term of a few words, then its meaning
_DEFINES = re.compile(rf"^\s*(?P<subject>{_SUBJECT})\s*=\s*\S")
_GOES_ON = re.compile(r"[;.]\s+\S|\s=\s")  # a further clause or definition on the line


def _same_word(one: str, other: str) -> bool:
    """"tags" / "Tagging", "Incidents" / "Incident": one word, its endings aside."""
    one, other = one.rstrip("s"), other.rstrip("s")
    return len(min(one, other, key=len)) >= 3 and (one.startswith(other) or other.startswith(one))


_SMALL_WORDS = frozenset(
    "a an the how that which who what where when why way to in on at for with by from as than this these those its their our your "
    "it they them we you while whenever if because so but since until unless then there here all any each every no not "
    "or and of &".split()
)


_KIND_WORDS = frozenset("management service services amazon aws azure google cloud".split())  # shared by unrelated things
_NOT_OWN = _SMALL_WORDS | _KIND_WORDS
_LONG_WORD = re.compile(r"[A-Za-z]{3,}")


def _words(label: str) -> list[str]:
    """The label's own words, small and generic ones left out."""
    return [w.lower() for w in _LONG_WORD.findall(inl.ASIDE.sub(" ", label)) if w.lower() not in _NOT_OWN]
