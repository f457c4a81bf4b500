"""What a card's front says it asks.

A label such as "features", "use cases" or "for ex" names no subject, and
one such as "cache from" or "Used to" only reads on into its list: on its
own it is not a question. It is asked with its parent ("DMS — supports"),
so the front alone says what is wanted.
"""

from __future__ import annotations

import re

from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.model.course_parts import COURSE_PART_NUMBER
from pipeline.model.remark_flags import flags_a_line, is_remark_flag  # (the notes parser reads it too)

# Labels that say what kind of lines follow, not what they are about.
GENERIC_LABELS = frozenset(
    """
    advantages benefits characteristics components concepts considerations details
    disadvantages example examples features functions goals info limitations misc
    note notes options overview principles properties pros cons remember services
    steps summary supports tips types usage use uses workflow why how recap takeaways
    conclusion introduction intro background misc miscellaneous highlights recommendations
    mnemonic mnemonics gotcha gotchas trap traps caveat caveats verify cfg
    """.split()
)
_GENERIC_PHRASES = re.compile(
    r"^(?:(?:key|main|important|other|common|best|design|typical|some|differents?|various|possible|available|more)\s+)?"
    # "Purpose", "Key activities": an aspect each of a topic's siblings has, asked with the topic
    r"(?:uses?\s+cases?|practices|principles|points|features|concepts|examples|services|options|benefits|types|ways|kinds"
    r"|activities|purpose|aims?|objectives?|(?:exam\s+)?task|scenario"
    r"|how\s+it\s+works|when\s+to\s+use(?:\s+it)?|for\s+ex(?:ample)?|e\s*g|i\s*e|ex"
    r"|deeper\s+dive|deep\s+dive|takeaways?|tl\s*dr|wrap\s+up|in\s+short|further\s+reading|memory\s+(?:tricks?|hooks?|aids?))$"
)


_FRAGMENT = re.compile(
    r"^(?:defaults?|(?:\S+\s+){0,3}(?:from|to|for|with|by|of|into|via|as|like|than|about)"
    # "managed by AWS", "used for": a participle that reads on from its subject
    r"|[a-z]+ed\s+(?:by|for|with|from|to|in|on|via|at)(?:\s+\S+){0,3}"
    # "one login for all", "Resource-Based": a phrase that qualifies something unsaid
    r"|(?:\S+\s+){0,6}for\s+(?:all|everyone|everything|each)|(?:\S+\s+){0,2}based"
    # "Choice depends on", "relies on": a verb that reads on into its list
    r"|(?:\S+\s+){0,2}(?:depends?|relies|rely|builds?|runs?|works?)\s+(?:on|upon))$"
)


# "Use cases", "Examples"; or a label that ends by saying its list gives examples ("metrics on the dataset, e.g.")
_OPEN_LIST = re.compile(
    r"^(?:\w+\s+)?(?:uses?\s+cases?|examples?|for\s+ex(?:ample)?|e\s*g|such\s+as|like)$"
    r"|^.*\s(?:e\s*g|for\s+ex(?:ample)?|for\s+instance|such\s+as|including|incl|among\s+others)$"
)
_DEFINITION_QUESTION = re.compile(r"^\s*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(.+?)\s*\?\s*$", re.IGNORECASE)


# "causes", "typical", "common mistakes": the cases an author met, never all there are
_CASES = re.compile(r"^(?:\w+\s+)?(?:causes?|reasons?|symptoms?|signs?|typical|gotchas?|pitfalls?|mistakes?)$")


def is_open_list(label: str) -> bool:
    """"Use cases", "Examples", "metrics, e.g.", "causes": a few of many, never a set to recite whole."""
    return bool(_OPEN_LIST.match(inl.plain_key(label))) or is_case_list(label)


def is_case_list(label: str) -> bool:
    """"causes", "typical": the cases met of what the line is under, asked from them to it."""
    return bool(_CASES.match(inl.plain_key(label)))


def defined_subject(label: str) -> str | None:
    """"What is Cloud Computing ?" asks for a definition of "Cloud Computing"."""
    match = _DEFINITION_QUESTION.match(label)
    return match.group(1) if match else None


# "Quick review", "Final revision": a pass over the notes again, a recap as "Summary" is
REVIEW_HEADING = r"^(?:quick|final|last\s+minute)\s+(?:review|revision|refresher)$"
_ASIDE = re.compile(
    r"^(?:(?:key|quick)\s+)?(?:summary|recap|notes|takeaways?|tl\s*dr|conclusion|wrap\s+up|in\s+short|cheat\s+sheet)$|" + REVIEW_HEADING
)


def is_aside(label: str) -> bool:
    """A heading that sums up or collects ("Summary", "Notes"): no subject of its own."""
    return bool(_ASIDE.match(inl.plain_key(label)))


def is_fragment(label: str) -> bool:
    """A label that only reads on with its list ("cache from", "Used to",
    "default"): a front needs the thing it belongs to."""
    return bool(_FRAGMENT.match(inl.plain_key(label)))


_STATEMENT = re.compile(r"^\S+(?:\s+\S+)*?\s+(?:is|are|was|were|isn't|aren't)\s+\S")


def is_statement(label: str) -> bool:
    """"SQS and SNS are cloud-native services": a sentence, with its verb, not
    a term; what follows its colon is the rest of the sentence, no answer."""
    return bool(_STATEMENT.match(label.strip())) and not label.rstrip().endswith("?")


# "Personal rule of thumb", "mnemonic I made", "my trap", "Quick rule of thumb I wrote on a
# sticky note": the author's name for a remark of their own, no subject; what it is about is the parent
_AUTHORS_LABEL = re.compile(
    r"^(?:(?:my|personal|quick|own|handy)\s+)*(?:rules?\s+of\s+thumb|tricks?|traps?|tips?|mnemonics?|heuristics?|shortcuts?)"
    r"(?:\s+i(?:\s+\w+)?\s+(?:made|use|wrote|keep|learned|learnt|came|follow)\b.*)?$"
)


def is_generic(label: str) -> bool:
    words = inl.plain_key(label)
    if not words:
        return True
    return (
        words in GENERIC_LABELS
        or bool(_GENERIC_PHRASES.match(words))
        or bool(_AUTHORS_LABEL.match(words))
        or words.startswith(("for ex ", "e g "))
    )


_BARE_KINDS = frozenset("kinds types classes categories modes patterns tiers models levels plans policies options".split())
# "6 pillars", "the three types": a label that counts its list
COUNT = re.compile(r"^(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?=\S)", re.IGNORECASE)
# "for customers", "with a VPC": a phrase that qualifies its parent, no subject of its own
_QUALIFIES = re.compile(r"^(?:for|with|without|from|by|via)\s+\S", re.IGNORECASE)
# "STEP 5", "Option 1": a part the author numbered, which says of what only with its parent
_NUMBERED_ALONE = re.compile(r"^(?:step|option|part|phase|stage|method|way|approach|scenario|case)\s*#?(?:\d+|[IVX]+)\s*:?$", re.IGNORECASE)


_SPELLED_OUT = re.compile(r"^\s*([A-Z][A-Za-z0-9]{1,7})\s+(?:is|=|stands\s+for)\s+(?:an?\s+|the\s+)?([A-Za-z][\w\s-]*?)\s*$")


# "Remember the order of a page load", "Memorize the port numbers": a note to self over what to recall
_STUDY_NOTE = re.compile(r"^(?:remember|memori[sz]e|don't\s+forget)\s+(?!that\b|to\b)(\w.*?)\s*:?$", re.IGNORECASE)
# "How do I configure the network?", "How to set up autofs": a task heading; before a label or a
# command's task it reads as the task itself ("Configure the network — Hostname")
_HOW_DO_I = re.compile(r"^how\s+(?:do|can|should|would)\s+(?:i|you|we|one)\s+(?:do\s+(?=\S+\s*\S))?(\w.*?)\s*\??$|^how\s+to\s+(\w.*?)\s*\??$", re.IGNORECASE)


def task_heading(text: str) -> str:
    """"How do I add swap?" -> "Add swap"; any other heading as it is."""
    found = _HOW_DO_I.match(text.strip())
    if found is None:
        return text
    task = found.group(1) or found.group(2)
    return task[:1].upper() + task[1:]


# "There are 6 pillars in the Well-Architected Framework:", "We have three kinds of ...": a count's sentence
_THERE_ARE = re.compile(
    r"^(?:there\s+are|we\s+have)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z][\w-]*s\b[^:.;]*?)\s*[:.]?$",
    re.IGNORECASE,
)


def counted_statement(plain: str) -> tuple[str, str] | None:
    """The count and the kind a sentence announces ("There are 6 pillars in the
    Well-Architected Tool": `6`, `pillars in the Well-Architected Tool`), or None."""
    found = _THERE_ARE.match(plain.strip())
    return (found.group(1), found.group(2)) if found else None


def _spelled_out(plain: str) -> tuple[str, str] | None:
    """"NACL is Network Access Control List": an abbreviation and the words it stands for."""
    match = _SPELLED_OUT.match(plain)
    if match is None:
        return None
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", match.group(2))).lower()
    return (match.group(1), match.group(2)) if initials == match.group(1).lower() else None


# "decode", "one key", "in YAML": a step or a part, said in a word or two of lower case
_BARE_WORDS = 2
_SUBJECT_WORDS = 3


def _bare_word(label: Inline) -> bool:
    """A label of a word or two in lower case, no name, code or number in it
    ("decode", "one key", "disable"): the step of a task its parent names."""
    plain = inl.to_plain(label).strip()
    words = plain.split()
    return (
        0 < len(words) <= _BARE_WORDS
        and all(span.kind == "text" for span in inl.strip(label))
        and re.fullmatch(r"[a-z][a-z /-]*", plain.rstrip(":")) is not None
    )


def _names_a_subject(parent: str) -> bool:
    """A heading that names what its lines are about ("secrets", "CloudWatch
    Alarms"), not a sentence, a count or a former name ("2 types", "formerly X")."""
    plain = parent.strip()
    return (
        0 < len(plain.split()) <= _SUBJECT_WORDS
        and "," not in plain
        and not COUNT.match(plain)
        and not is_generic(plain)
        and not is_statement(plain)
        and not re.match(r"(?i)(?:formerly|previously|ex|aka)\b", plain)
    )


# "1. Operational Excellence", "2) Security", "Step 3:": the place of an item in
# the author's numbering, which no question asks
_ORDINAL = re.compile(r"^\s*(?:(?:step|part|pillar)\s+)?\d{1,2}\s*[.)]\s+(?=\S)", re.IGNORECASE)


# "Domain 2 — Vulnerability Management", "Domain 1: Data Preparation": the exam's numbering of its domains
_DOMAIN_NUMBER = re.compile(r"^\s*domain\s+\d{1,2}\s*(?:[.:)]|\s[—–-])\s*(?=\S)", re.IGNORECASE)


def unnumbered(text: str) -> str:
    """A label without the number the author put before it ("1. Operational
    Excellence" -> "Operational Excellence"); other labels as they are."""
    return _ORDINAL.sub("", text, count=1)


def title_words(text: str) -> str:
    """A heading's own words, without the number the author, the exam or the course
    gave it ("Ch 7 — IPv6" -> "IPv6", "Domain 2: Threats" -> "Threats"): a digit
    there counts nothing."""
    bare = unnumbered(_without_domain_number(COURSE_PART_NUMBER.sub("", text, count=1)))
    return bare if bare.strip() else text


def _without_domain_number(text: str) -> str:
    """A domain's title without the exam's number for it ("Domain 2 — Vulnerability
    Management"): the front asks the domain, not where the exam puts it. (Its weight,
    "Security (22%)", is left out where the heading is read: `without_weight`.)"""
    bare = _DOMAIN_NUMBER.sub("", text, count=1)
    return bare if bare.strip() else text


def _unnumbered_label(label: Inline) -> Inline:
    for index, span in enumerate(label):
        if span.kind == "text" and not span.text.strip():
            continue
        if span.kind == "text" and (text := unnumbered(_without_domain_number(span.text))) != span.text:
            return (*label[:index], Span("text", text), *label[index + 1 :])
        if span.kind == "strong" and span.children and span.children[0].kind == "text":
            inner = _unnumbered_label(span.children)
            if inner != span.children:
                return (*label[:index], Span("strong", children=inner), *label[index + 1 :])
        return label
    return label


CLAUSE_WORDS = 4
_CLAUSE = re.compile(rf"^[a-z][a-z/-]*(?:\s+\S+){{{CLAUSE_WORDS - 1},}}$")


def asked(label: Inline, context: tuple[str, ...], clauses: bool = False, named_answer: bool = False) -> Inline:
    """The label as a prompt: a generic one ("Services"), a count or a bare kind
    ("3 archi models", "Policies") or one that only qualifies its parent ("for
    customers") is joined to its parent, and so is a list's label that is a clause
    ("capture info about IP traffic", `clauses`): its subject is the parent. The
    author's numbering ("1.") is left out. A word or two in lower case is joined
    too ("decode: `k get secret ...`"), unless its answer is words that define it
    as a name of its own (`named_answer`: "vertical scaling: adding CPU and RAM")."""
    label = _unnumbered_label(label)
    plain = inl.to_plain(label).strip()
    if (spelled := _spelled_out(plain)) is not None:
        # a sentence as a front reads as a fact to confirm: the name, its words beside it
        return (Span("text", f"{spelled[0]} ({spelled[1]})"),)
    if (told := _STUDY_NOTE.match(plain)) is not None:
        # "Remember the order of a page load": the author's note to self; what to recall is the rest
        return (Span("text", told.group(1)[:1].upper() + told.group(1)[1:]),)
    if (counted := counted_statement(plain)) is not None:
        # "There are two patterns of app communication": the kind counted is what is asked
        return (Span("text", counted[1][:1].upper() + counted[1][1:]),)
    parent = task_heading(unnumbered(context[-1])) if context else ""
    # "3 archi models", "Policies": how many, or what kind, but not of what
    counted_kind = bool(COUNT.match(plain)) or inl.plain_key(plain) in _BARE_KINDS
    qualifies = bool(_QUALIFIES.match(plain)) and not is_generic(COUNT.sub("", parent))
    # "capture info about IP traffic going into our interfaces": a clause whose subject is its parent
    clause = clauses and bool(_CLAUSE.match(plain)) and not _CLAUSE.match(parent) and not is_generic(parent)
    numbered = bool(_NUMBERED_ALONE.match(plain)) and not _NUMBERED_ALONE.match(parent)
    if parent and (is_generic(plain) or is_fragment(plain) or counted_kind or qualifies or clause or numbered or (_bare_word(label) and _names_a_subject(parent) and not named_answer)):
        return (Span("strong", children=(Span("text", parent),)), Span("text", " — "), *label)
    return label


# "m5.2xlarge", "us-east-1a", "t3.micro": a coded name, letters and digits run together
_CODED = re.compile(r"[A-Za-z0-9][\w.-]*\d[\w.-]*[A-Za-z][\w.-]*|[A-Za-z][\w.-]*\d[\w.-]*")


def coded_example(head: str, parent: str) -> str | None:
    """The coded name a term is a part of ("5" under "Common pattern, for ex
    m5.2xlarge"): alone on a front such a part says nothing."""
    head = head.strip()
    if not head or " " in head:
        return None
    return next((code for code in _CODED.findall(parent) if head != code and head in code), None)


def common_word(head: str) -> bool:
    """"Pricing", "schedule", "Customer": one everyday word, no name (no
    acronym, no capital inside), which on its own a front does not say of what."""
    word = head.strip()
    return bool(re.fullmatch(r"[A-Za-z][a-z]+(?:-[a-z]+)?", word)) and len(word) > 2


_NAME_WORD = re.compile(r"^(?:[A-Z0-9(][\w()/&+.'-]*|to|of|and|for|on|in|the|[a-z]+-[\w-]+)$")
_PLURAL = re.compile(r"[^isu]s$")  # "Security Groups", not "Kinesis", "Bus", "Access"
NAME_WORDS = 6  # a longer label is a phrase, no name
_STAGES = frozenset("process procedure lifecycle checklist".split())
_NOT_A_NAME_START = frozenset("during before after while within inside outside between beyond until since about against".split())


# "Cryptographic", "Physical", "Environmental", "Offensive": a word that qualifies, no name of a thing
_ADJECTIVE = re.compile(r"[a-z](?:ic|al|ive|ous|ful|less)$")


def definition_question(label: Inline, described: bool = False) -> Inline | None:
    """"Compute Optimized" over its own lines, on the front of a card that says
    what it is: a bare name reads as a word to free-associate on. Asked as
    "What is Compute Optimized?" the front says what is wanted. None for a label
    that is no name: a phrase in lowercase ("cost benefits"), a sentence, a
    question, or one a parent is joined to. A thing the notes describe
    (`described`) may have words in lowercase ("AWS owned key")."""
    plain = inl.to_plain(label).strip()
    words = inl.ASIDE.sub(" ", plain).split()  # "Direct Connect (DX)": the name before its bracket
    if not words or len(words) > NAME_WORDS or plain.endswith(("?", ":")) or is_statement(plain):
        return None
    if is_generic(plain) or is_fragment(plain) or not words[0][:1].isupper() or not (described or all(_NAME_WORD.match(w) for w in words)):
        return None
    if words[-1].lower() in GENERIC_LABELS | _STAGES:
        return None  # "AMI Process": its steps, no thing to define
    if words[0].lower() in _NOT_A_NAME_START:
        return None  # "During the Sprint", "Before you start": a time or a place in the notes, no thing
    if len(words) == 1 and _ADJECTIVE.search(words[0]):
        return None  # "Cryptographic" over "downgrade — ...": a kind of attack, no thing to define
    verb = "are" if _PLURAL.search(words[-1]) and not words[-1].isupper() else "is"
    last = label[-1]
    if last.kind == "text":  # "Bucket " before its arrow: no space before the question mark
        label = (*label[:-1], Span("text", last.text.rstrip()))
    return (Span("text", f"What {verb} "), *label, Span("text", "?"))


# The parts of any computer and network, by their everyday names: a card that
# asks what one is asks below the depth of an exam about what runs on them.
_EVERYDAY = frozenset(
    """
    cpu cpus processor processors gpu ram memory storage disk disks drive drives hard database databases
    network networks router routers switch switches server servers client clients cable cables computer
    computers internet space
    """.split()
)


def everyday(head: Inline) -> bool:
    """A term made only of the everyday words of computing ("CPU", "CPU + RAM", "Router")."""
    words = inl.plain_key(inl.to_plain(head)).split()
    return bool(words) and all(word in _EVERYDAY for word in words)


def plain_phrase(text: str, counted: bool = False) -> bool:
    """"File formats", "communication during test": words of a phrase, no name (no capital past
    its first letter, no digit, no acronym). With `counted`, a count and an ampersand among the
    words ("The 7 testing principles", "Benefits & risks of ...") are no part of a name either."""
    words = [w for w in COUNT.sub("", text).split() if w != "&"] if counted else text.split()
    if len(words) < 2:
        return False
    return all(re.fullmatch(r"[a-z][a-z-]*", w) for w in [words[0][:1].lower() + words[0][1:], *words[1:]])
