"""A list of needs, each pointing at what meets it ("Detect risky sign-ins ->
Entra ID Protection", "RDP without public IP -> Azure Bastion", under "Quick
'which product?' list"), is the exam's question written down: each item is
asked from its need to its answer. Read as other lines, its items became
blanks over a word of the need, a number card over the need's figure, the
answer asked back to the need, and the heading as an overview answered by the
first item."""

from __future__ import annotations

import re

from pipeline.cards.entries import Entry, Group
from pipeline.cards.prompts import is_remark_flag
from pipeline.cards.qa_lines import ARROW_ANSWER
from pipeline.cards.sink import CardSink
from pipeline.cards.sub_lists import split_outside_brackets
from pipeline.model import inline as inl
from pipeline.model.naming import spells

NEED_SHARE = 0.75  # of a list's items pointing from a need to an answer
# "Which-one-when cheat lines", "which store when": a title that says its list answers needs
_TITLED = re.compile(r"\b(?:which|when)\b", re.IGNORECASE)
TITLED_SHARE = 0.5
MIN_ITEMS = 3
ANSWER_WORDS = 6  # a longer right side explains; it names no answer
NAME_WORDS = 6  # a longer head is a phrase, no name
_ARROW = re.compile(r"\s*(?:->|→|=>|⇒)\s*")
# "Quick 'which product?' list", "Which service for what", "Pick the right database"
_WHICH = re.compile(r"\bwhich\s+([a-z][\w-]*)(?=\W*(?:\?|$|\s+(?:for|to|when)\b))", re.IGNORECASE)
_PICK = re.compile(r"\b(?:pick|choose|picking|choosing)\s+(?:the\s+|a\s+|an\s+)?(?:right\s+)?([a-z][\w-]*)\s*\W*$", re.IGNORECASE)
_DEFINES = re.compile(r"\s[—–]\s")  # `term — what it is`: a definition whose text has an arrow in it
_CLAUSED = re.compile(r"[;=:]|\.\s|\s[—–-]\s")  # a need of one clause, no term it defines
_NO_KIND = frozenset({"one", "ones", "is", "to", "of", "the"})


def need_and_answer(entry: Entry, named_first: bool = False, roles: tuple[str, ...] = ("item", "step")) -> tuple[str, str] | None:
    """An item's (need, answer), if it is written `need -> answer`. With
    `named_first` (an item of a list already read as needs) a longer answer that
    opens on a name ("SCP deny `guardduty:DeleteDetector`, ...", "Cognito identity
    pool + IAM policy w/ ...") answers too: the name, then how it is set up."""
    node = entry.node
    if node.role not in roles or node.children or entry.special is not None:
        return None
    return need_in_text(inl.to_plain(node.inline), named_first) or _used_when(inl.to_plain(node.inline))


# "Use PrivateLink when exposing ONE service to many VPCs": the answer first, then its need
_USE_WHEN = re.compile(r"^use\s+(?P<answer>\S.*?)\s+(?:when|if|for)\b:?\s+(?P<need>\S.*)$", re.IGNORECASE)
_SECOND_CHOICE = re.compile(r";|\bwhen\b|\bif\b", re.IGNORECASE)  # "...; outbound when VPC resolves on-prem": two answers


def _used_when(text: str) -> tuple[str, str] | None:
    """An item's (need, answer), if it is written `Use answer when need`, the
    answer a few words."""
    found = _USE_WHEN.match(text.strip())
    if found is None:
        return None
    answer, need = found.group("answer").strip(), found.group("need").strip().rstrip(".")
    named = inl.ASIDE.sub(" ", answer).strip()
    if len(need.split()) < 2 or _SECOND_CHOICE.search(need) or "," in named or len(named.split()) > ANSWER_WORDS:
        return None
    return need, answer


def points_to_a_name(text: str) -> bool:
    """`large-scale, many branches -> **Virtual WAN** (...)`: a need and the name
    that meets it, the exam's question written down, no definition of a heading."""
    pair = need_in_text(text)
    if pair is None or _CLAUSED.search(pair[0]) or ";" in inl.ASIDE.sub(" ", pair[1]):
        return False  # "Entra Connect Sync = app that syncs AD -> Entra ID", "...; logs -> S3": an arrow inside a fact
    return inl.ASIDE.sub(" ", pair[1]).strip()[:1].isupper()


def need_in_text(text: str, named_first: bool = False) -> tuple[str, str] | None:
    """A line's (need, answer), if it is written `need -> answer`."""
    parts = split_outside_brackets(text.strip(), _ARROW) or []  # an arrow in the answer's aside is its own
    if len(parts) != 2:
        return None
    need, answer = (part.strip().rstrip(".") for part in parts)
    need = need.rstrip("?").strip()  # "Generative AI? -> Bedrock": the front asks its own question
    named = inl.ASIDE.sub(" ", answer).strip()  # "Bedrock (foundation models via API, ...)": the aside rides on the back
    if len(need.split()) < 2 or not named or named.endswith(("?", "!", ":")):
        return None
    if named_first and named[0].isupper():
        return need, answer
    if len(named.split()) > ANSWER_WORDS or "," in named:
        return None  # "-> a region is a cluster of data centers, ...": a remark, no answer
    return need, answer


def _unbulleted_needs(entries: list[Entry]) -> dict[int, tuple[str, str]]:
    """Lines in a row, each `need -> answer`, without bullets: a need list all the same
    (several needs on one source line count as lines of their own). A lone such line
    among prose is a remark; it stays with the other rules."""
    found: dict[int, tuple[str, str]] = {}
    run: list[tuple[Entry, tuple[str, str]]] = []
    for entry in [*entries, None]:
        pair = need_and_answer(entry, roles=("line",)) if entry is not None else None
        pair = None if pair is None or _DEFINES.search(pair[0]) else pair  # `DNS A record — name → IPv4`: a glossary line
        if pair is not None and entry is not None and (not run or entry.node.line - run[-1][0].node.line in (0, 1)):
            run.append((entry, pair))
            continue
        if len(run) >= MIN_ITEMS:
            found |= {id(e): p for e, p in run}
        run = [(entry, pair)] if pair is not None and entry is not None else []
    return found


def _kinds_of_label(label: str, needs: list[str]) -> bool:
    """`compute:` over `compute instance -> your dev VM`, `compute cluster -> ...`: the left
    sides name kinds of what the label names, and the right sides say what each is."""
    words = re.findall(r"[a-z][a-z0-9-]+", inl.ASIDE.sub(" ", label).lower())
    if len(words) != 1:
        return False
    word = words[0].removesuffix("s")
    return 2 * sum(word in re.findall(r"[a-z][a-z0-9-]+", need.lower()) for need in needs) >= len(needs)


def kind_in_title(label: str) -> str:
    """What the list's answers are, by its label ("which product?" -> "product")."""
    label = inl.ASIDE.sub(" ", label).strip()  # "Choosing the approach (build vs buy)"
    found = _WHICH.search(label) or _PICK.search(label)
    kind = found.group(1).lower() if found else "one"
    return "one" if kind in _NO_KIND else kind


# a question of its own ("Can an RG contain another RG?"), or answered by a figure or a yes/no: no "which one?"
_ASKS_ITSELF = re.compile(r"^(?:what|which|who|when|where|why|how|can|could|is|are|does|do|did|should|will|would|has|have|may|must)\b", re.IGNORECASE)
_QUOTES = "\"“”"
_YES_NO = re.compile(r"^(?:yes|no)\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<=[\w\")\]])\.\s+(?=\S)")
_SEMICOLON = re.compile(r";\s+")
# "Secrets Manager", "EventBridge + Security Hub", "FSx for Windows", "Glacier / Deep Archive": words of a name
_NAME_WORDS = re.compile(r"(?:[A-Z0-9][\w.@-]*|for|of|and|on|in|the|[/+&])(?:\s+(?:[A-Z0-9][\w.@-]*|for|of|and|on|in|the|[/+&]))*")
_LED = re.compile(r"^[^:]{1,40}:\s+")  # "Network security: DDoS -> Shield": the line's label before its first need


def sentence_needs(entry: Entry) -> list[tuple[str, str]]:
    """`"DDB reads microsecond latency" -> DAX. "complex results cached" -> ElastiCache.`:
    needs written one after another on a line, each sentence (or `;` part) pointing at a name."""
    node = entry.node
    if node.role not in ("item", "step", "line") or node.children or entry.special is not None:
        return []
    text = inl.to_plain(node.inline).strip().rstrip(".")
    if (led := _LED.match(text)) and is_remark_flag(led.group().strip(" :")):
        text = text[led.end() :]  # "Exam tip: DDoS -> Shield. ...": the flag is no part of the first need
    # "rotate DB passwords -> Secrets Manager; cheap config -> Parameter Store": needs cut at `;` too,
    # each answer a name ("Import -> DQ switch NOT possible; ..." says facts, no answers)
    sentences = _SENTENCE_END.split(text)
    parts = [part for sentence in sentences for part in split_outside_brackets(sentence, _SEMICOLON) or [sentence]]
    found = [pair for part in parts if (pair := need_in_text(part) or _word_need(part)) is not None]
    if len(parts) < 2 or len(found) < len(parts) or not all(_names_it(need, answer) for need, answer in found):
        return []
    if len(parts) > len(sentences) and not all(_NAME_WORDS.fullmatch(inl.ASIDE.sub(" ", answer).strip()) for _, answer in found):
        return []
    return found


def _word_need(sentence: str) -> tuple[str, str] | None:
    """`DDoS -> Shield`: among needs written one after another, a need of one word."""
    parts = split_outside_brackets(sentence.strip(), _ARROW) or []
    if len(parts) != 2 or len(parts[0].split()) != 1 or not (named := inl.ASIDE.sub(" ", parts[1]).strip()):
        return None
    return (parts[0].strip(), parts[1].strip()) if len(named.split()) <= ANSWER_WORDS and "," not in named else None


def _names_it(need: str, answer: str) -> bool:
    """A name answers the need, or the need is the exam's words in quotes (`"see changes before a CFN update" -> change sets`)."""
    if _CLAUSED.search(_LED.sub("", need, count=1)):
        return False  # "Entra Connect Sync = app that syncs AD -> Entra ID": an arrow inside a fact
    return inl.ASIDE.sub(" ", answer).strip()[:1].isupper() or need[:1] in _QUOTES


def need_cards(sink: CardSink, group: Group, entries: list[Entry]) -> list[Entry]:
    """Asks a need list's items from need to answer; the entries left to the other rules."""
    several = {id(e): found for e in entries if (found := sentence_needs(e))}
    pairs = {id(e): pair for e in entries if id(e) not in several and (pair := need_and_answer(e)) is not None}
    items = [e for e in entries if e.node.role in ("item", "step")]
    share = TITLED_SHARE if _TITLED.search(inl.to_plain(group.label)) else NEED_SHARE
    if len(pairs) < MIN_ITEMS or len(pairs) < share * len(items):
        pairs = {}
    else:
        pairs |= {id(e): pair for e in entries if id(e) not in pairs and (pair := need_and_answer(e, named_first=True)) is not None}
    pairs |= _unbulleted_needs(entries)
    needs = [need for need, _ in pairs.values()] + [need for found in several.values() for need, _ in found]
    if not needs or _kinds_of_label(inl.to_plain(group.label), needs):
        return entries
    kind = kind_in_title(inl.to_plain(group.label))
    for entry in entries:
        for need, answer in several.get(id(entry), [pairs[id(entry)]] if id(entry) in pairs else []):
            answers = len(_ANSWERS.split(inl.ASIDE.sub(" ", answer)))  # ("Memorystore (Redis / Memcached)" is one)
            asked = kind if kind != "one" or answers < 2 else str(answers)
            prompt = f'{inl.escape(need)} <span class="sp-column">— which {inl.escape(asked)}?</span>'
            if _ASKS_ITSELF.match(need.lstrip(_QUOTES)) or not inl.ASIDE.sub(" ", answer).strip()[:1].isalpha() or _YES_NO.match(answer):
                prompt = f"{inl.escape(need.strip(_QUOTES).rstrip('?'))}?"  # "Can an RG contain another RG? -> No": the question as asked
            sink.add("term", "basic", prompt, inl.escape(answer), group.inner, (entry.node.line,), ("need", inl.plain_key(need)))
    return [e for e in entries if id(e) not in pairs and id(e) not in several]


# "read-heavy DB -> read replicas / ElastiCache / DAX": several answers, "which 3?", not "which one?"
_ANSWERS = re.compile(r"\s+/\s+")


# "Use Dataflow when", "use user-assigned if": a label that names the answer, its line the needs
_USE_WHEN_LABEL = re.compile(r"^use\s+(?P<name>\S.{0,40}?)\s+(?:when|if)$", re.IGNORECASE)


def named_need_card(sink: CardSink, context: tuple[str, ...], entry: Entry) -> bool:
    """`Use Dataflow when: new pipelines, streaming, no cluster mgmt`: the needs asked for
    the name, the way exams ask; read as a term, the name asked its needs. A later sentence
    `Peering when: different orgs` is a second name's needs. So is a name glossed only in
    brackets, `**Amazon Neptune Analytics** (graph + vectors, GraphRAG)`: its back was the
    bracket alone. Whether the line was such."""
    if (glossed := _glossed_name(entry)) is not None:
        _need_card(sink, context, entry, *glossed)
        return True
    if (caused := _symptom(context, entry)) is not None:
        _need_card(sink, context, entry, *caused)
        return True
    found = _USE_WHEN_LABEL.match(inl.to_plain(entry.head).strip())
    if found is None or not inl.to_plain(entry.definition).strip():
        return False
    first, *others = _SENTENCE_END.split(inl.to_plain(entry.definition).strip().rstrip("."))
    pairs = [(found.group("name"), first)]
    for sentence in others:
        if (other := _NAMED_WHEN.match(sentence)) is not None:
            pairs.append((other.group("name"), other.group("need")))
        else:
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]}. {sentence}")
    for name, need in pairs:
        _need_card(sink, context, entry, name, need)
    return True


# "Network service issues", "Common problems", "Troubleshooting": a heading over causes and what each does
_ISSUES = re.compile(r"\b(?:issues?|problems?|troubleshoot(?:ing)?|faults?|failures?|symptoms?)\b", re.IGNORECASE)


def _symptom(context: tuple[str, ...], entry: Entry) -> tuple[str, str] | None:
    """(cause, symptom) of `**Incorrect VLAN** on access port → host gets wrong subnet or no DHCP`
    under a heading of issues: the exam gives the symptom and asks the cause."""
    if not context or not _ISSUES.search(context[-1]) or entry.node.children:
        return None
    if not entry.head or entry.head[0].kind != "strong":
        return None  # "can't reach instance → SG/NACL, no public IP, ...": a symptom over its causes, not an issue named in bold
    head, full = inl.to_plain(entry.head).strip(), inl.to_plain(entry.full).strip()
    said = full[len(head) :] if full.startswith(head) else ""
    if not ARROW_ANSWER.match(said) or len(head.split()) > NAME_WORDS:
        return None
    symptom = ARROW_ANSWER.sub("", said, count=1).strip().rstrip(".")
    if not symptom or _SENTENCE_END.search(symptom) or _ARROW.search(symptom):
        return None  # "→ new clients get APIPA. Fix: ...": more facts than the symptom
    return head, symptom


def _need_card(sink: CardSink, context: tuple[str, ...], entry: Entry, name: str, need: str) -> None:
    prompt = f'{inl.escape(need)} <span class="sp-column">— which one?</span>'
    shown = tuple(c for c in context if inl.plain_key(name) not in inl.plain_key(c))  # "Dataflow" over its line would answer it
    sink.add("term", "basic", prompt, inl.escape(name), shown, (entry.node.line,), ("need", inl.plain_key(need)), id_context=context)


_GLOSS = re.compile(r"^\((?P<gloss>[^()]+)\)\.?$")
_NOT_A_GLOSS = re.compile(r"^(?:formerly|previously|aka|a\.k\.a\.|e\.g\.|i\.e\.|see|optional|default|deprecated|legacy|new|preview|ga)\b|\d", re.IGNORECASE)
MIN_GLOSS_WORDS = 2  # a gloss of fewer words tells no name apart


def _glossed_name(entry: Entry) -> tuple[str, str] | None:
    """(name, gloss) of `**Amazon Neptune Analytics** (graph + vectors, GraphRAG)`: a name whose
    whole definition is a bracket that says what it is for."""
    name = inl.to_plain(entry.head).strip()
    found = _GLOSS.match(inl.to_plain(entry.definition).strip())
    if found is None or not name[:1].isupper() or len(name.split()) > NAME_WORDS or entry.node.children:
        return None
    gloss = found.group("gloss").strip()
    # "MOUs (memorandum of understanding)" spells its name; "(launch configuration is legacy)" is a remark
    spelled = spells(name.rstrip("s"), gloss)
    return None if len(gloss.split()) < MIN_GLOSS_WORDS or _NOT_A_GLOSS.search(gloss) or _REMARK.search(gloss) or spelled else (name, gloss)


_REMARK = re.compile(r"\b(?:is|are|was|were)\b", re.IGNORECASE)


_NAMED_WHEN = re.compile(r"^(?:use\s+)?(?P<name>\S.{0,40}?)\s+(?:when|if):\s*(?P<need>\S.*)$", re.IGNORECASE)
