"""The key term of a sentence, for a cloze that hides a fact and not the
sentence's structure.

In order: what the author emphasised (`**bold**`, `*italic*`, `code`), the
subject's own name where the sentence says it (the card then asks for the
name: need -> name, as exams ask), or the first run of proper names
(`CloudWatch`, `Athena, Redshift or QuickSight`; a blank over several names
says how many). Names the document uses everywhere (its own vendor, say) are
no key terms, nor are some names of a longer list (`SQS, lambda, emails`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from pipeline.cards.per_document import also_forget
from pipeline.model import Inline, Span
from pipeline.model import inline as inl
from pipeline.model.naming import Names, names_of
from pipeline.model.cardtext import cloze_safe

MAX_KEY_WORDS = 6
_TOKEN = re.compile(r"[A-Za-z0-9][\w+#]*(?:[.\-][\w+#]+)*")
_JOIN = re.compile(r"^(?:\s+|\s*,\s*|\s*/\s*|\s*&\s*|,?\s+(?:or|and)\s+)$")
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z0-9]{1,9}\)")  # `(TAM)` after its name
_UNIT = re.compile(r"^[KMGTPE]i?B(?:s|/s)?$|^[KMG]bps$")  # sizes are numbers, not names
_PAREN = re.compile(r"\([^)]*\)")
_GLOSSED_ON = re.compile(r"\s*\([^()]*\)\s*,\s*[^,()]+\(")  # a gloss, then the list goes on to another glossed name
_SENTENCE_START = re.compile(r"(?:^\W*|[.!?:;(\-→>]\s*)$")  # "⚠️ If we stop...": symbols only before it
# Short words of computing that name a kind of thing, not a product: the rest
# of a sentence predicts them ("authorised [...] ranges", "on-premises [...]").
PREDICTABLE = frozenset("IP IPs VM VMs OS CPU GPU RAM API APIs URL SSH TCP UDP HTTP HTTPS ID IDs IT PC UI DB SQL ML AI AZ AZs".split())

# A negation or a connective stressed ("does NOT affect", "NEVER leave", "iterative AND
# incremental", "Azure **and** Microsoft 365"): a blank over it asks a yes or no, no term
_STRESSED_LINKS = frozenset("and or but not no nor only also both either all any every each never always must".split())
STRESSED = frozenset("NONE CANNOT DON'T CAN'T WON'T".split()) | {w.upper() for w in _STRESSED_LINKS}

Finder = Callable[[str], list[tuple[int, int]]]

# A kind of value whose notation the line shows ("pod [CIDR] ... (flannel default 10.244.0.0/16)"):
# the value written out names its kind, and a blank over the kind is read off it
_NOTATIONS = {
    "CIDR": re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}/\d{1,2}\b"),
    "IPv4": re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
    "IPv6": re.compile(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b"),
    "MAC": re.compile(r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b"),
    "ARN": re.compile(r"\barn:"),
    "URL": re.compile(r"\bhttps?://"),
}


def _written_out(name: str, text: str) -> bool:
    """Whether the text writes out a value in the notation the name is the kind of."""
    notation = _NOTATIONS.get(name)
    return notation is not None and notation.search(text) is not None


def common_names(lines: Iterable[str]) -> frozenset[str]:
    """Capitalised words on more than 3% of the lines (at least 5): a
    document's vendor or main subject, never a key term."""
    counts: Counter[str] = Counter()
    total = 0
    for line in lines:
        total += 1
        counts.update({t for t in _TOKEN.findall(line) if t[0].isupper()})
    floor = max(5, total * 3 // 100)
    return frozenset(t for t, n in counts.items() if n > floor)


def _is_name(token: str, text_before: str) -> bool:
    if _UNIT.match(token) or token in STRESSED:
        return False
    capitals = sum(1 for ch in token if ch.isupper())
    if capitals >= 2 or (capitals and any(ch.isdigit() for ch in token)):
        return True
    return token[0].isupper() and len(token) > 1 and not _SENTENCE_START.search(text_before)


def name_runs(text: str, avoid: frozenset[str], described: Callable[[str], bool] = lambda name: False) -> list[tuple[int, int]]:
    """(start, end) of the first run of proper names in the text, if any: a
    run the document names everywhere, one that is most of the sentence, or
    one that is the first word's continuation is no key term. An abbreviation
    of a thing the notes describe (`described`) is found with the words it
    stands for before it."""
    names = [m for m in _TOKEN.finditer(text) if _is_name(m.group(), text[: m.start()])]
    runs: list[list[re.Match[str]]] = []
    for match in names:
        if runs and _JOIN.match(text[runs[-1][-1].end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    for run in runs:
        while len(run) > 1 and run[-1].group() in avoid:
            run = run[:-1]  # "Console, SDK, CLI and AWS services": the vendor qualifies the next word
        start, end = run[0].start(), run[-1].end()
        if all(m.group() in avoid for m in run) or len(text[start:end].split()) > MAX_KEY_WORDS:
            continue
        if len(run) == 1 and (run[0].group() in PREDICTABLE or _written_out(run[0].group(), text)):
            continue
        if re.search(r"[A-Z]\w*\s+$", text[:start]):
            continue  # `Infra Event Management`: the name began before the capitals
        if 2 * len(text[start:end].split()) > len(text.split()):
            continue
        if len(run) > 1 and _GLOSSED_ON.match(text, end) and re.search(r",|/|&|\b(?:and|or)\b", text[run[-2].end() : run[-1].start()]):
            # "NOTIFY, [SUSPEND] (let running queries finish), SUSPEND_IMMEDIATE (cancel running)": names
            # told apart by their glosses; the gloss is the last name's, and asks it alone
            return [(run[-1].start(), run[-1].end())]
        if re.search(r",\s*$", text[:start]) or re.match(r"\s*,", text[end:]):
            continue  # "Postgres, [...], Aurora": part of a longer list, so the blank asks a guess
        if re.search(r"\b(?:for ex(?:ample)?|e\.?\s?g\.?|such as|like)\s*$", text[:start], re.IGNORECASE):
            continue  # "(for ex Rust)": an example, one of many that would do
        spelled = _ABBREVIATION.match(text, end)
        if spelled is None and described(text[start:end]) and (spelling := _spelled_before(text, start, end)) is not None:
            return [spelling]
        return [(start, spelled.end() if spelled else end)]
    return []


def _spelled_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """"an auto-scaling group (ASG)": an abbreviation in parentheses after the
    words it stands for is hidden with them, which would spell it out; the
    (start, end) of both, or None."""
    abbreviation = text[start:end]
    if not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", abbreviation) or not re.search(r"\(\s*$", text[:start]) or not re.match(r"\s*\)", text[end:]):
        return None
    before = text[: text.rindex("(", 0, start)].rstrip()
    words = list(re.finditer(r"[A-Za-z0-9]+", before))[-len(abbreviation) :]
    if len(words) < len(abbreviation) or "".join(w.group()[0] for w in words).upper() != abbreviation:
        return None
    if not before[: words[0].start()].strip():
        return None  # "Universal 2nd factor (U2F) Security Key: ...": the line's own label
    if 2 * len(text[words[0].start() : end].split()) > len(text.split()):
        return None  # most of the sentence: nothing left to answer from
    return words[0].start(), end + len(re.match(r"\s*\)", text[end:]).group())


@lru_cache(maxsize=1 << 12)  # asked once per fact of a group, of the group's one label
def subject_finder(label: str, avoid: frozenset[str], any_case: bool = False) -> Finder | None:
    """Finds where a sentence names the subject, in any form (`naming`): its
    name with or without a vendor prefix, singular or plural, the abbreviation
    in its parenthesis, or its initials (`AZ` for `Availability Zones`)."""
    names = names_of(label)
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", _PAREN.sub("", names.full)) if w not in avoid]
    if len(words) >= 2 and all(w[0].isupper() for w in words):
        names = names.with_aliases(["".join(w[0] for w in words)])
    forms = tuple(f for f in names.forms if f not in avoid and len(f) >= 2 and re.search(r"[A-Za-z]", f))
    if not forms:
        return None
    subject = Names(names.display, forms)
    # A one-word name that is also a word (`Config`) counts only as written, capitalised.
    plain_word = not any_case and len(forms) == 1 and forms[0].istitle() and " " not in forms[0]
    # initials (`AS` of App Service) written in small letters are a word ("same region as")
    capitals = {f for f in forms if f.isupper()}

    def find(text: str) -> list[tuple[int, int]]:
        return [
            (m.start(), m.end())
            for m in subject.finditer(text)
            if not (m.group().islower() and (plain_word or m.group().upper() in capitals))
        ]

    return find


also_forget(subject_finder.cache_clear)


# "(e.g. `kube-apiserver.yaml.bak`)": one example of many, which a blank would ask a guess of
_EXAMPLE_BEFORE = re.compile(r"\b(?:e\.?\s?g\.?|for ex(?:ample)?|such as)[\s:,]*$", re.IGNORECASE)


def _shown_example(spans: Inline, index: int) -> bool:
    """Code that shows what its term looks like: alone in brackets after it
    ("typosquatting (`micros0ft.com`)"), or after its dash and no command
    ("SQLi — `' OR 1=1 --`"). The exam shows it and asks the term."""
    span = spans[index]
    if span.kind != "code" or not index or spans[index - 1].kind != "text":
        return False
    before, after = spans[index - 1].text, spans[index + 1].text if index + 1 < len(spans) and spans[index + 1].kind == "text" else ""
    bracketed = before.endswith("(") and after.startswith(")")
    shown = before.rstrip().endswith(("—", "–")) and not span.text.strip()[:1].isalpha()
    return bracketed or shown


def emphasised(spans: Inline) -> list[int]:
    """Indexes of top-level emphasis or code spans short enough to hide, not an example's."""
    if len(spans) < 2:
        return []
    found = [
        i
        for i, s in enumerate(spans)
        if s.kind in ("strong", "em", "code") and 0 < inl.word_count(inl.to_plain((s,))) <= MAX_KEY_WORDS
        and inl.to_plain((s,)).strip().lower() not in _STRESSED_LINKS
    ]
    examples = {i for i in found if i and spans[i - 1].kind == "text" and _EXAMPLE_BEFORE.search(spans[i - 1].text)}
    examples |= {i for i in found if _shown_example(spans, i)}
    terms = [inl.to_plain((spans[i],)) for i in found if i not in examples]
    # "prefix [aws:] for ex [aws:createdBy]": an example that says the term again is hidden with it
    return [i for i in found if i not in examples or any(inl.to_plain((spans[i],)).startswith(t) for t in terms)]


def cloze_text(spans: Inline, render: Callable[[Inline], str], hide: Finder | None = None, hide_spans: Iterable[int] = ()) -> str:
    """HTML of the line with the found text as deletion c1, or the listed spans
    each a deletion of its own: "[target tracking] on [SageMakerVariant...]" in
    one blank would ask two answers at once (the same words twice are one)."""
    whole = set(hide_spans)
    numbers: dict[str, int] = {}
    out = []
    for index, span in enumerate(spans):
        if index in whole:
            key = inl.plain_key(inl.to_plain((span,)))
            # "prefix [aws:] for ex [aws:createdBy]": one shows the other, so they are hidden together
            same = next((n for k, n in numbers.items() if key.startswith(k) or k.startswith(key)), None)
            number = numbers.setdefault(key, same or len(set(numbers.values())) + 1)
            out.append("{{c" + str(number) + "::" + cloze_safe(render((span,))) + "}}")
        elif span.kind == "text" and hide is not None:
            position = 0
            for start, end in hide(span.text):
                out.append(render((Span("text", span.text[position:start]),)))
                out.append("{{c1::" + cloze_safe(inl.escape(span.text[start:end])) + count_hint(span.text[start:end]) + "}}")
                position = end
            out.append(render((Span("text", span.text[position:]),)))
        else:
            out.append(render((span,)))
    return "".join(out)


LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")  # `TCP/UDP` is one term


def count_hint(hidden: str) -> str:
    """A blank that hides several names says how many (`[3 names]`): read as
    one word ("by [...] services"), it would ask for one."""
    members = [m for m in LIST_JOIN.split(_ABBREVIATION.sub("", hidden)) if m.strip()]
    return f"::{len(members)} names" if len(members) > 1 else ""


def has_hit(spans: Inline, finder: Finder) -> bool:
    return any(s.kind == "text" and finder(s.text) for s in spans)


def first_name_run(spans: Inline, avoid: frozenset[str], described: Callable[[str], bool] = lambda name: False) -> Finder | None:
    """A finder for the first run of names in the first text span that has one."""
    for span in spans:
        if span.kind == "text":
            found = name_runs(span.text, avoid, described)
            if found:
                target = span.text
                return lambda text: found if text == target else []
    return None
